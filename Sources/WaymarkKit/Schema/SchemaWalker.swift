import Foundation

/// Walks the schema documents the way a clinical lead reads a file, field by field: it follows
/// `$ref`s (inside a file and across files) and folds `allOf`, `anyOf`, `oneOf` and `if`/`then`
/// into the fields they constrain.
struct SchemaWalker {
    typealias Field = SchemaReference.Field
    typealias Rule = SchemaReference.Rule
    typealias Requirement = SchemaReference.Requirement

    /// One schema that applies to a field, and when: `conditions` is empty when it always applies,
    /// else it says when ("for the form “open 24/7”", "when referral.methods includes phone").
    struct Contribution {
        let location: SchemaLocation
        let conditions: [String]
    }

    /// The deepest nesting walked: a guard against schemas that refer to themselves.
    static let maximumDepth = 12

    let documents: [String: YAMLNode]

    // MARK: - Fields

    /// Every field of the file whose root schema is `root`, each followed by the fields inside it.
    func fields(of root: SchemaLocation) -> [Field] {
        let ancestors = Dictionary(conjuncts(root).map { ($0.identity, "") }, uniquingKeysWith: { first, _ in first })
        return fields(under: "", from: [Contribution(location: root, conditions: [])], depth: 0, ancestors: ancestors)
    }

    /// The fields under `path`. `ancestors` maps each schema already being walked on the way here
    /// to the field it describes: a schema that refers back to one of them (a recursive schema) is
    /// listed once, with a pointer to the fields already shown, rather than walked again.
    private func fields(
        under path: String, from contributions: [Contribution], depth: Int, ancestors: [String: String]
    ) -> [Field] {
        guard depth < Self.maximumDepth else { return [] }
        let container = Container(walker: self, path: path, contributions: contributions)
        var result: [Field] = []
        func descend(_ fieldPath: String, _ schemas: [Contribution], row: (Rule?) -> Field) {
            let identities = schemas.flatMap { conjuncts($0.location) }.map(\.identity)
            if let earlier = identities.lazy.compactMap({ ancestors[$0] }).first {
                let rule =
                    earlier.isEmpty
                    ? Rule("The same fields as the whole file, written again inside it")
                    : Rule("The same fields as", values: [earlier])
                result.append(row(rule))
                return
            }
            result.append(row(nil))
            var inner = ancestors
            for identity in identities where inner[identity] == nil { inner[identity] = fieldPath }
            result += fields(under: fieldPath, from: schemas, depth: depth + 1, ancestors: inner)
        }
        for name in container.names {
            let schemas = container.properties[name] ?? []
            let fieldPath = path.isEmpty ? name : path + "." + name
            descend(fieldPath, schemas) { recursion in
                field(
                    fieldPath, from: schemas, requiredWhen: container.required[name] ?? [],
                    more: recursion.map { [$0] } ?? [])
            }
        }
        if !container.extras.isEmpty {
            let key = placeholder(for: container.extras)
            let fieldPath = path.isEmpty ? key : path + "." + key
            descend(fieldPath, container.extras) { recursion in
                field(
                    fieldPath, from: container.extras, requiredWhen: [], keyRules: container.keyRules,
                    more: recursion.map { [$0] } ?? [])
            }
        }
        if !container.items.isEmpty {
            let identities = container.items.flatMap { conjuncts($0.location) }.map(\.identity)
            if identities.allSatisfy({ ancestors[$0] == nil }) {
                var inner = ancestors
                for identity in identities { inner[identity] = path + "[]" }
                result += fields(under: path + "[]", from: container.items, depth: depth + 1, ancestors: inner)
            }
        }
        return result
    }

    private func field(
        _ path: String, from contributions: [Contribution], requiredWhen: [[String]], keyRules: [Rule] = [],
        more: [Rule] = []
    ) -> Field {
        let always = contributions.filter { $0.conditions.isEmpty }
        let primary = always.isEmpty ? contributions.filter { $0.conditions == contributions[0].conditions } : always
        let locations = primary.map(\.location)
        let parts = locations.flatMap(facets)
        let key = String(path.split(separator: ".").last ?? Substring(path)).replacingOccurrences(of: "[]", with: "")
        return Field(
            path: path, title: first("title", in: parts)?.string, type: typePhrase(of: locations),
            requirement: requirement(requiredWhen),
            rules: keyRules + rules(for: locations) + notes(contributions) + more,
            description: first("description", in: parts)?.string,
            example: first("examples", in: parts)?.items?.first.map { SchemaWording.yaml(key: key, value: $0) },
            file: locations.first?.file ?? "")
    }

    /// Required always, under some conditions, or never.
    private func requirement(_ scopes: [[String]]) -> Requirement {
        if scopes.contains([]) { return .required }
        var alternatives: [String] = []
        for scope in scopes.map({ $0.joined(separator: " and ") }) where !alternatives.contains(scope) {
            alternatives.append(scope)
        }
        guard !alternatives.isEmpty else { return .optional }
        return Requirement(isRequired: false, label: "Required " + alternatives.joined(separator: ", or "))
    }

