import Foundation
import Testing

/// Small catalogues for the variation options: the `minimal` fixture with a third place, Gamma,
/// and every falls pathway active.
enum VariationContent {
    /// A falls pathway open weekdays from 08:00 to `closing` and weekends from 09:00 to 17:00
    /// (76 hours a week when `closing` is 20:00), for people aged `ageMin` or over, answering
    /// within `target` minutes and approved by `approver`.
    static func falls(
        _ place: String, ageMin: Int, closing: String = "20:00", target: Int = 120,
        approver: String = "north-icb-board"
    ) -> String {
        """
        ---
        title: Falls response, \(place)
        status: active
        summary: Lift and assess people who have fallen.
        hours:
          sessions:
            - {days: [mon, tue, wed, thu, fri], from: "08:00", to: "\(closing)"}
            - {days: [sat, sun], from: "09:00", to: "17:00"}
          bank_holidays: as-sunday
        eligibility:
          age_min: \(ageMin)
          include: [fall-no-injury]
          exclude: [head-injury]
        response: {target_minutes: \(target)}
        referral:
          methods: [phone]
          phone: "0113 496 0003"
          accepts_from: [paramedic]
        governance:
          approved_by: \(approver)
          approved_on: 2026-03-01
          review_due: 2027-03-01
          owner: Clinical lead for falls
        ---
        Lift and assess.

        """
    }

    /// The files that turn the `minimal` fixture into three places whose falls pathways agree,
    /// but for Alpha's minimum age of 65 (a declared, warranted outlier from the others' 70) and
    /// Gamma's weekday closing time; with `delta`, a fourth place with no falls pathway (an
    /// unwarranted coverage finding).
    static func threePlaces(gammaClosing: String = "20:00", delta: Bool = false) -> [String: String] {
        var files = [
            "systems/north/beta/falls.md": falls("Beta", ageMin: 70),
            "systems/north/gamma/place.md": "---\nname: Gamma\n---\nGamma notes.\n",
            "systems/north/gamma/falls.md": falls("Gamma", ageMin: 70, closing: gammaClosing),
        ]
        if delta { files["systems/north/delta/place.md"] = "---\nname: Delta\n---\nDelta notes.\n" }
        return files
    }

    /// `threePlaces` with Gamma's planted outlier and Delta, split between two trusts (Alpha and
    /// Beta served by TAS, Gamma and Delta by OAS, so England is compared too), with a second,
    /// non-core pathway type that has no pathways.
    static func twoTrusts() throws -> [String: String] {
        var files = threePlaces(gammaClosing: "18:00", delta: true)
        files["trusts/other-trust.md"] =
            "---\nname: Other Ambulance Service NHS Trust\nshort_name: OAS\nods_code: RX1\n"
            + "region: North East and Yorkshire\nsystems: [north]\n---\nAnother trust.\n"
        files["systems/north/system.md"] = try TestSupport.minimal(
            "systems/north/system.md", replacing: "trusts: [test-trust]", with: "trusts: [test-trust, other-trust]")
        for place in ["alpha", "beta"] {
            let path = "systems/north/\(place)/place.md"
            files[path] = try TestSupport.minimal(
                path, replacing: "---\nname: ", with: "---\ntrust: test-trust\nname: ")
        }
        files["systems/north/gamma/place.md"] = "---\nname: Gamma\ntrust: other-trust\n---\nGamma notes.\n"
        files["systems/north/delta/place.md"] = "---\nname: Delta\ntrust: other-trust\n---\nDelta notes.\n"
        files["pathways/stroke.md"] =
            "---\nname: Stroke pathway\nshort_name: Stroke\ncore: false\ndescription: Direct to a stroke unit.\n"
            + "compare:\n  - {field: eligibility.onset_within_hours, kind: number, label: Time from symptom onset in hours}\n"
            + "---\nStroke.\n"
        return files
    }

    /// A repository holding a copy of the `minimal` fixture with `files` written over it.
    static func repository(_ files: [String: String]) throws -> URL {
        let repository = try CommandLine.repository()
        try TestSupport.write(files, into: repository.appending(path: "Content"))
        return repository
    }
}

@Suite("The command line's variation options and the variation command")
struct VariationCommandLineTests {
    static let today = ["--today", "2026-11-22"]

    /// Gamma's planted outlier, as `--fail-on` reports it.
    static let gammaOutlier = """
        Content/systems/north/gamma/falls.md:6:3: error: Hours open per week: 66 at Gamma, an outlier from the median of 76 across TAS (most places agree on the median) [variation.outlier]
            hint: harmonise with peers, or declare `hours.weekly_hours` under `variations` with a rationale and an approving body that may approve it
        """

