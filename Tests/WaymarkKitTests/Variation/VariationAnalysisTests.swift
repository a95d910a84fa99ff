import Foundation
import Testing

@testable import WaymarkKit

/// The variation analysis over whole fixture catalogues: `variation` plants a finding of every
/// kind in two trusts, warranted and unwarranted; `uniform` has none.
@Suite("Variation analysis")
struct VariationAnalysisTests {
    static let golden = TestSupport.fixtures.appending(path: "findings/variation.json")
    static let recording = ProcessInfo.processInfo.environment["WAYMARK_RECORD_GOLDEN"] == "1"

    /// Checks a copy of fixture `name` after `edits` (path → new text, or `nil` to delete).
    static func check(_ name: String, _ edits: [String: String?] = [:]) throws -> Pipeline.CheckResult {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let content = folder.appending(path: "Content")
        try TestSupport.copyFixture(name, to: content)
        for (path, text) in edits {
            let url = content.appending(path: path)
            if let text { try Data(text.utf8).write(to: url) } else { try FileManager.default.removeItem(at: url) }
        }
        return try Pipeline.check(
            content: content, displayRoot: "Content", options: .init(today: CalendarDate("2026-11-22")!))
    }

    /// The text of fixture `name`'s file at `path` with `find` replaced by `replace`.
    static func edited(_ name: String, _ path: String, _ find: String, _ replace: String) throws -> String {
        let text = try String(contentsOf: TestSupport.fixtures.appending(path: "\(name)/\(path)"), encoding: .utf8)
        precondition(text.contains(find), "\(path) does not contain \(find)")
        return text.replacingOccurrences(of: find, with: replace)
    }

