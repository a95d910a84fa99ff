/// A trust: its footprint and the bodies that govern its pathways.
struct TrustPage {
    struct SystemEntry {
        let link: LinkView
        let places: [LinkView]
    }

    let name: String
    let facts: [FactView]
    let systems: [SystemEntry]
    let bodies: [LinkView]
    let bodyHTML: String

    init(_ trust: Trust, views: ViewBuilder) {
        let catalogue = views.catalogue
        name = trust.name
        var facts: [FactView] = []
        if let short = trust.shortName { facts.append(.text("Short name", short)) }
        if let code = trust.odsCode { facts.append(.text("ODS code", code)) }
        facts.append(.text("NHS England region", trust.region))
        self.facts = facts
        systems = trust.systems.map { id in
            SystemEntry(
                link: views.systemLink(id),
                places: catalogue.places(inSystem: id, servedBy: trust.id).map {
                    views.placeLink($0.id)
                })
        }
        let footprint = Set(trust.systems)
        bodies = catalogue.governanceBodies
            .filter {
                $0.trust == trust.id || ($0.kind == .icbBoard && $0.members.contains { footprint.contains($0.system) })
            }
            .map { views.bodyLink($0.id) }
        bodyHTML = Markdown.render(trust.source.body).html
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

/// A governance body: who sits on it, what it may approve, and what it has approved.
struct GovernanceBodyPage {
    struct MemberEntry {
        let system: LinkView
        let host: Bool
        let ratifiedOn: String?
    }

    struct ApprovalEntry {
        let pathway: LinkView
        let status: StatusView
        let approvedOn: String
        let reviewDue: String
    }

    let name: String
    let isJointCommittee: Bool
    let facts: [FactView]
    let members: [MemberEntry]
    let authority: [LinkView]
    let approvals: [ApprovalEntry]
    let bodyHTML: String

    init(_ body: GovernanceBody, views: ViewBuilder) {
        let catalogue = views.catalogue
        name = body.name
        isJointCommittee = body.kind == .jointCommittee
        var facts: [FactView] = [.text("Kind", body.kind.label)]
        if let trust = body.trust {
            facts.append(.link("Trust footprint", views.trustLink(trust)))
        }
        if let chair = body.chair { facts.append(.text("Chair", chair)) }
        if let established = body.established {
            facts.append(.text("Established", established.longDescription))
        }
        self.facts = facts
        members = body.members.map { member in
            MemberEntry(
                system: views.systemLink(member.system), host: member.host,
                ratifiedOn: body.ratified.first { $0.system == member.system }?.date.longDescription)
        }
        authority = body.authority.map(views.typeLink)
        approvals = catalogue.pathways.filter { $0.governance.approvedBy == body.id }.map { pathway in
            ApprovalEntry(
                pathway: views.pathwayLink(pathway), status: StatusView(pathway.status),
                approvedOn: pathway.governance.approvedOn.longDescription,
                reviewDue: pathway.governance.reviewDue.longDescription)
        }
        bodyHTML = Markdown.render(body.source.body).html
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