    /// Delta's missing falls pathway, as `--fail-on` reports it.
    static let deltaCoverage = """
        Content/systems/north/delta/place.md:2:1: error: Delta has no active Falls response pathway, and Falls response is a core type [variation.coverage]
            hint: add an active falls pathway for Delta, or record why there is none
        """

    @Test("--fail-on unwarranted exits 1 and prints each failing finding at its value")
    func failOnUnwarrantedFails() throws {
        let repository = try VariationContent.repository(
            VariationContent.threePlaces(gammaClosing: "18:00", delta: true))
        defer { try? FileManager.default.removeItem(at: repository) }
        let run = try CommandLine.run(["check", "--fail-on", "unwarranted"] + Self.today, in: repository)
        #expect(run.status == 1)
        #expect(
            run.output == """
                \(Self.deltaCoverage)
                \(Self.gammaOutlier)
                waymark: error: 2 unwarranted variation findings (--fail-on unwarranted)
                waymark: checked for 2026-11-22: 3 pathways in 4 places, 1 system and 1 trust; 0 errors, 0 warnings; 2 unwarranted and 1 warranted variation findings

                """)
        #expect(run.error == "")

        let github = try CommandLine.run(
            ["check", "--fail-on", "unwarranted", "--format", "github"] + Self.today, in: repository)
        #expect(github.status == 1)
        #expect(
            github.output.contains(
                "\n::error file=Content/systems/north/gamma/falls.md,line=6,col=3,title=variation.outlier::Hours open per week: 66 at Gamma, an outlier"
            ))

        let json = try CommandLine.run(
            ["check", "--fail-on", "unwarranted", "--format", "json"] + Self.today, in: repository)
        #expect(json.status == 1)
        #expect(json.error == "waymark: error: 2 unwarranted variation findings (--fail-on unwarranted)\n")
        #expect(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) is [String: Any])
    }

    @Test(
        "--fail-on unwarranted exits 0 when every finding is warranted, or there are none",
        arguments: [
            (
                VariationContent.threePlaces(),
                "3 pathways in 3 places, 1 system and 1 trust; 0 errors, 0 warnings; 0 unwarranted and 1 warranted variation finding"
            ),
            (
                ["systems/north/beta/falls.md": VariationContent.falls("Beta", ageMin: 65)],
                "2 pathways in 2 places, 1 system and 1 trust; 0 errors, 0 warnings; 0 unwarranted and 0 warranted variation findings"
            ),
        ])
    func failOnUnwarrantedPasses(_ files: [String: String], counts: String) throws {
        let repository = try VariationContent.repository(files)
        defer { try? FileManager.default.removeItem(at: repository) }
        let run = try CommandLine.run(["check", "--fail-on", "unwarranted"] + Self.today, in: repository)
        #expect(run.status == 0)
        #expect(run.output == "waymark: checked for 2026-11-22: \(counts)\n")
    }

    @Test("--baseline marks what is new: --fail-on new fails on a new unwarranted finding alone")
    func baselineAndNew() throws {
        let repository = try VariationContent.repository(VariationContent.threePlaces(delta: true))
        defer { try? FileManager.default.removeItem(at: repository) }
        let first = try CommandLine.run(["check", "--format", "json"] + Self.today, in: repository)
        #expect(first.status == 0)
        try Data(first.output.utf8).write(to: repository.appending(path: "previous-findings.json"))
        let arguments = ["check", "--baseline", "previous-findings.json", "--fail-on", "new"] + Self.today

        let unchanged = try CommandLine.run(arguments, in: repository)
        #expect(unchanged.status == 0)
        #expect(
            unchanged.output
                == "waymark: checked for 2026-11-22: 3 pathways in 4 places, 1 system and 1 trust; 0 errors, 0 warnings; "
                + "1 unwarranted and 1 warranted variation findings (0 new since the baseline)\n")

        try TestSupport.write(
            ["Content/systems/north/gamma/falls.md": VariationContent.falls("Gamma", ageMin: 70, closing: "18:00")],
            into: repository)
        let planted = try CommandLine.run(arguments, in: repository)
        #expect(planted.status == 1)
        #expect(
            planted.output == """
                \(Self.gammaOutlier)
                waymark: error: 1 new unwarranted variation finding since the baseline (--fail-on new)
                waymark: checked for 2026-11-22: 3 pathways in 4 places, 1 system and 1 trust; 0 errors, 0 warnings; 2 unwarranted and 1 warranted variation findings (1 new since the baseline)

                """)

        // Without --fail-on the new finding is listed, as a note, and the run passes.
        let listed = try CommandLine.run(
            ["check", "--baseline", "previous-findings.json"] + Self.today, in: repository)
        #expect(listed.status == 0)
        #expect(
            listed.output == """
                \(Self.gammaOutlier.replacingOccurrences(of: ": error: ", with: ": note: "))
                waymark: checked for 2026-11-22: 3 pathways in 4 places, 1 system and 1 trust; 0 errors, 0 warnings; 2 unwarranted and 1 warranted variation findings (1 new since the baseline)

                """)
    }

    @Test("The findings.json a build writes is a baseline for the next run")
    func buildWritesABaseline() throws {
        let repository = try VariationContent.repository(VariationContent.threePlaces(delta: true))
        defer { try? FileManager.default.removeItem(at: repository) }
        #expect(try CommandLine.run(["build"] + Self.today, in: repository).status == 0)
        let baseline = ["--baseline", "Site/reports/findings.json", "--fail-on", "new"] + Self.today
        #expect(try CommandLine.run(["check"] + baseline, in: repository).status == 0)
        try TestSupport.write(
            ["Content/systems/north/gamma/falls.md": VariationContent.falls("Gamma", ageMin: 70, closing: "18:00")],
            into: repository)
        let run = try CommandLine.run(["check"] + baseline, in: repository)
        #expect(run.status == 1)
        #expect(run.output.hasPrefix(Self.gammaOutlier + "\nwaymark: error: 1 new unwarranted variation finding"))
    }

    @Test("build --fail-on unwarranted on failing content writes nothing and leaves Site/ as it was")
    func buildFailOnKeepsSite() throws {
        let repository = try VariationContent.repository(VariationContent.threePlaces())
        defer { try? FileManager.default.removeItem(at: repository) }
        #expect(try CommandLine.run(["build", "--fail-on", "unwarranted"] + Self.today, in: repository).status == 0)
        let site = repository.appending(path: "Site")
        let before = try SiteSnapshot(of: site)
        try TestSupport.write(
            ["Content/systems/north/gamma/falls.md": VariationContent.falls("Gamma", ageMin: 70, closing: "18:00")],
            into: repository)
        let run = try CommandLine.run(["build", "--fail-on", "unwarranted"] + Self.today, in: repository)
        #expect(run.status == 1)
        #expect(
            run.output == """
                \(Self.gammaOutlier)
                waymark: error: 1 unwarranted variation finding (--fail-on unwarranted)
                waymark: nothing written; Site left as it was for 2026-11-22: 3 pathways in 3 places, 1 system and 1 trust; 0 errors, 0 warnings; 1 unwarranted and 1 warranted variation findings

                """)
        #expect(try SiteSnapshot(of: site) == before)
        // Without the gate the same content builds.
        #expect(try CommandLine.run(["build"] + Self.today, in: repository).status == 0)
        #expect(try SiteSnapshot(of: site) != before)
    }

    @Test("--fail-on new without --baseline is a usage error", arguments: ["build", "check", "variation"])
    func failOnNewNeedsBaseline(_ command: String) throws {
        let repository = try VariationContent.repository(VariationContent.threePlaces())
        defer { try? FileManager.default.removeItem(at: repository) }
        let run = try CommandLine.run([command, "--fail-on", "new"] + Self.today, in: repository)
        #expect(run.status == 2)
        #expect(run.output == "")
        #expect(
            run.error.hasPrefix("Error: --fail-on new needs --baseline <file>: new means not in that earlier report\n"))
        #expect(!FileManager.default.fileExists(atPath: repository.appending(path: "Site").path))
    }

    @Test(
        "A baseline that is missing, not JSON or not a report exits 2 and says why",
        arguments: [
            (nil, "waymark: error: previous.json: there is no baseline file here\n"),
            (
                "{\"summary\": ",
                "waymark: error: previous.json:1:13: the baseline is not JSON: expected a value, but the text ended\n"
            ),
            (
                "{\"summary\": {}}",
                "waymark: error: previous.json: the baseline has no `variation` list; give a findings.json that waymark build wrote, or the output of waymark check --format json\n"
            ),
        ] as [(String?, String)])
    func badBaseline(_ text: String?, message: String) throws {
        let repository = try VariationContent.repository(VariationContent.threePlaces())
        defer { try? FileManager.default.removeItem(at: repository) }
        if let text { try Data(text.utf8).write(to: repository.appending(path: "previous.json")) }
        for command in ["build", "check", "variation"] {
            let run = try CommandLine.run([command, "--baseline", "previous.json"] + Self.today, in: repository)
            #expect(run.status == 2)
            #expect(run.error == message)
            #expect(run.output == "")
        }
        #expect(!FileManager.default.fileExists(atPath: repository.appending(path: "Site").path))
    }

    /// The warranted legend under a table that marks a place with `*`.
    static let legend =
        "* warranted: the pathway declares the difference under `variations`, with a rationale and an approving body that may approve it"

    @Test("variation prints a table of each compared field, the places that differ and the coverage gaps")
    func variationTable() throws {
        let repository = try VariationContent.repository(
            VariationContent.threePlaces(gammaClosing: "18:00", delta: true))
        defer { try? FileManager.default.removeItem(at: repository) }
        let run = try CommandLine.run(["variation"] + Self.today, in: repository)
        #expect(run.status == 0)
        #expect(run.error == "")
        #expect(
            run.output == """
                TAS (test-trust): 4 places; 2 unwarranted and 1 warranted findings

                Type   Field                Most places  Range  Fold  Places that differ
                -----  -------------------  -----------  -----  ----  ------------------
                Falls  Minimum age          70           65–70  1.08  Alpha (65)*
                       Hours open per week  76           66–76  1.15  Gamma (66)

                Places without an active pathway of a core type:
                  Type   Place  Its pathways of the type
                  -----  -----  ------------------------
                  Falls  Delta  none

                \(Self.legend)

                waymark: checked for 2026-11-22: 3 pathways in 4 places, 1 system and 1 trust; 0 errors, 0 warnings; 2 unwarranted and 1 warranted variation findings

                """)
    }

    @Test("variation --type and --scope show only that pathway type and scope, as a table and as JSON")
    func variationFilters() throws {
        let repository = try VariationContent.repository(try VariationContent.twoTrusts())
        defer { try? FileManager.default.removeItem(at: repository) }
        let all = try CommandLine.run(["variation"] + Self.today, in: repository)
        #expect(all.status == 0)
        #expect(all.output.contains("OAS (other-trust): 2 places"))
        #expect(all.output.contains("TAS (test-trust): 2 places"))
        #expect(all.output.contains("England (england): 4 places"))

        let run = try CommandLine.run(
            ["variation", "--scope", "other-trust", "--type", "falls"] + Self.today, in: repository)
        #expect(run.status == 0)
        #expect(
            run.output == """
                OAS (other-trust): 2 places; 1 unwarranted and 0 warranted finding

                Type   Field                Most places  Range  Fold  Places that differ
                -----  -------------------  -----------  -----  ----  ------------------
                Falls  Minimum age          70           70     1     none
                       Hours open per week  66           66     1     none

                Places without an active pathway of a core type:
                  Type   Place  Its pathways of the type
                  -----  -----  ------------------------
                  Falls  Delta  none

                waymark: checked for 2026-11-22: 3 pathways in 4 places, 1 system and 2 trusts; 0 errors, 0 warnings; 1 unwarranted and 0 warranted variation finding

                """)

        let stroke = try CommandLine.run(["variation", "--type", "stroke"] + Self.today, in: repository)
        #expect(stroke.status == 0)
        #expect(
            stroke.output.components(separatedBy: "Stroke  Time from symptom onset in hours  no pathways").count == 4)
        #expect(!stroke.output.contains("Falls"))
        #expect(stroke.output.hasSuffix("0 unwarranted and 0 warranted variation findings\n"))

        let json = try CommandLine.run(
            ["variation", "--scope", "england", "--type", "falls", "--format", "json"] + Self.today, in: repository)
        #expect(json.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
        let summary = try #require(object["summary"] as? [String: Int])
        #expect(summary["unwarranted"] == 1)
        #expect(summary["warranted"] == 1)
        let findings = try #require(object["variation"] as? [[String: Any]])
        #expect(findings.map { $0["place"] as? String } == ["alpha", "gamma"])
        #expect(findings.allSatisfy { $0["scope"] as? String == "england" && $0["type"] as? String == "falls" })
        #expect(object["diagnostics"] is [Any])
    }

    @Test(
        "variation with an unknown --type or --scope is a usage error that suggests the likely id",
        arguments: [
            (
                ["--type", "fals"],
                "waymark: error: --type fals: there is no pathway type `fals`; did you mean `falls`? (the pathway types are falls, stroke)\n"
            ),
            (
                ["--scope", "Other-Trust"],
                "waymark: error: --scope Other-Trust: there is no scope `Other-Trust`; did you mean `other-trust`? (the scopes are other-trust, test-trust, england)\n"
            ),
            (
                ["--scope", "north"],
                "waymark: error: --scope north: there is no scope `north` (the scopes are other-trust, test-trust, england)\n"
            ),
        ])
    func unknownTypeOrScope(_ arguments: [String], message: String) throws {
        let repository = try VariationContent.repository(try VariationContent.twoTrusts())
        defer { try? FileManager.default.removeItem(at: repository) }
        let run = try CommandLine.run(["variation"] + arguments + Self.today, in: repository)
        #expect(run.status == 2)
        #expect(run.error == message)
        #expect(run.output == "")
    }

    @Test("variation --scope england where one trust holds every place says why there is no such scope")
    func noEnglandScope() throws {
        let repository = try VariationContent.repository(VariationContent.threePlaces())
        defer { try? FileManager.default.removeItem(at: repository) }
        let run = try CommandLine.run(["variation", "--scope", "england"] + Self.today, in: repository)
        #expect(run.status == 2)
        #expect(
            run.error
                == "waymark: error: --scope england: there is no scope `england` (the scopes are test-trust); "
                + "England is compared on its own only when its places are in more than one trust\n")
    }

    @Test("variation on content with errors prints the table, then the diagnostics, and exits 1")
    func variationWithErrors() throws {
        var files = VariationContent.threePlaces()
        files["systems/north/beta/falls.md"] = VariationContent.falls("Beta", ageMin: 70, approver: "north-icb-bord")
        let repository = try VariationContent.repository(files)
        defer { try? FileManager.default.removeItem(at: repository) }
        let run = try CommandLine.run(["variation"] + Self.today, in: repository)
        #expect(run.status == 1)
        #expect(
            run.output.hasPrefix(
                "TAS (test-trust): 3 places; 0 unwarranted and 1 warranted finding\n\nType   Field "))
        #expect(
            run.output.hasSuffix(
                """
                \(Self.legend)

                Content/systems/north/beta/falls.md:20:16: error: `governance.approved_by` names the governance body `north-icb-bord`, but there is no governance body with that id [reference.unknown]
                    hint: did you mean `north-icb-board`, the one body that may approve a Falls response pathway in Beta & <Gamma>?
                waymark: checked for 2026-11-22: 3 pathways in 3 places, 1 system and 1 trust; 1 error, 0 warnings; 0 unwarranted and 1 warranted variation finding

                """))
    }

    @Test("variation --fail-on and --baseline: the table lists only new findings, and the failing ones follow")
    func variationGate() throws {
        let repository = try VariationContent.repository(VariationContent.threePlaces(delta: true))
        defer { try? FileManager.default.removeItem(at: repository) }
        let first = try CommandLine.run(["check", "--format", "json"] + Self.today, in: repository)
        try Data(first.output.utf8).write(to: repository.appending(path: "previous.json"))
        try TestSupport.write(
            ["Content/systems/north/gamma/falls.md": VariationContent.falls("Gamma", ageMin: 70, closing: "18:00")],
            into: repository)

        let run = try CommandLine.run(
            ["variation", "--baseline", "previous.json", "--fail-on", "new"] + Self.today, in: repository)
        #expect(run.status == 1)
        #expect(
            run.output == """
                Only the findings new since the baseline are listed.

                TAS (test-trust): 4 places; 1 unwarranted and 0 warranted new finding

                Type   Field                Most places  Range  Fold  Places that differ
                -----  -------------------  -----------  -----  ----  ------------------
                Falls  Minimum age          70           65–70  1.08  none new
                       Hours open per week  76           66–76  1.15  Gamma (66)

                \(Self.gammaOutlier)
                waymark: error: 1 new unwarranted variation finding since the baseline (--fail-on new)
                waymark: checked for 2026-11-22: 3 pathways in 4 places, 1 system and 1 trust; 0 errors, 0 warnings; 2 unwarranted and 1 warranted variation findings (1 new since the baseline)

                """)

        let unwarranted = try CommandLine.run(["variation", "--fail-on", "unwarranted"] + Self.today, in: repository)
        #expect(unwarranted.status == 1)
        #expect(
            unwarranted.output.hasSuffix(
                """
                \(Self.legend)

                \(Self.deltaCoverage)
                \(Self.gammaOutlier)
                waymark: error: 2 unwarranted variation findings (--fail-on unwarranted)
                waymark: checked for 2026-11-22: 3 pathways in 4 places, 1 system and 1 trust; 0 errors, 0 warnings; 2 unwarranted and 1 warranted variation findings

                """))
    }
}
