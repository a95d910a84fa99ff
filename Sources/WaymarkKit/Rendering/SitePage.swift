/// One kind of page, stated in one place: where each page of the kind goes, the template that
/// draws it, its title, the trail of pages above it, and the view its template reads. A new kind
/// of page is one type here, listed in `Pages.kinds`, and one template; a site whose templates
/// folder lacks the template fails to build.
protocol SitePage: Sendable {
    associatedtype View: TemplateView
    /// The template every page of this kind is drawn with (`pathway` is `pathway.mustache`).
    static var template: String { get }
    /// Whether links start from the site's base path rather than from the page: for a page a
    /// server shows at any address.
    static var linksFromBasePath: Bool { get }
    /// The page's path from the site root.
    var path: String { get }
    /// The page's own title; the layout adds the site's.
    var title: String { get }
    /// The pages above this one, home first; the page itself is not included. Home alone unless
    /// the kind says otherwise.
    func breadcrumbs(_ views: ViewBuilder) -> [LinkView]
    /// What the template reads.
    func view(_ views: ViewBuilder) -> View
}

extension SitePage {
    static var linksFromBasePath: Bool { false }
    func breadcrumbs(_ views: ViewBuilder) -> [LinkView] { [views.homeLink] }
}

/// Every kind of page the site has.
enum Pages {
    /// Each kind, in the order the site lists them.
    static let kinds: [any SitePage.Type] = [
        Home.self, Trust.self, System.self, Place.self, PathwayType.self, Pathway.self, GovernanceBody.self,
        Reference.self, Variation.self, VariationType.self, VariationScope.self, Changes.self, Search.self,
        NotFound.self,
    ]

    /// Every page of the site for `catalogue`, sorted by kind, then as the catalogue sorts.
    static func all(
        in catalogue: Catalogue, reference: SchemaReference, variation: VariationReport
    ) -> [any SitePage] {
        var pages: [any SitePage] = [Home()]
        pages += catalogue.trusts.map(Trust.init)
        pages += catalogue.systems.map(System.init)
        pages += catalogue.places.map(Place.init)
        pages += catalogue.pathwayTypes.map(PathwayType.init)
        pages += catalogue.pathways.map(Pathway.init)
        pages += catalogue.governanceBodies.map(GovernanceBody.init)
        pages += [Reference(reference: reference), Variation()]
        pages += catalogue.pathwayTypes.map(VariationType.init)
        pages += variation.scopes.map(VariationScope.init)
        pages += [Changes(), Search(), NotFound()] as [any SitePage]
        return pages
    }

    struct Home: SitePage {
        static let template = "home"
        var path: String { SitePaths.home }
        var title: String { "Home" }
        func breadcrumbs(_ views: ViewBuilder) -> [LinkView] { [] }
        func view(_ views: ViewBuilder) -> HomePage { HomePage(views: views) }
    }

    struct Trust: SitePage {
        static let template = "trust"
        let trust: WaymarkKit.Trust
        var path: String { SitePaths.trust(trust.id) }
        var title: String { trust.name }
        func view(_ views: ViewBuilder) -> TrustPage { TrustPage(trust, views: views) }
    }

    struct System: SitePage {
        static let template = "system"
        let system: WaymarkKit.System
        var path: String { SitePaths.system(system.id) }
        var title: String { system.name }
        func breadcrumbs(_ views: ViewBuilder) -> [LinkView] {
            [views.homeLink] + (system.trusts.first.map { [views.trustLink($0)] } ?? [])
        }
        func view(_ views: ViewBuilder) -> SystemPage { SystemPage(system, views: views) }
    }

    struct Place: SitePage {
        static let template = "place"
        let place: WaymarkKit.Place
        var path: String { SitePaths.place(place.id) }
        var title: String { place.name }
        func breadcrumbs(_ views: ViewBuilder) -> [LinkView] { views.trail(above: place) }
        func view(_ views: ViewBuilder) -> PlacePage { PlacePage(place, views: views) }
    }

