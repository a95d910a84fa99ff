extension Diagnostic {
    /// What safe rendering drops from a body, where it is written: nothing is lost without a word.
    static func dropped(_ part: Markdown.Dropped, at location: SourceLocation) -> Diagnostic {
        switch part.kind {
        case .html(let html):
            let firstLine = html.split(separator: "\n", omittingEmptySubsequences: true).first.map(String.init) ?? html
            let shown = firstLine.count > 40 ? String(firstLine.prefix(37)) + "..." : firstLine
            return Diagnostic(
                .warning, code: "markdown.html-dropped",
                message: "the HTML `\(shown)` is left off the page: pages show Markdown, never HTML",
                at: location,
                hint:
                    "write it in Markdown instead: **bold**, *emphasis*, [a link](https://example.org), a list with `- `"
            )
        case .link(let url), .image(let url):
            let what = if case .image = part.kind { "image from" } else { "link to" }
            let shown = url.count > 40 ? String(url.prefix(37)) + "..." : url
            return Diagnostic(
                .warning, code: "markdown.link-dropped",
                message:
                    "the \(what) `\(shown)` is shown without its address, so it leads nowhere: addresses that run code or open files are never published",
                at: location,
                hint: "link to a web page (https://…), a phone number (tel:…) or an email address (mailto:…)")
        }
    }
}
