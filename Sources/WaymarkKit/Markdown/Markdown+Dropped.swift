extension Markdown {
    /// Something in a Markdown body that safe rendering leaves off the page: raw HTML, or a link
    /// or image whose address could run code or read files (`javascript:`, `vbscript:`, `file:`,
    /// `data:` other than a PNG, GIF, JPEG or WebP image), which is rendered without its address.
    struct Dropped: Sendable, Hashable {
        enum Kind: Sendable, Hashable {
            /// An HTML block or inline tag, as written.
            case html(String)
            /// A link's address.
            case link(String)
            /// An image's address.
            case image(String)
        }

        var kind: Kind
        /// The line in the Markdown text, from 1.
        var line: Int
        /// The column in that line, counted in UTF-8 bytes from 1, as cmark counts.
        var byteColumn: Int
    }

    /// Whether cmark's safe rendering empties `url`: the rule of its `_scan_dangerous_url`.
    static func isDangerous(_ url: String) -> Bool {
        let lowered = url.lowercased()
        for image in ["png", "gif", "jpeg", "webp"] where lowered.hasPrefix("data:image/\(image);") { return false }
        return ["javascript:", "vbscript:", "file:", "data:"].contains { lowered.hasPrefix($0) }
    }

    /// Whether `markdown` may hold anything `dropped(in:)` finds: raw HTML needs a `<`, and a
    /// dangerous address one of the schemes. Most bodies have neither, and skip the parse.
    static func mayDropAnything(_ markdown: Substring) -> Bool {
        if markdown.utf8.contains(UInt8(ascii: "<")) { return true }
        guard markdown.utf8.contains(UInt8(ascii: ":")) else { return false }
        let lowered = markdown.lowercased()
        return ["javascript:", "vbscript:", "file:", "data:"].contains { lowered.contains($0) }
    }
}
