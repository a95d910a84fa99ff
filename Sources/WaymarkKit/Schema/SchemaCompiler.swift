import Foundation

/// Turns JSON Schema documents into a `SchemaGraph`: finds every resource (`$id`) and anchor
/// across the documents, then compiles the schemas asked for, resolving each `$ref` to an index.
///
/// Subschemas are compiled once per place, so recursive references become cycles in the graph.
struct SchemaCompiler {
    private struct Document {
        var uri: SchemaURI
        var root: YAMLNode
    }

    /// Keywords whose value is one subschema, a list of them, or a map of names to them.
    static let singleSubschema: Set<String> = [
        "additionalProperties", "unevaluatedProperties", "items", "unevaluatedItems", "contains", "propertyNames",
        "not", "if", "then", "else",
    ]
    static let subschemaList: Set<String> = ["allOf", "anyOf", "oneOf", "prefixItems"]
    static let subschemaMap: Set<String> = ["$defs", "properties", "patternProperties", "dependentSchemas"]

    private static let validationVocabulary = "https://json-schema.org/draft/2020-12/vocab/validation"
    private static let applicatorVocabulary = "https://json-schema.org/draft/2020-12/vocab/applicator"
    private static let formatAssertionVocabulary = "https://json-schema.org/draft/2020-12/vocab/format-assertion"

    private var documents: [Document] = []
    private var resources: [SchemaURI: SchemaPlace] = [:]
    private var anchors: [SchemaURI: SchemaPlace] = [:]
    private var dynamicAnchorPlaces: [SchemaURI: [String: SchemaPlace]] = [:]
    private var compiled: [SchemaPlace: Int] = [:]
    private var nodes: [SchemaNode?] = []
    private var dynamicAnchors: [Int: [String: Int]] = [:]
    private let assertFormats: Bool

    /// A compiler over the bundled metaschema and `documents`. With `assertFormats`, `format`
    /// is checked (as Waymark does for content) rather than only annotated.
    init(documents: [(uri: String, root: YAMLNode)], assertFormats: Bool) {
        self.assertFormats = assertFormats
        for metaschema in Metaschema.parsed { add(metaschema.root, uri: metaschema.uri) }
        for document in documents { add(document.root, uri: document.uri) }
    }

    /// The graph so far. Every node in it is complete: failed compilations are rolled back.
    var graph: SchemaGraph { SchemaGraph(nodes: nodes.map { $0! }, dynamicAnchors: dynamicAnchors) }

    private mutating func add(_ root: YAMLNode, uri text: String) {
        let uri = SchemaURI(text).withoutFragment
        let index = documents.count
        documents.append(Document(uri: uri, root: root))
        var place = SchemaPlace(document: index, pointer: [], base: uri)
        if let id = root["$id"]?.string { place.base = uri.resolving(id).withoutFragment }
        if resources[uri] == nil { resources[uri] = place }
        register(root, at: SchemaPlace(document: index, pointer: [], base: uri))
    }

    /// Records the resources and anchors at and below `node`, descending only through keywords
    /// that hold subschemas (an `$id` inside an `enum` value is not an identifier).
    private mutating func register(_ node: YAMLNode, at place: SchemaPlace) {
        guard let entries = node.entries else { return }
        var place = place
        if let id = node["$id"]?.string {
            place.base = place.base.resolving(id).withoutFragment
            resources[place.base] = place
        }
        if let anchor = node["$anchor"]?.string { anchors[place.base.with(fragment: anchor)] = place }
        if let anchor = node["$dynamicAnchor"]?.string {
            anchors[place.base.with(fragment: anchor)] = place
            dynamicAnchorPlaces[place.base, default: [:]][anchor] = place
        }
        for entry in entries {
            let key = entry.key
            var child = place
            child.pointer.append(key)
            if Self.singleSubschema.contains(key) {
                register(entry.value, at: child)
            } else if Self.subschemaList.contains(key), let items = entry.value.items {
                for (offset, item) in items.enumerated() {
                    var element = child
                    element.pointer.append(String(offset))
                    register(item, at: element)
                }
            } else if Self.subschemaMap.contains(key), let members = entry.value.entries {
                for member in members {
                    var element = child
                    element.pointer.append(member.key)
                    register(member.value, at: element)
                }
            }
        }
    }

    /// Compiles the schema at `uri` (a document, a resource, an anchor or a pointer into one) and
    /// returns its index in the graph. On failure nothing is added.
    mutating func compile(_ uri: String) throws(SchemaCompileFailure) -> Int {
        let nodeCount = nodes.count
        let saved = (compiled, dynamicAnchors)
        do {
            let root = try compile(at: try resolve(SchemaURI(uri), from: nil))
            try checkForEndlessLoops(from: root)
            return root
        } catch {
            nodes.removeSubrange(nodeCount...)
            (compiled, dynamicAnchors) = saved
            throw error
        }
    }

