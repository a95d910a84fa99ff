/// A trust: its footprint, the bodies that govern its pathways, and the approvals register of
/// every pathway in its footprint.
struct TrustPage {
    struct SystemEntry {
        let link: LinkView
        let places: [LinkView]
    }

    let name: String
    let facts: [FactView]
    let systems: [SystemEntry]
    /// The joint committees whose footprint is this trust.
    let committees: [BodySummaryView]
    /// The ICB boards of the trust's systems.
    let boards: [BodySummaryView]
    /// Any other body that names this trust, such as a clinical network.
    let otherBodies: [LinkView]
    /// Every pathway at the places the trust serves, earliest review first.
    let approvals: [ApprovalRowView]
    let reviewCounts: [FactView]
    /// The build date in words, which the register's review states are measured from.
    let asOf: String
    let bodyHTML: String
    /// The trust's summary in the Variation section.
    let variation: LinkView

    /// Anchors the template uses, which body headings must not take.
    static let reservedAnchors: Set<String> = [
        "main", "footprint", "governance", "committees", "boards", "other-bodies", "approvals",
    ]

    init(_ trust: Trust, views: ViewBuilder) {
        let catalogue = views.catalogue
        name = trust.name
        var facts: [FactView] = []
        if let short = trust.shortName { facts.append(.text("Short name", short)) }
        if let code = trust.odsCode { facts.append(.text("ODS code", code)) }
        facts.append(.text("NHS England region", trust.region))
        self.facts = facts
        let footprint = trust.systems.map { (id: $0, places: catalogue.places(inSystem: $0, servedBy: trust.id)) }
        systems = footprint.map { system in
            SystemEntry(link: views.systemLink(system.id), places: system.places.map { views.placeLink($0.id) })
        }
        let committeeBodies = catalogue.governanceBodies.filter { $0.kind == .jointCommittee && $0.trust == trust.id }
        let boardBodies = catalogue.governanceBodies.filter { body in
            body.kind == .icbBoard && body.members.contains { trust.systems.contains($0.system) }
        }
        committees = committeeBodies.map(views.summary)
        boards = boardBodies.map(views.summary)
        let shown = Set((committeeBodies + boardBodies).map(\.id))
        otherBodies = catalogue.governanceBodies.filter { $0.trust == trust.id && !shown.contains($0.id) }.map {
            views.bodyLink($0.id)
        }
        approvals = views.approvalRows(footprint.flatMap { $0.places.flatMap { catalogue.pathways(atPlace: $0.id) } })
        reviewCounts = views.reviewCounts(approvals)
        asOf = views.today.longDescription
        let scope = views.variation.report.scope(trust.id) ?? VariationScope(id: trust.id, name: name, places: [])
        variation = views.link(SitePaths.variationScope(scope), "Where this trust's places differ from one another")
        let reserved = Self.reservedAnchors.union((committees + boards).map(\.anchor))
        bodyHTML = Markdown.render(trust.source.body, reservedAnchors: reserved).html
    }
}

/// An integrated care system: its ICB, trusts and places.
struct SystemPage {
    struct PlaceEntry {
        let link: LinkView
        let pathways: Int
    }

    let name: String
    let facts: [FactView]
    let places: [PlaceEntry]
    let bodies: [LinkView]
    let bodyHTML: String

    init(_ system: System, views: ViewBuilder) {
        let catalogue = views.catalogue
        name = system.name
        var facts: [FactView] = []
        if let icb = system.icbName { facts.append(.text("Integrated care board", icb)) }
        if let code = system.icbOdsCode { facts.append(.text("ICB ODS code", code)) }
        facts.append(.text("NHS England region", system.region))
        for trust in system.trusts {
            facts.append(.link("Ambulance trust", views.trustLink(trust)))
        }
        self.facts = facts
        places = catalogue.places(inSystem: system.id).map {
            PlaceEntry(link: views.placeLink($0.id), pathways: catalogue.pathways(atPlace: $0.id).count)
        }
        bodies = catalogue.governanceBodies.filter { $0.members.contains { $0.system == system.id } }.map {
            views.bodyLink($0.id)
        }
        bodyHTML = Markdown.render(system.source.body).html
    }
}

/// A governance body: who sits on it, who hosts it, what it may approve, and what it has
/// approved, with overdue and soon-due reviews made plain.
struct GovernanceBodyPage {
    let name: String
    let isJointCommittee: Bool
    let facts: [FactView]
    let members: [MemberView]
    let authority: [LinkView]
    /// The pathways it approved, earliest review first.
    let approvals: [ApprovalRowView]
    let reviewCounts: [FactView]
    /// The build date in words, which the review states are measured from.
    let asOf: String
    let bodyHTML: String

    /// Anchors the template uses, which body headings must not take.
    static let reservedAnchors: Set<String> = ["main", "members", "authority", "approvals"]

    init(_ body: GovernanceBody, views: ViewBuilder) {
        let catalogue = views.catalogue
        name = body.name
        isJointCommittee = body.kind == .jointCommittee
        var facts: [FactView] = [.text("Kind", body.kind.label)]
        if let trust = body.trust {
            facts.append(.link("Trust footprint", views.trustLink(trust)))
        }
        self.facts = facts + views.hostAndChair(of: body)
        members = body.members.map { views.member($0, of: body) }
        authority = body.authority.map(views.typeLink)
        approvals = views.approvalRows(catalogue.pathways(approvedBy: body.id))
        reviewCounts = views.reviewCounts(approvals)
        asOf = views.today.longDescription
        bodyHTML = Markdown.render(body.source.body, reservedAnchors: Self.reservedAnchors).html
    }
}

extension GovernanceKind {
    /// How the kind reads on a page.
    var label: String {
        switch self {
        case .jointCommittee: "Joint committee"
        case .icbBoard: "ICB board"
        case .clinicalNetwork: "Clinical network"
        case .trustBoard: "Trust board"
        }
    }
}
