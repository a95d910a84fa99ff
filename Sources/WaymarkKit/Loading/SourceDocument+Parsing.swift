extension SourceDocument {
    /// Parses one file's text as `kind` says it should be: front matter and body for Markdown,
    /// the whole text for YAML. Returns `nil` when nothing usable could be read, with the reasons.
    static func parse(_ source: SourceText, as kind: Kind) -> (document: SourceDocument?, diagnostics: [Diagnostic]) {
        let yaml: String
        let firstLine: Int
        var body = ""
        var bodyFirstLine = 0
        let start = source.location(SourcePosition(line: 1, column: 1))
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
        let (root, diagnostics) = YAMLReader(source: source, yaml: yaml, firstLine: firstLine).read()
        guard let root else { return (nil, diagnostics) }
        if kind.isMarkdown, root.entries == nil {
            return (nil, diagnostics + [.frontMatterNotMapping(found: root, at: source.location(root.position))])
        }
        let document = SourceDocument(kind: kind, source: source, data: root, body: body, bodyFirstLine: bodyFirstLine)
        return (document, diagnostics)
    }
}
