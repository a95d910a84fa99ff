import Foundation
import Testing

@testable import WaymarkKit

@Suite("Every reference resolves, reported at the value that makes it")
struct ReferenceCheckTests {
    @Test("The minimal fixture has no problems")
    func clean() throws {
        #expect(TestSupport.lines(try TestSupport.checkMinimal().report.diagnostics) == [])
    }

    @Test("An unknown approving body, with a suggestion")
    func unknownBody() throws {
        let edited = try TestSupport.minimal(
            "systems/north/alpha/falls.md", replacing: "  approved_by: north-icb-board\n  approved_on",
            with: "  approved_by: north-icb-bord\n  approved_on")
        let diagnostics = try TestSupport.checkMinimal(["systems/north/alpha/falls.md": edited]).report.diagnostics
        #expect(
            TestSupport.lines(diagnostics) == [
                "Content/systems/north/alpha/falls.md:24:16: error: `governance.approved_by` names the governance body `north-icb-bord`, but there is no governance body with that id [reference.unknown]"
            ])
        #expect(
            diagnostics.first?.hint
                == "did you mean `north-icb-board`, the one body that may approve a Falls response pathway in Alpha?")
        #expect(diagnostics.first?.field == "governance.approved_by")
    }

    @Test("An unknown approving body is answered with the bodies that may approve the pathway there")
    func unknownBodyInTheSample() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let content = folder.appending(path: "Content")
        try FileManager.default.copyItem(at: TestSupport.shippedContent, to: content)
        let path = "systems/west-yorkshire/leeds/falls.md"
        let text = try String(contentsOf: content.appending(path: path), encoding: .utf8)
        try TestSupport.write(
            [
                path: text.replacingOccurrences(
                    of: "approved_by: yas-joint-committee", with: "approved_by: leeds-icb-board")
            ],
            into: content)
        let diagnostics = try Pipeline.check(content: content, displayRoot: "Content").report.diagnostics.filter {
            $0.code == "reference.unknown"
        }
        #expect(
            TestSupport.lines(diagnostics) == [
                "Content/systems/west-yorkshire/leeds/falls.md:25:16: error: `governance.approved_by` names the governance body `leeds-icb-board`, but there is no governance body with that id [reference.unknown]"
            ])
        #expect(
            diagnostics.first?.hint
                == "the bodies that may approve a Falls response pathway in Leeds are `west-yorkshire-icb-board`, `yas-joint-committee`"
        )
    }

    @Test("Unknown vocabulary codes are reported at each item, wherever it is in the list")
    func unknownCodes() throws {
        var edited = try TestSupport.minimal(
            "systems/north/alpha/falls.md", replacing: "exclude: [head-injury]",
            with: "exclude: [head-injury, anticoagulated, head-injurie]")
        edited = edited.replacingOccurrences(
            of: "accepts_from: [paramedic, technician]", with: "accepts_from: [paramedic, nurse]")
        let diagnostics = try TestSupport.checkMinimal(["systems/north/alpha/falls.md": edited]).report.diagnostics
        #expect(
            TestSupport.lines(diagnostics) == [
                "Content/systems/north/alpha/falls.md:17:26: error: `eligibility.exclude[1]` names the criterion `anticoagulated`, but there is no criterion with that id [reference.unknown]",
                "Content/systems/north/alpha/falls.md:17:42: error: `eligibility.exclude[2]` names the criterion `head-injurie`, but there is no criterion with that id [reference.unknown]",
                "Content/systems/north/alpha/falls.md:22:29: error: `referral.accepts_from[1]` names the role `nurse`, but there is no role with that id [reference.unknown]",
            ])
        #expect(
            diagnostics[0].hint
                == "each criterion is defined in vocabulary/criteria.yaml; check the spelling or add it there")
        #expect(diagnostics[1].hint == "did you mean `head-injury`?")
    }

    @Test("A pathway file named after no pathway type")
    func unknownType() throws {
        let text = try TestSupport.minimal(
            "systems/north/alpha/falls.md", replacing: "status: active", with: "status: active")
        let diagnostics = try TestSupport.checkMinimal(["systems/north/alpha/fals.md": text]).report.diagnostics
        #expect(
            TestSupport.lines(diagnostics) == [
                "Content/systems/north/alpha/fals.md:1:1: error: the file name makes this a `fals` pathway, but there is no pathway type `fals` [reference.unknown]"
            ])
        #expect(diagnostics.first?.hint == "did you mean `falls`? rename the file to `falls.md`")
    }

    @Test("Places, trusts, systems and bodies: each unknown id where it is written")
    func organisationReferences() throws {
        let diagnostics = try TestSupport.checkMinimal([
            "systems/north/beta/place.md": "---\nname: Beta\nneighbours: [alpha, gamma]\ntrust: other-trust\n---\n",
            "trusts/test-trust.md": try TestSupport.minimal(
                "trusts/test-trust.md", replacing: "systems: [north]", with: "systems: [north, south]"),
            "governance/north-icb-board.md": try TestSupport.minimal(
                "governance/north-icb-board.md", replacing: "authority: [falls]",
                with: "authority: [falls, stroke]\nratified:\n  - {system: nort, on: 2022-08-01}"),
        ]).report.diagnostics
        #expect(
            TestSupport.lines(diagnostics) == [
                "Content/governance/north-icb-board.md:6:20: error: `authority[1]` names the pathway type `stroke`, but there is no pathway type with that id [reference.unknown]",
                "Content/governance/north-icb-board.md:8:14: error: `ratified[0].system` names the system `nort`, but there is no system with that id [reference.unknown]",
                "Content/systems/north/beta/place.md:3:21: error: `neighbours[1]` names the place `gamma`, but there is no place with that id [reference.unknown]",
                "Content/systems/north/beta/place.md:4:8: error: `trust` names the trust `other-trust`, but there is no trust with that id [reference.unknown]",
                "Content/trusts/test-trust.md:6:18: error: `systems[1]` names the system `south`, but there is no system with that id [reference.unknown]",
            ])
    }

    @Test("A reference to a file that exists but is broken is not reported twice")
    func noCascade() throws {
        let diagnostics = try TestSupport.checkMinimal([
            "governance/north-icb-board.md": "---\nname: Board\nkind: icb-board\n",
            "vocabulary/roles.yaml": "- paramedic\n",
        ]).report.diagnostics
        #expect(
            TestSupport.lines(diagnostics) == [
                "Content/governance/north-icb-board.md:1:1: error: the front matter that starts here is never closed [front-matter.unterminated]",
                "Content/vocabulary/roles.yaml:1:1: error: the file should be a group of codes, each with a label, like head-injury: {label: Head injury}, but found a list [schema.type]",
            ])
    }

    @Test("A place in a system served by two trusts must say which, and only one of them")
    func placeTrust() throws {
        let trusts = "---\nname: Other\nregion: North\nsystems: [north]\n---\n"
        let system = try TestSupport.minimal(
            "systems/north/system.md", replacing: "trusts: [test-trust]", with: "trusts: [test-trust, other]")
        var diagnostics = try TestSupport.checkMinimal(["trusts/other.md": trusts, "systems/north/system.md": system])
            .report.diagnostics
        #expect(
            TestSupport.lines(diagnostics) == [
                "Content/systems/north/alpha/place.md:2:1: error: `trust` is required because North Test System is served by more than one trust (test-trust, other) [place.trust-required]",
                "Content/systems/north/beta/place.md:2:1: error: `trust` is required because North Test System is served by more than one trust (test-trust, other) [place.trust-required]",
            ])
        diagnostics = try TestSupport.checkMinimal([
            "trusts/other.md": "---\nname: Other\nregion: North\nsystems: []\n---\n",
            "systems/north/beta/place.md": "---\nname: Beta\ntrust: other\nneighbours: [alpha]\n---\n",
        ]).report.diagnostics
        #expect(
            TestSupport.lines(diagnostics) == [
                "Content/systems/north/beta/place.md:3:8: error: `trust` is `other`, but North Test System lists only `test-trust` in its `trusts` [place.trust-not-serving]",
                "Content/trusts/other.md:4:10: error: `systems` should be a list of at least one system id, like [humber-and-north-yorkshire, south-yorkshire, west-yorkshire], but found an empty list [schema.items]",
            ])
    }

    @Test("A threshold its type's schema does not declare is an error, with a suggestion")
    func thresholdOutsideTypeSchema() throws {
        let falls = try TestSupport.minimal(
            "systems/north/alpha/falls.md", replacing: "  age_min: 65\n",
            with: "  age_min: 65\n  age_mn: 70\n  cfs_min: 5\n")
        let diagnostics = try TestSupport.checkMinimal(["systems/north/alpha/falls.md": falls]).report.diagnostics
        #expect(
            TestSupport.lines(diagnostics) == [
                "Content/systems/north/alpha/falls.md:16:3: error: `eligibility.age_mn` is not a field Waymark knows here, so it would be ignored [schema.unknown-field]",
                "Content/systems/north/alpha/falls.md:17:3: error: `eligibility.cfs_min` is not a field Waymark knows here, so it would be ignored [schema.unknown-field]",
            ])
        #expect(diagnostics.first?.hint == "did you mean `age_min`?")
        #expect(
            diagnostics.last?.hint == "the fields allowed here are: `age_min`, `age_max`, `include`, `exclude`")
    }

    @Test("Without a type schema, a threshold the type does not compare is a warning, with a suggestion")
    func unknownThreshold() throws {
        let falls = try TestSupport.minimal(
            "systems/north/alpha/falls.md", replacing: "  age_min: 65\n", with: "  age_min: 65\n  cfs_min: 5\n")
        let noTypeSchema: String? = nil
        let diagnostics = try TestSupport.checkMinimal([
            "systems/north/alpha/falls.md": falls, "schema/types/falls.schema.json": noTypeSchema,
        ]).report.diagnostics
        #expect(
            TestSupport.lines(diagnostics) == [
                "Content/systems/north/alpha/falls.md:16:3: warning: `eligibility.cfs_min` is not a threshold the Falls response type compares (it compares: `age_min`) [eligibility.unknown-threshold]"
            ])
        #expect(
            diagnostics.last?.hint
                == "check the spelling, or declare it in schema/types/falls.schema.json if it is a new threshold")
        let type = try TestSupport.minimal(
            "pathways/falls.md", replacing: "  - {field: eligibility.age_min",
            with: "  - {field: eligibility.cfs_min, kind: number, label: CFS}\n  - {field: eligibility.age_min")
        let misspelt = try TestSupport.minimal(
            "systems/north/alpha/falls.md", replacing: "  age_min: 65\n", with: "  age_min: 65\n  cfs_mn: 5\n")
        let second = try TestSupport.checkMinimal([
            "pathways/falls.md": type, "systems/north/alpha/falls.md": misspelt,
            "schema/types/falls.schema.json": noTypeSchema,
        ]).report.diagnostics
        #expect(second.map(\.code) == ["eligibility.unknown-threshold"])
        #expect(second.first?.hint == "did you mean `cfs_min`?")
    }

    @Test("A reference in a list of groups is reported at its own item, even after an item that failed")
    func referencesInGroupListsKeepTheirPosition() throws {
        let board =
            "---\nname: Board\nkind: icb-board\nmembers:\n  - {system: North Sys}\n  - {system: nort}\nauthority: [falls]\n---\n"
        let falls = try TestSupport.minimal(
            "systems/north/alpha/falls.md", replacing: "variations:\n  - field: eligibility.age_min\n",
            with: "variations:\n  - field: eligibility.age_min\n    rationale: x\n  - field: eligibility.age_min\n"
        )
        .replacingOccurrences(
            of: "    rationale: Older population.\n    approved_by: north-icb-board\n",
            with: "    rationale: Older population.\n    approved_by: nowhere\n")
        let diagnostics = try TestSupport.checkMinimal([
            "governance/north-icb-board.md": board, "systems/north/alpha/falls.md": falls,
        ])
        .report.diagnostics
        #expect(
            TestSupport.lines(diagnostics) == [
                "Content/governance/north-icb-board.md:5:14: error: `members[0].system` should be an id like north-tyneside (lower-case letters, digits and single hyphens), but found the text \"North Sys\" [schema.pattern]",
                "Content/governance/north-icb-board.md:6:14: error: `members[1].system` names the system `nort`, but there is no system with that id [reference.unknown]",
                "Content/systems/north/alpha/falls.md:31:5: error: `variations[0].approved_by` is required but missing [schema.required]",
                "Content/systems/north/alpha/falls.md:35:18: error: `variations[1].approved_by` names the governance body `nowhere`, but there is no governance body with that id [reference.unknown]",
            ])
    }
}
