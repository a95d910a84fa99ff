import Foundation
import Testing

@testable import WaymarkKit

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// What a published site carries besides its pages: fingerprinted assets, each page's revision
/// and the files listing them, the build's version in `version.json` and the service worker's
/// precache list, `sitemap.xml`,
/// `robots.txt`, the "What's changed" feed, and the hours the "open now" script reads.
@Suite("Publishing: assets, version, offline, feeds and drafts")
struct PublishingTests {
    static func text(_ site: RenderedSite, _ path: String) throws -> String {
        String(decoding: try #require(site[path], "no \(path)").contents, as: UTF8.self)
    }

    @Test("A fingerprinted name carries a digest of the bytes before the extension")
    func fingerprintedNames() {
        let css = Fingerprint.name("waymark.css", for: Array("body{}".utf8))
        #expect(css.contains(/^waymark\.[0-9a-f]{16}\.css$/))
        #expect(css == Fingerprint.name("waymark.css", for: Array("body{}".utf8)))
        #expect(css != Fingerprint.name("waymark.css", for: Array("body{ }".utf8)))
        #expect(Fingerprint.name("img/logo.v2.png", for: []).contains(/^img\/logo\.v2\.[0-9a-f]{16}\.png$/))
        #expect(Fingerprint.name("LICENSE", for: []).contains(/^LICENSE\.[0-9a-f]{16}$/))
        // FNV-1a 64 of no bytes is its offset basis; of "a" the published test vector.
        #expect(Fingerprint([]).description == "cbf29ce484222325")
        #expect(Fingerprint(Array("a".utf8)).description == "af63dc4c8601ec8c")
    }

    @Test("Every page carries its own revision, listed in the file it names; version.json and sw.js name the build")
    func revisionsAndVersion() throws {
        let site = try GoldenPageTests.renderMinimal()
        let version = try Self.text(site, SitePaths.version)
        let build = try #require(version.firstMatch(of: /"build": "([0-9a-f]{16})"/)).output.1
        #expect(version == "{\n  \"build\": \"\(build)\",\n  \"built\": \"2026-11-22\"\n}\n")
        let worker = try Self.text(site, SitePaths.serviceWorker)
        #expect(worker.contains("const VERSION = \"\(build)\";"))
        #expect(worker.contains("\"2026-11-22\""))
        let pages = site.files.filter { $0.path.hasSuffix(".html") }
        #expect(pages.count == 16)
        for page in pages {
            let html = String(decoding: page.contents, as: UTF8.self)
            let body = try #require(
                html.firstMatch(of: /data-page="([^"]+)" data-revision="([0-9a-f]{16})" data-check="([^"]+)"/),
                "\(page.path)")
            #expect(String(body.output.1) == page.path)
            #expect(!html.contains(build), "a page names the build, so every build would rewrite it: \(page.path)")
            #expect(!html.contains(SiteRenderer.revisionPlaceholder), "\(page.path)")
            // The revision is the digest of the page with the placeholder in its place.
            let unstamped = html.replacing(
                "data-revision=\"\(body.output.2)\"", with: "data-revision=\"\(SiteRenderer.revisionPlaceholder)\"")
            #expect(Fingerprint(Array(unstamped.utf8)).description == String(body.output.2))
            let listing = try Self.text(site, String(body.output.3))
            #expect(listing.contains("\"\(page.path)\":\"\(body.output.2)\""), "\(page.path)")
            #expect(worker.contains("[\"\(page.path)\",\"\(body.output.2)\"]"), "\(page.path)")
        }
        // Two files for 16 pages would be too many: one lists them all.
        #expect(site.files.filter { $0.path.hasPrefix(SitePaths.revisions) }.map(\.path) == ["revisions/0.json"])
        #expect(PageRevisions(pages: 12_700).count == 256)
        #expect(PageRevisions(pages: 1_000_000).count == 1024)
    }

    @Test("The service worker precaches every page, asset and the search index, and no report")
    func precacheList() throws {
        let site = try GoldenPageTests.renderMinimal()
        let worker = try Self.text(site, SitePaths.serviceWorker)
        let listed = Set(worker.matches(of: /"([a-z0-9\/._-]+\.(?:html|css|js|json))"/).map { String($0.output.1) })
        for file in site.files {
            let kept =
                ![
                    SitePaths.serviceWorker, SitePaths.version, SitePaths.sitemap, SitePaths.robots,
                    SitePaths.changesFeed,
                ].contains(file.path) && !file.path.hasPrefix("reports/") && !file.path.hasPrefix(SitePaths.revisions)
            #expect(listed.contains(file.path) == kept, "\(file.path)")
        }
    }

