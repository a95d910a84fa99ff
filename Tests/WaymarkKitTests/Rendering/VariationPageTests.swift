import Foundation
import Testing

@testable import WaymarkKit

/// The Variation section and the "How this compares" panel, on the `variation` fixture: two
/// trusts (NAS: Ashby, Aldwick, Amble, Bexley Moor, Brancaster; SAS: Carsby, Colwick, Crayford
/// Fen, Cumnor) with a planted finding of every kind. Amble's minimum age (80) is an unwarranted
/// outlier; Crayford Fen's (50) a warranted one; Bexley Moor's falls pathway is suspended; Cumnor
/// has none.
@Suite("The Variation pages mark every difference in words and link up")
struct VariationPageTests {
    /// The `variation` fixture's site, with `edits` (path → new text) made to a copy first;
    /// `clean` says whether the check should find nothing to report.
    static func render(_ edits: [String: String] = [:], clean: Bool = true) throws -> RenderedSite {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let content = folder.appending(path: "Content")
        try TestSupport.copyFixture("variation", to: content)
        try TestSupport.write(edits, into: content)
        let checked = try Pipeline.check(
            content: content, displayRoot: "Content", options: .init(today: CalendarDate("2026-11-22")!))
        #expect(checked.report.diagnostics.isEmpty == clean)
        let renderer = try SiteRenderer(templates: try TemplateSet(loadingFrom: TestSupport.shippedTemplates))
        return renderer.render(
            checked.catalogue, schemas: checked.schemas.documents, variation: checked.report.variation,
            buildDate: CalendarDate("2026-11-22")!)
    }

