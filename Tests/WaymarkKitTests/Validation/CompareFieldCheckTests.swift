import Testing

@testable import WaymarkKit

/// The paths that drive variation analysis (`compare`, `baseline`, `variations`) are checked
/// against the fields the type's pathways give, so a typo does not silently compare nothing.
@Suite("Compared fields: a misspelt path is reported where it is written")
struct CompareFieldCheckTests {
    @Test("Each case is reported exactly", arguments: BrokenFile.comparedFields)
    func comparedField(_ file: BrokenFile) throws {
        try SchemaDiagnosticsTests().brokenFile(file)
    }

    @Test("Every code has a failing case, and there are passing cases")
    func everyCodeIsExercised() {
        for code in ["compare.unknown-field", "compare.not-a-number", "variations.not-compared"] {
            #expect(BrokenFile.comparedFields.contains { $0.expected.contains { $0.contains("[\(code)]") } }, "\(code)")
        }
        #expect(BrokenFile.comparedFields.filter(\.expected.isEmpty).count >= 2)
    }
}

extension BrokenFile {
    static let comparedFields: [BrokenFile] = [
        BrokenFile(
            "pass: a field only one pathway gives, compared as a category, and a derived value",
            [
                .init(
                    path: "pathways/falls.md", find: "---\nFalls",
                    replace:
                        "  - {field: provider.name, kind: category, label: Provider}\n  - {field: hours.overnight, kind: category, label: Open overnight}\n---\nFalls"
                )
            ],
            []),
        BrokenFile(
            "pass: a declaration naming a group that holds a compared field",
            [
                .init(
                    path: "systems/north/alpha/falls.md", find: "  - field: eligibility.age_min",
                    replace: "  - field: eligibility")
            ],
            []),
        BrokenFile(
            "compare.unknown-field: a misspelt compared field, which also leaves a declaration warranting nothing",
            [.init(path: "pathways/falls.md", find: "eligibility.age_min", replace: "eligibility.age_mn")],
            [
                "Content/pathways/falls.md:7:13: warning: `compare[0].field` is `eligibility.age_mn`, which no Falls response pathway gives, so nothing is compared [compare.unknown-field]\n    hint: did you mean `eligibility.age_min`?",
                "Content/systems/north/alpha/falls.md:31:12: warning: `variations[0].field` is `eligibility.age_min`, which the Falls response type neither compares nor sets a baseline on, so this declaration warrants nothing [variations.not-compared]\n    hint: did you mean `eligibility.age_mn`?",
            ]),
        BrokenFile(
            "compare.unknown-field: a baseline on a field no pathway gives, with no close match",
            [
                .init(
                    path: "pathways/falls.md", find: "---\nFalls",
                    replace: "baseline: {field: response.arrival, max: 120}\n---\nFalls")
            ],
            [
                "Content/pathways/falls.md:9:19: warning: `baseline.field` is `response.arrival`, which no Falls response pathway gives, so nothing is compared [compare.unknown-field]\n    hint: name a dotted path into a pathway, such as `eligibility.age_min`, or a derived value: `hours.weekly_hours`, `hours.overnight`, `hours.weekends`"
            ]),
        BrokenFile(
            "compare.not-a-number: text compared as a number",
            [
                .init(
                    path: "pathways/falls.md", find: "---\nFalls",
                    replace: "  - {field: provider.name, kind: number, label: Provider}\n---\nFalls")
            ],
            [
                "Content/pathways/falls.md:9:34: warning: `compare[2]` compares `provider.name` as a number, but Falls response pathways give `Alpha Community Trust` there, which is not a number [compare.not-a-number]\n    hint: compare it with `kind: category` or `kind: set`\nContent/systems/north/alpha/falls.md:5:18: note: alpha/falls gives it here"
            ]),
        BrokenFile(
            "variations.not-compared: a declared field the type does not compare",
            [
                .init(
                    path: "systems/north/alpha/falls.md", find: "  - field: eligibility.age_min",
                    replace: "  - field: eligibility.exclude")
            ],
            [
                "Content/systems/north/alpha/falls.md:31:12: warning: `variations[0].field` is `eligibility.exclude`, which the Falls response type neither compares nor sets a baseline on, so this declaration warrants nothing [variations.not-compared]\n    hint: declare one of the fields the type compares: `eligibility.age_min`, `hours.weekly_hours`"
            ]),
    ]
}
