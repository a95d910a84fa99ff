import Foundation

/// A schema inside one of the schema documents, with that document's path, which its `$ref`s are
/// relative to.
struct SchemaLocation {
    let file: String
    let node: YAMLNode

    subscript(key: String) -> YAMLNode? { node[key] }

    /// Where the schema is written: the same schema reached two ways is one schema.
    var identity: String { "\(file):\(node.position.line):\(node.position.column)" }

    /// A schema written inside this one.
    func child(_ node: YAMLNode) -> SchemaLocation { SchemaLocation(file: file, node: node) }
}

extension SchemaWalker {
    // MARK: - Types

    /// The type of the value the schemas at `locations` allow, in plain words.
    func typePhrase(of locations: [SchemaLocation]) -> String {
        let types = typeSet(of: locations)
        let items = locations.flatMap(facets).compactMap { part in
            part["items"].flatMap { $0.entries == nil ? nil : part.child($0) }
        }
        return SchemaWording.typePhrase(types, items: items.isEmpty ? nil : typeSet(of: items))
    }

    /// The JSON types a value may have under every schema at `locations`, or nil when they do not say.
    func typeSet(of locations: [SchemaLocation], depth: Int = 0) -> Set<String>? {
        guard depth < Self.maximumDepth else { return nil }
        var result: Set<String>?
        func narrow(_ types: Set<String>) {
            result = result.map { SchemaWording.intersect($0, types) } ?? types
        }
        for part in locations.flatMap(conjuncts) {
            if let own = Self.ownTypes(part.node) { narrow(own) }
            for keyword in ["anyOf", "oneOf"] {
                guard let branches = part[keyword]?.items else { continue }
                var union: Set<String>? = []
                for branch in branches {
                    if let types = typeSet(of: [part.child(branch)], depth: depth + 1) {
                        union?.formUnion(types)
                    } else {
                        union = nil
                    }
                }
                if let union { narrow(union) }
            }
        }
        return result
    }

    /// The types a schema names itself, through `type`, `const` or `enum`.
    static func ownTypes(_ node: YAMLNode) -> Set<String>? {
        if let type = node["type"] {
            return Set(type.string.map { [$0] } ?? type.items?.compactMap(\.string) ?? [])
        }
        if let value = node["const"] { return [SchemaWording.jsonType(value)] }
        if let values = node["enum"]?.items { return Set(values.map(SchemaWording.jsonType)) }
        return nil
    }

    // MARK: - Resolving and merging

    /// The schema and everything that must hold with it: its `$ref` targets and `allOf` members.
    func conjuncts(_ location: SchemaLocation) -> [SchemaLocation] {
        var visited: Set<String> = []
        return conjuncts(location, visited: &visited)
    }

    private func conjuncts(_ location: SchemaLocation, visited: inout Set<String>) -> [SchemaLocation] {
        guard location.node.entries != nil, visited.insert(location.identity).inserted else { return [] }
        var result = [location]
        if let reference = location["$ref"]?.string, let target = resolve(reference, from: location.file) {
            result += conjuncts(target, visited: &visited)
        }
        for member in location["allOf"]?.items ?? [] {
            result += conjuncts(location.child(member), visited: &visited)
        }
        return result
    }

    /// What describes a field: its conjuncts, and the one real alternative of an "X or null" `anyOf`.
    func facets(_ location: SchemaLocation) -> [SchemaLocation] {
        var visited: Set<String> = []
        return facets(location, visited: &visited)
    }

    private func facets(_ location: SchemaLocation, visited: inout Set<String>) -> [SchemaLocation] {
        var result: [SchemaLocation] = []
        for part in conjuncts(location) where visited.insert(part.identity).inserted {
            result.append(part)
            for group in alternativeGroups(in: part) where group.count == 1 {
                result += facets(group[0], visited: &visited)
            }
        }
        return result
    }

    /// The alternatives of each `anyOf` and `oneOf` in `location`, leaving out those that only allow null.
    func alternativeGroups(in location: SchemaLocation) -> [[SchemaLocation]] {
        ["anyOf", "oneOf"].compactMap { keyword in
            location[keyword]?.items?.map(location.child).filter { branch in
                conjuncts(branch).compactMap { Self.ownTypes($0.node) }.reduce(nil) { result, types in
                    result.map { SchemaWording.intersect($0, types) } ?? types
                } != ["null"]
            }
        }
    }

    /// The first value of `keyword` among `parts`, the field's own schema first.
    func first(_ keyword: String, in parts: [SchemaLocation]) -> YAMLNode? {
        parts.lazy.compactMap { $0[keyword] }.first
    }

    /// The schema a `$ref` names: a JSON Pointer into this file (`#/$defs/x`) or another
    /// (`../pathway.schema.json#/$defs/eligibility`), by path inside `schema/`.
    func resolve(_ reference: String, from file: String) -> SchemaLocation? {
        var reference = reference
        if reference.hasPrefix(ContentSchemas.base) { reference = "/" + reference.dropFirst(ContentSchemas.base.count) }
        let pieces = reference.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
        let target = pieces[0].isEmpty ? file : Self.path(String(pieces[0]), relativeTo: file)
        guard let root = documents[target] else { return nil }
        guard pieces.count == 2 else { return SchemaLocation(file: target, node: root) }
        return Self.follow(String(pieces[1]), in: root).map { SchemaLocation(file: target, node: $0) }
    }

    /// `address` as a path inside `schema/`, read relative to the folder of `file`.
    static func path(_ address: String, relativeTo file: String) -> String {
        var components = address.hasPrefix("/") ? [] : file.split(separator: "/").dropLast().map(String.init)
        for part in address.split(separator: "/") {
            if part == ".." {
                _ = components.popLast()
            } else if part != "." {
                components.append(String(part))
            }
        }
        return components.joined(separator: "/")
    }

    /// The node a JSON Pointer names inside `root` (RFC 6901, as a URI fragment).
    static func follow(_ pointer: String, in root: YAMLNode) -> YAMLNode? {
        guard !pointer.isEmpty else { return root }
        guard pointer.hasPrefix("/") else { return nil }
        var node = root
        for token in pointer.dropFirst().split(separator: "/", omittingEmptySubsequences: false) {
            let key = (String(token).removingPercentEncoding ?? String(token))
                .replacingOccurrences(of: "~1", with: "/").replacingOccurrences(of: "~0", with: "~")
            if let next = node[key] {
                node = next
            } else if let items = node.items, let index = Int(key), items.indices.contains(index) {
                node = items[index]
            } else {
                return nil
            }
        }
        return node
    }
}
