/// A type-specific eligibility threshold (`cfs_min`, `onset_within_hours`) that the pathway's type
/// does not compare is most likely misspelt: `cfs_mn: 5` would otherwise be accepted silently
/// while the real `cfs_min` goes missing. A type with a schema in `schema/types/` lists its
/// thresholds there and the schema rejects any other; for a type without one, its `compare` list
/// is the only record of which thresholds exist, so this check stands in.
enum ThresholdCheck: ValidationRule {
    static func run(_ input: RuleInput, earlier: EarlierDiagnostics) -> [Diagnostic] {
        let (catalogue, typesWithSchemas) = (input.catalogue, input.typesWithSchemas)
        var diagnostics: [Diagnostic] = []
        for pathway in catalogue.pathways where !typesWithSchemas.contains(pathway.type) {
            guard let type = catalogue.pathwayType(pathway.type) else { continue }
            let known = type.compare.compactMap { compared -> String? in
                guard compared.field.hasPrefix("eligibility.") else { return nil }
                return String(compared.field.dropFirst("eligibility.".count))
            }
            for entry in pathway.eligibility.thresholds where !known.contains(entry.key) {
                diagnostics.append(
                    .unknownThreshold(
                        entry.key, type: type, known: known,
                        suggestion: Suggestion.closest(to: entry.key, among: known),
                        at: pathway.source.location(entry.keyPosition)))
            }
        }
        return diagnostics
    }
}

extension Diagnostic {
    static func unknownThreshold(
        _ key: String, type: PathwayType, known: [String], suggestion: String?, at location: SourceLocation
    ) -> Diagnostic {
        let listed = known.isEmpty ? "none" : known.map { "`\($0)`" }.joined(separator: ", ")
        return Diagnostic(
            .warning, code: "eligibility.unknown-threshold",
            message: "`eligibility.\(key)` is not a threshold the \(type.name) type compares (it compares: \(listed))",
            at: location, field: "eligibility.\(key)",
            hint: suggestion.map { "did you mean `\($0)`?" }
                ?? "check the spelling, or declare it in schema/types/\(type.id).schema.json if it is a new threshold")
    }
}
