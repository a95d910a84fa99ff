import CCmark

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Renders CommonMark through cmark. This is the only file that sees cmark: it parses, walks the
/// tree, copies what the site needs into Swift values and frees everything before it returns.
///
/// cmark's safe mode (its default since 0.29) is the only mode used: raw HTML is removed from the
/// tree before rendering, and link and image URLs with `javascript:`, `vbscript:`, `file:` or
/// (non-image) `data:` schemes are rendered empty.
public enum Markdown {
    /// Renders `markdown`, demoting headings by `headingOffset` levels (so that a body's `#` sits
    /// under the page's own `<h1>`) and giving each a unique anchor that avoids `reservedAnchors`
    /// (ids the page template already uses).
    public static func render(_ markdown: String, headingOffset: Int = 1, reservedAnchors: Set<String> = [])
        -> RenderedMarkdown
    {
        let options = CMARK_OPT_DEFAULT | CMARK_OPT_VALIDATE_UTF8
        let bytes = Array(markdown.utf8)
        guard let document = cmark_parse_document(bytes, bytes.count, options) else {
            return RenderedMarkdown(html: "", plainText: "", headings: [])
        }
        defer { cmark_node_free(document) }

        removeRawHTML(from: document)
        var anchors = AnchorSet(reserved: reservedAnchors)
        var headings: [RenderedMarkdown.Heading] = []
        var blocks: [String] = []
        var child = cmark_node_first_child(document)
        while let node = child {
            collect(node, headingOffset: headingOffset, anchors: &anchors, headings: &headings, blocks: &blocks)
            child = cmark_node_next(node)
        }

        guard let rendered = cmark_render_html(document, options) else {
            return RenderedMarkdown(html: "", plainText: blocks.joined(separator: "\n\n"), headings: headings)
        }
        defer { free(rendered) }
        let html = insertAnchors(headings.map(\.anchor), into: String(cString: rendered))
        return RenderedMarkdown(html: html, plainText: blocks.joined(separator: "\n\n"), headings: headings)
    }

    /// What safe rendering will leave off the page, in the order written: each raw HTML block
    /// and inline, and each link or image whose address is dangerous.
    static func dropped(in markdown: Substring) -> [Dropped] {
        guard mayDropAnything(markdown) else { return [] }
        let bytes = Array(markdown.utf8)
        guard let document = cmark_parse_document(bytes, bytes.count, CMARK_OPT_DEFAULT | CMARK_OPT_VALIDATE_UTF8),
            let iterator = cmark_iter_new(document)
        else { return [] }
        defer {
            cmark_iter_free(iterator)
            cmark_node_free(document)
        }
        var found: [Dropped] = []
        while cmark_iter_next(iterator) != CMARK_EVENT_DONE {
            guard let node = cmark_iter_get_node(iterator), cmark_iter_get_event_type(iterator) == CMARK_EVENT_ENTER
            else { continue }
            let kind: Dropped.Kind
            switch cmark_node_get_type(node) {
            case CMARK_NODE_HTML_BLOCK, CMARK_NODE_HTML_INLINE:
                kind = .html(cmark_node_get_literal(node).map { String(cString: $0) } ?? "")
            case CMARK_NODE_LINK, CMARK_NODE_IMAGE:
                let url = cmark_node_get_url(node).map { String(cString: $0) } ?? ""
                guard isDangerous(url) else { continue }
                kind = cmark_node_get_type(node) == CMARK_NODE_LINK ? .link(url) : .image(url)
            default: continue
            }
            found.append(
                Dropped(
                    kind: kind, line: Int(cmark_node_get_start_line(node)),
                    byteColumn: Int(cmark_node_get_start_column(node))))
        }
        return found
    }

    /// Unlinks and frees every raw HTML block and inline, so not even cmark's placeholder comment
    /// reaches the page.
    private static func removeRawHTML(from document: OpaquePointer) {
        var raw: [OpaquePointer] = []
        guard let iterator = cmark_iter_new(document) else { return }
        while cmark_iter_next(iterator) != CMARK_EVENT_DONE {
            guard let node = cmark_iter_get_node(iterator), cmark_iter_get_event_type(iterator) == CMARK_EVENT_ENTER
            else { continue }
            let type = cmark_node_get_type(node)
            if type == CMARK_NODE_HTML_BLOCK || type == CMARK_NODE_HTML_INLINE { raw.append(node) }
        }
        cmark_iter_free(iterator)
        for node in raw {
            cmark_node_unlink(node)
            cmark_node_free(node)
        }
    }

