/// Schema violations as diagnostics a clinical lead can act on: the field, what was expected in
/// plain words (the schema's `x-expected` where it has one), what was found, and a fix.
struct SchemaMessages {
    let graph: SchemaGraph

    /// The diagnostics for `violations` of one file, one per root cause: a value of the wrong
    /// type is reported for its type alone; a missing field that an unknown field near it was
    /// probably meant to be is reported once, as the misspelling; and one problem reached by two
    /// routes (a field's own schema and a `oneOf` branch) once.
    func diagnostics(
        for violations: [SchemaViolation], in file: SourceText, root: String = "the schema", code: String? = nil
    ) -> [Diagnostic] {
        let misspelt = misspeltFields(violations)
        let wrongType = Set(violations.filter { $0.isTypeMismatch }.map { $0.path.map(\.name) })
        var seen: Set<[String]> = []
        var diagnostics: [Diagnostic] = []
        // A problem reached both directly and through a branch is reported as the direct one.
        let direct = violations.filter { $0.branch == nil } + violations.filter { $0.branch != nil }
        for violation in direct {
            let path = violation.path.map(\.name)
            if !violation.isTypeMismatch, wrongType.contains(path) { continue }
            if case .required(let name) = violation.problem, misspelt.contains(path + [name]) { continue }
            var diagnostic = self.diagnostic(for: violation, in: file, root: root)
            if let code { diagnostic.code = code }
            let key = [diagnostic.location.description, diagnostic.code, diagnostic.field ?? ""]
            if seen.insert(key).inserted { diagnostics.append(diagnostic) }
        }
        return diagnostics
    }

    /// The paths of required fields that an unknown field beside them is likely a misspelling of.
    private func misspeltFields(_ violations: [SchemaViolation]) -> Set<[String]> {
        var misspelt: Set<[String]> = []
        for violation in violations {
            guard case .unknownProperty(let key, let known) = violation.problem,
                let meant = Suggestion.closest(to: key, among: known)
            else { continue }
            misspelt.insert(violation.path.map(\.name) + [meant])
        }
        return misspelt
    }

