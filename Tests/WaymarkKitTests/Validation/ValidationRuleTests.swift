import Testing

@testable import WaymarkKit

/// The rules run as a declared list: each names what it needs from earlier rules, the rest run
/// side by side, and their diagnostics always come out in the list's order.
@Suite struct ValidationRuleTests {
    enum First: ValidationRule {
        static func run(_ input: RuleInput, earlier: EarlierDiagnostics) -> [Diagnostic] { [note("first")] }
    }

    /// Listed before the rule it needs.
    enum Second: ValidationRule {
        static let needs: [any ValidationRule.Type] = [Third.self]
        static func run(_ input: RuleInput, earlier: EarlierDiagnostics) -> [Diagnostic] {
            [note("second, after \(earlier[Third.self].map(\.message).joined())")]
        }
    }

    enum Third: ValidationRule {
        static func run(_ input: RuleInput, earlier: EarlierDiagnostics) -> [Diagnostic] { [note("third")] }
    }

    static func note(_ message: String) -> Diagnostic {
        Diagnostic(.warning, code: "test.rule", message: message, at: SourceLocation(file: "rules"))
    }

    @Test("A rule reads the diagnostics of the rules it needs, and the list's order is the report's")
    func needsAndOrder() throws {
        let catalogue = Pipeline.check(try TestSupport.loadFixture("minimal")).catalogue
        let input = RuleInput(catalogue: catalogue, files: [], typesWithSchemas: [], today: nil, filesWithErrors: [])
        let messages = Validation.run([First.self, Second.self, Third.self], input).map(\.message)
        #expect(messages == ["first", "second, after third", "third"])
    }

    @Test("Every rule is listed once, and every rule a rule needs is listed")
    func everyNeedIsListed() {
        let listed = Validation.rules.map { ObjectIdentifier($0) }
        #expect(Set(listed).count == listed.count)
        for rule in Validation.rules {
            for need in rule.needs { #expect(listed.contains(ObjectIdentifier(need)), "\(rule) needs \(need)") }
        }
        #expect(Validation.rules.contains { $0 == CompareFieldCheck.self })
        #expect(CompareFieldCheck.needs.contains { $0 == ThresholdCheck.self })
    }
}
