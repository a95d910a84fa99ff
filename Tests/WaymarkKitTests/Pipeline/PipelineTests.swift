import Foundation
import Testing

@testable import WaymarkKit

@Suite("The whole pipeline, end to end")
struct PipelineTests {
    static let today = CalendarDate("2026-11-22")!

    /// Builds `content` into `output` with the shipped templates.
    static func build(
        _ content: URL, into output: URL, templates: URL = TestSupport.shippedTemplates, today: String? = nil
    ) throws -> Pipeline.BuildResult {
        let writer = try SiteWriter(output: output, mustNotContain: [content], mustNotBeInside: [content])
        return try Pipeline.build(
            content: content, displayRoot: "Content", templates: templates, writer: writer,
            options: .init(today: today.flatMap(CalendarDate.init) ?? Self.today))
    }

    @Test("The summary counts the files found, whatever the kind of error in them")
    func countsDoNotDependOnTheError() throws {
        let falls = "systems/north/alpha/falls.md"
        for (find, replace) in [("summary:", "sumary:"), ("from: \"08:00\"", "from: 8am"), ("title:", "title:")] {
            let edited = try TestSupport.minimal(falls, replacing: find, with: replace)
            let report = try TestSupport.checkMinimal([falls: edited]).report
            let counts: [Int] = [report.pathways, report.places, report.systems, report.trusts]
            #expect(counts == [2, 2, 1, 1], "\(find) written as \(replace)")
        }
    }