    /// `<term>`: the name of a key a clinical lead chooses, from the schema its values meet.
    private func placeholder(for extras: [Contribution]) -> String {
        let reference = extras.lazy.compactMap { $0.location["$ref"]?.string }.first
        let name = reference.flatMap { $0.split(separator: "/").last.map(String.init) } ?? "name"
        return "<" + SchemaWording.hyphenated(name) + ">"
    }

    // MARK: - What a field allows

    /// What the schemas at `locations` allow, as rules: choices, the `x-expected` phrase (else the
    /// limits it would summarise), and the forms of a `oneOf` or `anyOf`.
    func rules(for locations: [SchemaLocation]) -> [Rule] {
        let parts = locations.flatMap(facets)
        var rules: [Rule] = []
        if let value = first("const", in: parts) {
            rules.append(Rule("Must be", values: [value.yamlText()]))
        } else if let values = first("enum", in: parts)?.items {
            rules.append(Rule("One of", values: values.map { $0.yamlText() }))
        }
        let itemParts = parts.compactMap { part in part["items"].flatMap { $0.entries == nil ? nil : part.child($0) } }
            .flatMap(facets)
        if let value = first("const", in: itemParts) {
            rules.append(Rule("Each item must be", values: [value.yamlText()]))
        } else if let values = first("enum", in: itemParts)?.items {
            rules.append(Rule("Each item one of", values: values.map { $0.yamlText() }))
        }
        if let expected = first("x-expected", in: parts)?.string {
            rules.append(Rule(expected))
        } else {
            rules += limits(in: parts).map { Rule(SchemaWording.capitalised($0)) }
            if let expected = first("x-expected", in: itemParts)?.string {
                rules.append(Rule("Each item: " + expected))
            }
        }
        for part in parts {
            for group in alternativeGroups(in: part) where group.count > 1 { rules.append(formsRule(group)) }
        }
        return rules
    }

    /// "One of these forms: “open 24/7” (with always) or “open in sessions” (with sessions)".
    private func formsRule(_ group: [SchemaLocation]) -> Rule {
        let forms = group.enumerated().map { index, branch in
            let parts = conjuncts(branch)
            let required = parts.flatMap { $0["required"]?.items?.compactMap(\.string) ?? [] }
            let title = "“" + (first("title", in: parts)?.string ?? "form \(index + 1)") + "”"
            return required.isEmpty ? title : title + " (with " + SchemaWording.list(required, or: "and") + ")"
        }
        return Rule("One of these forms: " + SchemaWording.list(forms))
    }

    /// What each conditional schema of a field adds: "For the form “open 24/7”: must be true".
    private func notes(_ contributions: [Contribution]) -> [Rule] {
        contributions.filter { !$0.conditions.isEmpty }.compactMap { contribution in
            let scope = SchemaWording.capitalised(contribution.conditions.joined(separator: " and "))
            let node = contribution.location.node
            if let value = node["const"] { return Rule(scope + ": must be", values: [value.yamlText()]) }
            if let values = node["enum"]?.items {
                return Rule(scope + ": one of", values: values.map { $0.yamlText() })
            }
            let limits = limits(in: [contribution.location])
            return limits.isEmpty ? nil : Rule(scope + ": " + limits.joined(separator: "; "))
        }
    }

    /// The numeric, count and length limits among `parts`, in words: "from 1 to 9", "at least 1 item".
    func limits(in parts: [SchemaLocation]) -> [String] {
        func number(_ keyword: String) -> String? {
            switch first(keyword, in: parts)?.value {
            case .integer(let value): String(value)
            case .number(let value): YAMLNode.format(value)
            default: nil
            }
        }
        func count(_ keyword: String) -> Int? {
            if case .integer(let value) = first(keyword, in: parts)?.value { return value }
            return nil
        }
        var phrases: [String] = []
        let low = number("minimum").map { ("at least", $0) } ?? number("exclusiveMinimum").map { ("more than", $0) }
        let high = number("maximum").map { ("at most", $0) } ?? number("exclusiveMaximum").map { ("less than", $0) }
        switch (low, high) {
        case (let low?, let high?) where low.0 == "at least" && high.0 == "at most":
            phrases.append("from \(low.1) to \(high.1)")
        case (let low?, let high?): phrases.append("\(low.0) \(low.1) and \(high.0) \(high.1)")
        case (let low?, nil): phrases.append("\(low.0) \(low.1)")
        case (nil, let high?): phrases.append("\(high.0) \(high.1)")
        case (nil, nil): break
        }
        switch (count("minItems"), count("maxItems")) {
        case (_, 0): phrases.append("no items")
        case (let low?, let high?) where low == high: phrases.append("exactly " + SchemaWording.count(low, "item"))
        case (let low?, let high?): phrases.append("from \(low) to " + SchemaWording.count(high, "item"))
        case (let low?, nil) where low > 0: phrases.append("at least " + SchemaWording.count(low, "item"))
        case (nil, let high?): phrases.append("at most " + SchemaWording.count(high, "item"))
        default: break
        }
        if first("uniqueItems", in: parts)?.value == .bool(true) { phrases.append("each item at most once") }
        if let low = count("minLength"), low > 0 { phrases.append("at least " + SchemaWording.count(low, "character")) }
        if let high = count("maxLength") { phrases.append("at most " + SchemaWording.count(high, "character")) }
        if let format = first("format", in: parts)?.string, let words = SchemaWording.format(format) {
            phrases.append(words)
        }
        return phrases
    }