    /// The table row whose header links to place `place`, from `<tr>` to `</tr>`.
    static func row(of place: String, in page: String, sourceLocation: Testing.SourceLocation = #_sourceLocation)
        throws -> String
    {
        let header = try #require(
            page.range(of: "<th scope=\"row\"><a href=\"../../places/\(place).html\">")
                ?? page.range(of: "<th scope=\"row\"><a href=\"../places/\(place).html\">"),
            "no row for \(place)", sourceLocation: sourceLocation)
        let start = try #require(
            page.range(of: "<tr>", options: .backwards, range: page.startIndex..<header.lowerBound))
        let end = try #require(page.range(of: "</tr>", range: header.upperBound..<page.endIndex))
        return String(page[start.lowerBound..<end.upperBound])
    }

    /// The "How this compares" section of a pathway page.
    static func panel(_ page: String) throws -> String {
        let start = try #require(page.range(of: "<section class=\"comparison-panel\""))
        let end = try #require(page.range(of: "</section>", range: start.upperBound..<page.endIndex))
        return String(page[start.lowerBound..<end.upperBound])
    }

    @Test("A deviating cell carries a symbol hidden from screen readers and the same thing in words")
    func deviatingCell() throws {
        let site = try Self.render()
        let page = try GovernancePageTests.page("variation/types/falls.html", in: site)
        let amble = try Self.row(of: "a3", in: page)
        GovernancePageTests.expect(
            amble, contains: "<td class=\"cell-unwarranted\"><span class=\"value\">80</span> ",
            "<span class=\"flag flag-unwarranted\"><span class=\"symbol\" aria-hidden=\"true\">▲</span> ",
            "Unwarranted: outlier (median 65 across NAS)</span></td>")
        GovernancePageTests.expect(
            try Self.row(of: "a2", in: page), contains: "<span class=\"value\">paramedic</span> ",
            "<span class=\"flag flag-unwarranted\"><span class=\"symbol\" aria-hidden=\"true\">▲</span> ",
            "Unwarranted: not in consensus (lacks technician; consensus across NAS: paramedic, technician)</span>")
        GovernancePageTests.expect(
            try Self.row(of: "b2", in: page),
            contains: "Unwarranted: differs from most (75% across NAS say yes)</span>")
        // A value in line with its peers carries no marker.
        GovernancePageTests.expect(amble, contains: "<td class=\"cell-in-line\"><span class=\"value\">yes</span></td>")
        #expect(page.contains("<td>median 65 (4 pathways)</td>"), "NAS's summary row gives its median")
        #expect(page.contains("<span class=\"symbol\" aria-hidden=\"true\">▲</span> Unwarranted</span> differs"))
    }

    @Test("A warranted cell shows its rationale and the body that approved it")
    func warrantedCell() throws {
        let site = try Self.render()
        let page = try GovernancePageTests.page("variation/types/falls.html", in: site)
        GovernancePageTests.expect(
            try Self.row(of: "c3", in: page), contains: "<td class=\"cell-warranted\"><span class=\"value\">50</span> ",
            "<span class=\"flag flag-warranted\"><span class=\"symbol\" aria-hidden=\"true\">◆</span> ",
            "Warranted: outlier (median 65 across SAS)</span> <span class=\"declared\">Rationale: ",
            "A younger falls population on the fen estates. (approved by ",
            "<a href=\"../../governance/south-c-icb-board.html\">NHS South C ICB Board</a>)</span></td>")
        GovernancePageTests.expect(
            try Self.row(of: "c1", in: page),
            contains: "Warranted: not in consensus (adds nurse; consensus across SAS: paramedic, technician)</span> ",
            "<span class=\"declared\">Rationale: Community nurses in the rapid response car refer too.")
    }

    @Test("A declaration its approver may not approve stays unwarranted, and says why; its text is escaped")
    func unauthorisedDeclaration() throws {
        let path = "systems/south-c/c3/falls.md"
        let original = try String(
            contentsOf: TestSupport.fixtures.appending(path: "variation/\(path)"), encoding: .utf8)
        let edited = original.replacingOccurrences(
            of: "    rationale: A younger falls population on the fen estates.\n    approved_by: south-c-icb-board",
            with: "    rationale: \"<b>Fen</b> & estates\"\n    approved_by: north-joint-committee")
        #expect(edited != original)
        let page = try GovernancePageTests.page(
            "variation/types/falls.html", in: try Self.render([path: edited], clean: false))
        GovernancePageTests.expect(
            try Self.row(of: "c3", in: page),
            contains: "<td class=\"cell-unwarranted\"><span class=\"value\">50</span> ",
            "<span class=\"flag flag-unwarranted\"><span class=\"symbol\" aria-hidden=\"true\">▲</span> ",
            "Unwarranted: outlier (median 65 across SAS)</span> <span class=\"declared\">Declared: ",
            "&lt;b&gt;Fen&lt;/b&gt; &amp; estates (but <a href=\"../../governance/north-joint-committee.html\">",
            "North Ambulance Joint Committee</a> may not approve it, so the difference stays unwarranted)</span>")
    }

    @Test("The coverage matrix names each status in words and marks the suspended place and the place with none")
    func coverageMatrix() throws {
        let site = try Self.render()
        let page = try GovernancePageTests.page("variation/index.html", in: site)
        GovernancePageTests.expect(
            try Self.row(of: "b1", in: page), contains: "<td class=\"coverage-gap\">",
            "<span class=\"symbol\" aria-hidden=\"true\">✗</span> <strong>Gap:</strong> ",
            "<a href=\"../pathways/b1/falls.html\">Suspended</a></td>")
        GovernancePageTests.expect(
            try Self.row(of: "c4", in: page), contains: "<td class=\"coverage-gap\">",
            "<span class=\"symbol\" aria-hidden=\"true\">✗</span> <strong>Gap:</strong> none</td>")
        let ashby = try Self.row(of: "a1", in: page)
        GovernancePageTests.expect(
            ashby, contains: "<td class=\"coverage-active\"><span class=\"symbol\" aria-hidden=\"true\">✓</span> ",
            "<a href=\"../pathways/a1/falls.html\">Active</a></td>")
        #expect(!ashby.contains("Gap"))
        #expect(page.contains("<caption id=\"coverage-trust-north-trust\">"))
        #expect(
            page.contains(
                "<tr class=\"group\"><th scope=\"rowgroup\" colspan=\"2\"><a href=\"../systems/north-b.html\">"))
        // The type's matrix says the same of both places.
        let matrix = try GovernancePageTests.page("variation/types/falls.html", in: site)
        GovernancePageTests.expect(
            try Self.row(of: "c4", in: matrix), contains: "<td>None listed</td>\n",
            "<td colspan=\"4\" class=\"not-compared coverage-gap\"><span class=\"symbol\" aria-hidden=\"true\">✗</span> ",
            "<strong>Gap:</strong> No Falls response pathway at this place</td>")
        GovernancePageTests.expect(
            try Self.row(of: "b1", in: matrix),
            contains: "<strong>Gap:</strong> Not compared: only active pathways are, ",
            "and this one is suspended</td>")
    }

    @Test("A place with two pathways of a type has a row for each, and each is compared")
    func twoPathwaysAtAPlace() throws {
        let original = try String(
            contentsOf: TestSupport.fixtures.appending(path: "variation/systems/north-a/a1/falls.md"), encoding: .utf8)
        let night = original.replacingOccurrences(of: "title: Falls response, Ashby", with: "title: Night falls, Ashby")
            .replacingOccurrences(of: "age_min: 65", with: "age_min: 70")
        let site = try Self.render(["systems/north-a/a1/falls--night.md": night])
        let matrix = try GovernancePageTests.page("variation/types/falls.html", in: site)
        let header = "<th scope=\"row\"><a href=\"../../places/a1.html\">Ashby</a></th>"
        #expect(matrix.components(separatedBy: header).count == 3, "Ashby should have two rows")
        let second = try #require(matrix.components(separatedBy: header).last)
        let row = try #require(second.components(separatedBy: "</tr>").first)
        GovernancePageTests.expect(
            row, contains: "<a href=\"../../pathways/a1/falls--night.html\">Night falls, Ashby</a>")
        GovernancePageTests.expect(
            row, contains: "<span class=\"value\">70</span> <span class=\"flag flag-unwarranted\">",
            "<span class=\"symbol\" aria-hidden=\"true\">▲</span> Unwarranted: outlier (median 65 across NAS)</span>")
        GovernancePageTests.expect(
            try Self.row(of: "a1", in: try GovernancePageTests.page("variation/index.html", in: site)),
            contains: "<a href=\"../pathways/a1/falls.html\">Active</a>, ",
            "<a href=\"../pathways/a1/falls--night.html\">Active</a></td>")
    }

    @Test("Crayford Fen's panel gives its value, SAS's median and the declared rationale")
    func pathwayPanel() throws {
        let site = try Self.render()
        let panel = try Self.panel(try GovernancePageTests.page("pathways/c3/falls.html", in: site))
        GovernancePageTests.expect(
            panel, contains: "<th scope=\"col\">Typical across SAS</th><th scope=\"col\">Typical across England</th>")
        let minimumAge = try #require(
            panel.components(separatedBy: "\n").first { $0.hasPrefix("<tr><th scope=\"row\">Minimum age</th>") })
        GovernancePageTests.expect(
            minimumAge, contains: "<td>50</td><td>median 65 (3 pathways)</td><td>median 65 (7 pathways)</td>")
        GovernancePageTests.expect(minimumAge, contains: "Warranted: outlier (median 65 across SAS)")
        GovernancePageTests.expect(
            minimumAge, contains: "<span class=\"declared\">Rationale: A younger falls population on the fen estates. ",
            "(approved by <a href=\"../../governance/south-c-icb-board.html\">NHS South C ICB Board</a>)</span>")
        GovernancePageTests.expect(
            panel, contains: "<tr><th scope=\"row\">Who may refer</th><td>paramedic, technician</td>",
            "<td>consensus: paramedic, technician (3 pathways)</td>")
        GovernancePageTests.expect(panel, contains: "<td>In line with peers</td></tr>")
        GovernancePageTests.expect(
            panel, contains: "<p>response.target_minutes should be at most 120 ",
            "(Urgent community response 2-hour standard). Here it is 240.</p>")
        GovernancePageTests.expect(panel, contains: "Rationale: Remote fenland;")
        // The boundary with Brancaster links to Brancaster's pathway, not back to this one.
        GovernancePageTests.expect(
            panel, contains: "<a href=\"../../pathways/b2/falls.html\">Falls response, Brancaster</a></li>")
        #expect(!panel.contains("pathways/c3/falls.html"))
    }

    @Test("A heading in a pathway's body cannot take the panel's anchors")
    func panelAnchorsReserved() throws {
        let path = "systems/south-c/c3/falls.md"
        let original = try String(
            contentsOf: TestSupport.fixtures.appending(path: "variation/\(path)"), encoding: .utf8)
        let edited = original.replacingOccurrences(
            of: "---\nLift safely.", with: "---\n## Comparison\n\n## Comparison caption\n\nLift safely.")
        #expect(edited != original)
        let page = try GovernancePageTests.page("pathways/c3/falls.html", in: try Self.render([path: edited]))
        #expect(page.components(separatedBy: "id=\"comparison\"").count == 2)
        #expect(page.components(separatedBy: "id=\"comparison-caption\"").count == 2)
        #expect(page.contains("<a href=\"#comparison\"") || page.contains("aria-labelledby=\"comparison\""))
    }

    @Test("A pathway that is not active says it is not compared")
    func suspendedPanel() throws {
        let site = try Self.render()
        let panel = try Self.panel(try GovernancePageTests.page("pathways/b1/falls.html", in: site))
        #expect(
            panel.contains(
                "<p>Not compared: only active pathways are compared with their peers, and this one is suspended.</p>"))
        #expect(!panel.contains("<table"))
    }

    @Test("Every link on the variation fixture's site resolves, and every page links the Variation section")
    func linksResolve() throws {
        let site = try Self.render()
        let snapshot = SiteSnapshot(
            files: Dictionary(uniqueKeysWithValues: site.files.map { ($0.path, Data($0.contents)) }))
        #expect(LinkChecker.brokenLinks(in: snapshot) == [])
        #expect(LinkChecker.linkCount(in: snapshot) > 400)
        for page in site.files where page.path.hasSuffix(".html") {
            let html = String(decoding: page.contents, as: UTF8.self)
            let root = page.path == SitePaths.notFound ? "/" : SitePaths.root(for: page.path)
            let link = "href=\"\(root)variation/index.html\""
            #expect(html.contains(link), "\(page.path) does not link the Variation section")
            #expect(!html.contains(/<script[^>]*>[^<]/), "\(page.path) has an inline script")
            #expect(!html.contains(" style=\""), "\(page.path) has an inline style")
        }
        let links = [
            ("trusts/north-trust.html", "../variation/trusts/north-trust.html"),
            ("types/falls.html", "../variation/types/falls.html"),
            ("variation/index.html", "../variation/england.html"),
            ("variation/index.html", "../variation/types/stroke.html"),
            ("index.html", "variation/index.html"),
        ]
        for (path, target) in links {
            #expect(try GovernancePageTests.page(path, in: site).contains("href=\"\(target)\""), "\(path) → \(target)")
        }
    }

    @Test("England has its page only when it is more than one trust's places")
    func englandOnlyWhenItDiffers() throws {
        #expect(try Self.render()["variation/england.html"] != nil)
        let minimal = try GoldenPageTests.renderMinimal()
        #expect(minimal["variation/england.html"] == nil)
        #expect(!(try GovernancePageTests.page("variation/index.html", in: minimal)).contains("england"))
    }

    @Test("The same input renders the same bytes")
    func deterministic() throws {
        let first = try Self.render()
        let second = try Self.render()
        #expect(first.files.map(\.path) == second.files.map(\.path))
        for (one, other) in zip(first.files, second.files) {
            #expect(one.contents == other.contents, "\(one.path) differs between two renders")
        }
    }
}
