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

    /// A group or list being read. A class, so that adding to it never copies what it holds.
    private final class Frame {
        let position: SourcePosition
        let isMapping: Bool
        var items: [YAMLNode] = []
        var entries: [YAMLNode.Entry] = []
        var key: PendingKey?
        /// Each key read so far, with the index of its entry, once the group is large enough
        /// for a table to beat a look along its entries.
        private var seen: [String: Int]?

        /// The index of the entry with the key `name`, if one was read.
        func entry(named name: String) -> Int? {
            if let seen { return seen[name] }
            return entries.firstIndex { $0.key == name }
        }

        func add(_ entry: YAMLNode.Entry) {
            if seen != nil {
                seen?[entry.key] = entries.count
            } else if entries.count == 16 {
                seen = Dictionary(entries.enumerated().map { ($1.key, $0) }, uniquingKeysWith: { first, _ in first })
                seen?[entry.key] = entries.count
            }
            entries.append(entry)
        }

        init(position: SourcePosition, isMapping: Bool) {
            self.position = position
            self.isMapping = isMapping
        }

        var node: YAMLNode { YAMLNode(isMapping ? .mapping(entries) : .sequence(items), at: position) }
    }

    private let source: SourceText
    private let firstLine: Int
    private var stack: [Frame] = []
    private var root: YAMLNode?
    private var documents = 0
    private var values = 0
    private var isUnusable = false
    /// Problems a file can repeat without end (anchors, aliases, tags, merge keys, duplicate or
    /// complex keys, hidden characters) listed so far, and those beyond the listing.
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
            stack.append(Frame(position: properties.position, isMapping: false))
            if stack.count > ContentLimits.depth { return stop(.yamlTooDeep(at: source.location(properties.position))) }
        case .mappingStart(let properties):
            check(properties)
            stack.append(Frame(position: properties.position, isMapping: true))
            if stack.count > ContentLimits.depth { return stop(.yamlTooDeep(at: source.location(properties.position))) }
        case .collectionEnd:
            if let frame = stack.popLast() { return deliver(frame.node, key: nil) }
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
        guard let frame = stack.last else {
            root = node
            return true
        }
        if !frame.isMapping {
            frame.items.append(node)
        } else {
            switch frame.key {
            case nil:
                frame.key = key(node, scalar: scalar, in: frame)
                return true
            case .named(let name, let keyPosition):
                frame.add(YAMLNode.Entry(key: name, keyPosition: keyPosition, value: node))
            case .dropped: break
            }
            frame.key = nil
        }
        values += 1
        guard values <= ContentLimits.values else {
            return stop(.yamlTooManyValues(at: source.location(node.position)))
        }
        return true
    }

    /// What a mapping's next node means as a key: a name, or a key already reported.
    private mutating func key(_ node: YAMLNode, scalar: YAMLEvents.Scalar?, in frame: Frame) -> PendingKey {
        guard let scalar else {
            list(.yamlComplexKey(at: source.location(node.position)), at: node.position)
            return .dropped
        }
        if scalar.isPlain, scalar.text == "<<" {
            list(.yamlMergeKey(at: source.location(node.position)), at: node.position)
            return .dropped
        }
        if let index = frame.entry(named: scalar.text) {
            let first = source.location(frame.entries[index].keyPosition)
            list(.yamlDuplicateKey(scalar.text, first: first, at: source.location(node.position)), at: node.position)
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
        guard let hidden = HiddenCharacters.first(in: scalar.text) else { return }
        let position =
            HiddenCharacters.position(of: hidden, in: source, from: scalar.properties.position, to: scalar.end)
            ?? scalar.properties.position
        list(.hiddenCharacter(hidden, field: fieldPath(), at: source.location(position)), at: position)
    }

    /// The dotted path of the value being read, such as `hours.sessions[1].from`.
    private func fieldPath() -> String {
        var path = ""
        for frame in stack {
            if !frame.isMapping {
                path += "[\(frame.items.count)]"
            } else if case .named(let name, _) = frame.key {
                path += path.isEmpty ? name : "." + name
            }
        }
        return path
    }
}
