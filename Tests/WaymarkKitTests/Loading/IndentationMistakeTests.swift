import Testing

@testable import WaymarkKit

/// A line indented wrongly is reported at that line, in words about indentation, whatever
/// libyaml stopped at; a `: ` in a value keeps libyaml's message and its hint about quotes.
@Suite struct IndentationMistakeTests {
    static let falls = "systems/north/alpha/falls.md"

    static let cases: [BrokenFile] = [
        BrokenFile(
            "a field indented under a field that has its value",
            [.init(path: Self.falls, find: "\nstatus: active", replace: "\n  status: active")],
            [
                "Content/systems/north/alpha/falls.md:3:3: error: `status` is indented further than `title` on the line above, so YAML reads it as more of that field's value [yaml.indentation]\n    hint: start `status` in column 1, like `title`; if it is part of `title`'s text, put the whole text in quotes"
            ]),
        BrokenFile(
            "a field moved out of its group to column 1",
            [.init(path: Self.falls, find: "  phone: \"0113", replace: "phone: \"0113")],
            [
                "Content/systems/north/alpha/falls.md:21:1: error: `phone` starts in column 1, so it ends the `referral` group, whose fields around it start in column 3 [yaml.indentation]\n    hint: indent `phone` to column 3, like `methods` on line 20"
            ]),
        BrokenFile(
            "a field in the column of a list's items",
            [.init(path: Self.falls, find: "  bank_holidays", replace: "    bank_holidays")],
            [
                "Content/systems/north/alpha/falls.md:10:5: error: `bank_holidays` is in the column of the items of the `sessions` list (line 9), but is not an item [yaml.indentation]\n    hint: if `bank_holidays` is a field beside `sessions`, start it in column 3, like `sessions`; if it is an item, start it with `- `"
            ]),
        BrokenFile(
            "the first field of a group one space further in than the rest",
            [.init(path: Self.falls, find: "  age_min: 65", replace: "   age_min: 65")],
            [
                "Content/systems/north/alpha/falls.md:15:4: error: `age_min` is indented to column 4, but the next field of `eligibility` starts in column 3 [yaml.indentation]\n    hint: start the fields of `eligibility` in one column: `age_min` in column 3, like `include` on line 16"
            ]),
        BrokenFile(
            "a field between two columns",
            [.init(path: Self.falls, find: "  closures:", replace: " closures:")],
            [
                "Content/systems/north/alpha/falls.md:11:2: error: `closures` starts in column 2, which lines up with no group above it [yaml.indentation]\n    hint: start `closures` in the column of the fields it belongs with (column 3 or 1)"
            ]),
        BrokenFile(
            "a colon and space in a value is not an indentation mistake",
            [.init(path: Self.falls, find: "summary: Lift", replace: "summary: Note: Lift")],
            [
                "Content/systems/north/alpha/falls.md:4:14: error: this is not valid YAML: mapping values are not allowed in this context [yaml.syntax]\n    hint: a value that contains `: ` must be put in quotes, like \"Note: bring the referral form\""
            ]),
    ]

    @Test("Each mistake is reported at the line that is wrong", arguments: cases)
    func mistake(_ file: BrokenFile) throws {
        try SchemaDiagnosticsTests().brokenFile(file)
    }
}
