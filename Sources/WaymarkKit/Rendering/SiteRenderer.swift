import Foundation
import Synchronization

/// Renders a catalogue into the files of a site: a page for the home, each trust, system, place,
/// pathway type, pathway and governance body, the "Writing pathways" reference generated from the
/// content's schemas, the Variation section (an overview, a matrix per pathway type and a summary
/// per scope), search, "What's changed" with its feed, a 404 page, `sitemap.xml` and
/// `robots.txt`, the fingerprinted assets, and the service worker that keeps it all offline.
public struct SiteRenderer: Sendable {
    /// Why the site could not be rendered: a problem in the templates, not in the content.
    public struct Failure: Error, CustomStringConvertible {
        /// Each problem, at its template's file, line and column.
        public var diagnostics: [Diagnostic]

        /// What went wrong, for the person who maintains the templates: one line per problem.
        public var description: String { diagnostics.map(\.textDescription).joined(separator: "\n") }
    }

    /// The page templates every site needs, by name.
    static let requiredTemplates = [
        "layout", "home", "trust", "system", "place", "pathway-type", "pathway", "governance-body", "reference",
        "variation", "variation-type", "variation-scope", "changes", "not-found", "search",
    ]

    let renderer: MustacheRenderer
    /// Every asset by its path in the site, its name carrying a digest of its bytes so that a
    /// browser or service worker may keep it for as long as it likes.
    private let assets: [(path: String, bytes: [UInt8])]
    /// The site path of each asset by its name in the templates folder.
    private let assetPaths: [String: String]

