/// The home page: browse trust → system → place, and every pathway type.
struct HomePage {
    struct TrustEntry {
        let link: LinkView
        let region: String
        let systems: [SystemEntry]
    }

    struct SystemEntry {
        let link: LinkView
        let places: [LinkView]
    }

    let trusts: [TrustEntry]
    let types: [LinkView]
    let bodies: [LinkView]
    let counts: [FactView]
    /// The Variation section, with how many differences it reports.
    let variation: LinkView
    let variationCounts: [FactView]

    init(views: ViewBuilder) {
        let catalogue = views.catalogue
        trusts = catalogue.trusts.map { trust in
            TrustEntry(
                link: views.link(SitePaths.trust(trust.id), trust.name), region: trust.region,
                systems: trust.systems.compactMap(catalogue.system).map { system in
                    SystemEntry(
                        link: views.systemLink(system.id),
                        places: catalogue.places(inSystem: system.id, servedBy: trust.id)
                            .map { views.placeLink($0.id) })
                })
        }
        types = catalogue.pathwayTypes.map { views.typeLink($0.id) }
        bodies = catalogue.governanceBodies.map { views.bodyLink($0.id) }
        counts = [
            .text("Trusts", "\(catalogue.trusts.count)"),
            .text("Systems", "\(catalogue.systems.count)"),
            .text("Places", "\(catalogue.places.count)"),
            .text("Pathways", "\(catalogue.pathways.count)"),
        ]
        variation = views.link(SitePaths.variation, "Variation between places")
        variationCounts = [
            .text("Unwarranted differences", "\(views.variation.report.unwarranted)"),
            .text("Warranted differences", "\(views.variation.report.warranted)"),
        ]
    }
}

/// A place: every pathway available there, grouped by type, and the core types it lacks.
struct PlacePage {
    struct TypeGroup {
        let type: LinkView
        let pathways: [PathwayCardView]
        /// Set when the place has no pathway of a core type: the gap is made visible.
        let missing: Bool
    }

    /// Anchors the template uses, which body headings must not take.
    static let reservedAnchors: Set<String> = ["main", "pathways", "about", "notes", "neighbours"]

    let name: String
    let facts: [FactView]
    let neighbours: [LinkView]
    let postcodeDistricts: String?
    let groups: [TypeGroup]
    let bodyHTML: String

    init(_ place: Place, views: ViewBuilder) {
        let catalogue = views.catalogue
        name = place.name
        let system = views.systemLink(place.system)
        var facts = [FactView(label: "System", value: system.label, href: system.href)]
        for trust in catalogue.trusts(serving: place) {
            facts.append(.link("Ambulance trust", views.trustLink(trust)))
        }
        if let authority = place.localAuthority {
            facts.append(.text("Local authority", authority))
        }
        self.facts = facts
        neighbours = place.neighbours.map(views.placeLink)
        postcodeDistricts = place.postcodeDistricts.isEmpty ? nil : place.postcodeDistricts.joined(separator: ", ")
        let pathways = catalogue.pathways(atPlace: place.id)
        let core = Set(catalogue.coreTypes)
        groups = catalogue.pathwayTypes.compactMap { type in
            let here = pathways.filter { $0.type == type.id }
            guard !here.isEmpty || core.contains(type.id) else { return nil }
            return TypeGroup(type: views.typeLink(type.id), pathways: here.map(views.card), missing: here.isEmpty)
        }
        bodyHTML = Markdown.render(place.source.body, reservedAnchors: Self.reservedAnchors).html
    }
}

/// A pathway type: what it is for, and every place side by side on the compared fields.
struct PathwayTypePage {
    /// Anchors the template uses, which body headings must not take.
    static let reservedAnchors: Set<String> = ["main", "places"]

    struct Row {
        let place: LinkView
        let system: String
        let pathway: LinkView?
        let status: StatusView?
        /// The hours in words, and as JSON for "open now" when the pathway is active.
        let hours: String?
        let hoursJSON: String?
        let values: [String]
    }

    let name: String
    let description: String?
    let core: Bool
    let columns: [String]
    let rows: [Row]
    let bodyHTML: String
    /// The type's matrix in the Variation section.
    let variation: LinkView

    init(_ type: PathwayType, views: ViewBuilder) {
        let catalogue = views.catalogue
        name = type.name
        description = type.description
        core = type.core
        columns = type.compare.map(\.label)
        var rows: [Row] = []
        for place in catalogue.places {
            let systemName = catalogue.system(place.system)?.name ?? place.system
            let pathways = catalogue.pathways(atPlace: place.id).filter { $0.type == type.id }
            if pathways.isEmpty {
                rows.append(
                    Row(
                        place: views.placeLink(place.id), system: systemName, pathway: nil, status: nil,
                        hours: nil, hoursJSON: nil, values: type.compare.map { _ in "" }))
            }
            for pathway in pathways {
                rows.append(
                    Row(
                        place: views.placeLink(place.id), system: systemName, pathway: views.pathwayLink(pathway),
                        status: StatusView(pathway.status), hours: HoursDescription(hours: pathway.hours).summary,
                        hoursJSON: ViewBuilder.hoursJSON(pathway),
                        values: type.compare.map { Self.text(of: $0.field, in: pathway) }))
            }
        }
        self.rows = rows
        bodyHTML = Markdown.render(type.source.body, reservedAnchors: Self.reservedAnchors).html
        variation = views.link(SitePaths.variationType(type.id), "Where places differ on \(type.name)")
    }

    /// A compared value as the table shows it: an absent age limit is no limit, not a gap.
    static func text(of field: String, in pathway: Pathway) -> String {
        if let value = pathway.value(of: field) { return value.description }
        return field.hasPrefix("eligibility.age_") ? "no limit" : "not stated"
    }
}
