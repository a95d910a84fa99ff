/// The fields variation analysis is driven by are named by dotted paths: a type's `compare`
/// list and `baseline`, and each pathway's `variations`. A misspelt path compares nothing and
/// warrants nothing, silently; these checks say so where the path is written.
///
/// A compared field is known when some pathway of its type gives it (or it is a derived value):
/// the content, not the code, is the record of which fields exist. So a type is judged only
/// when its file and every pathway file of it were read without problems; otherwise those
/// problems come first.
enum CompareFieldCheck: ValidationRule {
    /// A misspelt threshold is reported as such, not again as a compared field no pathway gives.
    static let needs: [any ValidationRule.Type] = [ThresholdCheck.self]

    static func run(_ input: RuleInput, earlier: EarlierDiagnostics) -> [Diagnostic] {
        let (catalogue, files) = (input.catalogue, input.files)
        let filesWithErrors = input.filesWithErrors.union(earlier[ThresholdCheck.self].map(\.location.file))
        var filesOfType: [String: Int] = [:]
        for case .pathway(_, _, let type, _) in files { filesOfType[type, default: 0] += 1 }
        var diagnostics: [Diagnostic] = []
        for type in catalogue.pathwayTypes {
            // Positions, not copies: a type may have thousands of pathways.
            let all = catalogue.pathways
            let pathways = catalogue.pathwayIndexes(ofType: type.id)
            guard !pathways.isEmpty, pathways.count == filesOfType[type.id],
                !filesWithErrors.contains(type.source.path),
                !pathways.contains(where: { filesWithErrors.contains(all[$0].source.path) })
            else { continue }
            // Whether some pathway gives a field is settled by the first that does; every path
            // that is given is gathered only to suggest one for a field that is not.
            func isGiven(_ field: String) -> Bool {
                Pathway.derivedFields.contains(field) || pathways.contains { all[$0].source.data.gives(field) }
            }
            var named = type.compare.enumerated().map { ("compare[\($0.offset)]", $0.element.field, $0.element.kind) }
            if let baseline = type.baseline { named.append(("baseline", baseline.field, .number)) }
            for (place, field, kind) in named {
                let location = type.source.location(of: place + ".field")
                guard isGiven(field) else {
                    var given = Set(Pathway.derivedFields)
                    for index in pathways { collectPaths(of: all[index].source.data, into: &given) }
                    diagnostics.append(
                        .compareFieldUnknown(
                            field, at: place + ".field", type: type,
                            suggestion: Suggestion.closest(to: field, among: given), location: location))
                    continue
                }
                guard kind == .number else { continue }
                if let index = pathways.first(where: { all[$0].value(of: field).map { $0.number == nil } ?? false }),
                    case let pathway = all[index], let value = pathway.value(of: field)
                {
                    diagnostics.append(
                        .compareNotANumber(
                            field, at: place, type: type, found: value,
                            location: type.source.location(
                                of: place == "baseline" ? "baseline.field" : place + ".kind"),
                            note: .init("\(pathway.id) gives it here", at: pathway.source.location(of: field))))
                }
            }
        }
        for pathway in catalogue.pathways {
            guard let type = catalogue.pathwayType(pathway.type), !filesWithErrors.contains(type.source.path) else {
                continue
            }
            let compared = type.compare.map(\.field) + (type.baseline.map { [$0.field] } ?? [])
            for (index, item) in (pathway.source.data["variations"]?.items ?? []).enumerated() {
                guard let field = item["field"]?.string,
                    !compared.contains(where: { $0 == field || $0.hasPrefix(field + ".") })
                else { continue }
                diagnostics.append(
                    .variationNotCompared(
                        field, at: "variations[\(index)].field", type: type, compared: compared,
                        suggestion: Suggestion.closest(to: field, among: compared),
                        location: pathway.source.location(of: "variations[\(index)].field")))
            }
        }
        return diagnostics
    }

    /// Every dotted path to a value in `node`: mappings are walked into, lists are values.
    /// `YAMLNode.gives(_:)` answers for one path.
    private static func collectPaths(of node: YAMLNode, prefix: String = "", into paths: inout Set<String>) {
        for entry in node.entries ?? [] {
            let path = prefix.isEmpty ? entry.key : prefix + "." + entry.key
            paths.insert(path)
            collectPaths(of: entry.value, prefix: path, into: &paths)
        }
    }
}

extension YAMLNode {
    /// Whether `path` is one of the dotted paths `CompareFieldCheck.collectPaths` gathers from
    /// this node, found without gathering them.
    fileprivate func gives(_ path: Substring) -> Bool {
        guard let entries else { return false }
        for entry in entries {
            if path == entry.key { return true }
            if path.hasPrefix(entry.key), path.dropFirst(entry.key.count).first == ".",
                entry.value.gives(path.dropFirst(entry.key.count + 1))
            {
                return true
            }
        }
        return false
    }

    fileprivate func gives(_ path: String) -> Bool { gives(path[...]) }
}

extension Diagnostic {
    static func compareFieldUnknown(
        _ field: String, at path: String, type: PathwayType, suggestion: String?, location: SourceLocation
    ) -> Diagnostic {
        Diagnostic(
            .warning, code: "compare.unknown-field",
            message: "`\(path)` is `\(field)`, which no \(type.name) pathway gives, so nothing is compared",
            at: location, field: path,
            hint: suggestion.map { "did you mean `\($0)`?" }
                ?? "name a dotted path into a pathway, such as `eligibility.age_min`, or a derived value: "
                + Pathway.derivedFields.map { "`\($0)`" }.joined(separator: ", "))
    }

    static func compareNotANumber(
        _ field: String, at path: String, type: PathwayType, found: FieldValue, location: SourceLocation,
        note: Diagnostic.Note
    ) -> Diagnostic {
        let claim =
            path == "baseline"
            ? "the baseline sets a numeric limit on `\(field)`" : "`\(path)` compares `\(field)` as a number"
        return Diagnostic(
            .warning, code: "compare.not-a-number",
            message: "\(claim), but \(type.name) pathways give `\(found.description)` there, which is not a number",
            at: location, field: path == "baseline" ? "baseline.field" : path + ".kind",
            hint: path == "baseline"
                ? "set the baseline on a numeric field" : "compare it with `kind: category` or `kind: set`",
            notes: [note])
    }

    static func variationNotCompared(
        _ field: String, at path: String, type: PathwayType, compared: [String], suggestion: String?,
        location: SourceLocation
    ) -> Diagnostic {
        Diagnostic(
            .warning, code: "variations.not-compared",
            message:
                "`\(path)` is `\(field)`, which the \(type.name) type neither compares nor sets a baseline on, so this declaration warrants nothing",
            at: location, field: path,
            hint: suggestion.map { "did you mean `\($0)`?" }
                ?? "declare one of the fields the type compares: "
                + (compared.isEmpty ? "none" : compared.map { "`\($0)`" }.joined(separator: ", ")))
    }
}
