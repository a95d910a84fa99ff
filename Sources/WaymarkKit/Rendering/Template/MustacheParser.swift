import Foundation

/// A parsed Mustache template: the tree of text and tags that `MustacheRenderer` walks.
///
/// It supports what the Mustache specification requires (variables, sections, inverted
/// sections, comments, partials, set delimiters, standalone lines) and its inheritance module
/// (parents and blocks), plus names that start with a dot (`{{#.name}}`), which look only in the
/// current view, and three functions of swift-mustache's that templates written for it use:
/// `{{#empty(list)}}`, and `{{#first()}}` and `{{#last()}}` inside a list. Lambdas and dynamic
/// names are not supported.
struct ParsedTemplate: Sendable {
    /// A name as written: `a.b.c` in parts, or `.` for the current view, perhaps inside a
    /// function: `empty(name)`, `first()`, `last()`.
    struct Name: Sendable, Equatable {
        /// The functions a template may apply: whether a list is empty, and whether the item a
        /// list section is showing is its first or its last.
        enum Function: String, Sendable, CaseIterable {
            case empty, first, last
        }

        var parts: [String]
        /// `.` alone: the current view.
        var isCurrent: Bool
        /// Starts with a dot (`.name`): looked up in the current view only.
        var isAnchored: Bool
        var function: Function?

        init(_ text: Substring, function: Function? = nil) {
            isCurrent = text == "."
            isAnchored = !isCurrent && text.hasPrefix(".")
            parts = isCurrent ? [] : text.split(separator: ".").map(String.init)
            self.function = function
        }

        /// The name in a tag, with its function if it has one; `nil` for a function templates
        /// cannot use.
        static func parsing(_ text: String) -> Name? {
            guard text.hasSuffix(")"), let open = text.firstIndex(of: "(") else { return Name(Substring(text)) }
            guard let function = Function(rawValue: String(text[..<open])) else { return nil }
            let inner = text[text.index(after: open)..<text.index(before: text.endIndex)]
            let trimmed = inner.trimmingCharacters(in: .whitespaces)
            return Name(Substring(trimmed), function: function)
        }
    }

    indirect enum Node: Sendable {
        case text([UInt8])
        case variable(Name, escaped: Bool)
        case section(Name, [Node], inverted: Bool)
        /// `indent` is the whitespace before a standalone partial tag, given to each line.
        case partial(String, indent: [UInt8])
        /// `{{<name}}`: the template `name` with these blocks in place of its own.
        case parent(String, blocks: [String: Block], indent: [UInt8])
        /// `{{$name}}`: the content here, unless a child template gives its own.
        case block(String, Block)
    }

    /// A block's content, and, when its opening tag stands alone on its line, the indentation
    /// of its lines: that of its first line, or of the tag when it is empty.
    struct Block: Sendable {
        var nodes: [Node]
        var indent: [UInt8]?
    }

    /// Why a template did not parse, with the line and column where it went wrong.
    struct Failure: Error, Equatable, CustomStringConvertible {
        var message: String
        var line: Int
        var column: Int
        var description: String { "\(line):\(column): \(message)" }
    }

    let nodes: [Node]

    init(_ text: String) throws(Failure) {
        var parser = MustacheParser(Array(text.utf8))
        let tokens = try parser.tokens()
        nodes = try MustacheParser.tree(MustacheParser.standalone(tokens))
    }
}

/// Turns template text into tokens, then into the tree.
struct MustacheParser {
    enum Kind: Equatable {
        case variable, unescaped, section, inverted, close, partial, parent, block, comment, delimiters
    }

    enum Token {
        case text([UInt8])
        case tag(Kind, String, line: Int, column: Int)
        /// Set by `standalone`: the whitespace before a standalone tag on its line.
        case standaloneTag(Kind, String, indent: [UInt8], line: Int, column: Int)
    }

