extension VariationFinding {
    /// What the finding says, in a sentence a committee member reads.
    var message: String {
        // A baseline field the type does not compare has no label of its own: show its path.
        let label = field.map { $0.label == $0.field ? "`\($0.field)`" : $0.label } ?? typeName
        let shown = value.map(Self.quoted) ?? "not given"
        var text: String
        switch detail {
        case .outlier(let median, let score):
            text =
                "\(label): \(shown) at \(placeName), an outlier from the median of \(Self.number(median)) across \(scopeName)"
            text += score.map { " (robust z-score \(Self.number($0)))" } ?? " (most places agree on the median)"
        case .differs(let mode, let share):
            text =
                "\(label): \(shown) at \(placeName); \(Self.percent(share)) of \(typeName) pathways across \(scopeName) say `\(mode)`"
        case .set(let consensus, let missing, let extra, let distance):
            var parts: [String] = []
            if !missing.isEmpty { parts.append("lacks " + missing.map { "`\($0)`" }.joined(separator: ", ")) }
            if !extra.isEmpty { parts.append("adds " + extra.map { "`\($0)`" }.joined(separator: ", ")) }
            text =
                "\(label) at \(placeName) \(parts.joined(separator: " and ")) compared with the consensus across \(scopeName) (\(Self.quoted(.set(consensus))); Jaccard distance \(Self.number(distance)))"
        case .coverage(let statuses):
            text = "\(placeName) has no active \(typeName) pathway, and \(typeName) is a core type"
            if !statuses.isEmpty {
                text += " (its pathway is \(statuses.map(\.rawValue).joined(separator: ", ")))"
            }
        case .baseline(let minimum, let maximum, let source):
            text = "\(label): \(shown) at \(placeName); the baseline is \(Self.limit(minimum, maximum))"
            if let source { text += " (\(source))" }
        case .boundary(let neighbour):
            text =
                "\(label): \(shown) at \(placeName), but \(neighbour.value.map(Self.quoted) ?? "not given") at neighbouring \(neighbour.placeName), in another system"
        }
        if let declaration {
            var declared = "declared"
            if case .boundary(let neighbour) = detail, declaration.location.file != location.file {
                declared += " at \(neighbour.placeName)"
            }
            text +=
                declaration.authorised
                ? "; \(declared) and approved by `\(declaration.approvedBy)`: \(declaration.rationale)"
                : "; \(declared), but `\(declaration.approvedBy)` may not approve it, so it is unwarranted"
        }
        return text
    }

    /// The finding as a diagnostic, for the text and GitHub formats: `variation.<kind>`, at the
    /// value, with the neighbour and the declaration as notes.
    func diagnostic(_ severity: Diagnostic.Severity) -> Diagnostic {
        var notes: [Diagnostic.Note] = []
        if case .boundary(let neighbour) = detail {
            let note =
                neighbour.value == nil
                ? "\(neighbour.placeName)'s pathway does not give it; this is the nearest field it has"
                : "\(neighbour.placeName) gives its value here"
            notes.append(.init(note, at: neighbour.location))
        }
        if let declaration { notes.append(.init("the variation is declared here", at: declaration.location)) }
        let hint: String? =
            switch (kind, warranted) {
            case (_, true): nil
            case (.coverage, _): "add an active \(type) pathway for \(placeName), or record why there is none"
            case (.baseline, _):
                "meet the baseline, or declare `\(field?.field ?? "")` under `variations` with a rationale and an approving body"
            default:
                "harmonise with peers, or declare `\(field?.field ?? "")` under `variations` with a rationale and an approving body that may approve it"
            }
        return Diagnostic(
            severity, code: "variation.\(kind.rawValue)", message: message, at: location, field: field?.field,
            hint: hint, notes: notes)
    }

