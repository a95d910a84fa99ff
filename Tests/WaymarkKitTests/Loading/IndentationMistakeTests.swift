import Testing

@testable import WaymarkKit

/// A line indented wrongly is reported at that line, in words about indentation, whatever
/// libyaml stopped at; a `: ` in a value keeps libyaml's message and its hint about quotes.
@Suite struct IndentationMistakeTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var find: String
        var replace: String
        var expected: [String]
        var testDescription: String { name }
    }

    static let falls = "systems/north/alpha/falls.md"

    static let cases: [Case] = [
        Case(
            name: "a field indented under a field that has its value",
            find: "\nstatus: active", replace: "\n  status: active",
            expected: [
                "Content/systems/north/alpha/falls.md:3:3: error: `status` is indented further than `title` on the line above, so YAML reads it as more of that field's value [yaml.indentation]\n    hint: start `status` in column 1, like `title`; if it is part of `title`'s text, put the whole text in quotes"
            ]),
        Case(
            name: "a field moved out of its group to column 1",
            find: "  phone: \"0113", replace: "phone: \"0113",
            expected: [
                "Content/systems/north/alpha/falls.md:21:1: error: `phone` starts in column 1, so it ends the `referral` group, whose fields around it start in column 3 [yaml.indentation]\n    hint: indent `phone` to column 3, like `methods` on line 20"
            ]),
        Case(
            name: "a field in the column of a list's items",
            find: "  bank_holidays", replace: "    bank_holidays",
            expected: [
                "Content/systems/north/alpha/falls.md:10:5: error: `bank_holidays` is in the column of the items of the `sessions` list (line 9), but is not an item [yaml.indentation]\n    hint: if `bank_holidays` is a field beside `sessions`, start it in column 3, like `sessions`; if it is an item, start it with `- `"
            ]),
        Case(
            name: "the first field of a group one space further in than the rest",
            find: "  age_min: 65", replace: "   age_min: 65",
            expected: [
                "Content/systems/north/alpha/falls.md:15:4: error: `age_min` is indented to column 4, but the next field of `eligibility` starts in column 3 [yaml.indentation]\n    hint: start the fields of `eligibility` in one column: `age_min` in column 3, like `include` on line 16"
            ]),
        Case(
            name: "a field between two columns",
            find: "  closures:", replace: " closures:",
            expected: [
                "Content/systems/north/alpha/falls.md:11:2: error: `closures` starts in column 2, which lines up with no group above it [yaml.indentation]\n    hint: start `closures` in the column of the fields it belongs with (column 3 or 1)"
            ]),
        Case(
            name: "a colon and space in a value is not an indentation mistake",
            find: "summary: Lift", replace: "summary: Note: Lift",
            expected: [
                "Content/systems/north/alpha/falls.md:4:14: error: this is not valid YAML: mapping values are not allowed in this context [yaml.syntax]\n    hint: a value that contains `: ` must be put in quotes, like \"Note: bring the referral form\""
            ]),
    ]

    @Test("Each mistake is reported at the line that is wrong", arguments: cases)
    func mistake(_ mistake: Case) throws {
        let edited = try TestSupport.minimal(Self.falls, replacing: mistake.find, with: mistake.replace)
        let diagnostics = try TestSupport.checkMinimal([Self.falls: edited]).report.diagnostics.filter {
            $0.code.hasPrefix("yaml.")
        }
        #expect(diagnostics.map(\.textDescription) == mistake.expected)
    }
}
