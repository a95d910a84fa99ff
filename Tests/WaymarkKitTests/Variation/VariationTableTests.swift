import Foundation
import Testing

@testable import WaymarkKit

/// The table `waymark variation` prints, from a report with a finding of every kind but `differs`.
@Suite("The variation table")
struct VariationTableTests {
    /// The `minimal` fixture grown into five places in two systems of one trust: Alpha's declared
    /// minimum age and its extra referrer, Gamma's short hours, Delta (across the system boundary
    /// from Gamma) missing the response baseline, and Epsilon with no falls pathway.
    static func check() throws -> Pipeline.CheckResult {
        try TestSupport.checkMinimal([
            "pathways/falls.md": try TestSupport.minimal(
                "pathways/falls.md", replacing: "---\nFalls response teams",
                with: """
                      - {field: referral.accepts_from, kind: set, label: Who may refer}
                    baseline: {field: response.target_minutes, max: 120, source: Two-hour standard}
                    ---
                    Falls response teams
                    """),
            "trusts/test-trust.md": try TestSupport.minimal(
                "trusts/test-trust.md", replacing: "systems: [north]", with: "systems: [north, south]"),
            "systems/north/beta/falls.md": VariationContent.falls("Beta", ageMin: 70),
            "systems/north/gamma/place.md": "---\nname: Gamma\nneighbours: [delta]\n---\n",
            "systems/north/gamma/falls.md": VariationContent.falls("Gamma", ageMin: 70, closing: "18:00"),
            "systems/north/epsilon/place.md": "---\nname: Epsilon\n---\n",
            "systems/south/system.md": "---\nname: South Test System\nregion: Midlands\ntrusts: [test-trust]\n---\n",
            "systems/south/delta/place.md": "---\nname: Delta\nneighbours: [gamma]\n---\n",
            "systems/south/delta/falls.md": VariationContent.falls(
                "Delta", ageMin: 70, target: 180, approver: "south-icb-board"),
            "governance/south-icb-board.md":
                "---\nname: NHS South Test ICB Board\nkind: icb-board\nmembers:\n  - {system: south}\n"
                + "authority: [falls]\n---\nSouth commissioning.\n",
        ])
    }

    static let legend = """
        * warranted: the pathway declares the difference under `variations`, with a rationale and an approving body that may approve it
        +item / -item: what the place adds or lacks against what most places say (across a boundary: against its neighbour)
        """

    @Test("Each comparison, then coverage, baselines and boundaries, with a legend")
    func wholeTable() throws {
        let result = try Self.check()
        #expect(result.report.diagnostics.isEmpty)
        #expect(
            VariationTable(result.report.variation, catalogue: result.catalogue).text == """
                TAS (test-trust): 5 places; 5 unwarranted and 1 warranted findings

                Type   Field                Most places  Range  Fold  Places that differ
                -----  -------------------  -----------  -----  ----  -------------------
                Falls  Minimum age          70           65–70  1.08  Alpha (65)*
                       Hours open per week  76           66–76  1.15  Gamma (66)
                       Who may refer        paramedic                 Alpha (+technician)

                Places without an active pathway of a core type:
                  Type   Place    Its pathways of the type
                  -----  -------  ------------------------
                  Falls  Epsilon  none

                Pathways that miss their type's baseline:
                  Type   Field                    Place        Baseline
                  -----  -----------------------  -----------  -------------------------------
                  Falls  response.target_minutes  Delta (180)  at most 120 (Two-hour standard)

                Neighbouring places in different systems that differ:
                  Type   Field                Place       Neighbour
                  -----  -------------------  ----------  ----------
                  Falls  Hours open per week  Delta (76)  Gamma (66)

                \(Self.legend)

                """)
    }

    @Test("Marked against a baseline, only the new findings are listed")
    func onlyNewFindings() throws {
        let result = try Self.check()
        let report = result.report.variation
        let old = report.findings.filter { $0.place != "gamma" }.map(\.key)
        #expect(
            VariationTable(report.marked(against: Set(old)), catalogue: result.catalogue).text == """
                Only the findings new since the baseline are listed.

                TAS (test-trust): 5 places; 1 unwarranted and 0 warranted new finding

                Type   Field                Most places  Range  Fold  Places that differ
                -----  -------------------  -----------  -----  ----  ------------------
                Falls  Minimum age          70           65–70  1.08  none new
                       Hours open per week  76           66–76  1.15  Gamma (66)
                       Who may refer        paramedic                 none new

                """)
    }

    @Test("Filtered to a type and a scope; an unknown id is refused with the likely one")
    func selecting() throws {
        let result = try Self.check()
        let report = result.report.variation
        let falls = try report.selecting(type: "falls", scope: "test-trust", in: result.catalogue)
        #expect(falls.findings.map(\.key) == report.findings.map(\.key))
        #expect(falls.scopes.map(\.id) == ["test-trust"])
        #expect(
            throws: VariationReport.SelectionFailure.self,
            performing: { try report.selecting(type: "fall", scope: nil, in: result.catalogue) })
        do {
            _ = try report.selecting(type: nil, scope: "test-trsut", in: result.catalogue)
            Issue.record("an unknown scope was accepted")
        } catch {
            #expect(
                error.description
                    == "--scope test-trsut: there is no scope `test-trsut`; did you mean `test-trust`? (the scopes are test-trust)"
            )
        }
    }

    @Test("A report with no scopes says there is nothing to compare")
    func empty() throws {
        let result = try Self.check()
        #expect(VariationTable(.empty, catalogue: result.catalogue).text == "There are no places to compare.\n")
    }

    @Test("Columns line up; a list wraps between items at the width left, or at its own limit")
    func wrapping() {
        var grid = TextGrid(headers: ["Type", "Exclusions", "Places"], limits: [nil, 12])
        grid.append([
            .text("Falls"), .list(["head-injury", "long-lie"]),
            .list(["Alpha (65)", "Beta (70)", "Gamma (66)", "Delta (70)"]),
        ])
        grid.append([.text(""), .list(["none"]), .list([])])
        #expect(
            grid.lines(width: 60, indent: "  ") == [
                "  Type   Exclusions    Places",
                "  -----  ------------  ----------------------------------",
                "  Falls  head-injury,  Alpha (65), Beta (70), Gamma (66),",
                "         long-lie      Delta (70)",
                "         none",
            ])
        // Never narrower than 30 for the last column, however little is left.
        #expect(grid.lines(width: 40)[2] == "Falls  head-injury,  Alpha (65), Beta (70),")
    }
}
