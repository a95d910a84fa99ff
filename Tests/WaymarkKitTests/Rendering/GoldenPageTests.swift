import Foundation
import Testing

@testable import WaymarkKit

/// One page of each kind, compared byte for byte with `Fixtures/golden/pages/<kind>.html`, so that
/// a change to the layout rewrites one golden file per kind of page; fragments elsewhere check the rest.
///
/// To re-record after a deliberate change to templates or views, run
/// `WAYMARK_RECORD_GOLDEN=1 swift test --filter GoldenPageTests` and review the diff.
@Suite("Rendered pages match their golden files")
struct GoldenPageTests {
    static let recording = ProcessInfo.processInfo.environment["WAYMARK_RECORD_GOLDEN"] == "1"

    /// The site of fixture `name`, with its variation analysis, as built on 22 November 2026.
    static func render(_ name: String) throws -> RenderedSite {
        let loaded = try TestSupport.loadFixture(name)
        let checked = Pipeline.check(loaded)
        #expect(checked.report.diagnostics.isEmpty)
        let renderer = try SiteRenderer(templates: try TemplateSet(loadingFrom: TestSupport.shippedTemplates))
        return renderer.render(
            checked.catalogue, schemas: checked.schemas.documents, variation: checked.report.variation,
            buildDate: CalendarDate("2026-11-22")!)
    }

    static func renderMinimal() throws -> RenderedSite { try render("minimal") }

    /// `page` with the digests that change whenever any asset or page does (fingerprinted asset
    /// names, the page's revision) replaced by fixed words, so that a golden file shows the
    /// markup a change touches and not every page of the site; `FingerprintTests` checks them.
    static func normalised(_ page: RenderedSite.File) -> RenderedSite.File {
        var text = String(decoding: page.contents, as: UTF8.self)
        text = text.replacing(/\.[0-9a-f]{16}\.(css|js)"/) { ".DIGEST.\($0.output.1)\"" }
        text = text.replacing(/data-revision="[0-9a-f]{16}"/, with: "data-revision=\"REVISION\"")
        return RenderedSite.File(path: page.path, text: text)
    }

