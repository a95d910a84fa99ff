import Foundation
import Synchronization

/// Renders a catalogue into the files of a site: a page for the home, each trust, system, place,
/// pathway type, pathway and governance body, the "Writing pathways" reference generated from the
/// content's schemas, the Variation section (an overview, a matrix per pathway type and a summary
/// per scope), search, "What's changed" with its feed, a 404 page, `sitemap.xml` and
/// `robots.txt`, the fingerprinted assets, and the service worker that keeps it all offline.
struct SiteRenderer: Sendable {
    /// Why the site could not be rendered: a problem in the templates, not in the content.
    struct Failure: Error, CustomStringConvertible {
        /// Each problem, at its template's file, line and column.
        var diagnostics: [Diagnostic]

        /// What went wrong, for the person who maintains the templates: one line per problem.
        var description: String { diagnostics.map(\.textDescription).joined(separator: "\n") }
    }

    /// The templates every site needs, by name: the layout and each kind of page's.
    static let requiredTemplates = ["layout"] + Pages.kinds.map { $0.template }

    let renderer: MustacheRenderer
    /// Every asset by its path in the site, its name carrying a digest of its bytes so that a
    /// browser or service worker may keep it for as long as it likes.
    private let assets: [(path: String, bytes: [UInt8])]
    /// The site path of each asset by its name in the templates folder.
    private let assetPaths: [String: String]

    /// Compiles `templates`, failing on a template that does not parse or a page template that is missing.
    init(templates: TemplateSet) throws(Failure) {
        var parsed: [String: ParsedTemplate] = [:]
        var problems: [TemplateCheck.Problem] = []
        for (name, text) in templates.templates.sorted(by: { $0.key < $1.key }) {
            do {
                parsed[name] = try ParsedTemplate(text)
            } catch {
                problems.append(TemplateCheck.problem(parsing: error, template: name))
            }
        }
        problems += TemplateCheck.missingReferences(in: templates.templates, names: Set(templates.templates.keys))
        for name in Self.requiredTemplates where templates.templates[name] == nil {
            problems.append(
                TemplateCheck.Problem(
                    code: "template.missing", template: name, line: 0, column: 0,
                    message: "the template \(name).mustache is missing from the templates folder; every site needs it"))
        }
        guard problems.isEmpty else {
            throw Failure(diagnostics: problems.map { $0.diagnostic(in: templates.displayRoot) })
        }
        renderer = MustacheRenderer(templates: parsed)
        assets = templates.assets.sorted { $0.key < $1.key }.map { ("assets/" + Fingerprint.name($0, for: $1), $1) }
        assetPaths = Dictionary(
            uniqueKeysWithValues: zip(templates.assets.keys.sorted(), assets.map(\.path)))
    }

    /// The script that gives the hours engine the content's bank holidays
    /// (`window.WaymarkBankHolidays`), named by its digest like the assets: it changes only when
    /// the calendar does.
    static func calendar(_ holidays: [BankHoliday]) -> RenderedSite.File {
        let dates = JSONValue.array(holidays.map { .string($0.date.description) }).serialized()
        let text = """
            // The bank holidays of calendars/bank-holidays.yaml, which "open now" counts on every page.
            window.WaymarkBankHolidays = \(dates);

            """
        return RenderedSite.File(path: "assets/" + Fingerprint.name("calendar.js", for: Array(text.utf8)), text: text)
    }

    /// The scripts every page loads after the calendar, in order: the hours engine, search, then the site script
    /// that registers the service worker; each only when the templates folder has it.
    private static let scripts = ["hours.js", "search.js", "site.js"]

    /// Every file of the site for `catalogue`, as built on `buildDate`, in memory: what tests
    /// and small tools read. `render(_:schemas:variation:buildDate:reports:into:)` says more.
    func render(
        _ catalogue: Catalogue, schemas: [String: YAMLNode], variation: VariationReport? = nil,
        buildDate: CalendarDate, reports: [RenderedSite.Report] = []
    ) -> RenderedSite {
        let collector = RenderedSite.Collector()
        render(
            catalogue, schemas: schemas, variation: variation, buildDate: buildDate, reports: reports,
            into: collector)
        return collector.site
    }