    /// Compiles `templates`, failing on a template that does not parse or a page template that is missing.
    public init(templates: TemplateSet) throws(Failure) {
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

    /// The scripts every page loads, in order: the hours engine, search, then the site script
    /// that registers the service worker; each only when the templates folder has it.
    private static let scripts = ["hours.js", "search.js", "site.js"]

    /// Every file of the site for `catalogue`, as built on `buildDate`, in memory: what tests
    /// and small tools read. `render(_:schemas:variation:buildDate:reports:into:)` says more.
    public func render(
        _ catalogue: Catalogue, schemas: [String: YAMLNode], variation: VariationReport? = nil,
        buildDate: CalendarDate, reports: [RenderedSite.File] = []
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
    public func render(
        _ catalogue: Catalogue, schemas: [String: YAMLNode], variation: VariationReport? = nil,
        buildDate: CalendarDate, reports: [RenderedSite.File] = [], into sink: some SiteSink
    ) {
        let lookup = VariationLookup(variation ?? VariationAnalysis.run(catalogue), catalogue: catalogue)
        let jobs = PageJob.all(in: catalogue, reference: SchemaReference(documents: schemas), variation: lookup.report)
        let checks = PageRevisions(pages: jobs.count)
        let revisions = Mutex([String](repeating: "", count: jobs.count))
        // The same on every page, so written once.
        let bankHolidays = catalogue.bankHolidays.map(\.date.description).joined(separator: " ")
        let placeholder = Array(Self.revisionPlaceholder.utf8)
        DispatchQueue.concurrentPerform(iterations: jobs.count) { index in
            let job = jobs[index]
            var bytes = render(
                job, catalogue: catalogue, variation: lookup, buildDate: buildDate, bankHolidays: bankHolidays,
                check: checks.file(for: job.path))
            // A page's revision is the digest of its bytes with the placeholder still in place.
            let revision = Fingerprint(bytes).description
            Self.overwriteFirst(placeholder, with: Array(revision.utf8), in: &bytes)
            sink.put(job.path, bytes)
            revisions.withLock { $0[index] = revision }
        }
        var files = assets.map { RenderedSite.File(path: $0.path, bytes: $0.bytes) }
        files += SiteIndexes(catalogue: catalogue, pages: jobs.map(\.path)).files
        files.append(RenderedSite.File(path: SitePaths.searchIndex, bytes: SearchIndex(catalogue).json))
        files += reports
        let pages = zip(jobs.map(\.path), revisions.withLock { $0 }).map { (path: $0, revision: $1) }
        let others = files.map { (path: $0.path, revision: Fingerprint($0.contents).description) }
        for file in files { sink.put(file.path, file.contents) }
        for file in publishedOffline(
            pages: pages, others: others, checks: checks, builtOn: buildDate, reports: Set(reports.map(\.path)))
        {
            sink.put(file.path, file.contents)
        }
    }

    private func render(
        _ job: PageJob, catalogue: Catalogue, variation: VariationLookup, buildDate: CalendarDate, bankHolidays: String,
        check: String
    )
        -> [UInt8]
    {
        let path = job.path
        let root: String
        if case .notFound = job {
            root = SitePaths.basePath(of: catalogue.site.baseURL)
        } else {
            root = SitePaths.root(for: path)
        }
        let views = ViewBuilder(catalogue: catalogue, root: root, today: buildDate, variation: variation)
        let crumbs = job.breadcrumbs(views)
        func page<Content: TemplateView>(_ title: String, _ content: Content) -> [UInt8] {
            let frame = PageView(
                root: views.root,
                site: SiteView(
                    title: catalogue.site.title, sample: catalogue.site.sample, timeZone: catalogue.site.timeZone),
                title: title,
                breadcrumbs: crumbs, buildDate: buildDate.longDescription, built: buildDate.description,
                page: path, revision: Self.revisionPlaceholder, check: check,
                bankHolidays: bankHolidays,
                stylesheet: views.root + (assetPaths["waymark.css"] ?? SitePaths.stylesheet),
                scripts: Self.scripts.compactMap { assetPaths[$0] }.map { views.root + $0 },
                search: views.link(SitePaths.search, "Search"),
                changes: views.link(SitePaths.changes, "What's changed"),
                reference: views.link(
                    SitePaths.reference, "Writing pathways: every field, its type and allowed values"),
                variation: views.link(SitePaths.variation, "Variation between places: where local pathways differ"),
                content: content)
            return renderer.render(TemplateValue(frame), withTemplate: job.template) ?? []
        }
        let html: [UInt8]
        switch job {
        case .home: html = page("Home", HomePage(views: views))
        case .trust(let trust): html = page(trust.name, TrustPage(trust, views: views))
        case .system(let system): html = page(system.name, SystemPage(system, views: views))
        case .place(let place): html = page(place.name, PlacePage(place, views: views))
        case .pathwayType(let type): html = page(type.name, PathwayTypePage(type, views: views))
        case .pathway(let pathway): html = page(pathway.title, PathwayPage(pathway, views: views))
        case .governanceBody(let body): html = page(body.name, GovernanceBodyPage(body, views: views))
        case .reference(let reference): html = page("Writing pathways", ReferencePage(reference))
        case .variation: html = page("Variation between places", VariationOverviewPage(views: views))
        case .variationType(let type):
            html = page("Variation in \(type.name)", VariationTypePage(type, views: views))
        case .variationScope(let scope):
            html = page("Variation across \(scope.name)", VariationScopePage(scope, views: views))
        case .changes: html = page("What's changed", ChangesPage(views: views))
        case .search: html = page("Search", SearchPage())
        case .notFound: html = page("Page not found", NotFoundPage())
        }
        return html
    }
}

/// One page to render.
private enum PageJob: Sendable {
    case home
    case trust(Trust)
    case system(System)
    case place(Place)
    case pathwayType(PathwayType)
    case pathway(Pathway)
    case governanceBody(GovernanceBody)
    case reference(SchemaReference)
    case variation
    case variationType(PathwayType)
    case variationScope(VariationScope)
    case changes
    case search
    /// Served by the web server for any address it does not have; its links start from the
    /// site's base path, since it may be shown at any depth.
    case notFound

    static func all(in catalogue: Catalogue, reference: SchemaReference, variation: VariationReport) -> [PageJob] {
        [.home] + catalogue.trusts.map(PageJob.trust) + catalogue.systems.map(PageJob.system)
            + catalogue.places.map(PageJob.place) + catalogue.pathwayTypes.map(PageJob.pathwayType)
            + catalogue.pathways.map(PageJob.pathway) + catalogue.governanceBodies.map(PageJob.governanceBody)
            + [.reference(reference), .variation] + catalogue.pathwayTypes.map(PageJob.variationType)
            + variation.scopes.map(PageJob.variationScope) + [.changes, .search, .notFound]
    }

    var path: String {
        switch self {
        case .home: SitePaths.home
        case .trust(let trust): SitePaths.trust(trust.id)
        case .system(let system): SitePaths.system(system.id)
        case .place(let place): SitePaths.place(place.id)
        case .pathwayType(let type): SitePaths.pathwayType(type.id)
        case .pathway(let pathway): SitePaths.pathway(pathway.id)
        case .governanceBody(let body): SitePaths.governanceBody(body.id)
        case .reference: SitePaths.reference
        case .variation: SitePaths.variation
        case .variationType(let type): SitePaths.variationType(type.id)
        case .variationScope(let scope): SitePaths.variationScope(scope)
        case .changes: SitePaths.changes
        case .search: SitePaths.search
        case .notFound: SitePaths.notFound
        }
    }

    var template: String {
        switch self {
        case .home: "home"
        case .trust: "trust"
        case .system: "system"
        case .place: "place"
        case .pathwayType: "pathway-type"
        case .pathway: "pathway"
        case .governanceBody: "governance-body"
        case .reference: "reference"
        case .variation: "variation"
        case .variationType: "variation-type"
        case .variationScope: "variation-scope"
        case .changes: "changes"
        case .search: "search"
        case .notFound: "not-found"
        }
    }

    /// The pages above this one, home first; the page itself is not included.
    func breadcrumbs(_ views: ViewBuilder) -> [LinkView] {
        let home = views.link(SitePaths.home, "Home")
        let catalogue = views.catalogue
        func placeTrail(_ place: Place) -> [LinkView] {
            let trust = catalogue.trusts(serving: place).first.map { [views.trustLink($0)] } ?? []
            return [home] + trust + [views.systemLink(place.system)]
        }
        switch self {
        case .home: return []
        case .trust, .pathwayType, .reference, .variation, .changes, .search, .notFound: return [home]
        case .variationType, .variationScope: return [home, views.link(SitePaths.variation, "Variation")]
        case .system(let system): return [home] + (system.trusts.first.map { [views.trustLink($0)] } ?? [])
        case .place(let place): return placeTrail(place)
        case .pathway(let pathway):
            guard let place = catalogue.place(pathway.place) else { return [home] }
            return placeTrail(place) + [views.placeLink(place.id)]
        case .governanceBody(let body): return [home] + (body.trust.map { [views.trustLink($0)] } ?? [])
        }
    }
}
