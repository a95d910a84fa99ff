import Foundation
import Testing

@testable import WaymarkKit

/// One broken copy of the `minimal` fixture: the edits that break it and, in reporting order,
/// exactly what `waymark check` prints for it.
struct BrokenFile: Sendable, CustomTestStringConvertible {
    /// Replace the first `find` in the file at `path` with `replace`; a `nil` `find` writes
    /// `replace` as the whole file, and a `nil` `replace` too deletes the file. Paths under
    /// `schema/` start from the shipped schemas, the rest from the fixture.
    struct Edit: Sendable {
        var path: String
        var find: String?
        var replace: String?
    }

    var name: String
    var edits: [Edit]
    var expected: [String]

    var testDescription: String { name }

    init(_ name: String, _ edits: [Edit], _ expected: [String]) {
        self.name = name
        self.edits = edits
        self.expected = expected
    }
}

@Suite("Schema diagnostics: one per root cause, at the offending value, in words a clinical lead can act on")
struct SchemaDiagnosticsTests {
    static func original(_ path: String) throws -> String {
        let url =
            path.hasPrefix("schema/")
            ? TestSupport.shippedContent.appending(path: path)
            : TestSupport.fixtures.appending(path: "minimal/\(path)")
        return try String(contentsOf: url, encoding: .utf8)
    }

    @Test("Each broken file is reported exactly", arguments: BrokenFile.all)
    func brokenFile(_ file: BrokenFile) throws {
        var edits: [String: String?] = [:]
        for edit in file.edits {
            guard let find = edit.find else {
                edits[edit.path] = .some(edit.replace)
                continue
            }
            let text = try Self.original(edit.path)
            let range = try #require(text.range(of: find), "\(edit.path) has no \(find)")
            edits[edit.path] = text.replacingCharacters(in: range, with: edit.replace ?? "")
        }
        let diagnostics = try TestSupport.checkMinimal(edits).report.diagnostics
        #expect(diagnostics.sorted(by: Diagnostic.reportingOrder).map(\.textDescription) == file.expected)
    }

    @Test("The table covers at least 40 broken files, each with at least one diagnostic")
    func tableIsBroad() {
        #expect(BrokenFile.all.count >= 40)
        #expect(BrokenFile.all.allSatisfy { !$0.expected.isEmpty })
    }
}