    @Test("The planted catalogue gives exactly the expected findings (golden JSON)")
    func plantedFindings() throws {
        let result = try Self.check("variation")
        #expect(result.report.diagnostics.isEmpty)
        let json = result.report.json.serialized(pretty: true)
        if Self.recording {
            try FileManager.default.createDirectory(
                at: Self.golden.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(json.utf8).write(to: Self.golden)
            Issue.record("\(Self.golden.lastPathComponent) re-recorded: review the diff, then run again without it")
            return
        }
        #expect(json == (try String(contentsOf: Self.golden, encoding: .utf8)))
    }

    @Test("Every kind appears, warranted and unwarranted, in both trusts and in England")
    func everyKind() throws {
        let findings = try Self.check("variation").report.variation.findings
        #expect(Set(findings.map(\.kind)) == Set(VariationFinding.Kind.allCases))
        #expect(Set(findings.map(\.scope)) == ["north-trust", "south-trust", "england"])
        for scope in ["north-trust", "south-trust"] {
            #expect(findings.contains { $0.scope == scope && !$0.warranted })
        }
        #expect(findings.contains { $0.scope == "south-trust" && $0.warranted })
        #expect(findings.contains { $0.kind == .boundary && $0.warranted })
        #expect(findings.contains { $0.kind == .boundary && !$0.warranted })
    }

    @Test("A catalogue with no variation has no findings, and its comparisons show the consensus")
    func uniformCatalogue() throws {
        let result = try Self.check("uniform")
        #expect(result.report.diagnostics.isEmpty)
        let report = result.report.variation
        #expect(report.findings.isEmpty)
        #expect(report.scopes.map(\.id) == ["north-trust", "south-trust", "england"])
        #expect(
            report.comparison(scope: "england", type: "falls", field: "eligibility.age_min")?.typical == .number(65))
        #expect(
            report.comparison(scope: "north-trust", type: "falls", field: "hours.weekends")?.typical == .category("yes")
        )
        #expect(
            report.comparison(scope: "south-trust", type: "falls", field: "referral.accepts_from")?.typical
                == .set(["paramedic", "technician"]))
        #expect(report.comparison(scope: "england", type: "falls", field: "eligibility.age_min")?.points.count == 9)
        #expect(result.report.json.serialized().contains("\"unwarranted\":0,\"warranted\":0"))
    }

    @Test("Only active pathways are compared; a suspended one leaves its place uncovered")
    func onlyActive() throws {
        let report = try Self.check("variation").report.variation
        let points = try #require(report.comparison(scope: "north-trust", type: "falls", field: "eligibility.age_min"))
            .points
        #expect(points.map(\.pathway) == ["a1/falls", "a2/falls", "a3/falls", "b2/falls"])
        let coverage = report.findings.filter { $0.kind == .coverage }
        #expect(coverage.map(\.place) == ["b1", "c4"])
        #expect(coverage[0].value == .set(["suspended"]) && coverage[1].value == nil)
    }

    @Test("A field added to a type's compare list is compared without a code change")
    func compareDrivesAnalysis() throws {
        let type = try Self.edited(
            "uniform", "pathways/falls.md", "  - {field: referral.accepts_from, kind: set, label: Who may refer}\n",
            "  - {field: referral.accepts_from, kind: set, label: Who may refer}\n"
                + "  - {field: eligibility.exclude, kind: set, label: Exclusions}\n"
                + "  - {field: referral.methods, kind: category, label: Referral method}\n")
        let pathway = try Self.edited(
            "uniform", "systems/north-a/a3/falls.md", "exclude: [head-injury]", "exclude: [head-injury, fall-no-injury]"
        )
        let result = try Self.check("uniform", ["pathways/falls.md": type, "systems/north-a/a3/falls.md": pathway])
        #expect(result.report.diagnostics.isEmpty)
        let findings = result.report.variation.findings
        #expect(findings.map(\.scope) == ["north-trust", "england", "england"])
        #expect(findings.map(\.kind) == [.set, .set, .boundary])
        #expect(findings.allSatisfy { $0.field?.field == "eligibility.exclude" && !$0.warranted })
        #expect(
            findings[2].message
                == "Exclusions: `fall-no-injury`, `head-injury` at Amble, but `head-injury` at neighbouring Carsby, in another system"
        )
        #expect(
            findings[0].message
                == "Exclusions at Amble adds `fall-no-injury` compared with the consensus across NAS (`head-injury`; Jaccard distance 0.5)"
        )
        #expect(
            findings[0].location == SourceLocation(file: "Content/systems/north-a/a3/falls.md", line: 13, column: 12))
        #expect(
            result.report.variation.comparison(scope: "england", type: "falls", field: "referral.methods")?.typical
                == .category("phone"))
    }

    @Test("A variation declared by a body that may not approve it does not make the finding warranted")
    func unauthorisedDeclaration() throws {
        let pathway = try Self.edited(
            "variation", "systems/south-c/c3/falls.md",
            "  - field: eligibility.age_min\n    rationale: A younger falls population on the fen estates.\n    approved_by: south-c-icb-board",
            "  - field: eligibility.age_min\n    rationale: A younger falls population on the fen estates.\n    approved_by: north-joint-committee"
        )
        let result = try Self.check("variation", ["systems/south-c/c3/falls.md": pathway])
        #expect(result.report.diagnostics.map(\.code) == ["governance.not-member"])
        let finding = try #require(
            result.report.variation.findings.first {
                $0.scope == "south-trust" && $0.kind == .outlier && $0.place == "c3"
            })
        #expect(!finding.warranted)
        #expect(finding.declaration?.authorised == false)
        #expect(
            finding.message
                == "Minimum age: 50 at Crayford Fen, an outlier from the median of 65 across SAS (most places agree on the median); declared, but `north-joint-committee` may not approve it, so it is unwarranted"
        )
        let diagnostic = finding.diagnostic(.error)
        #expect(
            TestSupport.lines([diagnostic]) == [
                "Content/systems/south-c/c3/falls.md:10:12: error: \(finding.message) [variation.outlier]"
            ])
        #expect(diagnostic.notes.map(\.location.line) == [24])
    }

    @Test("A boundary is reported at its first place, with the neighbour's value (or its absence) as a note")
    func boundaryDiagnostic() throws {
        let c1 = try Self.edited("variation", "systems/south-c/c1/falls.md", "  age_min: 65\n", "")
        let findings = try Self.check("variation", ["systems/south-c/c1/falls.md": c1]).report.variation.findings
        let boundary = try #require(
            findings.first { $0.kind == .boundary && $0.place == "a3" && $0.field?.field == "eligibility.age_min" })
        #expect(
            TestSupport.lines([boundary.diagnostic(.warning)]) == [
                "Content/systems/north-a/a3/falls.md:11:12: warning: Minimum age: 80 at Amble, but not given at neighbouring Carsby, in another system [variation.boundary]"
            ])
        #expect(
            boundary.diagnostic(.warning).notes.map { "\($0.location): \($0.message)" } == [
                "Content/systems/south-c/c1/falls.md:11:3: Carsby's pathway does not give it; this is the nearest field it has"
            ])
        let given = try #require(
            try Self.check("variation").report.variation.findings.first {
                $0.kind == .boundary && $0.place == "a3" && $0.field?.field == "eligibility.age_min"
            })
        #expect(
            given.diagnostic(.warning).notes.map { "\($0.location): \($0.message)" } == [
                "Content/systems/south-c/c1/falls.md:11:12: Carsby gives its value here"
            ])
    }

    @Test("Findings are marked new against an earlier report, by what differs where rather than by how much")
    func previousFindings() throws {
        let first = try Self.check("variation").report
        let previous = try PreviousFindings(parsing: first.json.serialized(pretty: true), path: "old.json")
        #expect(previous.keys.count == first.variation.findings.count)
        #expect(first.variation.marked(against: previous.keys).findings.allSatisfy { $0.isNew == false })

        // a3's outlier moves from 80 to 85 (not new); a1 stops opening at weekends (new).
        let a3 = try Self.edited("variation", "systems/north-a/a3/falls.md", "age_min: 80", "age_min: 85")
        let a1 = try Self.edited(
            "variation", "systems/north-a/a1/falls.md", "    - {days: [sat, sun], from: \"09:00\", to: \"17:00\"}\n", ""
        )
        let second = try Self.check(
            "variation", ["systems/north-a/a3/falls.md": a3, "systems/north-a/a1/falls.md": a1]
        ).report.variation.marked(against: previous.keys)
        let new = second.findings.filter { $0.isNew == true }
        // In England a1 now differs from the majority; in NAS two places open at weekends and
        // two do not, so there is no majority and Brancaster's old finding goes.
        #expect(new.map(\.kind) == [.differs])
        #expect(new.map(\.scope) == ["england"])
        #expect(new.allSatisfy { $0.place == "a1" && $0.field?.field == "hours.weekends" })
        #expect(!second.findings.contains { $0.scope == "north-trust" && $0.kind == .differs })
        #expect(second.findings.contains { $0.place == "a3" && $0.kind == .outlier && $0.value == .number(85) })
        #expect(VariationGate.new.failing(second).count == 1)
        #expect(VariationGate.unwarranted.failing(second).count == second.unwarranted)
    }

    @Test("A baseline that is not a findings report is refused with its file and position")
    func badPrevious() {
        #expect(throws: PreviousFindings.Failure.self) {
            try PreviousFindings(parsing: "{\"variation\": [", path: "a.json")
        }
        do {
            _ = try PreviousFindings(parsing: "{\"summary\": {}}", path: "a.json")
            Issue.record("accepted a report without findings")
        } catch {
            #expect(
                error.description
                    == "a.json: the baseline has no `variation` list; give a findings.json that waymark build wrote, or the output of waymark check --format json"
            )
        }
        do {
            _ = try PreviousFindings(parsing: "{\"variation\": [\n  {\"kind\": \"outlier\"}]}", path: "a.json")
            Issue.record("accepted a finding without its identity")
        } catch {
            #expect(
                error.description == "a.json:2:3: a finding in the baseline lacks `kind`, `scope`, `type` or `place`")
        }
    }
}