    /// "referral.methods includes phone": the `if` of an `if`/`then`, in words, with full field paths.
    func condition(_ test: SchemaLocation, under path: String) -> String {
        var clauses: [String] = []
        var named: Set<String> = []
        func full(_ name: String) -> String { path.isEmpty ? name : path + "." + name }
        for part in conjuncts(test) {
            for entry in part["properties"]?.entries ?? [] {
                named.insert(entry.key)
                let schema = entry.value
                let name = full(entry.key)
                if let value = schema["const"] {
                    clauses.append("\(name) is \(value.yamlText())")
                } else if let values = schema["enum"]?.items {
                    clauses.append("\(name) is one of " + SchemaWording.list(values.map { $0.yamlText() }))
                } else if let value = schema["contains"]?["const"] {
                    clauses.append("\(name) includes \(value.yamlText())")
                } else if let values = schema["contains"]?["enum"]?.items {
                    clauses.append("\(name) includes " + SchemaWording.list(values.map { $0.yamlText() }))
                } else {
                    clauses.append("\(name) is as its schema describes")
                }
            }
            for name in part["required"]?.items?.compactMap(\.string) ?? [] where !named.contains(name) {
                clauses.append("\(full(name)) is written")
            }
        }
        return clauses.isEmpty ? "its condition holds" : clauses.joined(separator: " and ")
    }
}

extension SchemaWalker {
    /// What the schemas that apply to one object or list say about what is inside it: its
    /// properties (always, in a form, or under a condition), which are required when, the schema
    /// for keys a clinical lead names, and the schema for list items.
    fileprivate struct Container {
        var names: [String] = []
        var properties: [String: [Contribution]] = [:]
        var required: [String: [[String]]] = [:]
        var extras: [Contribution] = []
        var keyRules: [Rule] = []
        var items: [Contribution] = []

        init(walker: SchemaWalker, path: String, contributions: [Contribution]) {
            var pending = contributions[...]
            var seen: Set<String> = []
            while let contribution = pending.popFirst() {
                let conditions = contribution.conditions
                for part in walker.facets(contribution.location)
                where seen.insert(part.identity + "|" + conditions.joined(separator: "|")).inserted {
                    for entry in part["properties"]?.entries ?? [] {
                        if properties[entry.key] == nil { names.append(entry.key) }
                        properties[entry.key, default: []].append(
                            Contribution(location: part.child(entry.value), conditions: conditions))
                    }
                    for name in part["required"]?.items?.compactMap(\.string) ?? [] {
                        required[name, default: []].append(conditions)
                    }
                    if conditions.count < 4 {
                        pending += Self.branches(of: part, walker: walker, path: path, conditions: conditions)
                    }
                    for keyword in ["additionalProperties", "unevaluatedProperties"] {
                        if let schema = part[keyword], schema.entries != nil {
                            extras.append(Contribution(location: part.child(schema), conditions: conditions))
                        }
                    }
                    if let keys = part["propertyNames"], keys.entries != nil,
                        let expected = walker.first("x-expected", in: walker.facets(part.child(keys)))?.string
                    {
                        keyRules.append(Rule("Each key: " + expected))
                    }
                    if let schema = part["items"], schema.entries != nil {
                        items.append(Contribution(location: part.child(schema), conditions: conditions))
                    }
                }
            }
        }

        /// The schemas that apply to part of the object only: each form of a `oneOf` or `anyOf`,
        /// and the `then` and `else` of an `if`.
        private static func branches(of part: SchemaLocation, walker: SchemaWalker, path: String, conditions: [String])
            -> [Contribution]
        {
            var result: [Contribution] = []
            for group in walker.alternativeGroups(in: part) where group.count > 1 {
                for (index, branch) in group.enumerated() {
                    let title = walker.first("title", in: walker.conjuncts(branch))?.string ?? "form \(index + 1)"
                    result.append(Contribution(location: branch, conditions: conditions + ["for the form “\(title)”"]))
                }
            }
            if let test = part["if"] {
                let condition = walker.condition(part.child(test), under: path)
                if let then = part["then"] {
                    result.append(
                        Contribution(location: part.child(then), conditions: conditions + ["when " + condition]))
                }
                if let otherwise = part["else"] {
                    result.append(
                        Contribution(location: part.child(otherwise), conditions: conditions + ["unless " + condition]))
                }
            }
            return result
        }
    }
}
