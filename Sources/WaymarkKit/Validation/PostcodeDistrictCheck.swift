/// A postcode district belongs to one place: a crew searching for it should find the place whose
/// services cover it, not two. A district claimed twice is reported at each later claim, naming
/// the place that claimed it first. A file with errors of its own is not judged.
enum PostcodeDistrictCheck: ValidationRule {
    static func run(_ input: RuleInput, earlier: EarlierDiagnostics) -> [Diagnostic] {
        var first: [String: (place: Place, index: Int)] = [:]
        var diagnostics: [Diagnostic] = []
        for place in input.catalogue.places where !input.filesWithErrors.contains(place.source.path) {
            // Decoding drops items that failed, so offsets come from the source list.
            let items = place.source.data["postcode_districts"]?.items ?? []
            for (index, item) in items.enumerated() {
                guard let written = item.string else { continue }
                let district = written.uppercased()
                guard let claim = first[district] else {
                    first[district] = (place, index)
                    continue
                }
                guard claim.place.id != place.id else { continue }
                diagnostics.append(
                    .postcodeDistrictShared(
                        written, field: "postcode_districts[\(index)]", place: place, other: claim.place,
                        at: place.source.location(of: "postcode_districts[\(index)]"),
                        otherAt: claim.place.source.location(of: "postcode_districts[\(claim.index)]")))
            }
        }
        return diagnostics
    }
}

extension Diagnostic {
    static func postcodeDistrictShared(
        _ district: String, field: String, place: Place, other: Place, at location: SourceLocation,
        otherAt otherLocation: SourceLocation
    ) -> Diagnostic {
        Diagnostic(
            .warning, code: "place.postcode-shared",
            message:
                "`\(field)` is \(district), which \(other.name) (`\(other.id)`) also claims, so a crew searching for \(district) finds both places",
            at: location, field: field,
            hint: "keep \(district) in the one place whose services cover it, and remove it from the other",
            notes: [Note("\(other.name) claims \(district) here", at: otherLocation)])
    }
}