    /// Renders every file of the site for `catalogue`, as built on `buildDate`, handing each to
    /// `sink` as soon as it is made, so that memory does not grow with the site; `schemas` are the
    /// content's schema documents by their path inside `schema/` (`ContentSchemas.documents`),
    /// which the "Writing pathways" reference is generated from.
    ///
    /// `variation` is the catalogue's variation analysis (`Pipeline.check` makes it); when it is
    /// not given the catalogue is analysed here, so that no site shows a Variation section that
    /// claims places agree because nobody compared them.
    ///
    /// `reports` (such as `reports/findings.json`) are published with the site and counted in its
    /// version, but not kept offline.
    func render(
        _ catalogue: Catalogue, schemas: [String: YAMLNode], variation: VariationReport? = nil,
        buildDate: CalendarDate, reports: [RenderedSite.Report] = [], into sink: some SiteSink
    ) {
        let lookup = VariationLookup(variation ?? VariationAnalysis.run(catalogue), catalogue: catalogue)
        let jobs = Pages.all(in: catalogue, reference: SchemaReference(documents: schemas), variation: lookup.report)
        let checks = PageRevisions(pages: jobs.count)
        let revisions = Mutex([String](repeating: "", count: jobs.count))
        // The bank holidays are the same on every page, so they are one script, which every page
        // loads before the hours engine.
        let calendar = Self.calendar(catalogue.bankHolidays)
        let placeholder = Array(Self.revisionPlaceholder.utf8)
        // The reports first, so that the largest starts at once while the other cores render pages.
        // Each streams to the sink, so that a large one is never held whole.
        let reportRevisions = Mutex([String](repeating: "", count: reports.count))
        DispatchQueue.concurrentPerform(iterations: reports.count + jobs.count) { iteration in
            guard iteration >= reports.count else {
                let report = reports[iteration]
                var digest = Fingerprint()
                sink.put(report.path) { emit in
                    withoutActuallyEscaping(emit) { emit in
                        report.write { bytes in
                            digest.combine(bytes)
                            emit(bytes)
                        }
                    }
                }
                reportRevisions.withLock { $0[iteration] = digest.description }
                return
            }
            let index = iteration - reports.count
            let job = jobs[index]
            var bytes = render(
                job, catalogue: catalogue, variation: lookup, buildDate: buildDate, calendar: calendar.path,
                check: checks.file(for: job.path))
            // A page's revision is the digest of its bytes with the placeholder still in place.
            let revision = Fingerprint(bytes).description
            Self.overwriteFirst(placeholder, with: Array(revision.utf8), in: &bytes)
            sink.put(job.path, bytes)
            revisions.withLock { $0[index] = revision }
        }
        var files = assets.map { RenderedSite.File(path: $0.path, bytes: $0.bytes) } + [calendar]
        files += SiteIndexes(catalogue: catalogue, pages: jobs.map(\.path)).files
        files.append(RenderedSite.File(path: SitePaths.searchIndex, bytes: SearchIndex(catalogue).json))
        let pages = zip(jobs.map(\.path), revisions.withLock { $0 }).map { (path: $0, revision: $1) }
        let others =
            files.map { (path: $0.path, revision: Fingerprint($0.contents).description) }
            + zip(reports, reportRevisions.withLock { $0 }).map { (path: $0.path, revision: $1) }
        for file in files { sink.put(file.path, file.contents) }
        for file in publishedOffline(
            pages: pages, others: others, checks: checks, builtOn: buildDate, reports: Set(reports.map(\.path)))
        {
            sink.put(file.path, file.contents)
        }
    }

    private func render(
        _ job: some SitePage, catalogue: Catalogue, variation: VariationLookup, buildDate: CalendarDate,
        calendar: String, check: String
    ) -> [UInt8] {
        let path = job.path
        let root =
            type(of: job).linksFromBasePath
            ? SitePaths.basePath(of: catalogue.site.baseURL) : SitePaths.root(for: path)
        let views = ViewBuilder(catalogue: catalogue, root: root, today: buildDate, variation: variation)
        let frame = PageView(
            root: views.root,
            site: SiteView(
                title: catalogue.site.title, sample: catalogue.site.sample, timeZone: catalogue.site.timeZone),
            title: job.title,
            breadcrumbs: job.breadcrumbs(views), buildDate: buildDate.longDescription, built: buildDate.description,
            page: path, revision: Self.revisionPlaceholder, check: check,
            stylesheet: views.root + (assetPaths["waymark.css"] ?? SitePaths.stylesheet),
            scripts: ([calendar] + Self.scripts.compactMap { assetPaths[$0] }).map { views.root + $0 },
            search: views.link(SitePaths.search, "Search"),
            changes: views.link(SitePaths.changes, "What's changed"),
            reference: views.link(SitePaths.reference, "Writing pathways: every field, its type and allowed values"),
            variation: views.link(SitePaths.variation, "Variation between places: where local pathways differ"),
            content: job.view(views))
        return renderer.render(TemplateValue(frame), withTemplate: type(of: job).template) ?? []
    }
}