    /// Compares `pages` with the golden folder `name`, or re-records it when asked to.
    static func compare(_ pages: [RenderedSite.File], withGolden name: String) throws {
        let golden = TestSupport.fixtures.appending(path: "golden/\(name)")
        let pages = pages.map(normalised)
        if recording {
            try? FileManager.default.removeItem(at: golden)
            let writer = try SiteWriter(output: golden, mustNotContain: [], mustNotBeInside: [])
            try writer.write(RenderedSite(files: pages))
            // The marker and the record are the writer's, not pages.
            try FileManager.default.removeItem(at: golden.appending(path: SiteWriter.marker))
            try FileManager.default.removeItem(at: golden.appending(path: BuildRecord.file))
            Issue.record(
                "golden files re-recorded in \(golden.path): review the diff, then run the tests again without WAYMARK_RECORD_GOLDEN"
            )
            return
        }
        let recorded = try SiteSnapshot(of: golden)
        #expect(
            Set(recorded.files.keys) == Set(pages.map(\.path)),
            "pages and golden files differ; re-record on purpose if intended")
        for page in pages {
            let expected = try #require(recorded.files[page.path], "no golden file for \(page.path)")
            #expect(
                String(decoding: page.contents, as: UTF8.self) == String(decoding: expected, as: UTF8.self),
                "\(page.path) differs from its golden file")
        }
    }

    /// One page of each kind, and where it comes from: the `minimal` fixture, or the `variation`
    /// fixture for the Variation pages, whose findings it is made to show. Other pages, and other
    /// states of these, are checked by fragments in the other rendering tests.
    static let goldenPages: [(kind: String, fixture: String, path: String)] = [
        ("home", "minimal", "index.html"), ("trust", "minimal", "trusts/test-trust.html"),
        ("system", "minimal", "systems/north.html"), ("place", "minimal", "places/alpha.html"),
        ("pathway-type", "minimal", "types/falls.html"), ("pathway", "minimal", "pathways/alpha/falls.html"),
        ("governance-body", "minimal", "governance/north-icb-board.html"),
        ("reference", "minimal", "reference/index.html"), ("variation", "variation", "variation/index.html"),
        ("variation-type", "variation", "variation/types/falls.html"),
        ("variation-scope", "variation", "variation/trusts/north-trust.html"), ("changes", "minimal", "changes.html"),
        ("search", "minimal", "search.html"), ("not-found", "minimal", "404.html"),
    ]

    @Test("There is one golden page for each kind of page")
    func oneGoldenPagePerKind() {
        let kinds = Self.goldenPages.map(\.kind)
        #expect(kinds.count == Set(kinds).count)
        #expect(Set(kinds) == Set(Pages.kinds.map { $0.template }))
    }

    @Test("One page of each kind is exactly its golden file")
    func pagesMatch() throws {
        let sites = ["minimal": try Self.renderMinimal(), "variation": try Self.render("variation")]
        let pages = try Self.goldenPages.map { kind, fixture, path in
            let page = try #require(sites[fixture]?[path], "\(fixture) has no \(path)")
            return RenderedSite.File(path: kind + ".html", bytes: Array(page.contents))
        }
        try Self.compare(pages, withGolden: "pages")
    }

    @Test("The fixtures make every page they should")
    func fixturePages() throws {
        let minimal = try Self.renderMinimal().files.map(\.path).filter { $0.hasSuffix(".html") }
        #expect(
            minimal == [
                "404.html", "changes.html", "governance/north-icb-board.html", "index.html",
                "pathways/alpha/falls.html",
                "pathways/beta/falls.html",
                "places/alpha.html", "places/beta.html", "reference/index.html", "search.html", "systems/north.html",
                "trusts/test-trust.html", "types/falls.html", "variation/index.html",
                "variation/trusts/test-trust.html",
                "variation/types/falls.html",
            ])
        let variation = try Self.render("variation").files.map(\.path).filter {
            $0.hasSuffix(".html") && ($0.hasPrefix("variation/") || $0.hasPrefix("pathways/"))
        }
        #expect(
            variation == [
                "pathways/a1/falls.html", "pathways/a2/falls.html", "pathways/a3/falls.html", "pathways/b1/falls.html",
                "pathways/b2/falls.html", "pathways/c1/falls.html", "pathways/c2/falls.html", "pathways/c3/falls.html",
                "variation/england.html", "variation/index.html", "variation/trusts/north-trust.html",
                "variation/trusts/south-trust.html", "variation/types/falls.html", "variation/types/stroke.html",
            ])
    }

    @Test("No front-matter value or Markdown body can inject markup, and what the body loses is reported")
    func injectionIsEscaped() throws {
        let falls = "systems/north/alpha/falls.md"
        let edited = try TestSupport.minimal(
            falls, replacing: "Lift safely. Then ring [the falls team](tel:01632960001) if the person cannot get up.",
            with: "Lift safely. <script>alert(1)</script> [Do not click](javascript:alert(1)).")
        let checked = try TestSupport.checkMinimal([falls: edited])
        #expect(
            TestSupport.lines(checked.report.diagnostics) == [
                "Content/systems/north/alpha/falls.md:37:14: warning: the HTML `<script>` is left off the page: pages show Markdown, never HTML [markdown.html-dropped]",
                "Content/systems/north/alpha/falls.md:37:30: warning: the HTML `</script>` is left off the page: pages show Markdown, never HTML [markdown.html-dropped]",
                "Content/systems/north/alpha/falls.md:37:40: warning: the link to `javascript:alert(1)` is shown without its address, so it leads nowhere: addresses that run code or open files are never published [markdown.link-dropped]",
            ])
        #expect(
            checked.report.diagnostics.map(\.hint) == [
                "write it in Markdown instead: **bold**, *emphasis*, [a link](https://example.org), a list with `- `",
                "write it in Markdown instead: **bold**, *emphasis*, [a link](https://example.org), a list with `- `",
                "link to a web page (https://…), a phone number (tel:…) or an email address (mailto:…)",
            ])
        let renderer = try SiteRenderer(templates: try TemplateSet(loadingFrom: TestSupport.shippedTemplates))
        let site = renderer.render(
            checked.catalogue, schemas: checked.schemas.documents, variation: checked.report.variation,
            buildDate: CalendarDate("2026-11-22")!)
        let page = String(decoding: try #require(site["pathways/alpha/falls.html"]).contents, as: UTF8.self)
        #expect(page.contains("Do not click"))
        #expect(!page.contains("<script>"))
        #expect(!page.contains("javascript:"))
        #expect(page.contains("<h1>Falls response, Alpha &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;</h1>"))
        #expect(page.contains("Lift &amp; assess &quot;uninjured&quot; fallers."))
        let beta = String(decoding: try #require(site["places/beta.html"]).contents, as: UTF8.self)
        #expect(beta.contains("<h1>Beta &amp; &lt;Gamma&gt;</h1>"))
    }

    @Test("Every page carries the sample banner and a policy that forbids inline scripts")
    func bannerAndPolicy() throws {
        let site = try Self.renderMinimal()
        for page in site.files where page.path.hasSuffix(".html") {
            let html = String(decoding: page.contents, as: UTF8.self)
            #expect(html.contains("Sample data: not for clinical use."), "\(page.path) has no sample banner")
            #expect(
                html.contains("content=\"default-src 'none'; script-src 'self'; style-src 'self';"),
                "\(page.path) has no CSP")
            let scripts = html.matches(of: /<script[^>]*>/).map { String($0.output) }
            #expect(!scripts.isEmpty, "\(page.path) loads no script")
            for script in scripts {
                #expect(script.contains(/^<script src="[^"]+\.js" defer>$/), "\(page.path) has \(script)")
            }
            #expect(!html.contains(/<script[^>]*>[^<]/), "\(page.path) has an inline script")
            #expect(!html.contains(" style=\""), "\(page.path) has an inline style")
            #expect(!html.contains("<style"), "\(page.path) has a style element")
        }
    }

    @Test("A suspended pathway is unmistakable and offers no tap-to-call link")
    func suspendedPathway() throws {
        let site = try Self.renderMinimal()
        let page = String(decoding: try #require(site["pathways/beta/falls.html"]).contents, as: UTF8.self)
        #expect(
            page.contains(
                "<div class=\"warning\" role=\"alert\"><p><strong>Suspended: this pathway is not taking referrals. Do not refer; use the usual route.</strong></p></div>"
            ))
        #expect(!page.contains("href=\"tel:"))
        #expect(page.contains("0113 496 0002 (not taking referrals)"))
        let place = String(decoding: try #require(site["places/beta.html"]).contents, as: UTF8.self)
        #expect(place.contains("<span class=\"status status-suspended\">Suspended</span>"))
        #expect(!place.contains("href=\"tel:"))
    }

    @Test("Links are relative, so the site works from file:// and under any base path")
    func relativeLinks() throws {
        let site = try Self.renderMinimal()
        // The 404 page may be shown at any address, so its links start from the base path.
        for page in site.files where page.path.hasSuffix(".html") && page.path != SitePaths.notFound {
            for link in LinkChecker.links(in: String(decoding: page.contents, as: UTF8.self)) {
                #expect(!link.hasPrefix("/") && !link.contains("://"), "\(page.path) links to \(link)")
            }
        }
        #expect(
            LinkChecker.brokenLinks(
                in: SiteSnapshot(
                    files: Dictionary(uniqueKeysWithValues: site.files.map { ($0.path, Data($0.contents)) }))) == [])
    }
}