extension BrokenFile {
    static let all: [BrokenFile] = [
        BrokenFile(
            "a status that is not one of the four",
            [.init(path: "systems/north/alpha/falls.md", find: "status: active", replace: "status: actve")],
            [
                "Content/systems/north/alpha/falls.md:3:9: error: `status` should be one of: draft, active, suspended, retired; found the text \"actve\" [schema.enum]\n    hint: did you mean `active`?"
            ]),
        BrokenFile(
            "a status written as a number",
            [.init(path: "systems/north/alpha/falls.md", find: "status: active", replace: "status: 1")],
            [
                "Content/systems/north/alpha/falls.md:3:9: error: `status` should be one of: draft, active, suspended, retired; found the number 1 [schema.enum]"
            ]),
        BrokenFile(
            "a missing title",
            [
                .init(
                    path: "systems/north/alpha/falls.md",
                    find: "title: Falls response, Alpha <script>alert(\"x\")</script>\n", replace: "")
            ],
            [
                "Content/systems/north/alpha/falls.md:2:1: error: `title` is required but missing [schema.required]\n    hint: add `title:`, for example `title: \"Falls response, North Tyneside\"`"
            ]),
        BrokenFile(
            "a blank summary",
            [
                .init(
                    path: "systems/north/alpha/falls.md", find: "summary: Lift & assess \"uninjured\" fallers.",
                    replace: "summary: \"  \"")
            ],
            [
                "Content/systems/north/alpha/falls.md:4:10: error: `summary` should be some text (it may not be left blank), but found the text \"  \" [schema.pattern]"
            ]),
        BrokenFile(
            "a misspelt top-level key",
            [.init(path: "systems/north/alpha/falls.md", find: "summary:", replace: "sumary:")],
            [
                "Content/systems/north/alpha/falls.md:4:1: error: `sumary` is not a field Waymark knows here, so it would be ignored [schema.unknown-field]\n    hint: did you mean `summary`?"
            ]),
        BrokenFile(
            "an unknown top-level key",
            [.init(path: "systems/north/alpha/falls.md", find: "variations:", replace: "notes: x\nvariations:")],
            [
                "Content/systems/north/alpha/falls.md:30:1: error: `notes` is not a field Waymark knows here, so it would be ignored [schema.unknown-field]\n    hint: the fields allowed here are: `title`, `status`, `summary`, `provider`, `hours`, `eligibility`, `response`, `referral`, `governance`, `variations`"
            ]),
        BrokenFile(
            "a misspelt eligibility key",
            [.init(path: "systems/north/alpha/falls.md", find: "  age_min: 65", replace: "  age_mni: 65")],
            [
                "Content/systems/north/alpha/falls.md:15:3: error: `eligibility.age_mni` is not a field Waymark knows here, so it would be ignored [schema.unknown-field]\n    hint: did you mean `age_min`?"
            ]),
        BrokenFile(
            "an age as text",
            [.init(path: "systems/north/alpha/falls.md", find: "  age_min: 65", replace: "  age_min: sixty-five")],
            [
                "Content/systems/north/alpha/falls.md:15:12: error: `eligibility.age_min` should be a whole number of years from 0 to 130, but found the text \"sixty-five\" [schema.type]"
            ]),
        BrokenFile(
            "an age in quotes",
            [.init(path: "systems/north/alpha/falls.md", find: "  age_min: 65", replace: "  age_min: \"65\"")],
            [
                "Content/systems/north/alpha/falls.md:15:12: error: `eligibility.age_min` should be a whole number of years from 0 to 130, but found the text \"65\" [schema.type]\n    hint: write the number without quotes"
            ]),
        BrokenFile(
            "an age out of range",
            [.init(path: "systems/north/alpha/falls.md", find: "  age_min: 65", replace: "  age_min: 165")],
            [
                "Content/systems/north/alpha/falls.md:15:12: error: `eligibility.age_min` should be a whole number of years from 0 to 130, but found the number 165 [schema.range]"
            ]),
        BrokenFile(
            "a fractional age",
            [.init(path: "systems/north/alpha/falls.md", find: "  age_min: 65", replace: "  age_min: 65.5")],
            [
                "Content/systems/north/alpha/falls.md:15:12: error: `eligibility.age_min` should be a whole number of years from 0 to 130, but found the number 65.5 [schema.type]"
            ]),
        BrokenFile(
            "a session time past midnight",
            [
                .init(
                    path: "systems/north/alpha/falls.md", find: "from: \"08:00\", to: \"20:00\"",
                    replace: "from: \"25:00\", to: \"20:00\"")
            ],
            [
                "Content/systems/north/alpha/falls.md:8:47: error: `hours.sessions[0].from` should be a time like 08:00 (24-hour, from 00:00 to 23:59, in quotes), but found the text \"25:00\" [schema.pattern]"
            ]),
        BrokenFile(
            "a session time without a leading zero",
            [
                .init(
                    path: "systems/north/alpha/falls.md", find: "from: \"08:00\", to: \"20:00\"",
                    replace: "from: \"8:00\", to: \"20:00\"")
            ],
            [
                "Content/systems/north/alpha/falls.md:8:47: error: `hours.sessions[0].from` should be a time like 08:00 (24-hour, from 00:00 to 23:59, in quotes), but found the text \"8:00\" [schema.pattern]"
            ]),
        BrokenFile(
            "a day that is not a day",
            [
                .init(
                    path: "systems/north/alpha/falls.md", find: "[mon, tue, wed, thu, fri]",
                    replace: "[mon, tue, wed, thu, fry]")
            ],
            [
                "Content/systems/north/alpha/falls.md:8:35: error: `hours.sessions[0].days[4]` should be one of: mon, tue, wed, thu, fri, sat, sun; found the text \"fry\" [schema.enum]\n    hint: did you mean `fri`?"
            ]),
        BrokenFile(
            "a day given twice",
            [
                .init(
                    path: "systems/north/alpha/falls.md", find: "[mon, tue, wed, thu, fri]",
                    replace: "[mon, tue, mon, thu, fri]")
            ],
            [
                "Content/systems/north/alpha/falls.md:8:25: error: `hours.sessions[0].days` gives mon twice, as item 1 and item 3 [schema.unique]\n    hint: give each value once"
            ]),
        BrokenFile(
            "a session with no days",
            [.init(path: "systems/north/alpha/falls.md", find: "[mon, tue, wed, thu, fri]", replace: "[]")],
            [
                "Content/systems/north/alpha/falls.md:8:14: error: `hours.sessions[0].days` should be a list of days like [mon, tue], each day at most once, but found an empty list [schema.items]"
            ]),
        BrokenFile(
            "a session missing its end",
            [.init(path: "systems/north/alpha/falls.md", find: ", to: \"20:00\"}", replace: "}")],
            [
                "Content/systems/north/alpha/falls.md:8:7: error: `hours.sessions[0].to` is required but missing [schema.required]\n    hint: add `to:`, for example `to: \"20:00\"`"
            ]),
        BrokenFile(
            "a misspelt bank holiday rule",
            [
                .init(
                    path: "systems/north/alpha/falls.md", find: "bank_holidays: as-sunday",
                    replace: "bank_holidays: as-sundy")
            ],
            [
                "Content/systems/north/alpha/falls.md:10:18: error: `hours.bank_holidays` should be one of: closed, open, as-sunday; found the text \"as-sundy\" [schema.enum]\n    hint: did you mean `as-sunday`?"
            ]),
        BrokenFile(
            "a closure on a day that does not exist",
            [
                .init(
                    path: "systems/north/alpha/falls.md", find: "from: 2026-12-24, to: 2026-12-26",
                    replace: "from: 2026-02-30, to: 2026-12-26")
            ],
            [
                "Content/systems/north/alpha/falls.md:12:14: error: `hours.closures[0].from` should be a date like 2026-03-01 (year-month-day, a day that exists), but found the text \"2026-02-30\" [schema.format]"
            ]),
        BrokenFile(
            "a closure date in the wrong order of parts",
            [
                .init(
                    path: "systems/north/alpha/falls.md", find: "from: 2026-12-24, to: 2026-12-26",
                    replace: "from: 24/12/2026, to: 2026-12-26")
            ],
            [
                "Content/systems/north/alpha/falls.md:12:14: error: `hours.closures[0].from` should be a date like 2026-03-01 (year-month-day, a day that exists), but found the text \"24/12/2026\" [schema.format]"
            ]),
        BrokenFile(
            "a last referral time that is not a time",
            [
                .init(
                    path: "systems/north/alpha/falls.md", find: "last_referral: \"16:00\"",
                    replace: "last_referral: \"4pm\"")
            ],
            [
                "Content/systems/north/alpha/falls.md:13:18: error: `hours.last_referral` should be a time like 20:00 (24-hour, from 00:00 to 24:00, in quotes), but found the text \"4pm\" [schema.pattern]"
            ]),
        BrokenFile(
            "open 24/7 and sessions too (the wrong oneOf branch)",
            [
                .init(
                    path: "systems/north/alpha/falls.md", find: "hours:\n  sessions:",
                    replace: "hours:\n  always: true\n  sessions:")
            ],
            [
                "Content/systems/north/alpha/falls.md:9:5: error: `hours.sessions` should be empty, but found a list of 2 items (read as “open 24/7”, the closest match; it could also be “open in sessions”) [schema.items]\n    hint: it should have either always: true or at least one session, not both"
            ]),
        BrokenFile(
            "neither 24/7 nor any session",
            [
                .init(
                    path: "systems/north/alpha/falls.md",
                    find:
                        "  sessions:\n    - {days: [mon, tue, wed, thu, fri], from: \"08:00\", to: \"20:00\"}\n    - {days: [sat, sun], from: \"09:00\", to: \"17:00\"}\n",
                    replace: "")
            ],
            [
                "Content/systems/north/alpha/falls.md:6:1: error: `hours.sessions` is required but missing (read as “open in sessions”, the closest match; it could also be “open 24/7”) [schema.required]\n    hint: add `sessions:`, for example `sessions: [{days: [sat, sun], from: \"09:00\", to: \"17:00\"}]`"
            ]),
        BrokenFile(
            "sessions that are not a list",
            [
                .init(
                    path: "systems/north/alpha/falls.md",
                    find:
                        "  sessions:\n    - {days: [mon, tue, wed, thu, fri], from: \"08:00\", to: \"20:00\"}\n    - {days: [sat, sun], from: \"09:00\", to: \"17:00\"}\n",
                    replace: "  sessions: weekdays\n")
            ],
            [
                "Content/systems/north/alpha/falls.md:7:13: error: `hours.sessions` should be a list, but found the text \"weekdays\" [schema.type]"
            ]),
        BrokenFile(
            "hours that are a sentence, not a group",
            [
                .init(
                    path: "systems/north/alpha/falls.md",
                    find:
                        "hours:\n  sessions:\n    - {days: [mon, tue, wed, thu, fri], from: \"08:00\", to: \"20:00\"}\n    - {days: [sat, sun], from: \"09:00\", to: \"17:00\"}\n  bank_holidays: as-sunday\n  closures:\n    - {from: 2026-12-24, to: 2026-12-26, reason: Christmas}\n  last_referral: \"16:00\"\n",
                    replace: "hours: weekdays 8 to 8\n")
            ],
            [
                "Content/systems/north/alpha/falls.md:6:8: error: `hours` should be either always: true or at least one session, not both, but found the text \"weekdays 8 to 8\" [schema.type]"
            ]),
        BrokenFile(
            "a phone number with a letter",
            [
                .init(
                    path: "systems/north/alpha/falls.md", find: "phone: \"0113 496 0001\"",
                    replace: "phone: \"0113 496 000I\"")
            ],
            [
                "Content/systems/north/alpha/falls.md:21:10: error: `referral.phone` should be a UK phone number like 0113 496 0123, but found the text \"0113 496 000I\" [schema.pattern]"
            ]),
        BrokenFile(
            "a phone number too short",
            [
                .init(
                    path: "systems/north/alpha/falls.md", find: "phone: \"0113 496 0001\"",
                    replace: "phone: \"0113 496 001\"")
            ],
            [
                "Content/systems/north/alpha/falls.md:21:10: error: `referral.phone` should be a UK phone number like 0113 496 0123, but found the text \"0113 496 001\" [schema.pattern]"
            ]),
        BrokenFile(
            "a phone number given in full international form with its zero",
            [
                .init(
                    path: "systems/north/alpha/falls.md", find: "phone: \"0113 496 0001\"",
                    replace: "phone: \"+44 0113 496 0001\"")
            ],
            [
                "Content/systems/north/alpha/falls.md:21:10: error: `referral.phone` should be a UK phone number like 0113 496 0123, but found the text \"+44 0113 496 0001\" [schema.pattern]"
            ]),
        BrokenFile(
            "phone referrals with no phone number",
            [.init(path: "systems/north/alpha/falls.md", find: "  phone: \"0113 496 0001\"\n", replace: "")],
            [
                "Content/systems/north/alpha/falls.md:19:1: error: `referral.phone` is required but missing [schema.required]\n    hint: add `phone:`, for example `phone: \"0113 496 0123\"`"
            ]),
        BrokenFile(
            "a referral method that does not exist",
            [
                .init(
                    path: "systems/north/alpha/falls.md", find: "methods: [phone, cad]",
                    replace: "methods: [phone, fax]")
            ],
            [
                "Content/systems/north/alpha/falls.md:20:20: error: `referral.methods[1]` should be one of: phone, cad, booking, email, online; found the text \"fax\" [schema.enum]"
            ]),
        BrokenFile(
            "no referral methods",
            [.init(path: "systems/north/alpha/falls.md", find: "methods: [phone, cad]", replace: "methods: []")],
            [
                "Content/systems/north/alpha/falls.md:20:12: error: `referral.methods` should be a list of at least one method, like [phone, cad], but found an empty list [schema.items]"
            ]),
        BrokenFile(
            "an approving body that is not an id",
            [
                .init(
                    path: "systems/north/alpha/falls.md", find: "approved_by: north-icb-board\n  approved_on",
                    replace: "approved_by: North ICB Board\n  approved_on")
            ],
            [
                "Content/systems/north/alpha/falls.md:24:16: error: `governance.approved_by` should be an id like north-tyneside (lower-case letters, digits and single hyphens), but found the text \"North ICB Board\" [schema.pattern]"
            ]),
        BrokenFile(
            "an approval date that does not exist",
            [
                .init(
                    path: "systems/north/alpha/falls.md", find: "approved_on: 2026-03-01",
                    replace: "approved_on: 2026-02-29")
            ],
            [
                "Content/systems/north/alpha/falls.md:25:16: error: `governance.approved_on` should be a date like 2026-03-01 (year-month-day, a day that exists), but found the text \"2026-02-29\" [schema.format]"
            ]),
        BrokenFile(
            "a review date with a time",
            [
                .init(
                    path: "systems/north/alpha/falls.md", find: "review_due: 2027-03-01",
                    replace: "review_due: 2027-03-01T09:00")
            ],
            [
                "Content/systems/north/alpha/falls.md:26:15: error: `governance.review_due` should be a date like 2026-03-01 (year-month-day, a day that exists), but found the text \"2027-03-01T09:00\" [schema.format]"
            ]),
        BrokenFile(
            "a missing owner",
            [.init(path: "systems/north/alpha/falls.md", find: "  owner: Clinical lead for falls\n", replace: "")],
            [
                "Content/systems/north/alpha/falls.md:23:1: error: `governance.owner` is required but missing [schema.required]\n    hint: add `owner:`, for example `owner: \"Clinical lead for falls, Northumbria Healthcare\"`"
            ]),
        BrokenFile(
            "a response target of zero",
            [.init(path: "systems/north/alpha/falls.md", find: "target_minutes: 120", replace: "target_minutes: 0")],
            [
                "Content/systems/north/alpha/falls.md:18:28: error: `response.target_minutes` should be a whole number of minutes from 1 to 10080, but found the number 0 [schema.range]"
            ]),
        BrokenFile(
            "a variation without a rationale",
            [.init(path: "systems/north/alpha/falls.md", find: "    rationale: Older population.\n", replace: "")],
            [
                "Content/systems/north/alpha/falls.md:31:5: error: `variations[0].rationale` is required but missing [schema.required]\n    hint: add `rationale:`, for example `rationale: The frailty service covers people aged 65 to 74 in this place.`"
            ]),
        BrokenFile(
            "a provider ODS code in lower case",
            [
                .init(
                    path: "systems/north/alpha/falls.md", find: "provider: {name: Alpha Community Trust}",
                    replace: "provider: {name: Alpha Community Trust, ods_code: rx8}")
            ],
            [
                "Content/systems/north/alpha/falls.md:5:51: error: `provider.ods_code` should be an ODS code like RX8 (3 to 6 capital letters and digits), but found the text \"rx8\" [schema.pattern]"
            ]),
        BrokenFile(
            "a criteria list that is one code, not a list",
            [
                .init(
                    path: "systems/north/alpha/falls.md", find: "include: [fall-no-injury]",
                    replace: "include: fall-no-injury")
            ],
            [
                "Content/systems/north/alpha/falls.md:16:12: error: `eligibility.include` should be a list, but found the text \"fall-no-injury\" [schema.type]"
            ]),
        BrokenFile(
            "a criterion code with capitals",
            [
                .init(
                    path: "systems/north/alpha/falls.md", find: "include: [fall-no-injury]",
                    replace: "include: [Fall-No-Injury]")
            ],
            [
                "Content/systems/north/alpha/falls.md:16:13: error: `eligibility.include[0]` should be an id like north-tyneside (lower-case letters, digits and single hyphens), but found the text \"Fall-No-Injury\" [schema.pattern]"
            ]),
        BrokenFile(
            "a place neighbour that is not an id",
            [
                .init(
                    path: "systems/north/alpha/place.md", find: "neighbours: [beta]", replace: "neighbours: [Beta Town]"
                )
            ],
            [
                "Content/systems/north/alpha/place.md:5:14: error: `neighbours[0]` should be an id like north-tyneside (lower-case letters, digits and single hyphens), but found the text \"Beta Town\" [schema.pattern]"
            ]),
        BrokenFile(
            "a place with no name",
            [.init(path: "systems/north/alpha/place.md", find: "name: Alpha\n", replace: "")],
            [
                "Content/systems/north/alpha/place.md:2:1: error: `name` is required but missing [schema.required]\n    hint: add `name:`, for example `name: Leeds`"
            ]),
        BrokenFile(
            "a postcode district list that is text",
            [
                .init(
                    path: "systems/north/alpha/place.md", find: "postcode_districts: [AB1, AB2]",
                    replace: "postcode_districts: AB1 AB2")
            ],
            [
                "Content/systems/north/alpha/place.md:4:21: error: `postcode_districts` should be a list, but found the text \"AB1 AB2\" [schema.type]"
            ]),
        BrokenFile(
            "a governance body of an unknown kind",
            [.init(path: "governance/north-icb-board.md", find: "kind: icb-board", replace: "kind: icb")],
            [
                "Content/governance/north-icb-board.md:3:7: error: `kind` should be one of: joint-committee, icb-board, clinical-network, trust-board; found the text \"icb\" [schema.enum]"
            ]),
        BrokenFile(
            "a joint committee without its trust",
            [
                .init(
                    path: "governance/north-icb-board.md", find: "kind: icb-board",
                    replace: "kind: joint-committee")
            ],
            [
                "Content/governance/north-icb-board.md:2:1: error: `trust` is required but missing [schema.required]\n    hint: add `trust:`, for example `trust: yas`",
                "Content/governance/north-icb-board.md:5:3: error: NHS North Test ICB Board has no host: exactly one member should have `host: true` [governance.host-count]\n    hint: add `host: true` to the member whose ICB hosts the committee",
                "Content/governance/north-icb-board.md:5:5: error: `north` (North Test System) is a member of NHS North Test ICB Board, but `ratified` records no ratification by its ICB board [governance.not-ratified]\n    hint: add `- {system: north, on: YYYY-MM-DD}` to `ratified` with the date its board ratified the committee",
            ]),
        BrokenFile(
            "an establishment date that does not exist",
            [
                .init(
                    path: "governance/north-icb-board.md", find: "established: 2022-07-01",
                    replace: "established: 2022-13-01")
            ],
            [
                "Content/governance/north-icb-board.md:7:14: error: `established` should be a date like 2026-03-01 (year-month-day, a day that exists), but found the text \"2022-13-01\" [schema.format]"
            ]),
        BrokenFile(
            "a comparison of an unknown kind",
            [
                .init(
                    path: "pathways/falls.md", find: "kind: number, label: Minimum age",
                    replace: "kind: numeric, label: Minimum age")
            ],
            [
                "Content/pathways/falls.md:7:40: error: `compare[0].kind` should be one of: number, category, set; found the text \"numeric\" [schema.enum]"
            ]),
        BrokenFile(
            "a pathway type whose core flag is text",
            [.init(path: "pathways/falls.md", find: "core: true", replace: "core: yes")],
            [
                "Content/pathways/falls.md:4:7: error: `core` should be true or false, but found the text \"yes\" [schema.type]\n    hint: write `true` or `false`: `yes` is read as text"
            ]),
        BrokenFile(
            "a schema file that is not JSON",
            [.init(path: "schema/place.schema.json", find: "\"type\": \"object\",", replace: "\"type\": \"object\"")],
            [
                "Content/schema/place.schema.json:6:3: error: this schema file is not valid JSON: expected `}` [schema.json-syntax]\n    hint: JSON needs double quotes around keys and text, commas between items, and no trailing comma"
            ]),
        BrokenFile(
            "a schema with a type that does not exist",
            [.init(path: "schema/place.schema.json", find: "\"type\": \"object\",", replace: "\"type\": \"objekt\",")],
            [
                "Content/schema/place.schema.json:5:11: error: `type` should be one of: array, boolean, integer, \"null\", number, object, string; found the text \"objekt\" [schema.invalid-schema]\n    hint: did you mean `object`?"
            ]),
        BrokenFile(
            "a schema whose $ref names nothing",
            [
                .init(
                    path: "schema/types/falls.schema.json",
                    find: "\"$ref\": \"../pathway.schema.json#/$defs/eligibility\"",
                    replace: "\"$ref\": \"../pathway.schema.json#/$defs/eligibilty\"")
            ],
            [
                "Content/schema/types/falls.schema.json:10:15: error: this schema cannot be used: nothing is at \"schema/pathway.schema.json#/$defs/eligibilty\" [schema.broken]\n    hint: a `$ref` names another schema file by its path relative to this one, then `#/$defs/<name>`"
            ]),
        BrokenFile(
            "a schema with a pattern that is not a regular expression",
            [
                .init(
                    path: "schema/place.schema.json", find: "\"type\": \"object\",",
                    replace: "\"type\": \"object\", \"patternProperties\": {\"([a-z\": true},")
            ],
            [
                "Content/schema/place.schema.json:5:52: error: this schema cannot be used: the pattern \"([a-z\" is not a regular expression [schema.broken]\n    hint: patterns are ECMAScript regular expressions; check the brackets and escape `\\` as `\\\\` in JSON"
            ]),
        BrokenFile(
            "a schema for another draft",
            [
                .init(
                    path: "schema/place.schema.json", find: "https://json-schema.org/draft/2020-12/schema",
                    replace: "http://json-schema.org/draft-07/schema#")
            ],
            [
                "Content/schema/place.schema.json:2:14: error: `$schema` is \"http://json-schema.org/draft-07/schema#\", but Waymark reads JSON Schema draft 2020-12 only [schema.unsupported-draft]\n    hint: set `\"$schema\": \"https://json-schema.org/draft/2020-12/schema\"`, or leave it out"
            ]),
        BrokenFile(
            "a schema that leads back to itself without going into a field",
            [
                .init(
                    path: "schema/place.schema.json", find: "\"type\": \"object\",",
                    replace: "\"type\": \"object\", \"allOf\": [{\"$ref\": \"#\"}],")
            ],
            [
                "Content/schema/place.schema.json:5:31: error: this schema cannot be used: it leads back to itself without going into a field or an item, so checking would never end [schema.broken]\n    hint: a `$ref` back to a schema that contains it must go through `properties` or `items`"
            ]),
        BrokenFile(
            "a missing schema file",
            [.init(path: "schema/trust.schema.json", find: nil, replace: nil)],
            [
                "Content/schema/trust.schema.json: error: the schema trust.schema.json is missing, so those files are checked only for what Waymark itself needs [schema.missing]\n    hint: restore it from the sample content's schema/ folder"
            ]),
        BrokenFile(
            "a type schema for no type",
            [
                .init(
                    path: "schema/types/fals.schema.json", find: nil,
                    replace: "{\"$schema\": \"https://json-schema.org/draft/2020-12/schema\"}\n")
            ],
            [
                "Content/schema/types/fals.schema.json: warning: this schema is for pathways of type `fals`, but there is no pathways/fals.md, so it applies to nothing [schema.unknown-type]\n    hint: did you mean types/falls.schema.json?"
            ]),
    ]
}