    @Test("The bank holidays are one script every page loads before the hours engine, named by its digest")
    func calendarScript() throws {
        let holidays = [
            BankHoliday(date: CalendarDate("2026-12-25")!, name: "Christmas Day"),
            BankHoliday(date: CalendarDate("2026-12-28")!, name: "Boxing Day (substitute day)"),
        ]
        let calendar = SiteRenderer.calendar(holidays)
        let text = String(decoding: calendar.contents, as: UTF8.self)
        #expect(
            text == """
                // The bank holidays of calendars/bank-holidays.yaml, which "open now" counts on every page.
                window.WaymarkBankHolidays = ["2026-12-25","2026-12-28"];

                """)
        #expect(calendar.path == "assets/" + Fingerprint.name("calendar.js", for: calendar.contents))
        #expect(SiteRenderer.calendar(Array(holidays.prefix(1))).path != calendar.path)
        let site = try GoldenPageTests.renderMinimal()
        #expect(site.files.contains { $0.path == calendar.path && $0.contents == calendar.contents })
        for page in site.files where page.path.hasSuffix(".html") {
            let html = String(decoding: page.contents, as: UTF8.self)
            let scripts = html.matches(of: /<script src="[.\/]*(assets\/[a-z]+)\./).map { String($0.output.1) }
            #expect(scripts == ["assets/calendar", "assets/hours", "assets/search", "assets/site"], "\(page.path)")
            #expect(!html.contains("data-bank-holidays"))
        }
    }

    @Test("The version changes when any file of the build changes")
    func versionFollowsContent() throws {
        let checked = Pipeline.check(try TestSupport.loadFixture("minimal"))
        let renderer = try SiteRenderer(templates: try TemplateSet(loadingFrom: TestSupport.shippedTemplates))
        func version(_ date: String, reports: [RenderedSite.File] = []) throws -> String {
            let site = renderer.render(
                checked.catalogue, schemas: checked.schemas.documents, buildDate: CalendarDate(date)!,
                reports: reports.map(RenderedSite.Report.init))
            return try Self.text(site, SitePaths.version)
        }
        let first = try version("2026-11-22")
        #expect(first == (try version("2026-11-22")))
        #expect(first != (try version("2026-11-23")))
        #expect(first != (try version("2026-11-22", reports: [RenderedSite.File(path: "reports/x.json", text: "{}")])))
    }

    @Test("The sitemap lists every page but the 404 page at the base URL; a sample turns crawlers away")
    func sitemapAndRobots() throws {
        let site = try GoldenPageTests.renderMinimal()
        let sitemap = try Self.text(site, SitePaths.sitemap)
        let pages = site.files.map(\.path).filter { $0.hasSuffix(".html") && $0 != SitePaths.notFound }
        let locations = sitemap.matches(of: /<loc>([^<]+)<\/loc>/).map { String($0.output.1) }
        #expect(locations == pages.map { "/" + $0 })
        #expect(sitemap.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset"))
        #expect(
            try Self.text(site, SitePaths.robots)
                == "# Sample data, not for clinical use: not for search engines.\nUser-agent: *\nDisallow: /\n")

