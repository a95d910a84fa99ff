import Synchronization

/// Renders parsed Mustache templates straight into bytes.
///
/// Names are looked up through `TemplateView.value(named:)`, which answers with a typed
/// `TemplateValue`, so nothing is cast or reflected; text is escaped for HTML as it is appended,
/// with a byte scan that copies text with nothing to escape in one go.
struct MustacheRenderer: Sendable {
    /// Every template by name (`layout`, `partials/card`).
    let templates: [String: ParsedTemplate]
    /// Partials, parents and blocks re-indented for where they are used, made once each.
    private let indented = Cache()

    private final class Cache: Sendable {
        let entries = Mutex([String: [ParsedTemplate.Node]]())
    }

    init(templates: [String: ParsedTemplate]) {
        self.templates = templates
    }

    /// `view` rendered with the template `name`, or `nil` when there is no such template.
    func render(_ view: TemplateValue, withTemplate name: String) -> [UInt8]? {
        guard let template = templates[name] else { return nil }
        var state = State(stack: [view])
        state.output.reserveCapacity(16_384)
        render(template.nodes, into: &state)
        return state.output
    }

    private struct State {
        var output: [UInt8] = []
        var stack: [TemplateValue]
        /// The blocks child templates give, by name, the outermost child's winning.
        var overrides: [String: ParsedTemplate.Block] = [:]
        /// The position and length of each list being shown, innermost last, for `first()` and `last()`.
        var items: [(index: Int, count: Int)] = []
        /// How deep partials and parents are nested: a template that includes itself for ever
        /// stops here rather than exhaust the stack.
        var depth = 0
    }

    private static let maximumDepth = 100

    private func render(_ nodes: [ParsedTemplate.Node], into state: inout State) {
        for node in nodes {
            switch node {
            case .text(let text):
                state.output.append(contentsOf: text)
            case .variable(let name, let escaped):
                guard let value = lookup(name, in: state) else { continue }
                switch value {
                case .text(let text):
                    if escaped {
                        HTMLEscaping.append(text, to: &state.output)
                    } else {
                        state.output.append(contentsOf: text.utf8)
                    }
                case .number(let text): state.output.append(contentsOf: text.utf8)
                case .bool(let flag): state.output.append(contentsOf: (flag ? "true" : "false").utf8)
                case .null, .view, .list: break
                }
            case .section(let name, let children, let inverted):
                let value = lookup(name, in: state) ?? .null
                if inverted {
                    if !value.isTruthy { render(children, into: &state) }
                    continue
                }
                switch value {
                case .list(let list):
                    let count = list.count
                    for index in 0..<count {
                        state.stack.append(list.element(at: index))
                        state.items.append((index, count))
                        render(children, into: &state)
                        state.items.removeLast()
                        state.stack.removeLast()
                    }
                case .bool(let flag):
                    if flag { render(children, into: &state) }
                case .null: break
                case .text, .number, .view:
                    state.stack.append(value)
                    render(children, into: &state)
                    state.stack.removeLast()
                }
            case .partial(let name, let indent):
                guard state.depth < Self.maximumDepth, let partial = templates[name] else { continue }
                state.depth += 1
                render(indentedNodes(of: partial, named: name, by: indent), into: &state)
                state.depth -= 1
            case .parent(let name, let blocks, let indent):
                guard state.depth < Self.maximumDepth, let parent = templates[name] else { continue }
                let outer = state.overrides
                // The child's blocks win over the parent's own, and an outer child's over both.
                state.overrides = blocks.merging(outer) { _, outer in outer }
                state.depth += 1
                render(indentedNodes(of: parent, named: name, by: indent), into: &state)
                state.depth -= 1
                state.overrides = outer
            case .block(let name, let own):
                guard let given = state.overrides[name] else {
                    render(own.nodes, into: &state)
                    continue
                }
                if let definedAt = given.indent {
                    // Block indentation is removed where the block is given and added where it
                    // is expanded.
                    render(
                        Self.reindent(given.nodes, removing: definedAt.count, adding: own.indent ?? []), into: &state)
                } else {
                    render(given.nodes, into: &state)
                }
            }
        }
    }

    /// A partial's or parent's nodes, each line indented when its tag stood indented on its own line.
    private func indentedNodes(of template: ParsedTemplate, named name: String, by indent: [UInt8])
        -> [ParsedTemplate.Node]
    {
        guard !indent.isEmpty else { return template.nodes }
        return cached("template\u{0}\(name)\u{0}\(String(decoding: indent, as: UTF8.self))") {
            Self.reindent(template.nodes, removing: 0, adding: indent)
        }
    }

    private func cached(_ key: String, _ make: () -> [ParsedTemplate.Node]) -> [ParsedTemplate.Node] {
        if let found = indented.entries.withLock({ $0[key] }) { return found }
        let made = make()
        indented.entries.withLock { $0[key] = made }
        return made
    }

    // MARK: Names

    /// The value `name` stands for: looked up in the innermost view that has its first part
    /// (only the current one for `.name`), then each further part in the value before.
    private func lookup(_ name: ParsedTemplate.Name, in state: State) -> TemplateValue? {
        switch name.function {
        case nil: return lookup(name, in: state.stack)
        case .first where name.parts.isEmpty && !name.isCurrent:
            return state.items.last.map { .bool($0.index == 0) }
        case .last where name.parts.isEmpty && !name.isCurrent:
            return state.items.last.map { .bool($0.index == $0.count - 1) }
        case .empty:
            switch lookup(name, in: state.stack) {
            case .list(let list): return .bool(list.count == 0)
            case .text(let text): return .bool(text.isEmpty)
            case nil, .null?: return nil
            case .bool?, .number?, .view?: return .bool(false)
            }
        case .first, .last:
            return nil
        }
    }

