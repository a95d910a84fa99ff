/// One rule the build enforces across the catalogue, beyond reading each file.
///
/// A rule is one type in a file of its own, listed in `Validation.rules`. It reads what every
/// rule may read (`RuleInput`) and names in `needs` the rules whose diagnostics it must see first;
/// rules that need nothing of each other run side by side. Adding a rule is a new file and a line
/// in that list.
protocol ValidationRule: Sendable {
    /// The rules whose diagnostics this one reads through `EarlierDiagnostics`.
    static var needs: [any ValidationRule.Type] { get }

    /// The rule's diagnostics, in the order it finds them.
    static func run(_ input: RuleInput, earlier: EarlierDiagnostics) -> [Diagnostic]
}

extension ValidationRule {
    static var needs: [any ValidationRule.Type] { [] }
}

/// What every rule may read.
struct RuleInput: Sendable {
    let catalogue: Catalogue
    /// The kinds of every file found, readable or not: a reference to a file that exists but
    /// could not be decoded is not reported again, since that file's own errors are the root cause.
    let files: Set<SourceDocument.Kind>
    /// The pathway types with a schema of their own in `schema/types/`, which checks their thresholds.
    let typesWithSchemas: Set<String>
    /// The date rules about dates (an approval after today, a review overdue) judge by; without
    /// it they are not checked.
    let today: CalendarDate?
    /// The files whose own errors come first: what they hold is not judged across files.
    let filesWithErrors: Set<String>
}

/// The diagnostics of the rules a rule `needs`, which have run before it.
struct EarlierDiagnostics: Sendable {
    let byRule: [ObjectIdentifier: [Diagnostic]]

    /// The diagnostics of `rule`, which must be one the asking rule names in `needs`.
    subscript(rule: any ValidationRule.Type) -> [Diagnostic] {
        guard let diagnostics = byRule[ObjectIdentifier(rule)] else {
            preconditionFailure("\(rule) is read by a rule that does not name it in `needs`")
        }
        return diagnostics
    }
}