        let real = SiteIndexes(
            catalogue: try Self.catalogue(baseURL: "https://example.org/waymark", sample: false), pages: ["index.html"])
        #expect(real.robots == "User-agent: *\nAllow: /\nSitemap: https://example.org/waymark/sitemap.xml\n")
        #expect(real.sitemap.contains("<url><loc>https://example.org/waymark/index.html</loc></url>"))
    }

    @Test("The Atom feed is well-formed, newest approval first, one entry per pathway version")
    func feed() throws {
        let site = try GoldenPageTests.renderMinimal()
        let feed = try Self.text(site, SitePaths.changesFeed)
        #expect(XMLParser(data: Data(feed.utf8)).parse())
        let updated = feed.matches(of: /<updated>([^<]+)<\/updated>/).map { String($0.output.1) }
        #expect(updated.count == 3)
        #expect(updated.dropFirst().sorted(by: >) == Array(updated.dropFirst()))
        #expect(updated[0] == updated[1])
        #expect(feed.contains("<id>/pathways/alpha/falls.html#version-2</id>"))
        #expect(
            feed.contains("Falls response, Alpha &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;: Version 2 approved")
        )
        #expect(feed.contains("(Suspended)"))
    }

    @Test("The 404 page links from the base path, since a server shows it at any address")
    func notFound() throws {
        var site = try GoldenPageTests.renderMinimal()
        #expect(try Self.text(site, SitePaths.notFound).contains("<a href=\"/search.html\">"))
        let checked = Pipeline.check(try TestSupport.loadFixture("minimal"))
        let renderer = try SiteRenderer(templates: try TemplateSet(loadingFrom: TestSupport.shippedTemplates))
        let catalogue = try Self.catalogue(baseURL: "https://example.org/waymark", sample: true)
        site = renderer.render(catalogue, schemas: checked.schemas.documents, buildDate: CalendarDate("2026-11-22")!)
        let page = try Self.text(site, SitePaths.notFound)
        #expect(page.contains("<a href=\"/waymark/search.html\">"))
        #expect(page.contains("data-root=\"/waymark/\""))
    }

    @Test("Only an active pathway carries its hours for the open-now script, in the content's own shape")
    func hoursForTheScript() throws {
        let site = try GoldenPageTests.renderMinimal()
        let alpha = try Self.text(site, "pathways/alpha/falls.html")
        let json =
            #"{"sessions":[{"days":["mon","tue","wed","thu","fri"],"from":"08:00","to":"20:00"},{"days":["sat","sun"],"from":"09:00","to":"17:00"}],"bank_holidays":"as-sunday","closures":[{"from":"2026-12-24","to":"2026-12-26","reason":"Christmas"}],"last_referral":"16:00"}"#
        let attribute = json.replacingOccurrences(of: "\"", with: "&quot;")
        #expect(
            alpha.components(separatedBy: "<p class=\"open-now\" data-hours=\"\(attribute)\" hidden></p>").count == 3)
        #expect(try Self.text(site, "places/alpha.html").contains("data-hours=\"\(attribute)\""))
        #expect(try Self.text(site, "types/falls.html").contains("data-hours=\"\(attribute)\""))
        for page in ["pathways/beta/falls.html", "places/beta.html"] {
            #expect(
                !(try Self.text(site, page)).contains("data-hours"), "\(page) shows open-now for a suspended pathway")
        }
        #expect(Hours(always: true, sessions: []).json.serialized() == #"{"always":true,"bank_holidays":"closed"}"#)
    }

    @Test("Drafts are checked but left out of the site unless asked for")
    func drafts() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let content = folder.appending(path: "Content")
        try TestSupport.copyFixture(to: content)
        let file = try #require(
            FileManager.default.enumerator(atPath: content.path)?.compactMap { $0 as? String }
                .first { $0.hasSuffix("alpha/falls.md") })
        let url = content.appending(path: file)
        let text = try String(contentsOf: url, encoding: .utf8)
        try Data(text.replacingOccurrences(of: "status: active", with: "status: draft").utf8).write(to: url)
        func build(drafts: Bool) throws -> SiteSnapshot {
            let output = folder.appending(path: drafts ? "with" : "without")
            let writer = try SiteWriter(output: output, mustNotContain: [content], mustNotBeInside: [content])
            let result = try Pipeline.build(
                content: content, displayRoot: "Content", templates: TestSupport.shippedTemplates, writer: writer,
                options: .init(today: CalendarDate("2026-11-22")!), includingDrafts: drafts)
            #expect(result.summary.errors == 0)
            return try SiteSnapshot(of: output)
        }
        let without = try build(drafts: false)
        #expect(without.files["pathways/alpha/falls.html"] == nil)
        for (path, data) in without.files where !path.hasPrefix("reports/") {
            #expect(!String(decoding: data, as: UTF8.self).contains("Falls response, Alpha"), "\(path) shows the draft")
        }
        let with = try build(drafts: true)
        let page = String(decoding: try #require(with.files["pathways/alpha/falls.html"]), as: UTF8.self)
        #expect(page.contains("Draft: not yet approved for use. Do not refer."))
        #expect(!page.contains("data-hours"))
    }

    /// The minimal fixture's catalogue with other site settings.
    static func catalogue(baseURL: String, sample: Bool) throws -> Catalogue {
        let catalogue = Pipeline.check(try TestSupport.loadFixture("minimal")).catalogue
        var site = catalogue.site
        site.baseURL = baseURL
        site.sample = sample
        return Catalogue(
            site: site, vocabularies: catalogue.vocabularies, bankHolidays: catalogue.bankHolidays,
            pathwayTypes: catalogue.pathwayTypes, trusts: catalogue.trusts, systems: catalogue.systems,
            places: catalogue.places, pathways: catalogue.pathways, governanceBodies: catalogue.governanceBodies)
    }
}

@Suite("Place and pathway type pages")
struct PlacePageTests {
    @Test("A place page lists its pathways before the facts, and body headings never take the page's anchors")
    func placeAnchors() throws {
        let checked = Pipeline.check(try TestSupport.loadFixture("minimal"))
        var place = try #require(checked.catalogue.places.first)
        place.source.bodyText = "## Pathways\n\n## About\n\n## Notes\n"
        let views = ViewBuilder(catalogue: checked.catalogue, root: "../", today: CalendarDate("2026-11-22")!)
        let html = PlacePage(place, views: views).bodyHTML
        #expect(
            html
                == "<h3 id=\"pathways-2\">Pathways</h3>\n<h3 id=\"about-2\">About</h3>\n<h3 id=\"notes-2\">Notes</h3>\n"
        )
        let site = try GoldenPageTests.renderMinimal()
        let page = String(decoding: try #require(site["places/alpha.html"]).contents, as: UTF8.self)
        let pathways = try #require(page.range(of: "<h2 id=\"pathways\">"))
        let about = try #require(page.range(of: "<h2 id=\"about\">About this place</h2>"))
        #expect(pathways.lowerBound < about.lowerBound)
    }
}
