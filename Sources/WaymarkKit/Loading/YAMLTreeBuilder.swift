/// Builds a `YAMLNode` tree from libyaml's events, one event at a time, checking what the content
/// format forbids as it goes.
///
/// Problems that leave the tree unusable (a duplicate key, a number too large to hold, a limit
/// crossed, a second document) make `result` return no root; anchors, aliases, tags and hidden
/// characters are reported and the tree kept, so the file's other problems still show.
struct YAMLTreeBuilder {
    private enum PendingKey {
        case named(String, SourcePosition)
        /// A key already reported (a merge key, a list as a key): its value is read and dropped.
        case dropped
    }

    private enum Frame {
        case sequence(position: SourcePosition, items: [YAMLNode])
        case mapping(position: SourcePosition, entries: [YAMLNode.Entry], key: PendingKey?, seen: [String: Int])
    }

    private let source: SourceText
    private let firstLine: Int
    private var stack: [Frame] = []
    private var root: YAMLNode?
    private var documents = 0
    private var values = 0
    private var isUnusable = false
    /// Anchors, aliases, tags and hidden characters listed so far, and those beyond the listing.
    private var listed = 0
    private var unlisted: (count: Int, first: SourcePosition)?
    private(set) var diagnostics: [Diagnostic] = []

    init(source: SourceText, firstLine: Int) {
        self.source = source
        self.firstLine = firstLine
    }

    /// The tree, or `nil` when it cannot be used, with every problem found.
    var result: (root: YAMLNode?, diagnostics: [Diagnostic]) {
        var diagnostics = self.diagnostics
        if let unlisted {
            diagnostics.append(.yamlMoreProblems(unlisted.count, at: source.location(unlisted.first)))
        }
        if isUnusable { return (nil, diagnostics) }
        return (root ?? YAMLNode(.mapping([]), at: SourcePosition(line: firstLine, column: 1)), diagnostics)
    }

    /// Takes one event; returns whether to read on.
    mutating func take(_ event: YAMLEvents.Event) -> Bool {
        switch event {
        case .streamEnd: return false
        case .documentStart(let position):
            documents += 1
            guard documents == 1 else { return stop(.yamlSecondDocument(at: source.location(position))) }
        case .documentEnd: break
        case .scalar(let scalar):
            check(scalar.properties)
            return deliver(node(for: scalar), key: scalar)
        case .alias(let name, let position):
            list(.yamlAlias(name, at: source.location(position)), at: position)
            return deliver(YAMLNode(.null, at: position), key: nil)
        case .sequenceStart(let properties):
            check(properties)
            stack.append(.sequence(position: properties.position, items: []))
            if stack.count > ContentLimits.depth { return stop(.yamlTooDeep(at: source.location(properties.position))) }
        case .mappingStart(let properties):
            check(properties)
            stack.append(.mapping(position: properties.position, entries: [], key: nil, seen: [:]))
            if stack.count > ContentLimits.depth { return stop(.yamlTooDeep(at: source.location(properties.position))) }
        case .collectionEnd:
            switch stack.popLast() {
            case .sequence(let position, let items): return deliver(YAMLNode(.sequence(items), at: position), key: nil)
            case .mapping(let position, let entries, _, _):
                return deliver(YAMLNode(.mapping(entries), at: position), key: nil)
            case nil: break
            }
        }
        return true
    }

    private mutating func stop(_ diagnostic: Diagnostic) -> Bool {
        diagnostics.append(diagnostic)
        isUnusable = true
        return false
    }

    private mutating func node(for scalar: YAMLEvents.Scalar) -> YAMLNode {
        let position = scalar.properties.position
        checkCharacters(scalar)
        guard scalar.isPlain else { return YAMLNode(.string(scalar.text), at: position) }
        let value = ScalarTyping.value(ofPlain: scalar.text)
        switch value {
        case .integer, .number:
            if ScalarTyping.isTooLarge(scalar.text, typed: value) {
                diagnostics.append(.numberTooLarge(scalar.text, field: fieldPath(), at: source.location(position)))
                isUnusable = true
            }
            return YAMLNode(value, at: position, written: scalar.text)
        default: return YAMLNode(value, at: position)
        }
    }

