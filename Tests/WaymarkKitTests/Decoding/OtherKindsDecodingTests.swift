import Testing

@testable import WaymarkKit

@Suite("Checking site settings, vocabularies, calendars, organisations, types and bodies")
struct OtherKindsDecodingTests {
    private func lines(_ edits: [String: String?]) throws -> [String] {
        TestSupport.lines(try TestSupport.checkMinimal(edits).report.diagnostics)
    }

    @Test("site.yaml: a yes that is text, an unknown zone, a misspelt setting")
    func site() throws {
        #expect(
            try lines(["site.yaml": "title: T\nsample: yes\ntime_zone: Mars/Olympus\nbase_ulr: /\n"]) == [
                "Content/site.yaml:2:9: error: `sample` should be true or false, but found the text \"yes\" [schema.type]",
                "Content/site.yaml:3:12: error: `time_zone` should be a time zone name such as Europe/London, but found \"Mars/Olympus\" [field.format]",
                "Content/site.yaml:4:1: error: `base_ulr` is not a field Waymark knows here, so it would be ignored [schema.unknown-field]",
            ])
        let result = try TestSupport.checkMinimal(["site.yaml": "title: T\nsample: yes\n"])
        #expect(result.report.diagnostics.first?.hint == "write `true` or `false`: `yes` is read as text")
    }

    @Test("vocabulary: a code that is not an id, a term without a label")
    func vocabulary() throws {
        #expect(
            try lines([
                "vocabulary/criteria.yaml":
                    "Head Injury:\n  label: Head injury\nfall-no-injury:\n  description: x\nhead-injury: {label: H}\n"
            ]) == [
                "Content/vocabulary/criteria.yaml:1:1: error: `Head Injury` should be an id like north-tyneside (lower-case letters, digits and single hyphens), but found the text \"Head Injury\" [schema.pattern]",
                "Content/vocabulary/criteria.yaml:3:1: error: `fall-no-injury.label` is required but missing [schema.required]",
            ])
    }

    @Test("a term without a label is reported once, not again at each pathway that uses it")
    func termWithoutLabelDoesNotCascade() throws {
        #expect(
            try lines(["vocabulary/criteria.yaml": "fall-no-injury: {description: x}\nhead-injury: {label: H}\n"]) == [
                "Content/vocabulary/criteria.yaml:1:1: error: `fall-no-injury.label` is required but missing [schema.required]"
            ])
    }

    @Test("bank holidays: not a list; a date that does not exist")
    func bankHolidays() throws {
        #expect(
            try lines(["calendars/bank-holidays.yaml": "- {date: 2026-13-01, name: Nothing}\n- {date: 2026-12-25}\n"])
                == [
                    "Content/calendars/bank-holidays.yaml:1:10: error: `[0].date` should be a date like 2026-03-01 (year-month-day, a day that exists), but found the text \"2026-13-01\" [schema.format]",
                    "Content/calendars/bank-holidays.yaml:2:3: error: `[1].name` is required but missing [schema.required]",
                ])
        #expect(
            try lines(["calendars/bank-holidays.yaml": "christmas: 2026-12-25\n"]) == [
                "Content/calendars/bank-holidays.yaml:1:1: error: the file should be a list of bank holidays, each written {date: 2026-12-25, name: Christmas Day}, but found a group of fields [schema.type]"
            ])
    }

    @Test("trust and system: missing required fields; a list of ids with a bad one")
    func organisations() throws {
        #expect(
            try lines([
                "trusts/test-trust.md": "---\nname: Test\nsystems: north\n---\n",
                "systems/north/system.md": "---\nname: North\nregion: North\ntrusts: [test-trust, Other Trust]\n---\n",
            ]) == [
                "Content/systems/north/system.md:4:22: error: `trusts[1]` should be an id like north-tyneside (lower-case letters, digits and single hyphens), but found the text \"Other Trust\" [schema.pattern]",
                "Content/trusts/test-trust.md:2:1: error: `region` is required but missing [schema.required]",
                "Content/trusts/test-trust.md:3:10: error: `systems` should be a list of at least one system id, like [humber-and-north-yorkshire, south-yorkshire, west-yorkshire], but found the text \"north\" [schema.type]",
            ])
    }

    @Test("governance body: an unknown kind; a joint committee without its trust")
    func governanceBody() throws {
        #expect(
            try lines([
                "governance/north-icb-board.md":
                    "---\nname: Board\nkind: committee\nmembers: [{system: north, host: yes}]\nauthority: [falls]\n---\n",
                "governance/jc.md": "---\nname: JC\nkind: joint-committee\nmembers: []\nauthority: [falls]\n---\n",
            ]) == [
                "Content/governance/jc.md:2:1: error: `trust` is required but missing [schema.required]",
                "Content/governance/jc.md:4:10: error: `members` should be a list of at least one member, like [{system: west-yorkshire}], but found an empty list [schema.items]",
                "Content/governance/north-icb-board.md:3:7: error: `kind` should be one of: joint-committee, icb-board, clinical-network, trust-board; found the text \"committee\" [schema.enum]",
                "Content/governance/north-icb-board.md:4:33: error: `members[0].host` should be true or false, but found the text \"yes\" [schema.type]",
            ])
    }

    @Test("pathway type: no compare list; a comparison of an unknown kind")
    func pathwayType() throws {
        #expect(
            try lines([
                "pathways/falls.md": "---\nname: Falls\ncore: true\n---\n",
                "pathways/stroke.md":
                    "---\nname: Stroke\ncore: false\ncompare:\n  - {field: hours.overnight, kind: boolean, label: Overnight}\n---\n",
            ]) == [
                "Content/pathways/falls.md:2:1: error: `compare` is required but missing [schema.required]",
                "Content/pathways/stroke.md:5:36: error: `compare[0].kind` should be one of: number, category, set; found the text \"boolean\" [schema.enum]",
            ])
    }

    @Test("place: a postcode district that is not text")
    func place() throws {
        #expect(
            try lines(["systems/north/beta/place.md": "---\nname: Beta\npostcode_districts: [AB3, 12]\n---\n"]) == [
                "Content/systems/north/beta/place.md:3:27: error: `postcode_districts[1]` should be text, but found the number 12 [schema.type]"
            ])
    }
}