    /// The finding in the documented JSON shape, with the details of its kind after the
    /// documented keys.
    var json: JSONValue {
        var members: [(String, JSONValue)] = [
            ("kind", .string(kind.rawValue)), ("scope", .string(scope)), ("type", .string(type)),
            ("field", field.map { .string($0.field) } ?? .null), ("place", .string(place)),
            ("system", .string(system)), ("value", Self.json(value)), ("expected", Self.json(expected)),
            ("warranted", .bool(warranted)), ("file", .string(location.file)), ("line", .integer(location.line)),
            ("column", .integer(location.column)), ("label", field.map { .string($0.label) } ?? .null),
            ("pathway", pathway.map { .string($0) } ?? .null), ("message", .string(message)),
        ]
        switch detail {
        case .outlier(let median, let score):
            members += [("median", .number(median)), ("score", score.map { .number(Self.rounded($0)) } ?? .null)]
        case .differs(let mode, let share):
            members += [("mode", .string(mode)), ("share", .number(Self.rounded(share)))]
        case .set(let consensus, let missing, let extra, let distance):
            members += [
                ("consensus", .array(consensus.map { .string($0) })), ("missing", .array(missing.map { .string($0) })),
                ("extra", .array(extra.map { .string($0) })), ("distance", .number(Self.rounded(distance))),
            ]
        case .coverage: break
        case .baseline(let minimum, let maximum, let source):
            members += [
                ("min", minimum.map { .number($0) } ?? .null), ("max", maximum.map { .number($0) } ?? .null),
                ("source", source.map { .string($0) } ?? .null),
            ]
        case .boundary(let neighbour):
            members.append(
                (
                    "neighbour",
                    .object([
                        ("place", .string(neighbour.place)), ("system", .string(neighbour.system)),
                        ("pathway", .string(neighbour.pathway)), ("value", Self.json(neighbour.value)),
                        ("file", .string(neighbour.location.file)), ("line", .integer(neighbour.location.line)),
                    ])
                ))
        }
        if let declaration {
            members.append(
                (
                    "declared",
                    .object([
                        ("field", .string(declaration.field)), ("rationale", .string(declaration.rationale)),
                        ("approved_by", .string(declaration.approvedBy)), ("authorised", .bool(declaration.authorised)),
                        ("file", .string(declaration.location.file)), ("line", .integer(declaration.location.line)),
                    ])
                ))
        }
        if let isNew { members.append(("new", .bool(isNew))) }
        return .object(members)
    }

    /// A value as JSON: a whole number as an integer, a category as a string, a set as an array.
    static func json(_ value: FieldValue?) -> JSONValue {
        switch value {
        case nil: .null
        case .number(let number)?:
            number.rounded() == number && abs(number) < 1e15 ? .integer(Int(number)) : .number(rounded(number))
        case .category(let text)?: .string(text)
        case .set(let items)?: .array(items.map { .string($0) })
        }
    }

    /// A value as a sentence shows it: numbers bare, categories and sets in backticks.
    static func quoted(_ value: FieldValue) -> String {
        switch value {
        case .number(let number): Self.number(number)
        case .category(let text): "`\(text)`"
        case .set(let items): items.isEmpty ? "none" : items.map { "`\($0)`" }.joined(separator: ", ")
        }
    }

    /// A number to two decimal places at most.
    static func number(_ value: Double) -> String { YAMLNode.format(rounded(value)) }

    /// `value` rounded to two decimal places, so reports do not carry floating-point noise.
    static func rounded(_ value: Double) -> Double { (value * 100).rounded() / 100 }

    static func percent(_ share: Double) -> String { "\(Int((share * 100).rounded()))%" }

    /// "at most 120", "at least 40", "between 40 and 120".
    static func limit(_ minimum: Double?, _ maximum: Double?) -> String {
        switch (minimum, maximum) {
        case (let low?, let high?): "between \(number(low)) and \(number(high))"
        case (let low?, nil): "at least \(number(low))"
        case (nil, let high?): "at most \(number(high))"
        case (nil, nil): "not set"
        }
    }
}