    /// Puts a finished node where it belongs: the root, a list item, a key or a key's value.
    private mutating func deliver(_ node: YAMLNode, key scalar: YAMLEvents.Scalar?) -> Bool {
        guard let top = stack.popLast() else {
            root = node
            return true
        }
        switch top {
        case .sequence(let position, var items):
            items.append(node)
            stack.append(.sequence(position: position, items: items))
        case .mapping(let position, let entries, nil, var seen):
            let key = self.key(node, scalar: scalar, seen: seen, entries: entries)
            if case .named(let name, _) = key { seen[name] = entries.count }
            stack.append(.mapping(position: position, entries: entries, key: key, seen: seen))
            return true
        case .mapping(let position, var entries, .named(let name, let keyPosition), let seen):
            entries.append(YAMLNode.Entry(key: name, keyPosition: keyPosition, value: node))
            stack.append(.mapping(position: position, entries: entries, key: nil, seen: seen))
        case .mapping(let position, let entries, .dropped, let seen):
            stack.append(.mapping(position: position, entries: entries, key: nil, seen: seen))
        }
        values += 1
        guard values <= ContentLimits.values else {
            return stop(.yamlTooManyValues(at: source.location(node.position)))
        }
        return true
    }

    /// What a mapping's next node means as a key: a name, or a key already reported.
    private mutating func key(
        _ node: YAMLNode, scalar: YAMLEvents.Scalar?, seen: [String: Int], entries: [YAMLNode.Entry]
    ) -> PendingKey {
        guard let scalar else {
            diagnostics.append(.yamlComplexKey(at: source.location(node.position)))
            return .dropped
        }
        if scalar.isPlain, scalar.text == "<<" {
            list(.yamlMergeKey(at: source.location(node.position)), at: node.position)
            return .dropped
        }
        if let index = seen[scalar.text] {
            let first = source.location(entries[index].keyPosition)
            diagnostics.append(.yamlDuplicateKey(scalar.text, first: first, at: source.location(node.position)))
            isUnusable = true
            return .dropped
        }
        return .named(scalar.text, node.position)
    }

    /// Anchors and tags, wherever they stand.
    private mutating func check(_ properties: YAMLEvents.Properties) {
        if let anchor = properties.anchor {
            list(.yamlAnchor(anchor, at: source.location(properties.position)), at: properties.position)
        }
        if let tag = properties.tag {
            list(.yamlTag(tag, at: source.location(properties.position)), at: properties.position)
        }
    }

    /// Reports a problem that a hostile file can repeat without end, up to a fixed number per file.
    private mutating func list(_ diagnostic: Diagnostic, at position: SourcePosition) {
        guard listed < ContentLimits.listedPerFile else {
            unlisted = (count: (unlisted?.count ?? 0) + 1, first: unlisted?.first ?? position)
            return
        }
        listed += 1
        diagnostics.append(diagnostic)
    }

    /// A bidirectional control or an invisible character in a key or value: reported where it is
    /// written, or at the value when it came from an escape such as `"\u202E"`.
    private mutating func checkCharacters(_ scalar: YAMLEvents.Scalar) {
        guard let hidden = scalar.text.unicodeScalars.first(where: HiddenCharacters.isForbidden) else { return }
        let position =
            HiddenCharacters.position(of: hidden, in: source, from: scalar.properties.position, to: scalar.end)
            ?? scalar.properties.position
        list(.hiddenCharacter(hidden, field: fieldPath(), at: source.location(position)), at: position)
    }

    /// The dotted path of the value being read, such as `hours.sessions[1].from`.
    private func fieldPath() -> String {
        var path = ""
        for frame in stack {
            switch frame {
            case .sequence(_, let items): path += "[\(items.count)]"
            case .mapping(_, _, .named(let name, _), _): path += path.isEmpty ? name : "." + name
            case .mapping: break
            }
        }
        return path
    }
}