    /// One violation as a diagnostic; `root` names the whole value ("the front matter").
    func diagnostic(for violation: SchemaViolation, in file: SourceText, root: String) -> Diagnostic {
        let schema = graph.nodes[violation.schema]
        let field = SchemaViolation.fieldPath(violation.path)
        let found = violation.instance.foundDescription
        let expected = schema.annotation("x-expected")
        let location = file.location(violation.position)

        func make(_ code: String, _ message: String, field: String = field, hint: String? = nil) -> Diagnostic {
            let context = branchContext(violation)
            return Diagnostic(
                .error, code: code, message: message + (context.map { " (\($0))" } ?? ""), at: location,
                field: field.isEmpty ? nil : field, hint: hint ?? branchHint(violation))
        }
        let subject = field.isEmpty ? root : "`\(field)`"

        switch violation.problem {
        case .type(let types):
            return make(
                "schema.type", "\(subject) should be \(expected ?? Self.describe(types)), but found \(found)",
                hint: Self.typeHint(types, found: violation.instance))
        case .enumeration(let values):
            let choices = values.map { $0.yamlText(inFlow: true) }.joined(separator: ", ")
            let suggestion = violation.instance.string.flatMap {
                Suggestion.closest(to: $0, among: values.compactMap(\.string))
            }
            return make(
                "schema.enum", "\(subject) should be one of: \(choices); found \(found)",
                hint: suggestion.map { "did you mean `\($0)`?" })
        case .constant(let value):
            return make(
                "schema.const", "\(subject) should be \(expected ?? value.yamlText(inFlow: true)), but found \(found)")
        case .minimum(let limit, let exclusive):
            let words = expected ?? "a number \(exclusive ? "more than" : "of at least") \(YAMLNode.format(limit))"
            return make("schema.range", "\(subject) should be \(words), but found \(found)")
        case .maximum(let limit, let exclusive):
            let words = expected ?? "a number \(exclusive ? "less than" : "of at most") \(YAMLNode.format(limit))"
            return make("schema.range", "\(subject) should be \(words), but found \(found)")
        case .multipleOf(let divisor):
            let words = expected ?? "a multiple of \(YAMLNode.format(divisor))"
            return make("schema.multiple-of", "\(subject) should be \(words), but found \(found)")
        case .minLength(let limit):
            let words = expected ?? "text of at least \(Self.count(limit, "character"))"
            return make("schema.length", "\(subject) should be \(words), but found \(found)")
        case .maxLength(let limit):
            let words = expected ?? "text of at most \(Self.count(limit, "character"))"
            return make("schema.length", "\(subject) should be \(words), but found \(found)")
        case .pattern(let pattern):
            let words = expected ?? "text matching the pattern `\(pattern)`"
            return make("schema.pattern", "\(subject) should be \(words), but found \(found)")
        case .format(let format):
            return make("schema.format", "\(subject) should be \(expected ?? "a valid \(format)"), but found \(found)")
        case .minItems(let limit):
            let words = expected ?? "a list of at least \(Self.count(limit, "item"))"
            return make("schema.items", "\(subject) should be \(words), but found \(Self.listSize(violation.instance))")
        case .maxItems(let limit):
            let words = expected ?? (limit == 0 ? "empty" : "a list of at most \(Self.count(limit, "item"))")
            return make("schema.items", "\(subject) should be \(words), but found \(Self.listSize(violation.instance))")
        case .uniqueItems(let first, let duplicate):
            let list = SchemaViolation.fieldPath(violation.path.dropLast())
            return make(
                "schema.unique",
                "`\(list)` gives \(violation.instance.yamlText(inFlow: true)) twice, as item \(first + 1) and item \(duplicate + 1)",
                hint: "give each value once")
        case .contains(let minimum, let maximum, let count):
            let words =
                expected
                ?? (maximum.map { "a list with \(minimum) to \($0) matching items" }
                    ?? "a list with at least \(Self.count(minimum, "matching item"))")
            return make("schema.contains", "\(subject) should be \(words), but \(count) match")
        case .minProperties(let limit):
            return make(
                "schema.size", "\(subject) should have at least \(Self.count(limit, "field")), but found \(found)")
        case .maxProperties(let limit):
            return make(
                "schema.size", "\(subject) should have at most \(Self.count(limit, "field")), but found \(found)")
        case .required(let name):
            let missing = SchemaViolation.fieldPath(violation.path, appending: name)
            return make(
                "schema.required", "`\(missing)` is required but missing", field: missing,
                hint: addHint(name, property: schema.properties[name]))
        case .dependentRequired(let property, let name):
            let missing = SchemaViolation.fieldPath(violation.path, appending: name)
            return make(
                "schema.required", "`\(missing)` is required because `\(property)` is given", field: missing,
                hint: addHint(name, property: schema.properties[name]))
        case .unknownProperty(let key, let known):
            let unknown = SchemaViolation.fieldPath(violation.path, appending: key)
            let hint =
                Suggestion.closest(to: key, among: known).map { "did you mean `\($0)`?" }
                ?? (known.isEmpty
                    ? "remove it"
                    : "the fields allowed here are: " + Self.unique(known).map { "`\($0)`" }.joined(separator: ", "))
            return make(
                "schema.unknown-field", "`\(unknown)` is not a field Waymark knows here, so it would be ignored",
                field: unknown, hint: hint)
        case .unknownItem(let index):
            return make("schema.unknown-item", "\(subject) is not allowed: the list allows no item \(index + 1)")
        case .not:
            let words = expected ?? schema.annotation("title").map { "“\($0)”" } ?? "this value"
            return make("schema.not", "\(subject) should not be \(words), but found \(found)")
        case .severalBranches(let branches):
            let titles = branches.map { title(of: (violation.schema, $0)) }.joined(separator: " and ")
            return make(
                "schema.one-of",
                "\(subject) should be \(expected ?? "exactly one of the allowed forms"), but it fits both \(titles)")
        case .falseSchema:
            return make("schema.not-allowed", "\(subject) is not allowed here", hint: "remove it")
        }
    }

    /// "read as “open in sessions”, the closer of the forms `hours` may take", for a violation
    /// chosen from the closest branch of an `anyOf` or `oneOf` whose branches have titles.
    private func branchContext(_ violation: SchemaViolation) -> String? {
        guard let branch = violation.branch, graph.nodes[branch.schema].branchCount > 1 else { return nil }
        let holder = graph.nodes[branch.schema]
        guard let chosen = branchTitle(of: branch) else { return nil }
        let others = (0..<holder.branchCount).filter { $0 != branch.index }.compactMap {
            branchTitle(of: (branch.schema, $0))
        }
        guard !others.isEmpty else { return nil }
        return "read as \(chosen), the closest match; it could also be \(others.joined(separator: " or "))"
    }