    private let bytes: [UInt8]
    private var position = 0
    private var open: [UInt8] = Array("{{".utf8)
    private var close: [UInt8] = Array("}}".utf8)

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    private func location(of offset: Int) -> (line: Int, column: Int) {
        var line = 1
        var column = 1
        for byte in bytes[..<offset] {
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        return (line, column)
    }

    private func failure(_ message: String, at offset: Int) -> ParsedTemplate.Failure {
        let (line, column) = location(of: offset)
        return ParsedTemplate.Failure(message: message, line: line, column: column)
    }

    private func matches(_ pattern: [UInt8], at offset: Int) -> Bool {
        guard offset + pattern.count <= bytes.count else { return false }
        for index in pattern.indices where bytes[offset + index] != pattern[index] { return false }
        return true
    }

    private func find(_ pattern: [UInt8], from offset: Int) -> Int? {
        var index = offset
        while index + pattern.count <= bytes.count {
            if bytes[index] == pattern[0], matches(pattern, at: index) { return index }
            index += 1
        }
        return nil
    }

    private static func trimmed(_ bytes: ArraySlice<UInt8>) -> String {
        let isSpace: (UInt8) -> Bool = { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
        guard let first = bytes.firstIndex(where: { !isSpace($0) }),
            let last = bytes.lastIndex(where: { !isSpace($0) })
        else { return "" }
        return String(decoding: bytes[first...last], as: UTF8.self)
    }

    mutating func tokens() throws(ParsedTemplate.Failure) -> [Token] {
        var tokens: [Token] = []
        var textStart = 0
        while let start = find(open, from: position) {
            if start > textStart { tokens.append(.text(Array(bytes[textStart..<start]))) }
            let (line, column) = location(of: start)
            var cursor = start + open.count
            let kind: Kind
            let name: String
            let isTriple = open == Array("{{".utf8) && cursor < bytes.count && bytes[cursor] == UInt8(ascii: "{")
            if isTriple {
                guard let end = find(Array("}}}".utf8), from: cursor + 1) else {
                    throw failure("this tag is never finished: a `}}}` is missing", at: start)
                }
                kind = .unescaped
                name = Self.trimmed(bytes[(cursor + 1)..<end])
                cursor = end + 3
            } else {
                guard let end = find(close, from: cursor) else {
                    throw failure(
                        "this tag is never finished: a `\(String(decoding: close, as: UTF8.self))` is missing",
                        at: start)
                }
                var inner = bytes[cursor..<end]
                cursor = end + close.count
                let sigil = inner.first.map { Character(UnicodeScalar($0)) }
                switch sigil {
                case "!": kind = .comment
                case "&": kind = .unescaped
                case "#": kind = .section
                case "^": kind = .inverted
                case "/": kind = .close
                case ">": kind = .partial
                case "<": kind = .parent
                case "$": kind = .block
                case "=": kind = .delimiters
                default: kind = .variable
                }
                if kind != .variable { inner = inner.dropFirst() }
                if kind == .delimiters {
                    guard inner.last == UInt8(ascii: "=") else {
                        throw failure("this delimiter change (`{{=<% %>=}}`) must end with `=`", at: start)
                    }
                    let parts = Self.trimmed(inner.dropLast()).split(whereSeparator: { $0 == " " || $0 == "\t" })
                    guard parts.count == 2 else {
                        throw failure(
                            "this delimiter change (`{{=<% %>=}}`) needs two delimiters, separated by a space",
                            at: start)
                    }
                    open = Array(parts[0].utf8)
                    close = Array(parts[1].utf8)
                    name = ""
                } else {
                    name = kind == .comment ? "" : Self.trimmed(inner)
                }
            }
            if kind != .comment, kind != .delimiters, name.isEmpty {
                throw failure("this tag has no name: write one between the braces, such as `{{title}}`", at: start)
            }
            tokens.append(.tag(kind, name, line: line, column: column))
            position = cursor
            textStart = cursor
        }
        if textStart < bytes.count { tokens.append(.text(Array(bytes[textStart...]))) }
        return tokens
    }

    /// Removes the lines that hold only whitespace and one tag that prints nothing (a section,
    /// comment, partial, parent, block or delimiter change), or only parent and block tags, with
    /// their line break, keeping the whitespace before a partial or parent as its indentation.
    static func standalone(_ tokens: [Token]) -> [Token] {
        // Split text at line breaks, each line's break kept with it.
        var pieces: [Token] = []
        for token in tokens {
            guard case .text(let text) = token else {
                pieces.append(token)
                continue
            }
            var start = 0
            for (index, byte) in text.enumerated() where byte == UInt8(ascii: "\n") {
                pieces.append(.text(Array(text[start...index])))
                start = index + 1
            }
            if start < text.count { pieces.append(.text(Array(text[start...]))) }
        }
        var result: [Token] = []
        var lineStart = 0
        var index = 0
        // Which kind of section each closing tag closes: a line may hold several tags and
        // still stand alone only when they open or close parents and blocks.
        var open: [Kind] = []
        var closesInheritance: [Int: Bool] = [:]
        for (position, piece) in pieces.enumerated() {
            guard case .tag(let kind, _, _, _) = piece else { continue }
            switch kind {
            case .section, .inverted, .parent, .block: open.append(kind)
            case .close: closesInheritance[position] = [.parent, .block].contains(open.popLast())
            default: break
            }
        }
        func isBlank(_ text: [UInt8]) -> Bool {
            text.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D || $0 == 0x0A }
        }
        while index <= pieces.count {
            let isEnd = index == pieces.count
            var endsLine = isEnd
            if !isEnd, case .text(let text) = pieces[index], text.last == UInt8(ascii: "\n") { endsLine = true }
            if endsLine {
                let line = Array(pieces[lineStart..<min(index + 1, pieces.count)])
                var tags = 0
                var inheritanceTags = 0
                var printing = false
                for (offset, piece) in line.enumerated() {
                    switch piece {
                    case .text(let text): if !isBlank(text) { printing = true }
                    case .tag(let kind, _, _, _):
                        if kind == .variable || kind == .unescaped { printing = true } else { tags += 1 }
                        if kind == .parent || kind == .block || closesInheritance[lineStart + offset] == true {
                            inheritanceTags += 1
                        }
                    case .standaloneTag: break
                    }
                }
                if !printing, tags == 1 || (tags > 1 && inheritanceTags == tags) {
                    var indent: [UInt8] = []
                    if case .text(let text) = line.first, !text.contains(UInt8(ascii: "\n")) { indent = text }
                    var openBlocks: Set<String> = []
                    var blockClosed = false
                    for piece in line {
                        if case .tag(let kind, let name, let line, let column) = piece {
                            result.append(.standaloneTag(kind, name, indent: indent, line: line, column: column))
                            if kind == .block { openBlocks.insert(name) }
                            if kind == .close, openBlocks.contains(name) { blockClosed = true }
                        }
                    }
                    // A block opened and closed on one line is expanded within it: the line's
                    // break ends the block's last line.
                    if blockClosed, case .text(let text) = line.last, text.last == UInt8(ascii: "\n") {
                        result.append(.text(text.last == 0x0A && text.dropLast().last == 0x0D ? [0x0D, 0x0A] : [0x0A]))
                    }
                } else {
                    result += line
                }
                lineStart = index + 1
            }
            index += 1
        }
        return result
    }

    /// Builds the tree, failing on a section, parent or block that is not closed, or closed
    /// under another name.
    static func tree(_ tokens: [Token]) throws(ParsedTemplate.Failure)
        -> [ParsedTemplate.Node]
    {
        var index = 0
        let nodes = try nodes(tokens, from: &index, closing: nil)
        return nodes
    }

    private struct Opening {
        var kind: Kind
        var name: String
        var line: Int
        var column: Int
        var indent: [UInt8]?
    }

    private static func nodes(
        _ tokens: [Token], from index: inout Int, closing opening: Opening?
    ) throws(ParsedTemplate.Failure) -> [ParsedTemplate.Node] {
        var nodes: [ParsedTemplate.Node] = []
        while index < tokens.count {
            let token = tokens[index]
            index += 1
            let kind: Kind
            let name: String
            let line: Int
            let column: Int
            var indent: [UInt8]? = nil
            switch token {
            case .text(let text):
                if case .text(let previous) = nodes.last {
                    nodes[nodes.count - 1] = .text(previous + text)
                } else {
                    nodes.append(.text(text))
                }
                continue
            case .tag(let tagKind, let tagName, let tagLine, let tagColumn):
                (kind, name, line, column) = (tagKind, tagName, tagLine, tagColumn)
            case .standaloneTag(let tagKind, let tagName, let tagIndent, let tagLine, let tagColumn):
                (kind, name, line, column, indent) = (tagKind, tagName, tagLine, tagColumn, tagIndent)
            }
            var parsedName = ParsedTemplate.Name(Substring(name))
            if [.variable, .unescaped, .section, .inverted].contains(kind) {
                guard let found = ParsedTemplate.Name.parsing(name) else {
                    let known = ParsedTemplate.Name.Function.allCases.map { "`\($0.rawValue)(...)`" }
                    throw ParsedTemplate.Failure(
                        message:
                            "`\(name)` is not a function templates can use; they can use \(known.joined(separator: ", "))",
                        line: line, column: column)
                }
                parsedName = found
            }
            switch kind {
            case .comment, .delimiters: continue
            case .variable: nodes.append(.variable(parsedName, escaped: true))
            case .unescaped: nodes.append(.variable(parsedName, escaped: false))
            case .partial:
                nodes.append(.partial(name, indent: indent ?? []))
            case .section, .inverted, .parent, .block:
                let inner = Opening(kind: kind, name: name, line: line, column: column, indent: indent)
                let children = try Self.nodes(tokens, from: &index, closing: inner)
                switch kind {
                case .section: nodes.append(.section(parsedName, children, inverted: false))
                case .inverted: nodes.append(.section(parsedName, children, inverted: true))
                case .parent:
                    var blocks: [String: ParsedTemplate.Block] = [:]
                    for child in children {
                        if case .block(let blockName, let block) = child { blocks[blockName] = block }
                    }
                    nodes.append(.parent(name, blocks: blocks, indent: indent ?? []))
                default:
                    nodes.append(.block(name, block(children, standaloneIndent: indent)))
                }
            case .close:
                guard let opening, opening.name == name else {
                    let message =
                        opening.map {
                            "`{{/\(name)}}` does not close the section `\($0.name)` opened at line \($0.line): close sections in the reverse order they open"
                        } ?? "`{{/\(name)}}` closes a section that was never opened"
                    throw ParsedTemplate.Failure(message: message, line: line, column: column)
                }
                return nodes
            }
        }
        if let opening {
            throw ParsedTemplate.Failure(
                message:
                    "the section `\(opening.name)` opened here is never closed: close it with `{{/\(opening.name)}}`",
                line: opening.line, column: opening.column)
        }
        return nodes
    }

    /// A block's content with the indentation its lines are expanded at, when its opening tag
    /// stands alone: that of its first line, or the tag's when it has no text.
    private static func block(_ nodes: [ParsedTemplate.Node], standaloneIndent: [UInt8]?) -> ParsedTemplate.Block {
        guard let standaloneIndent else { return ParsedTemplate.Block(nodes: nodes, indent: nil) }
        if case .text(let text) = nodes.first {
            let leading = Array(text.prefix { $0 == 0x20 || $0 == 0x09 })
            return ParsedTemplate.Block(nodes: nodes, indent: leading)
        }
        return ParsedTemplate.Block(nodes: nodes, indent: standaloneIndent)
    }
}