    @Test("A build without a date says so and writes nothing")
    func buildNeedsADate() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appending(path: "Site")
        let content = TestSupport.shippedContent
        let writer = try SiteWriter(output: output, mustNotContain: [content], mustNotBeInside: [content])
        #expect {
            try Pipeline.build(
                content: content, displayRoot: "Content", templates: TestSupport.shippedTemplates, writer: writer,
                options: .init())
        } throws: { error in
            (error as? Pipeline.Failure)?.description
                == "a build needs the date it is built for: give --today or SOURCE_DATE_EPOCH"
        }
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }

    @Test("The shipped content builds with no errors, with a page for everything")
    func shippedContentBuilds() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try Self.build(TestSupport.shippedContent, into: folder.appending(path: "Site"))
        let check = try #require(result.check, "a first build checks the content")
        #expect(check.report.errors == 0)
        let catalogue = check.catalogue
        #expect(catalogue.trusts.count == 10)
        #expect(catalogue.systems.count == 42)
        #expect(catalogue.site.sample)
        var files = Set(try SiteSnapshot(of: folder.appending(path: "Site")).files.keys)
        #expect(files.remove(SiteWriter.marker) != nil, "the site carries the marker that lets a build replace it")
        #expect(files.remove(BuildRecord.file) != nil, "the site carries the record of what it was built from")
        var expected: Set<String> = [
            "index.html", SitePaths.reference, "reports/findings.json", SitePaths.search, SitePaths.searchIndex,
            SitePaths.changes, SitePaths.changesFeed, SitePaths.notFound, SitePaths.sitemap, SitePaths.robots,
            SitePaths.serviceWorker, SitePaths.version,
        ]
        // Every asset is published once, under a fingerprinted name, beside the calendar script
        // made from the content's bank holidays.
        let assets = files.filter { $0.hasPrefix("assets/") }
        let shipped = try FileManager.default.contentsOfDirectory(
            atPath: TestSupport.shippedTemplates.appending(path: "assets").path)
        #expect(assets.count == shipped.count + 1)
        let calendar = try Regex("^assets/calendar\\.[0-9a-f]{16}\\.js$")
        #expect(assets.contains { $0.contains(calendar) })
        for name in shipped {
            let stem = String(name[..<name.lastIndex(of: ".")!])
            let pattern = try Regex("^assets/\(stem)\\.[0-9a-f]{16}\\.[a-z]+$")
            #expect(assets.contains { $0.contains(pattern) }, "\(name) is not published")
        }
        expected.formUnion(assets)
        // Drafts are checked but not published.
        let published = catalogue.pathways.filter { $0.status != .draft }
        #expect(published.count < catalogue.pathways.count)
        expected.formUnion(catalogue.trusts.map { SitePaths.trust($0.id) })
        expected.formUnion(catalogue.systems.map { SitePaths.system($0.id) })
        expected.formUnion(catalogue.places.map { SitePaths.place($0.id) })
        expected.formUnion(catalogue.pathwayTypes.map { SitePaths.pathwayType($0.id) })
        expected.formUnion(published.map { SitePaths.pathway($0.id) })
        expected.formUnion(catalogue.governanceBodies.map { SitePaths.governanceBody($0.id) })
        expected.insert(SitePaths.variation)
        expected.formUnion(catalogue.pathwayTypes.map { SitePaths.variationType($0.id) })
        expected.formUnion(check.report.variation.scopes.map(SitePaths.variationScope))
        // Each page's current revision is listed in one of a power of two of files.
        let pages = expected.count { $0.hasSuffix(".html") }
        expected.formUnion((0..<PageRevisions(pages: pages).count).map { "\(SitePaths.revisions)\($0).json" })
        #expect(files == expected)
        #expect(result.filesWritten == expected.count)
    }

    @Test("Every internal link and anchor in the built sample resolves")
    func internalLinksResolve() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let site = folder.appending(path: "Site")
        _ = try Self.build(TestSupport.shippedContent, into: site)
        let snapshot = try SiteSnapshot(of: site)
        let problems = LinkChecker.brokenLinks(in: snapshot)
        #expect(problems == [])
        #expect(LinkChecker.linkCount(in: snapshot) > 1000)
    }

    @Test("Two builds of the same content on the same date are byte-identical")
    func deterministic() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try Self.build(TestSupport.shippedContent, into: folder.appending(path: "one"))
        _ = try Self.build(TestSupport.shippedContent, into: folder.appending(path: "two"))
        let one = try SiteSnapshot(of: folder.appending(path: "one"))
        let two = try SiteSnapshot(of: folder.appending(path: "two"))
        #expect(one.files.count > 70)
        #expect(one == two)
    }

    @Test("A build with content errors writes nothing and leaves the previous site as it was")
    func failedBuildKeepsPreviousSite() throws {
        let content = try TestSupport.copyOfShippedContent()
        let folder = content.deletingLastPathComponent()
        defer { try? FileManager.default.removeItem(at: folder) }
        let site = folder.appending(path: "Site")
        _ = try Self.build(content, into: site)
        let before = try SiteSnapshot(of: site)

        let leeds = content.appending(path: "systems/west-yorkshire/leeds/falls.md")
        let text = try String(contentsOf: leeds, encoding: .utf8)
        try Data(text.replacingOccurrences(of: "status: active", with: "status: actve").utf8).write(to: leeds)
        try Data("---\ntitle: x\n".utf8).write(to: content.appending(path: "systems/west-yorkshire/leeds/frailty.md"))

        let result = try Self.build(content, into: site)
        #expect(result.filesWritten == nil)
        #expect(
            result.summary.diagnostics.filter { $0.severity == .error }.map(\.code) == [
                "schema.enum", "front-matter.unterminated",
            ],
            "both broken files are reported, not only the first")
        #expect(try SiteSnapshot(of: site) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["Content", "Site"])
    }

    @Test("A build whose templates fail leaves the previous site as it was")
    func brokenTemplatesKeepPreviousSite() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let site = folder.appending(path: "Site")
        _ = try Self.build(TestSupport.shippedContent, into: site)
        let before = try SiteSnapshot(of: site)
        let templates = folder.appending(path: "Templates")
        try FileManager.default.copyItem(at: TestSupport.shippedTemplates, to: templates)
        try FileManager.default.removeItem(at: templates.appending(path: "pathway.mustache"))
        #expect {
            _ = try Self.build(TestSupport.shippedContent, into: site, templates: templates)
        } throws: { error in
            let failure = error as? Pipeline.Failure
            return failure?.description == "the templates have problems, so nothing was built"
                && failure?.diagnostics.map(\.textDescription) == [
                    "Templates/pathway.mustache: error: the template pathway.mustache is missing from the templates folder; every site needs it [template.missing]\n    hint: restore pathway.mustache from the templates Waymark ships"
                ]
        }
        try Data("{{#unclosed}}".utf8).write(to: templates.appending(path: "pathway.mustache"))
        #expect(throws: Pipeline.Failure.self) {
            _ = try Self.build(TestSupport.shippedContent, into: site, templates: templates)
        }
        #expect(try SiteSnapshot(of: site) == before)
    }

    @Test("The build writes the findings report in the documented shape")
    func findingsReport() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try Self.build(TestSupport.shippedContent, into: folder.appending(path: "Site"))
        let data = try Data(contentsOf: folder.appending(path: "Site/reports/findings.json"))
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let summary = try #require(json["summary"] as? [String: Int])
        let findings = try #require(json["variation"] as? [[String: Any]])
        let warranted = findings.filter { $0["warranted"] as? Bool == true }.count
        let diagnostics = try #require(json["diagnostics"] as? [[String: Any]])
        let overdue = diagnostics.filter { $0["code"] as? String == "governance.review-overdue" }.count
        #expect(summary["errors"] == 0 && summary["warnings"] == overdue && overdue > 0)
        #expect(summary["unwarranted"] == findings.count - warranted && summary["warranted"] == warranted)
        #expect((summary["pathways"] ?? 0) >= 700 && (summary["places"] ?? 0) >= 150)
        #expect(warranted > 0 && warranted < findings.count)
        let documented = [
            "kind", "scope", "type", "field", "place", "system", "value", "expected", "warranted", "file", "line",
        ]
        for finding in findings {
            #expect(Set(documented).isSubset(of: finding.keys))
            #expect((finding["file"] as? String)?.hasPrefix("Content/") == true)
        }
    }
}