    /// Walks one block: demotes and records headings, and adds its plain text to `blocks`.
    private static func collect(
        _ block: OpaquePointer, headingOffset: Int, anchors: inout AnchorSet,
        headings: inout [RenderedMarkdown.Heading], blocks: inout [String]
    ) {
        guard let iterator = cmark_iter_new(block) else { return }
        defer { cmark_iter_free(iterator) }
        var text = ""
        var headingText: String?
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard let node = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(node)
            switch (event, type) {
            case (CMARK_EVENT_ENTER, CMARK_NODE_HEADING):
                let level = min(6, Int(cmark_node_get_heading_level(node)) + headingOffset)
                cmark_node_set_heading_level(node, Int32(level))
                headingText = ""
            case (CMARK_EVENT_EXIT, CMARK_NODE_HEADING):
                let title = headingText ?? ""
                let level = Int(cmark_node_get_heading_level(node))
                headings.append(.init(level: level, text: title, anchor: anchors.claim(slug(title))))
                headingText = nil
                separate(&text)
            case (CMARK_EVENT_ENTER, CMARK_NODE_TEXT), (CMARK_EVENT_ENTER, CMARK_NODE_CODE):
                let literal = cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
                text += literal
                headingText? += literal
            case (CMARK_EVENT_ENTER, CMARK_NODE_CODE_BLOCK):
                text += (cmark_node_get_literal(node).map { String(cString: $0) } ?? "").trimmingTrailingNewlines()
                separate(&text)
            case (CMARK_EVENT_ENTER, CMARK_NODE_SOFTBREAK), (CMARK_EVENT_ENTER, CMARK_NODE_LINEBREAK):
                text += " "
                headingText? += " "
            case (CMARK_EVENT_EXIT, CMARK_NODE_PARAGRAPH):
                separate(&text)
            default:
                continue
            }
        }
        let paragraphs = text.components(separatedBy: "\n\n").filter { !$0.isEmpty }
        blocks.append(contentsOf: paragraphs)
    }

    private static func separate(_ text: inout String) {
        if !text.isEmpty, !text.hasSuffix("\n\n") { text += "\n\n" }
    }

    /// Adds `id="…"` to each heading's opening tag, in document order. Text and code are escaped
    /// and raw HTML is gone, so every `<h1>`…`<h6>` in cmark's output is one of our headings.
    private static func insertAnchors(_ anchors: [String], into html: String) -> String {
        var result = ""
        result.reserveCapacity(html.utf8.count + anchors.count * 24)
        var remaining = Substring(html)
        var pending = anchors[...]
        while let anchor = pending.first, let range = nextHeadingTag(in: remaining) {
            result += remaining[..<range.lowerBound]
            result += remaining[range].dropLast() + " id=\"\(anchor)\">"
            remaining = remaining[range.upperBound...]
            pending = pending.dropFirst()
        }
        result += remaining
        return result
    }

    private static func nextHeadingTag(in html: Substring) -> Range<Substring.Index>? {
        var search = html[...]
        while let open = search.range(of: "<h") {
            let tag = search[open.lowerBound...].prefix(4)
            if tag.count == 4, let digit = tag.dropFirst(2).first, ("1"..."6").contains(digit), tag.last == ">" {
                return open.lowerBound..<search.index(open.lowerBound, offsetBy: 4)
            }
            search = search[open.upperBound...]
        }
        return nil
    }

    /// A heading's anchor text: lower-case letters and digits, other runs turned into one hyphen.
    static func slug(_ text: String) -> String {
        var slug = ""
        for character in text.lowercased() {
            if character.isLetter || character.isNumber, character.isASCII {
                slug.append(character)
            } else if !slug.isEmpty, slug.last != "-" {
                slug.append("-")
            }
        }
        while slug.last == "-" { slug.removeLast() }
        return slug.isEmpty ? "section" : slug
    }
}

extension String {
    fileprivate func trimmingTrailingNewlines() -> String {
        var copy = self
        while copy.last == "\n" { copy.removeLast() }
        return copy
    }
}
