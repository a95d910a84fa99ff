/// A Markdown body turned into safe HTML, with what the site needs to know about it.
public struct RenderedMarkdown: Sendable, Hashable {
    /// A heading of the body, with the anchor it can be linked to.
    public struct Heading: Sendable, Hashable {
        /// The heading level in the page (the body's `#` is demoted to `<h2>`).
        public var level: Int
        /// The heading's plain text.
        public var text: String
        /// The unique `id` of the heading element.
        public var anchor: String
    }

    /// The HTML: raw HTML dropped, dangerous link schemes emptied, headings with `id`s.
    public var html: String
    /// The text without markup, blocks separated by blank lines, for summaries and search.
    public var plainText: String
    /// The headings, in order.
    public var headings: [Heading]

    /// The first paragraph's plain text, for a summary when the front matter has none.
    public var firstParagraph: String? {
        plainText.components(separatedBy: "\n\n").first { !$0.isEmpty && !headings.map(\.text).contains($0) }
    }
}
