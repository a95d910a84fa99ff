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
        let bytes = markdown.utf8
        if bytes.contains(UInt8(ascii: "<")) { return true }
        // Each colon is looked behind for a scheme, in any case, without copying the text.
        var index = bytes.startIndex
        while let colon = bytes[index...].firstIndex(of: UInt8(ascii: ":")) {
            let before = bytes[..<colon]
            for scheme in dangerousSchemes where before.count >= scheme.count {
                if zip(before.suffix(scheme.count), scheme).allSatisfy({ $0 | 0x20 == $1 }) { return true }
            }
            index = bytes.index(after: colon)
        }
        return false
    }

    /// The schemes `isDangerous` looks for, in lower-case ASCII, without their colons.
    private static let dangerousSchemes = ["javascript", "vbscript", "file", "data"].map { Array($0.utf8) }
}
