import Testing

@testable import WaymarkKit

/// One broken pathway: what is changed in `validPathway`, and exactly what the clinical lead sees.
struct BrokenPathway: CustomTestStringConvertible, Sendable {
    let name: String
    let find: String
    let replace: String
    /// Each diagnostic about the pathway's shape, with its hint.
    let expected: [String]

    var testDescription: String { name }
}

/// The shape of a pathway is the schema's to judge: each problem once, at the offending value,
/// with its hint; the decoder reads what the schema accepted and says nothing more.
@Suite("A pathway's shape: every field problem, with its text and position")
struct PathwayDecodingTests {
    static let file = "Content/systems/north/alpha/falls.md"

    static let cases: [BrokenPathway] = [
        BrokenPathway(
            name: "misspelt status", find: "status: active", replace: "status: actve",
            expected: [
                "\(file):3:9: error: `status` should be one of: draft, active, suspended, retired; found the text \"actve\" [schema.enum]\n    hint: did you mean `active`?"
            ]),
        BrokenPathway(
            name: "status as a number", find: "status: active", replace: "status: 3",
            expected: [
                "\(file):3:9: error: `status` should be one of: draft, active, suspended, retired; found the number 3 [schema.enum]"
            ]),
        BrokenPathway(
            name: "missing summary", find: "summary: Lift and assess people who have fallen without injury.\n",
            replace: "",
            expected: [
                "\(file):2:1: error: `summary` is required but missing [schema.required]\n    hint: add `summary:`, for example `summary: \"Urgent community response to falls for people aged 65 and over, 08:00 to 22:00 every day.\"`"
            ]),
        BrokenPathway(
            name: "blank summary", find: "summary: Lift and assess people who have fallen without injury.",
            replace: "summary: \"   \"",
            expected: [
                "\(file):4:10: error: `summary` should be some text (it may not be left blank), but found the text \"   \" [schema.pattern]"
            ]),
        BrokenPathway(
            name: "misspelt key in a nested group", find: "age_min: 65", replace: "age_mn: 65",
            expected: [
                "\(file):10:3: error: `eligibility.age_mn` is not a field Waymark knows here, so it would be ignored [schema.unknown-field]\n    hint: did you mean `age_min`?"
            ]),
        BrokenPathway(
            name: "misspelt top-level key", find: "title:", replace: "tittle:",
            expected: [
                "\(file):2:1: error: `tittle` is not a field Waymark knows here, so it would be ignored [schema.unknown-field]\n    hint: did you mean `title`?"
            ]),
        BrokenPathway(
            name: "time not in HH:MM", find: "from: \"08:00\"", replace: "from: \"8am\"",
            expected: [
                "\(file):7:47: error: `hours.sessions[0].from` should be a time like 08:00 (24-hour, from 00:00 to 23:59, in quotes), but found the text \"8am\" [schema.pattern]"
            ]),
        BrokenPathway(
            name: "time written as a number", find: "from: \"08:00\"", replace: "from: 800",
            expected: [
                "\(file):7:47: error: `hours.sessions[0].from` should be a time like 08:00 (24-hour, from 00:00 to 23:59, in quotes), but found the number 800 [schema.type]"
            ]),
        BrokenPathway(
            name: "a day that does not exist", find: "approved_on: 2026-03-01", replace: "approved_on: 2026-02-30",
            expected: [
                "\(file):19:16: error: `governance.approved_on` should be a date like 2026-03-01 (year-month-day, a day that exists), but found the text \"2026-02-30\" [schema.format]"
            ]),
        BrokenPathway(
            name: "a misspelt weekday in a list", find: "[mon, tue, wed, thu, fri]",
            replace: "[mon, tue, wed, thu, funday]",
            expected: [
                "\(file):7:35: error: `hours.sessions[0].days[4]` should be one of: mon, tue, wed, thu, fri, sat, sun; found the text \"funday\" [schema.enum]"
            ]),
        BrokenPathway(
            name: "phone method without a phone", find: "  phone: \"0113 496 0001\"\n", replace: "",
            expected: [
                "\(file):13:1: error: `referral.phone` is required but missing [schema.required]\n    hint: add `phone:`, for example `phone: \"0113 496 0123\"`"
            ]),
        BrokenPathway(
            name: "missing nested required field", find: "  accepts_from: [paramedic]\n", replace: "",
            expected: [
                "\(file):13:1: error: `referral.accepts_from` is required but missing [schema.required]\n    hint: add `accepts_from:`, for example `accepts_from: [paramedic, technician]`"
            ]),
        BrokenPathway(
            name: "24/7 with sessions", find: "  bank_holidays: closed",
            replace: "  always: true\n  bank_holidays: closed",
            expected: [
                "\(file):7:5: error: `hours.sessions` should be empty, but found a list of 1 item (read as “open 24/7”, the closest match; it could also be “open in sessions”) [schema.items]\n    hint: it should have either always: true or at least one session, not both"
            ]),
        BrokenPathway(
            name: "no hours at all",
            find: "  sessions:\n    - {days: [mon, tue, wed, thu, fri], from: \"08:00\", to: \"20:00\"}\n", replace: "",
            expected: [
                "\(file):5:1: error: `hours.sessions` is required but missing (read as “open in sessions”, the closest match; it could also be “open 24/7”) [schema.required]\n    hint: add `sessions:`, for example `sessions: [{days: [sat, sun], from: \"09:00\", to: \"17:00\"}]`"
            ]),
        BrokenPathway(
            name: "an id with capitals and spaces", find: "approved_by: test-board", replace: "approved_by: Test Board",
            expected: [
                "\(file):18:16: error: `governance.approved_by` should be an id like north-tyneside (lower-case letters, digits and single hyphens), but found the text \"Test Board\" [schema.pattern]"
            ]),
        BrokenPathway(
            name: "a list where a version goes", find: "  owner: Clinical lead for falls",
            replace: "  owner: Clinical lead for falls\n  version: [1]",
            expected: [
                "\(file):22:12: error: `governance.version` should be text or a number, but found a list [schema.type]"
            ]),
        BrokenPathway(
            name: "a list where a group goes",
            find: "eligibility:\n  age_min: 65\n  include: [fall-no-injury]\n  exclude: [head-injury]",
            replace: "eligibility: [a]",
            expected: [
                "\(file):9:14: error: `eligibility` should be a group of fields, but found a list [schema.type]"
            ]),
        BrokenPathway(
            name: "a quoted number", find: "age_min: 65", replace: "age_min: \"65\"",
            expected: [
                "\(file):10:12: error: `eligibility.age_min` should be a whole number of years from 0 to 130, but found the text \"65\" [schema.type]\n    hint: write the number without quotes"
            ]),
        BrokenPathway(
            name: "an age out of range", find: "age_min: 65", replace: "age_min: 200",
            expected: [
                "\(file):10:12: error: `eligibility.age_min` should be a whole number of years from 0 to 130, but found the number 200 [schema.range]"
            ]),
        BrokenPathway(
            name: "a threshold that is a list", find: "  age_min: 65", replace: "  age_min: 65\n  cfs_min: [1]",
            expected: [
                "\(file):11:3: error: `eligibility.cfs_min` is not a field Waymark knows here, so it would be ignored [schema.unknown-field]\n    hint: the fields allowed here are: `age_min`, `age_max`, `include`, `exclude`",
                "\(file):11:12: error: `eligibility.cfs_min` should be a number, text, or true or false, but found a list [schema.type]",
            ]),
        BrokenPathway(
            name: "a referral method not in the list", find: "methods: [phone]", replace: "methods: [phone, fax]",
            expected: [
                "\(file):14:20: error: `referral.methods[1]` should be one of: phone, cad, booking, email, online; found the text \"fax\" [schema.enum]"
            ]),
        BrokenPathway(
            name: "a single value where a list goes", find: "include: [fall-no-injury]",
            replace: "include: fall-no-injury",
            expected: [
                "\(file):11:12: error: `eligibility.include` should be a list, but found the text \"fall-no-injury\" [schema.type]"
            ]),
        BrokenPathway(
            name: "a response target of zero", find: "  owner: Clinical lead for falls",
            replace: "  owner: Clinical lead for falls\nresponse: {target_minutes: 0}",
            expected: [
                "\(file):22:28: error: `response.target_minutes` should be a whole number of minutes from 1 to 10080, but found the number 0 [schema.range]"
            ]),
    ]