    struct PathwayType: SitePage {
        static let template = "pathway-type"
        let type: WaymarkKit.PathwayType
        var path: String { SitePaths.pathwayType(type.id) }
        var title: String { type.name }
        func view(_ views: ViewBuilder) -> PathwayTypePage { PathwayTypePage(type, views: views) }
    }

    struct Pathway: SitePage {
        static let template = "pathway"
        let pathway: WaymarkKit.Pathway
        var path: String { SitePaths.pathway(pathway.id) }
        var title: String { pathway.title }
        func breadcrumbs(_ views: ViewBuilder) -> [LinkView] {
            guard let place = views.catalogue.place(pathway.place) else { return [views.homeLink] }
            return views.trail(above: place) + [views.placeLink(place.id)]
        }
        func view(_ views: ViewBuilder) -> PathwayPage { PathwayPage(pathway, views: views) }
    }

    struct GovernanceBody: SitePage {
        static let template = "governance-body"
        let body: WaymarkKit.GovernanceBody
        var path: String { SitePaths.governanceBody(body.id) }
        var title: String { body.name }
        func breadcrumbs(_ views: ViewBuilder) -> [LinkView] {
            [views.homeLink] + (body.trust.map { [views.trustLink($0)] } ?? [])
        }
        func view(_ views: ViewBuilder) -> GovernanceBodyPage { GovernanceBodyPage(body, views: views) }
    }

    struct Reference: SitePage {
        static let template = "reference"
        let reference: SchemaReference
        var path: String { SitePaths.reference }
        var title: String { "Writing pathways" }
        func view(_ views: ViewBuilder) -> ReferencePage { ReferencePage(reference) }
    }

    struct Variation: SitePage {
        static let template = "variation"
        var path: String { SitePaths.variation }
        var title: String { "Variation between places" }
        func view(_ views: ViewBuilder) -> VariationOverviewPage { VariationOverviewPage(views: views) }
    }

    struct VariationType: SitePage {
        static let template = "variation-type"
        let type: WaymarkKit.PathwayType
        var path: String { SitePaths.variationType(type.id) }
        var title: String { "Variation in \(type.name)" }
        func breadcrumbs(_ views: ViewBuilder) -> [LinkView] { [views.homeLink, views.variationLink] }
        func view(_ views: ViewBuilder) -> VariationTypePage { VariationTypePage(type, views: views) }
    }

    struct VariationScope: SitePage {
        static let template = "variation-scope"
        let scope: WaymarkKit.VariationScope
        var path: String { SitePaths.variationScope(scope) }
        var title: String { "Variation across \(scope.name)" }
        func breadcrumbs(_ views: ViewBuilder) -> [LinkView] { [views.homeLink, views.variationLink] }
        func view(_ views: ViewBuilder) -> VariationScopePage { VariationScopePage(scope, views: views) }
    }

    struct Changes: SitePage {
        static let template = "changes"
        var path: String { SitePaths.changes }
        var title: String { "What's changed" }
        func view(_ views: ViewBuilder) -> ChangesPage { ChangesPage(views: views) }
    }

    struct Search: SitePage {
        static let template = "search"
        var path: String { SitePaths.search }
        var title: String { "Search" }
        func view(_ views: ViewBuilder) -> SearchPage { SearchPage() }
    }

    /// Served by the web server for any address it does not have, so its links start from the
    /// site's base path.
    struct NotFound: SitePage {
        static let template = "not-found"
        static let linksFromBasePath = true
        var path: String { SitePaths.notFound }
        var title: String { "Page not found" }
        func view(_ views: ViewBuilder) -> NotFoundPage { NotFoundPage() }
    }
}

extension ViewBuilder {
    var homeLink: LinkView { link(SitePaths.home, "Home") }
    var variationLink: LinkView { link(SitePaths.variation, "Variation") }

    /// The trail to a place's page: home, the trust that serves it, its system.
    func trail(above place: Place) -> [LinkView] {
        let trust = catalogue.trusts(serving: place).first.map { [trustLink($0)] } ?? []
        return [homeLink] + trust + [systemLink(place.system)]
    }
}