    private func branchHint(_ violation: SchemaViolation) -> String? {
        guard let branch = violation.branch else { return nil }
        return graph.nodes[branch.schema].annotation("x-expected").map { "it should have \($0)" }
    }

    private func branchTitle(of branch: (schema: Int, index: Int)) -> String? {
        let holder = graph.nodes[branch.schema]
        let branches = holder.oneOf.isEmpty ? holder.anyOf : holder.oneOf
        guard branches.indices.contains(branch.index) else { return nil }
        return graph.nodes[branches[branch.index]].annotation("title").map { "“\($0)”" }
    }

    private func title(of branch: (schema: Int, index: Int)) -> String {
        branchTitle(of: branch) ?? "form \(branch.index + 1)"
    }

    /// "add `owner:`, for example `owner: Clinical lead for falls`".
    private func addHint(_ name: String, property: Int?) -> String {
        let example = property.flatMap { firstExample(from: $0) }
        return "add `\(name):`" + (example.map { ", for example `\(name): \($0.yamlText(inFlow: true))`" } ?? "")
    }

    /// The first `examples` value of a schema or of the schemas it refers to.
    private func firstExample(from index: Int) -> YAMLNode? {
        var next: Int? = index
        var visited: Set<Int> = []
        while let current = next, visited.insert(current).inserted {
            let node = graph.nodes[current]
            if let example = node.source["examples"]?.items?.first { return example }
            next = node.reference ?? node.anyOf.first
        }
        return nil
    }

    /// A fix for the commonest type slips: YAML 1.2 reads `yes` as text, and quotes make a number text.
    private static func typeHint(_ types: [SchemaNode.JSONType], found: YAMLNode) -> String? {
        guard let text = found.string else { return nil }
        if types.contains(.boolean), ["yes", "no", "on", "off", "y", "n"].contains(text.lowercased()) {
            return "write `true` or `false`: `\(text)` is read as text"
        }
        if types.contains(.integer) || types.contains(.number), Double(text) != nil {
            return "write the number without quotes"
        }
        return nil
    }

    static func describe(_ types: [SchemaNode.JSONType]) -> String {
        let words = types.filter { $0 != .null || types.count == 1 }.map { type -> String in
            switch type {
            case .null: "empty"
            case .boolean: "true or false"
            case .object: "a group of fields"
            case .array: "a list"
            case .number: "a number"
            case .integer: "a whole number"
            case .string: "text"
            }
        }
        return words.joined(separator: " or ")
    }

    private static func listSize(_ node: YAMLNode) -> String {
        guard let items = node.items else { return node.foundDescription }
        return items.isEmpty ? "an empty list" : "a list of \(count(items.count, "item"))"
    }

    private static func count(_ number: Int, _ noun: String) -> String { "\(number) \(noun)\(number == 1 ? "" : "s")" }

    private static func unique(_ names: [String]) -> [String] {
        var seen: Set<String> = []
        return names.filter { seen.insert($0).inserted }
    }
}

extension SchemaViolation {
    /// Whether the value is of the wrong type altogether.
    var isTypeMismatch: Bool {
        if case .type = problem { return true }
        return false
    }

    /// `hours.sessions[1].from` for a path of steps, with `key` appended when given.
    static func fieldPath(_ steps: some Sequence<Step>, appending key: String? = nil) -> String {
        var text = ""
        for step in steps {
            switch step {
            case .key(let name, _): text += (text.isEmpty ? "" : ".") + name
            case .index(let index, _): text += "[\(index)]"
            }
        }
        if let key { text += (text.isEmpty ? "" : ".") + key }
        return text
    }
}

extension SchemaViolation.Step {
    /// The key, or the index as text, for comparing paths.
    var name: String {
        switch self {
        case .key(let name, _): name
        case .index(let index, _): "[\(index)]"
        }
    }
}

extension SchemaNode {
    /// How many branches its `oneOf` (or else `anyOf`) has.
    var branchCount: Int { oneOf.isEmpty ? anyOf.count : oneOf.count }
}
