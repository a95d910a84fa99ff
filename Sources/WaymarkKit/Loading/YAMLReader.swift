import Yams

/// Parses YAML into `YAMLNode`s with whole-file positions, and reports everything the content
/// format forbids (tab indentation, duplicate keys, anchors, aliases, tags) as diagnostics.
///
/// Yams composes the tree with its `.basic` resolver, which types nothing; `ScalarTyping` then
/// applies the YAML 1.2 core schema. That is both faster than Yams' YAML 1.1 resolver and the
/// semantics the content format asks for.
struct YAMLReader {
    /// The file the YAML comes from.
    let source: SourceText
    /// The YAML text.
    let yaml: String
    /// The line of the file the YAML text starts on.
    let firstLine: Int

    /// The lines of the whole file, to look at what a position points to.
    private let fileLines: [Substring]
    /// The line numbers of the file that the YAML text spans.
    private let yamlLines: ClosedRange<Int>

    init(source: SourceText, yaml: String, firstLine: Int) {
        self.source = source
        self.yaml = yaml
        self.firstLine = firstLine
        self.fileLines = source.lines
        let breaks = yaml.utf8.reduce(0) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 }
        let spanned = yaml.utf8.last == UInt8(ascii: "\n") ? breaks : breaks + 1
        self.yamlLines = firstLine...min(max(firstLine, firstLine + spanned - 1), fileLines.count)
    }

    /// The parsed root, or `nil` when the YAML could not be parsed; and what is wrong with it.
    func read() -> (root: YAMLNode?, diagnostics: [Diagnostic]) {
        let tabs = tabIndentation()
        guard tabs.isEmpty else { return (nil, tabs) }
        let composed: Node?
        do {
            // UTF-8 named explicitly: Yams would otherwise read the whole environment on every call.
            composed = try Yams.compose(yaml: yaml, .basic, .default, .utf8)
        } catch let error as YamlError {
            return (nil, [diagnostic(for: error)])
        } catch {
            return (nil, [.yamlSyntax("\(error)", at: source.location(SourcePosition(line: firstLine, column: 1)))])
        }
        guard let composed else {
            return (YAMLNode(.mapping([]), at: SourcePosition(line: firstLine, column: 1)), [])
        }
        var diagnostics: [Diagnostic] = []
        var reported: Set<SourcePosition> = []
        let root = convert(composed, diagnostics: &diagnostics, reported: &reported)
        return (root, diagnostics)
    }

    // MARK: Conversion

    private func convert(_ node: Node, diagnostics: inout [Diagnostic], reported: inout Set<SourcePosition>) -> YAMLNode
    {
        let position = self.position(of: node.mark)
        checkProperties(at: position, diagnostics: &diagnostics, reported: &reported)
        switch node {
        case .scalar(let scalar):
            let value = scalar.style == .plain ? ScalarTyping.value(ofPlain: scalar.string) : .string(scalar.string)
            return YAMLNode(value, at: position)
        case .sequence(let sequence):
            let items = sequence.map { convert($0, diagnostics: &diagnostics, reported: &reported) }
            return YAMLNode(.sequence(items), at: position)
        case .mapping(let mapping):
            var entries: [YAMLNode.Entry] = []
            for (key, value) in mapping {
                let keyPosition = self.position(of: key.mark)
                guard case .scalar(let keyScalar) = key else {
                    diagnostics.append(.yamlComplexKey(at: source.location(keyPosition)))
                    continue
                }
                checkProperties(at: keyPosition, diagnostics: &diagnostics, reported: &reported)
                let converted = convert(value, diagnostics: &diagnostics, reported: &reported)
                entries.append(YAMLNode.Entry(key: keyScalar.string, keyPosition: keyPosition, value: converted))
            }
            return YAMLNode(.mapping(entries), at: position)
        case .alias:
            return YAMLNode(.null, at: position)
        }
    }

    /// A node's position in the whole file.
    private func position(of mark: Mark?) -> SourcePosition {
        guard let mark else { return SourcePosition(line: firstLine, column: 1) }
        return SourcePosition(line: mark.line + firstLine - 1, column: mark.column)
    }

    /// The character a position points at, if any. Runs for every node, so it walks only as far
    /// as the column rather than counting the whole line.
    private func character(at position: SourcePosition) -> Unicode.Scalar? {
        guard position.line >= 1, position.line <= fileLines.count, position.column >= 1 else { return nil }
        let scalars = fileLines[position.line - 1].unicodeScalars
        guard let index = scalars.index(scalars.startIndex, offsetBy: position.column - 1, limitedBy: scalars.endIndex),
            index != scalars.endIndex
        else { return nil }
        return scalars[index]
    }

    /// The name written right after the character at `position`, up to white space or
    /// flow punctuation: `hours` in `&hours` or `*hours,`.
    private func name(after position: SourcePosition) -> String {
        let rest = fileLines[position.line - 1].unicodeScalars.dropFirst(position.column)
        return String(
            String.UnicodeScalarView(rest.prefix { !$0.properties.isWhitespace && $0 != "," && $0 != "]" && $0 != "}" })
        )
    }

    /// A node starts at its properties, so an anchor (`&name`) or a tag (`!tag`) is the character
    /// its position points at. Aliases of an anchor resolve to the anchored node, so they are found
    /// by name once the anchor is.
    private func checkProperties(
        at position: SourcePosition, diagnostics: inout [Diagnostic], reported: inout Set<SourcePosition>
    ) {
        guard let first = character(at: position), first == "&" || first == "!", reported.insert(position).inserted
        else { return }
        let name = self.name(after: position)
        if first == "!" {
            diagnostics.append(.yamlTag("!" + name, at: source.location(position)))
            return
        }
        diagnostics.append(.yamlAnchor(name, at: source.location(position)))
        for alias in aliasPositions(named: name, after: position) where reported.insert(alias).inserted {
            diagnostics.append(.yamlAlias(name, at: source.location(alias)))
        }
    }

    /// Where `*name` is used after the anchor's definition.
    private func aliasPositions(named name: String, after anchor: SourcePosition) -> [SourcePosition] {
        let token = Array(("*" + name).unicodeScalars)
        var found: [SourcePosition] = []
        for lineNumber in anchor.line...max(anchor.line, yamlLines.upperBound) {
            let scalars = Array(fileLines[lineNumber - 1].unicodeScalars)
            var index = 0
            while index + token.count <= scalars.count {
                let follows = index + token.count == scalars.count ? " " : scalars[index + token.count]
                let precedes: Unicode.Scalar = index == 0 ? " " : scalars[index - 1]
                if Array(scalars[index..<index + token.count]) == token,
                    " [{,-:".unicodeScalars.contains(precedes),
                    follows.properties.isWhitespace || ",]}".unicodeScalars.contains(follows)
                {
                    found.append(SourcePosition(line: lineNumber, column: index + 1))
                }
                index += 1
            }
        }
        return found
    }

    // MARK: Errors Yams reports

    /// Tabs in the indentation of any line: YAML forbids them, and libyaml's own message for them
    /// ("found character that cannot start any token") does not say so.
    private func tabIndentation() -> [Diagnostic] {
        guard yaml.utf8.contains(UInt8(ascii: "\t")) else { return [] }
        var diagnostics: [Diagnostic] = []
        for lineNumber in yamlLines {
            let line = fileLines[lineNumber - 1].unicodeScalars
            let indentation = line.prefix { $0 == " " || $0 == "\t" || $0 == "-" }
            guard let tab = indentation.firstIndex(of: "\t") else { continue }
            let column = line.distance(from: line.startIndex, to: tab) + 1
            diagnostics.append(.yamlTab(at: source.location(SourcePosition(line: lineNumber, column: column))))
        }
        return diagnostics
    }

    private func diagnostic(for error: YamlError) -> Diagnostic {
        switch error {
        case .scanner(let context, let problem, let mark, _),
            .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            if problem.contains("undefined alias") {
                let position = self.position(of: mark)
                let name = self.name(after: position)
                return .yamlAlias(name, at: source.location(position))
            }
            let detail = [context?.text, problem].compactMap { $0 }.joined(separator: ", ")
            return .yamlSyntax(detail, at: source.location(self.position(of: mark)))
        case .duplicatedKeysInMapping(let duplicates, let context):
            let first = position(of: context.mark)
            let key = duplicates.first ?? ""
            let second = secondOccurrence(of: key, after: first) ?? first
            return .yamlDuplicateKey(key, first: source.location(first), at: source.location(second))
        case .reader(let problem, _, _, _):
            return .yamlSyntax(problem, at: source.location(SourcePosition(line: firstLine, column: 1)))
        default:
            return .yamlSyntax("\(error)", at: source.location(SourcePosition(line: firstLine, column: 1)))
        }
    }

    /// libyaml reports a duplicate key at its first occurrence; the clinical lead needs the second,
    /// the one they most likely added by mistake. It is the next key with the same name at the
    /// same indentation (block style) or later on the same line (flow style).
    private func secondOccurrence(of key: String, after first: SourcePosition) -> SourcePosition? {
        let keyScalars = Array(key.unicodeScalars)
        func keyStarts(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
            guard index + keyScalars.count <= scalars.count,
                Array(scalars[index..<index + keyScalars.count]) == keyScalars
            else { return false }
            let rest = scalars[(index + keyScalars.count)...].drop { $0 == " " }
            return rest.first == ":"
        }
        let sameLine = Array(fileLines[first.line - 1].unicodeScalars)
        var index = first.column
        while index < sameLine.count {
            if keyStarts(sameLine, at: index), index > 0, " {,".unicodeScalars.contains(sameLine[index - 1]) {
                return SourcePosition(line: first.line, column: index + 1)
            }
            index += 1
        }
        for lineNumber in (first.line + 1)..<(fileLines.count + 1) {
            let scalars = Array(fileLines[lineNumber - 1].unicodeScalars)
            let indentation = scalars.prefix { $0 == " " }.count
            let isBlankOrComment = scalars.dropFirst(indentation).first.map { $0 == "#" } ?? true
            if indentation < first.column - 1, !isBlankOrComment { return nil }
            if keyStarts(scalars, at: first.column - 1) {
                return SourcePosition(line: lineNumber, column: first.column)
            }
        }
        return nil
    }
}
