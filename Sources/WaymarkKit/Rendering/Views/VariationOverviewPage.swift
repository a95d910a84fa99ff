/// The Variation section's front page: how many differences there are, links to each type's
/// matrix and each scope's summary, and which places lack a core pathway type.
struct VariationOverviewPage {
    /// A scope to read about, with its counts.
    struct ScopeEntry {
        let link: LinkView
        let places: Int
        let unwarranted: Int
        let warranted: Int
    }

    /// A pathway type's matrix, with its counts.
    struct TypeEntry {
        let link: LinkView
        /// "3 fields", "1 field".
        let fields: String
        let unwarranted: Int
        let warranted: Int
    }

    let counts: [FactView]
    let scopes: [ScopeEntry]
    let types: [TypeEntry]
    /// The core types, as the coverage matrix's columns.
    let coreTypes: [LinkView]
    let coverage: [CoverageGroup]

    init(views: ViewBuilder) {
        let catalogue = views.catalogue
        let report = views.variation.report
        counts = [
            .text("Unwarranted differences", "\(report.unwarranted)"),
            .text("Warranted differences", "\(report.warranted)"),
            .text("Pathways compared", "\(catalogue.pathways.count { $0.status == .active })"),
        ]
        scopes = report.scopes.map { scope in
            let findings = views.variation.findings(inScope: scope.id)
            return ScopeEntry(
                link: views.link(SitePaths.variationScope(scope), Self.scopeTitle(scope, catalogue)),
                places: scope.places.count, unwarranted: findings.count { !$0.warranted },
                warranted: findings.count(where: \.warranted))
        }
        types = catalogue.pathwayTypes.map { type in
            let findings = report.findings.filter { $0.type == type.id }
            return TypeEntry(
                link: views.link(SitePaths.variationType(type.id), type.name),
                fields: type.compare.count == 1 ? "1 field" : "\(type.compare.count) fields",
                unwarranted: findings.count { !$0.warranted }, warranted: findings.count(where: \.warranted))
        }
        let core = catalogue.coreTypes.compactMap { catalogue.pathwayType($0) }
        coreTypes = core.map { views.link(SitePaths.variationType($0.id), $0.shortName ?? $0.name) }
        coverage = views.placeGroups().map { group in
            CoverageGroup(
                heading: group.heading, anchor: "coverage-\(group.anchor)",
                systems: group.systems.map { system in
                    CoverageSystem(
                        system: views.systemLink(system.id), span: core.count + 1,
                        rows: system.places.map { place in
                            let pathways = catalogue.pathways(atPlace: place.id)
                            return CoverageRow(
                                place: views.placeLink(place.id),
                                cells: core.map { type in
                                    CoverageCell(pathways.filter { $0.type == type.id }, views: views)
                                })
                        })
                })
        }
    }

    /// "NAS (North Ambulance Service NHS Trust)", or "England".
    static func scopeTitle(_ scope: VariationScope, _ catalogue: Catalogue) -> String {
        guard !scope.isEngland, let trust = catalogue.trust(scope.id), trust.name != scope.name else {
            return scope.name
        }
        return "\(scope.name) (\(trust.name))"
    }
}

/// One trust's places on the coverage matrix.
struct CoverageGroup {
    let heading: String
    /// The id of the group's table caption, for the scrolling region's label.
    let anchor: String
    let systems: [CoverageSystem]
}

/// One system's places on the coverage matrix.
struct CoverageSystem {
    let system: LinkView
    /// How many columns the system's heading row spans.
    let span: Int
    let rows: [CoverageRow]
}

/// One place's core pathway types.
struct CoverageRow {
    let place: LinkView
    let cells: [CoverageCell]
}

/// Whether a place offers a core type: each of its pathways of the type by status, in words,
/// and a gap marked when none is active.
struct CoverageCell {
    /// Each pathway, labelled with its status: "Active", "Suspended".
    let pathways: [LinkView]
    /// Set when no pathway of the type is active here.
    let gap: Bool

    init(_ pathways: [Pathway], views: ViewBuilder) {
        self.pathways = pathways.map { views.link(SitePaths.pathway($0.id), StatusView($0.status).label) }
        gap = !pathways.contains { $0.status == .active }
    }
}

/// Places as the Variation matrices group them: by trust footprint, then system.
struct PlaceGroup {
    let heading: String
    /// A stable id for the group: `trust-<id>`, or `outside` for places outside every trust.
    let anchor: String
    /// The scope the group's places are measured in on the matrices.
    let scope: VariationScope?
    let systems: [(id: String, places: [Place])]
}

extension ViewBuilder {
    /// Each trust's places by system, in the order the trust lists its systems; then any place
    /// no trust serves, by system, measured across England.
    func placeGroups() -> [PlaceGroup] {
        var groups: [PlaceGroup] = catalogue.trusts.map { trust in
            PlaceGroup(
                heading: trust.name, anchor: "trust-\(trust.id)", scope: variation.report.scope(trust.id),
                systems: trust.systems.map { ($0, catalogue.places(inSystem: $0, servedBy: trust.id)) }
                    .filter { !$0.1.isEmpty })
        }
        let outside = catalogue.places.filter { catalogue.trusts(serving: $0).isEmpty }
        if !outside.isEmpty {
            let systems = Dictionary(grouping: outside, by: \.system).sorted { $0.key < $1.key }
            groups.append(
                PlaceGroup(
                    heading: "Places outside every trust footprint", anchor: "outside",
                    scope: variation.england, systems: systems.map { ($0.key, $0.value) }))
        }
        return groups
    }
}