    private func lookup(_ name: ParsedTemplate.Name, in stack: [TemplateValue]) -> TemplateValue? {
        if name.isCurrent { return stack.last }
        guard let first = name.parts.first else { return nil }
        var value: TemplateValue?
        if name.isAnchored {
            value = stack.last.flatMap { Self.child(first, of: $0) }
        } else {
            for frame in stack.reversed() {
                if let found = Self.child(first, of: frame) {
                    value = found
                    break
                }
            }
        }
        for part in name.parts.dropFirst() {
            guard let current = value else { return nil }
            value = Self.child(part, of: current)
        }
        return value
    }

    private static func child(_ name: String, of value: TemplateValue) -> TemplateValue? {
        if case .view(let view) = value { return view.value(named: name) }
        return nil
    }

    // MARK: Indentation

    /// `nodes` with up to `removing` spaces or tabs taken from the start of each line and
    /// `adding` put there instead, on every line that has something on it; the blocks, partials
    /// and parents inside are moved with them.
    static func reindent(_ nodes: [ParsedTemplate.Node], removing: Int, adding: [UInt8]) -> [ParsedTemplate.Node] {
        guard removing > 0 || !adding.isEmpty else { return nodes }
        var atLineStart = true
        var removed = 0
        return reindent(nodes, removing: removing, adding: adding, atLineStart: &atLineStart, removed: &removed)
    }

    private static func shifted(_ indent: [UInt8], removing: Int, adding: [UInt8]) -> [UInt8] {
        var index = 0
        while index < min(removing, indent.count), indent[index] == 0x20 || indent[index] == 0x09 { index += 1 }
        return adding + indent[index...]
    }

    private static func reindent(
        _ nodes: [ParsedTemplate.Node], removing: Int, adding: [UInt8], atLineStart: inout Bool, removed: inout Int
    ) -> [ParsedTemplate.Node] {
        var result: [ParsedTemplate.Node] = []
        func startLine() {
            if atLineStart {
                if !adding.isEmpty { result.append(.text(adding)) }
                atLineStart = false
            }
        }
        for node in nodes {
            switch node {
            case .text(let text):
                var output: [UInt8] = []
                for byte in text {
                    if atLineStart {
                        if removed < removing, byte == 0x20 || byte == 0x09 {
                            removed += 1
                            continue
                        }
                        if byte != 0x0A, byte != 0x0D {
                            output += adding
                            atLineStart = false
                        }
                    }
                    output.append(byte)
                    if byte == 0x0A {
                        atLineStart = true
                        removed = 0
                    }
                }
                result.append(.text(output))
            case .variable:
                startLine()
                result.append(node)
            case .section(let name, let children, let inverted):
                let moved = reindent(
                    children, removing: removing, adding: adding, atLineStart: &atLineStart, removed: &removed)
                result.append(.section(name, moved, inverted: inverted))
            case .partial(let name, let indent):
                if indent.isEmpty {
                    startLine()
                    result.append(node)
                } else {
                    result.append(.partial(name, indent: shifted(indent, removing: removing, adding: adding)))
                }
            case .parent(let name, let blocks, let indent):
                var moved: [String: ParsedTemplate.Block] = [:]
                for (blockName, block) in blocks {
                    var fresh = true
                    var none = 0
                    moved[blockName] = ParsedTemplate.Block(
                        nodes: reindent(
                            block.nodes, removing: removing, adding: adding, atLineStart: &fresh, removed: &none),
                        indent: block.indent.map { shifted($0, removing: removing, adding: adding) })
                }
                if indent.isEmpty { startLine() }
                result.append(
                    .parent(
                        name, blocks: moved,
                        indent: indent.isEmpty ? [] : shifted(indent, removing: removing, adding: adding)))
            case .block(let name, let block):
                if let indent = block.indent {
                    var fresh = true
                    var none = 0
                    result.append(
                        .block(
                            name,
                            ParsedTemplate.Block(
                                nodes: reindent(
                                    block.nodes, removing: removing, adding: adding, atLineStart: &fresh, removed: &none
                                ),
                                indent: shifted(indent, removing: removing, adding: adding))))
                    atLineStart = true
                    removed = 0
                } else {
                    let moved = reindent(
                        block.nodes, removing: removing, adding: adding, atLineStart: &atLineStart, removed: &removed)
                    result.append(.block(name, ParsedTemplate.Block(nodes: moved, indent: nil)))
                }
            }
        }
        return result
    }
}

/// Escaping text for HTML as it is appended: `&`, `<`, `>`, `"` and `'`.
enum HTMLEscaping {
    /// Appends `text` to `output`, escaped; text with nothing to escape is copied in one go.
    static func append(_ text: String, to output: inout [UInt8]) {
        var text = text
        text.withUTF8 { bytes in
            var start = 0
            for index in 0..<bytes.count {
                let replacement: StaticString
                switch bytes[index] {
                case UInt8(ascii: "&"): replacement = "&amp;"
                case UInt8(ascii: "<"): replacement = "&lt;"
                case UInt8(ascii: ">"): replacement = "&gt;"
                case UInt8(ascii: "\""): replacement = "&quot;"
                case UInt8(ascii: "'"): replacement = "&#39;"
                default: continue
                }
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<index]))
                replacement.withUTF8Buffer { output.append(contentsOf: $0) }
                start = index + 1
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<bytes.count]))
        }
    }
}