    /// A schema that reaches itself again without going into a property or an item (`{"$ref":
    /// "#"}`, or two definitions that refer to each other) would be checked forever; it is
    /// refused here, where it can be reported in its file, rather than overflowing the stack.
    private func checkForEndlessLoops(from root: Int) throws(SchemaCompileFailure) {
        enum Mark { case visiting, done }
        var marks: [Int: Mark] = [:]
        var stack: [(node: Int, next: [Int])] = []
        func inPlace(_ index: Int) -> [Int] {
            guard let node = nodes[index] else { return [] }
            let single = [
                node.reference, node.dynamicReference?.target, node.not, node.ifSchema, node.thenSchema,
                node.elseSchema,
            ]
            return single.compactMap { $0 } + node.allOf + node.anyOf + node.oneOf + node.dependentSchemas.map(\.schema)
        }
        func children(_ index: Int) -> [Int] {
            guard let node = nodes[index] else { return [] }
            let single = [
                node.items, node.contains, node.additionalProperties, node.propertyNames, node.unevaluatedItems,
                node.unevaluatedProperties,
            ]
            return single.compactMap { $0 } + node.prefixItems + node.properties.values.sorted()
                + node.patternProperties.map(\.1)
        }
        // Every schema reachable from the root is a starting point; a loop is a cycle of in-place steps.
        var reachable: [Int] = [root]
        var seen: Set<Int> = [root]
        var cursor = 0
        while cursor < reachable.count {
            for next in inPlace(reachable[cursor]) + children(reachable[cursor]) where seen.insert(next).inserted {
                reachable.append(next)
            }
            cursor += 1
        }
        for start in reachable where marks[start] == nil {
            marks[start] = .visiting
            stack.append((start, inPlace(start)))
            while let top = stack.last {
                guard let next = top.next.first else {
                    marks[top.node] = .done
                    stack.removeLast()
                    continue
                }
                stack[stack.count - 1].next.removeFirst()
                switch marks[next] {
                case .visiting:
                    // Reported at the schema whose step closes the loop.
                    let node = nodes[top.node]!
                    let document = node.location.withoutFragment
                    throw SchemaCompileFailure(
                        kind: .loop,
                        message:
                            "it leads back to itself without going into a field or an item, so checking would never end",
                        document: document.description, position: node.source.position,
                        pointer: node.location.fragment ?? "")
                case .done: continue
                case nil:
                    marks[next] = .visiting
                    stack.append((next, inPlace(next)))
                }
            }
        }
    }

    private func value(at place: SchemaPlace) -> YAMLNode? {
        var node: YAMLNode? = documents[place.document].root
        for token in place.pointer { node = node.flatMap { Self.child(of: $0, token) } }
        return node
    }

    private static func child(of node: YAMLNode, _ token: String) -> YAMLNode? {
        switch node.value {
        case .mapping: return node[token]
        case .sequence(let items):
            guard let index = Int(token), items.indices.contains(index), String(index) == token else { return nil }
            return items[index]
        default: return nil
        }
    }

    /// The place `uri` names: a resource, a JSON Pointer inside one, or an anchor.
    private func resolve(_ uri: SchemaURI, from referrer: SchemaPlace?) throws(SchemaCompileFailure) -> SchemaPlace {
        let fragment = uri.fragment ?? ""
        if let tokens = SchemaURI.pointerTokens(fragment) {
            guard var place = resources[uri.withoutFragment] else {
                throw failure("cannot find the schema \"\(uri.withoutFragment)\"", at: referrer)
            }
            var node = value(at: place)
            for token in tokens {
                node = node.flatMap { Self.child(of: $0, token) }
                place.pointer.append(token)
                if let id = node?["$id"]?.string { place.base = place.base.resolving(id).withoutFragment }
            }
            guard node != nil else { throw failure("nothing is at \"\(uri)\"", at: referrer) }
            return place
        }
        guard let place = anchors[uri] else { throw failure("cannot find the anchor \"\(uri)\"", at: referrer) }
        return place
    }

    private func failure(
        _ message: String, at place: SchemaPlace?, kind: SchemaCompileFailure.Kind = .reference
    ) -> SchemaCompileFailure {
        guard let place else {
            return SchemaCompileFailure(
                kind: kind, message: message, document: "", position: .init(line: 0, column: 0), pointer: "")
        }
        let position = value(at: place)?.position ?? SourcePosition(line: 0, column: 0)
        return SchemaCompileFailure(
            kind: kind, message: message, document: documents[place.document].uri.description, position: position,
            pointer: place.pointer.map { "/" + $0 }.joined())
    }