    @Test("Each broken pathway gives exactly its diagnostics, from the schema alone", arguments: cases)
    func broken(_ testCase: BrokenPathway) throws {
        #expect(validPathway.contains(testCase.find), "the case no longer applies to validPathway")
        let text = validPathway.replacingOccurrences(of: testCase.find, with: testCase.replace)
        // In the minimal catalogue, where `test-board` approves nothing: only the shape is looked at.
        let diagnostics = try TestSupport.checkMinimal(["systems/north/alpha/falls.md": text]).report.diagnostics
            .filter {
                $0.location.file == Self.file && !["reference", "governance"].contains($0.code.prefix { $0 != "." })
            }
        #expect(diagnostics.map(\.textDescription) == testCase.expected)
        // The decoder judges nothing the schema judges.
        #expect(
            TestSupport.decodePathway(text).1.allSatisfy { $0.code.hasPrefix("yaml.") || $0.code == "decode.needed" })
    }

    @Test("The valid pathway decodes completely, with no diagnostics")
    func valid() throws {
        let (pathway, diagnostics) = TestSupport.decodePathway(validPathway)
        #expect(diagnostics.isEmpty)
        let decoded = try #require(pathway)
        #expect(decoded.id == "p/falls")
        #expect(decoded.status == .active)
        #expect(decoded.hours.sessions.first?.days == [.mon, .tue, .wed, .thu, .fri])
        #expect(decoded.hours.weeklyHours == 60)
        #expect(decoded.eligibility.ageMin == 65)
        #expect(decoded.referral.methods == [.phone])
        #expect(decoded.governance.reviewDue == CalendarDate("2027-03-01"))
    }

    @Test("A type-specific threshold is kept as written")
    func thresholds() throws {
        let text = validPathway.replacingOccurrences(
            of: "  age_min: 65", with: "  age_min: 65\n  cfs_min: 5\n  onset_within_hours: 4.5")
        let (pathway, diagnostics) = TestSupport.decodePathway(text)
        #expect(diagnostics.isEmpty)
        let decoded = try #require(pathway)
        #expect(decoded.eligibility.thresholds.map(\.key) == ["cfs_min", "onset_within_hours"])
        #expect(decoded.value(of: "eligibility.onset_within_hours") == .number(4.5))
        #expect(decoded.value(of: "eligibility.include") == .set(["fall-no-injury"]))
        #expect(decoded.value(of: "hours.weekends") == .category("no"))
    }
}
