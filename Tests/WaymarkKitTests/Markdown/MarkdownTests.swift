import Testing

@testable import WaymarkKit

@Suite("Markdown through cmark, safely")
struct MarkdownTests {
    @Test("Raw HTML never reaches the output, not even as a placeholder")
    func rawHTMLDropped() {
        let markdown = """
            <script>alert(1)</script>

            Text with <b onclick="x()">inline</b> HTML and <img src=x onerror=alert(1)>.

            <div style="color:red">block</div>
            """
        let html = Markdown.render(markdown).html
        #expect(!html.contains("<script"))
        #expect(!html.contains("<b"))
        #expect(!html.contains("onerror"))
        #expect(!html.contains("<div"))
        #expect(!html.contains("raw HTML omitted"))
        #expect(html == "<p>Text with inline HTML and .</p>\n")
    }

    @Test(
        "Dangerous link schemes are neutralised",
        arguments: [
            "[call](javascript:alert(1))", "[x](JAVASCRIPT:alert(1))", "[x](vbscript:msgbox)",
            "[x](file:///etc/passwd)",
            "[x](data:text/html;base64,PHNjcmlwdD4=)", "![x](javascript:alert(1))", "<javascript:alert(1)>",
        ])
    func dangerousLinks(_ markdown: String) {
        let html = Markdown.render(markdown).html
        let urls =
            html.components(separatedBy: "href=\"").dropFirst() + html.components(separatedBy: "src=\"").dropFirst()
        #expect(!urls.isEmpty)
        for url in urls {
            #expect(url.hasPrefix("\""), "a dangerous URL reached the output: \(html)")
        }
    }

    @Test(
        "Each link rendered without its address is found, where it is written",
        arguments: [
            "[call](javascript:alert(1))", "[x](JAVASCRIPT:alert(1))", "[x](vbscript:msgbox)",
            "[x](file:///etc/passwd)",
            "[x](data:text/html;base64,PHNjcmlwdD4=)", "![x](javascript:alert(1))", "<javascript:alert(1)>",
        ])
    func droppedLinksAreFound(_ markdown: String) {
        let found = Markdown.dropped(in: ("Intro.\n\nSee " + markdown)[...])
        #expect(found.count == 1)
        #expect(found.first.map { [$0.line, $0.byteColumn] } == [3, 5])
    }

    @Test("Safe links, images of the four kinds browsers show, and text without HTML are not reported")
    func safePartsAreNotFound() {
        for markdown in [
            "[Guidance](https://example.nhs.uk) and [call](tel:+441134960000) and [mail](mailto:a@example.org)",
            "![map](data:image/png;base64,iVBORw0KGgo=) ![map](DATA:IMAGE/WEBP;base64,UklGRg==)",
            "Ages 65 and over: a < b is text, not HTML, and so is 3 <4",
        ] {
            #expect(Markdown.dropped(in: markdown[...]).isEmpty, "\(markdown)")
        }
        #expect(Markdown.dropped(in: "A <b>bold</b> word"[...]).map(\.kind) == [.html("<b>"), .html("</b>")])
    }

    @Test("Safe links and phone links are kept")
    func safeLinks() {
        let html = Markdown.render("[Guidance](https://example.nhs.uk/a?b=1&c=2) and [call](tel:+441134960000)").html
        #expect(
            html
                == "<p><a href=\"https://example.nhs.uk/a?b=1&amp;c=2\">Guidance</a> and <a href=\"tel:+441134960000\">call</a></p>\n"
        )
    }

    @Test("Headings are demoted under the page's h1 and get stable, unique anchors")
    func headingAnchors() {
        let markdown = """
            # Safety netting
            ## Notes
            ### Notes
            #### Notes
            ## Details
            ###### Deep
            """
        let rendered = Markdown.render(markdown, reservedAnchors: ["details"])
        #expect(
            rendered.headings.map { "\($0.level) \($0.anchor) \($0.text)" } == [
                "2 safety-netting Safety netting", "3 notes Notes", "4 notes-2 Notes", "5 notes-3 Notes",
                "3 details-2 Details",
                "6 deep Deep",
            ])
        #expect(rendered.html.hasPrefix("<h2 id=\"safety-netting\">Safety netting</h2>\n<h3 id=\"notes\">Notes</h3>\n"))
        #expect(rendered.html.contains("<h6 id=\"deep\">Deep</h6>"))
        #expect(Markdown.render(markdown, reservedAnchors: ["details"]) == rendered)
    }

    @Test("Anchors are slugs of the heading's text; headings nested in lists get them too")
    func nestedHeadingsAndSlugs() {
        let rendered = Markdown.render("- item\n\n  ## Call 0113 *now* — urgent!\n\n> ## Quoted\n## <b>x</b>")
        #expect(rendered.headings.map(\.anchor) == ["call-0113-now-urgent", "quoted", "x"])
        #expect(rendered.html.contains("<h3 id=\"call-0113-now-urgent\">Call 0113 <em>now</em> — urgent!</h3>"))
        #expect(rendered.html.contains("<h3 id=\"quoted\">Quoted</h3>"))
        #expect(Markdown.slug("!!!") == "section")
    }

    @Test("Plain text keeps the words and drops the markup, one block per paragraph")
    func plainText() {
        let rendered = Markdown.render("# Title\n\nFirst *line*\nsecond `code` line.\n\n- one\n- two\n\n    block\n")
        #expect(rendered.plainText == "Title\n\nFirst line second code line.\n\none\n\ntwo\n\nblock")
        #expect(rendered.firstParagraph == "First line second code line.")
    }

    @Test("Text that looks like a heading tag is escaped, and not given an anchor")
    func escapedHeadingText() {
        let rendered = Markdown.render("Type `<h2>` or &lt;h3&gt; here.\n\n## Real")
        #expect(rendered.html == "<p>Type <code>&lt;h2&gt;</code> or &lt;h3&gt; here.</p>\n<h3 id=\"real\">Real</h3>\n")
    }
}