    private mutating func compile(at place: SchemaPlace) throws(SchemaCompileFailure) -> Int {
        if let index = compiled[place] { return index }
        guard let source = value(at: place) else { throw failure("nothing is at this place", at: place) }
        let index = nodes.count
        nodes.append(nil)
        compiled[place] = index
        let location = documents[place.document].uri.with(fragment: place.pointer.map { "/" + $0 }.joined())
        let resourcePlace = resources[place.base] ?? place
        let resource = resourcePlace == place ? index : try compile(at: resourcePlace)
        if resource == index, let names = dynamicAnchorPlaces[place.base] {
            var targets: [String: Int] = [:]
            for (name, anchorPlace) in names.sorted(by: { $0.key < $1.key }) {
                targets[name] = try compile(at: anchorPlace)
            }
            dynamicAnchors[index] = targets
        }
        switch source.value {
        case .bool(let flag):
            nodes[index] = SchemaNode(constant: flag, source: source, location: location, resource: resource)
        case .mapping(let entries):
            let keywords = try compileKeywords(entries, at: place, resourcePlace: resourcePlace)
            nodes[index] = SchemaNode(source: source, location: location, resource: resource, keywords: keywords)
        default:
            throw failure(
                "a schema must be an object or true or false, but found \(source.foundDescription)", at: place,
                kind: .notASchema)
        }
        return index
    }

    /// The vocabularies the resource's `$schema` turns on, or `nil` for all of them.
    private func vocabularies(of resourcePlace: SchemaPlace) -> Set<String>? {
        guard let metaschemaURI = value(at: resourcePlace)?["$schema"]?.string,
            let metaschema = resources[SchemaURI(metaschemaURI).withoutFragment],
            let vocabulary = value(at: metaschema)?["$vocabulary"]?.entries
        else { return nil }
        return Set(vocabulary.map(\.key))
    }

