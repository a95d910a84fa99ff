/// A Markdown content file cut into its YAML front matter and its CommonMark body.
struct FrontMatter: Sendable, Hashable {
    /// The YAML between the `---` lines.
    var yaml: String
    /// The line of the file the YAML starts on.
    var yamlFirstLine: Int
    /// The Markdown after the closing `---`, sharing the file's text rather than copying it.
    var body: Substring
    /// The line of the file the body starts on.
    var bodyFirstLine: Int

    /// Why a file could not be split.
    enum Failure: Error, Equatable {
        /// The file does not start with `---`.
        case missing
        /// The opening `---` has no closing line.
        case unterminated
    }

    /// Splits `source`: the first line must be `---`, and the front matter ends at the next line
    /// that is `---` (or YAML's document end marker `...`).
    static func split(_ source: SourceText) -> Result<FrontMatter, Failure> {
        let lines = source.lines
        guard let first = lines.first, isDelimiter(first, allowingDocumentEnd: false) else {
            return .failure(.missing)
        }
        guard let close = lines.indices.dropFirst().first(where: { isDelimiter(lines[$0], allowingDocumentEnd: true) })
        else { return .failure(.unterminated) }
        let text = source.text
        let yaml = String(text[lines[1].startIndex..<lines[close].startIndex])
        let body = close + 1 < lines.count ? text[lines[close + 1].startIndex...] : ""
        return .success(FrontMatter(yaml: yaml, yamlFirstLine: 2, body: body, bodyFirstLine: close + 2))
    }

    /// `---` (or `...`) followed by nothing but spaces, tested on the bytes.
    private static func isDelimiter(_ line: Substring, allowingDocumentEnd: Bool) -> Bool {
        let bytes = line.utf8
        guard bytes.count >= 3 else { return false }
        let marker = bytes.prefix(3)
        let isMarker =
            marker.elementsEqual("---".utf8) || (allowingDocumentEnd && marker.elementsEqual("...".utf8))
        return isMarker && bytes.dropFirst(3).allSatisfy { $0 == UInt8(ascii: " ") }
    }
}
