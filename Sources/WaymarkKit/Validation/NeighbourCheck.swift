/// Neighbouring is mutual: when one place lists another as a neighbour, the other lists it back.
/// Variation analysis compares neighbours across system boundaries, so a one-sided entry makes
/// the comparison depend on which file is read. Reported at the one-sided entry; an id that names
/// no place is `ReferenceCheck`'s to report, and a file with errors of its own is not judged.
enum NeighbourCheck: ValidationRule {
    static func run(_ input: RuleInput, earlier: EarlierDiagnostics) -> [Diagnostic] {
        let catalogue = input.catalogue
        var diagnostics: [Diagnostic] = []
        for place in catalogue.places where !input.filesWithErrors.contains(place.source.path) {
            let items = place.source.data["neighbours"]?.items ?? []
            for (index, item) in items.enumerated() {
                guard let id = item.string, id != place.id, let other = catalogue.place(id),
                    !input.filesWithErrors.contains(other.source.path), !other.neighbours.contains(place.id)
                else { continue }
                diagnostics.append(
                    .neighbourOneSided(
                        place: place, other: other, field: "neighbours[\(index)]",
                        at: place.source.location(of: "neighbours[\(index)]")))
            }
        }
        return diagnostics
    }
}

extension Diagnostic {
    static func neighbourOneSided(place: Place, other: Place, field: String, at location: SourceLocation)
        -> Diagnostic
    {
        Diagnostic(
            .warning, code: "place.neighbour-one-sided",
            message:
                "`\(field)` names \(other.name) (`\(other.id)`) as a neighbour, but \(other.name) does not list \(place.name) (`\(place.id)`) among its neighbours",
            at: location, field: field,
            hint:
                "add `\(place.id)` to `neighbours` in \(other.source.path), or remove `\(other.id)` here if the places do not share a boundary"
        )
    }
}
