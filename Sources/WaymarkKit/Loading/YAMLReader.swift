/// Parses YAML into `YAMLNode`s with whole-file positions, and reports everything the content
/// format forbids (tab indentation, duplicate keys, anchors, aliases, merge keys, tags, hidden
/// characters, numbers too large to hold) as diagnostics.
///
/// The tree is built straight from libyaml's events in one pass: an alias is reported and never
/// expanded, so no file costs more than its length, and every limit of `ContentLimits` is checked
/// as the events arrive. Plain scalars are typed by the YAML 1.2 core schema (`ScalarTyping`),
/// the semantics the content format asks for.
struct YAMLReader {
    /// The file the YAML comes from.
    let source: SourceText
    /// The YAML text.
    let yaml: String
    /// The line of the file the YAML text starts on.
    let firstLine: Int

    /// The parsed root, or `nil` when the YAML could not be used; and what is wrong with it.
    func read() -> (root: YAMLNode?, diagnostics: [Diagnostic]) {
        let tabs = tabIndentation()
        guard tabs.isEmpty else { return (nil, tabs) }
        let breaks = hiddenLineBreaks()
        guard breaks.isEmpty else { return (nil, breaks) }
        var builder = YAMLTreeBuilder(source: source, firstLine: firstLine)
        var events = YAMLEvents(yaml: yaml, firstLine: firstLine)
        do {
            while try builder.take(events.next()) {}
        } catch {
            return (nil, builder.diagnostics + [diagnostic(for: error)])
        }
        return builder.result
    }

    // MARK: Errors libyaml reports

    /// Tabs in the indentation of any line: YAML forbids them, and libyaml's own message for them
    /// ("found character that cannot start any token") does not say so.
    private func tabIndentation() -> [Diagnostic] {
        guard yaml.containsByte(UInt8(ascii: "\t")) else { return [] }
        var diagnostics: [Diagnostic] = []
        let lines = source.lines
        let spanned = yaml.utf8.reduce(0) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 } + 1
        for lineNumber in firstLine..<min(firstLine + spanned, lines.count + 1) {
            let line = lines[lineNumber - 1].unicodeScalars
            let indentation = line.prefix { $0 == " " || $0 == "\t" || $0 == "-" }
            guard let tab = indentation.firstIndex(of: "\t") else { continue }
            let column = line.distance(from: line.startIndex, to: tab) + 1
            diagnostics.append(.yamlTab(at: source.location(SourcePosition(line: lineNumber, column: column))))
        }
        return diagnostics
    }

    /// NEXT LINE, LINE SEPARATOR and PARAGRAPH SEPARATOR: libyaml counts each as a line break, an
    /// editor does not, so every position after one would be off. They are hidden characters in
    /// any case, so they are reported, where they stand, before the YAML is read.
    private func hiddenLineBreaks() -> [Diagnostic] {
        let bytes = yaml.utf8
        guard yaml.containsByte(0xC2) || yaml.containsByte(0xE2) else { return [] }
        let lastLine = firstLine + bytes.reduce(0) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 }
        let found = HiddenCharacters.positions(in: source, from: firstLine, through: lastLine).filter {
            [0x85, 0x2028, 0x2029].contains($0.0.value)
        }
        return HiddenCharacters.diagnostics(for: found, in: source)
    }

    private func diagnostic(for failure: YAMLEvents.Failure) -> Diagnostic {
        guard failure.stage == .reader else {
            let problemPosition = failure.position ?? SourcePosition(line: firstLine, column: 1)
            if failure.problem.hasPrefix("Maximum nesting level reached") {
                return .yamlTooDeep(at: source.location(problemPosition))
            }
            let lastLine = firstLine + yaml.utf8.reduce(0) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 }
            if let explained = IndentationMistake(source: source, firstLine: firstLine, lastLine: lastLine)
                .explain(failure.problem, at: problemPosition)
            {
                return explained
            }
            let detail = [failure.context, failure.problem].compactMap { $0 }.joined(separator: ", ")
            // A quote or bracket left open is found only at the end of the text: the place to fix
            // is where it opened.
            guard let start = failure.contextPosition, start != problemPosition else {
                return .yamlSyntax(detail, at: source.location(problemPosition))
            }
            if failure.problem.contains("unexpected end of stream") {
                return .yamlSyntax(detail, at: source.location(start))
            }
            var diagnostic = Diagnostic.yamlSyntax(detail, at: source.location(problemPosition))
            diagnostic.notes.append(Diagnostic.Note("what was being read starts here", at: source.location(start)))
            return diagnostic
        }
        let position = self.position(ofByte: failure.offset)
        if failure.problem == "control characters are not allowed",
            let character = Unicode.Scalar(UInt32(bitPattern: failure.value))
        {
            return .hiddenCharacter(character, field: nil, at: source.location(position))
        }
        return .yamlSyntax(failure.problem, at: source.location(position))
    }

    /// The whole-file position of the byte at `offset` in the YAML text.
    private func position(ofByte offset: Int) -> SourcePosition {
        var line = firstLine
        var column = 1
        for byte in yaml.utf8.prefix(offset) {
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        return SourcePosition(line: line, column: column)
    }
}