    private mutating func compileKeywords(
        _ entries: [YAMLNode.Entry], at place: SchemaPlace, resourcePlace: SchemaPlace
    ) throws(SchemaCompileFailure) -> SchemaNode.Keywords {
        let vocabularies = vocabularies(of: resourcePlace)
        let validates = vocabularies?.contains(Self.validationVocabulary) ?? true
        let applies = vocabularies?.contains(Self.applicatorVocabulary) ?? true
        var keywords = SchemaNode.Keywords()
        keywords.assertsFormat = assertFormats || vocabularies?.contains(Self.formatAssertionVocabulary) == true

        func sub(_ key: String, _ more: String...) throws(SchemaCompileFailure) -> Int {
            var child = place
            child.pointer.append(key)
            child.pointer += more
            if let id = value(at: child)?["$id"]?.string { child.base = child.base.resolving(id).withoutFragment }
            return try compile(at: child)
        }

        for entry in entries {
            let value = entry.value
            let key = entry.key
            if !validates, Self.validationKeywords.contains(key) { continue }
            if !applies, Self.singleSubschema.contains(key) || Self.subschemaList.contains(key) { continue }
            switch key {
            case "$ref", "$dynamicRef":
                guard let text = value.string else { continue }
                var referrer = place
                referrer.pointer.append(key)
                let uri = place.base.resolving(text)
                let targetPlace = try resolve(uri, from: referrer)
                let target = try compile(at: targetPlace)
                if key == "$ref" {
                    keywords.reference = target
                } else {
                    // Only a reference to a `$dynamicAnchor` of the same name is looked up in the
                    // dynamic scope; any other `$dynamicRef` behaves as `$ref`.
                    let fragment = uri.fragment ?? ""
                    let anchored = self.value(at: targetPlace)?["$dynamicAnchor"]?.string == fragment
                    keywords.dynamicReference = .init(target: target, anchor: anchored ? fragment : nil)
                }
            case "type":
                let names = value.items?.compactMap(\.string) ?? value.string.map { [$0] } ?? []
                keywords.types = names.compactMap(SchemaNode.JSONType.init(rawValue:))
            case "enum": keywords.enumeration = value.items
            case "const": keywords.constValue = value
            case "multipleOf": keywords.multipleOf = value.numberValue
            case "minimum": keywords.minimum = value.numberValue
            case "maximum": keywords.maximum = value.numberValue
            case "exclusiveMinimum": keywords.exclusiveMinimum = value.numberValue
            case "exclusiveMaximum": keywords.exclusiveMaximum = value.numberValue
            case "minLength": keywords.minLength = value.countValue
            case "maxLength": keywords.maxLength = value.countValue
            case "pattern":
                if let text = value.string { keywords.pattern = try pattern(text, at: place, key: key) }
            case "format": keywords.format = value.string
            case "minItems": keywords.minItems = value.countValue
            case "maxItems": keywords.maxItems = value.countValue
            case "uniqueItems": keywords.uniqueItems = value.value == .bool(true)
            case "minContains": keywords.minContains = value.countValue
            case "maxContains": keywords.maxContains = value.countValue
            case "minProperties": keywords.minProperties = value.countValue
            case "maxProperties": keywords.maxProperties = value.countValue
            case "required": keywords.required = value.items?.compactMap(\.string) ?? []
            case "dependentRequired":
                keywords.dependentRequired = (value.entries ?? []).map {
                    ($0.key, $0.value.items?.compactMap(\.string) ?? [])
                }
            case "allOf":
                keywords.allOf = try (0..<(value.items?.count ?? 0)).map { i throws(SchemaCompileFailure) in
                    try sub(key, String(i))
                }
            case "anyOf":
                keywords.anyOf = try (0..<(value.items?.count ?? 0)).map { i throws(SchemaCompileFailure) in
                    try sub(key, String(i))
                }
            case "oneOf":
                keywords.oneOf = try (0..<(value.items?.count ?? 0)).map { i throws(SchemaCompileFailure) in
                    try sub(key, String(i))
                }
            case "prefixItems":
                keywords.prefixItems = try (0..<(value.items?.count ?? 0)).map { i throws(SchemaCompileFailure) in
                    try sub(key, String(i))
                }
            case "not": keywords.not = try sub(key)
            case "if": keywords.ifSchema = try sub(key)
            case "then": keywords.thenSchema = try sub(key)
            case "else": keywords.elseSchema = try sub(key)
            case "items": keywords.items = try sub(key)
            case "contains": keywords.contains = try sub(key)
            case "additionalProperties": keywords.additionalProperties = try sub(key)
            case "propertyNames": keywords.propertyNames = try sub(key)
            case "unevaluatedItems": keywords.unevaluatedItems = try sub(key)
            case "unevaluatedProperties": keywords.unevaluatedProperties = try sub(key)
            case "properties":
                for member in value.entries ?? [] {
                    keywords.properties.append(.init(name: member.key, schema: try sub(key, member.key)))
                }
            case "dependentSchemas":
                for member in value.entries ?? [] {
                    keywords.dependentSchemas.append(.init(name: member.key, schema: try sub(key, member.key)))
                }
            case "patternProperties":
                for member in value.entries ?? [] {
                    var keyPlace = place
                    keyPlace.pointer.append(key)
                    let compiledPattern = try pattern(member.key, at: keyPlace, key: member.key)
                    keywords.patternProperties.append((compiledPattern, try sub(key, member.key)))
                }
            default: continue
            }
        }
        return keywords
    }

    private static let validationKeywords: Set<String> = [
        "type", "enum", "const", "multipleOf", "maximum", "exclusiveMaximum", "minimum", "exclusiveMinimum",
        "maxLength", "minLength", "pattern", "maxItems", "minItems", "uniqueItems", "maxContains", "minContains",
        "maxProperties", "minProperties", "required", "dependentRequired",
    ]

    private func pattern(_ text: String, at place: SchemaPlace, key: String) throws(SchemaCompileFailure)
        -> SchemaNode.Pattern
    {
        do {
            return SchemaNode.Pattern(source: text, expression: try NSRegularExpression(pattern: text))
        } catch {
            var keyPlace = place
            keyPlace.pointer.append(key)
            throw failure("the pattern \"\(text)\" is not a regular expression", at: keyPlace, kind: .pattern)
        }
    }
}

extension YAMLNode {
    /// The value as a number, for numeric keywords and comparisons.
    var numberValue: Double? {
        switch value {
        case .integer(let number): Double(number)
        case .number(let number): number
        default: nil
        }
    }

    /// The value as a non-negative count, for `minLength` and its kin (`2.0` counts as 2).
    var countValue: Int? {
        guard let number = numberValue, number >= 0, number.rounded() == number, number < 1e15 else { return nil }
        return Int(number)
    }
}

extension Metaschema {
    /// The bundled documents, parsed once.
    static let parsed: [(uri: String, root: YAMLNode)] = documents.map { document in
        do throws(JSONReader.Failure) {
            return (document.uri, try JSONReader.parse(document.text))
        } catch {
            preconditionFailure("the bundled metaschema \(document.uri) is not JSON: \(error.message)")
        }
    }
}
