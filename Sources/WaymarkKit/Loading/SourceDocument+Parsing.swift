extension SourceDocument {
    /// Parses one file's text as `kind` says it should be: front matter and body for Markdown,
    /// the whole text for YAML. Returns `nil` when nothing usable could be read, with the reasons.
    public static func parse(_ source: SourceText, as kind: Kind) -> (
        document: SourceDocument?, diagnostics: [Diagnostic]
    ) {
        let yaml: String
        let firstLine: Int
        var body: Substring = ""
        var bodyFirstLine = 0
        let start = source.location(SourcePosition(line: 1, column: 1))
        if let long = longLine(in: source) { return (nil, [.lineTooLong(at: source.location(long))]) }
        if kind.isMarkdown {
            switch FrontMatter.split(source) {
            case .failure(.missing): return (nil, [.frontMatterMissing(at: start)])
            case .failure(.unterminated): return (nil, [.frontMatterUnterminated(at: start)])
            case .success(let split):
                yaml = split.yaml
                firstLine = split.yamlFirstLine
                body = split.body
                bodyFirstLine = split.bodyFirstLine
            }
        } else {
            yaml = source.text
            firstLine = 1
        }
        var (root, diagnostics) = YAMLReader(source: source, yaml: yaml, firstLine: firstLine).read()
        if kind.isMarkdown {
            diagnostics += hiddenCharacters(in: source, from: bodyFirstLine)
            diagnostics += Markdown.dropped(in: body).map { part in
                .dropped(part, at: source.location(position(of: part, in: source, bodyFirstLine: bodyFirstLine)))
            }
        }
        guard let root else { return (nil, diagnostics) }
        if kind.isMarkdown, root.entries == nil {
            return (nil, diagnostics + [.frontMatterNotMapping(found: root, at: source.location(root.position))])
        }
        let document = SourceDocument(
            kind: kind, source: source, data: root, bodyText: body, bodyFirstLine: bodyFirstLine)
        return (document, diagnostics)
    }

    /// Where in the file a part of the body is: cmark counts lines from the body's first and
    /// columns in bytes, the file in lines from its first and columns in characters.
    private static func position(of part: Markdown.Dropped, in source: SourceText, bodyFirstLine: Int)
        -> SourcePosition
    {
        let line = bodyFirstLine + part.line - 1
        guard source.lines.indices.contains(line - 1) else {
            return SourcePosition(line: line, column: part.byteColumn)
        }
        let text = source.lines[line - 1].utf8
        let end = text.index(text.startIndex, offsetBy: min(part.byteColumn - 1, text.count))
        let column = Substring(text[..<end]).unicodeScalars.count + 1
        return SourcePosition(line: line, column: column)
    }

    /// Where the first line longer than the limit crosses it.
    private static func longLine(in source: SourceText) -> SourcePosition? {
        for (index, line) in source.lines.enumerated() where line.utf8.count > ContentLimits.lineLength {
            if line.unicodeScalars.count > ContentLimits.lineLength {
                return SourcePosition(line: index + 1, column: ContentLimits.lineLength + 1)
            }
        }
        return nil
    }

    /// Bidirectional controls and invisible characters in a Markdown body, each where it is; after
    /// the first few, one more diagnostic counts the rest.
    private static func hiddenCharacters(in source: SourceText, from firstLine: Int) -> [Diagnostic] {
        HiddenCharacters.diagnostics(for: HiddenCharacters.positions(in: source, from: firstLine), in: source)
    }
}
