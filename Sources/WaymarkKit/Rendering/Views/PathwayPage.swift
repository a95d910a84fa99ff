/// The pathway page: summary first, then who qualifies, how to refer, hours, and governance.
struct PathwayPage {
    struct HoursLine {
        let days: String
        let times: String
    }

    struct ClosureView {
        let from: String
        let to: String
        let reason: String?
    }

    struct VariationView {
        let field: String
        let rationale: String
        let approver: LinkView
    }

    let title: String
    let status: StatusView
    let summary: String
    let type: LinkView
    let place: LinkView
    let system: LinkView
    let provider: String?
    let age: String
    let include: [TermView]
    let exclude: [TermView]
    let thresholds: [FactView]
    let alwaysOpen: Bool
    let hoursLines: [HoursLine]
    let bankHolidays: String
    let closures: [ClosureView]
    let lastReferral: String?
    let responseTarget: String?
    let methods: String
    let phone: String?
    let telephoneHref: String?
    let publicPhone: String?
    let acceptsFrom: [TermView]
    let bodyHTML: String
    let approver: LinkView
    let approvedOn: String
    let reviewDue: String
    /// Where the review stands on the build date; `nil` for a draft or retired pathway.
    let review: ReviewView?
    /// Shown near the top when the pathway is in use and its review is overdue.
    let reviewWarning: String?
    /// Shown near the top when the pathway is in use and its review is due soon.
    let reviewNotice: String?
    /// The hours as JSON for the "open now" script; only for an active pathway.
    let hoursJSON: String?
    let version: String?
    let owner: String
    let contact: String?
    let contactHref: String?
    let variations: [VariationView]
    /// "How this compares": the pathway against its peers.
    let comparison: ComparisonPanel

    /// Anchors the template uses, which body headings must not take.
    static let reservedAnchors: Set<String> = [
        "main", "summary", "eligibility", "referral", "hours", "response", "details", "governance", "variations",
        "comparison", "comparison-caption",
    ]

    init(_ pathway: Pathway, views: ViewBuilder) {
        let catalogue = views.catalogue
        let type = catalogue.pathwayType(pathway.type)
        title = pathway.title
        status = StatusView(pathway.status)
        let body = Markdown.render(pathway.source.body, reservedAnchors: Self.reservedAnchors)
        summary = pathway.summary ?? body.firstParagraph ?? ""
        self.type = views.typeLink(pathway.type)
        place = views.placeLink(pathway.place)
        system = views.systemLink(pathway.system)
        provider = pathway.provider?.name

        let eligibility = pathway.eligibility
        switch (eligibility.ageMin, eligibility.ageMax) {
        case (nil, nil): age = "Any age"
        case (let minimum?, nil): age = "\(minimum) and over"
        case (nil, let maximum?): age = "Up to \(maximum)"
        case (let minimum?, let maximum?): age = "\(minimum) to \(maximum)"
        }
        include = views.terms(eligibility.include, in: catalogue.criteria)
        exclude = views.terms(eligibility.exclude, in: catalogue.criteria)
        thresholds = eligibility.thresholds.map { entry in
            let field = "eligibility.\(entry.key)"
            let label =
                type?.compare.first { $0.field == field }?.label ?? entry.key.replacingOccurrences(of: "_", with: " ")
            return FactView(label: label, value: pathway.value(of: field)?.description ?? "", href: nil)
        }

        let hours = HoursDescription(hours: pathway.hours)
        alwaysOpen = pathway.hours.always
        hoursLines = hours.lines.map { HoursLine(days: $0.days, times: $0.times) }
        bankHolidays = hours.bankHolidays
        closures = pathway.hours.closures.map {
            ClosureView(from: $0.from.longDescription, to: $0.to.longDescription, reason: $0.reason)
        }
        lastReferral = pathway.hours.lastReferral?.description
        responseTarget = pathway.response?.targetMinutes.map { "Within \($0) minutes of referral" }

        methods = pathway.referral.methods.map(\.label).joined(separator: ", ")
        phone = pathway.referral.phone
        telephoneHref = pathway.referral.phone.map(ViewBuilder.telephoneHref)
        publicPhone = pathway.referral.publicPhone
        acceptsFrom = views.terms(pathway.referral.acceptsFrom, in: catalogue.roles)

        bodyHTML = body.html

        let approval = pathway.governance
        approver = views.bodyLink(approval.approvedBy)
        approvedOn = approval.approvedOn.longDescription
        reviewDue = approval.reviewDue.longDescription
        review = views.reviewState(of: pathway).map(ReviewView.init)
        reviewWarning = views.reviewWarning(for: pathway)
        reviewNotice = views.reviewNotice(for: pathway)
        hoursJSON = ViewBuilder.hoursJSON(pathway)
        version = approval.version
        owner = approval.owner
        contact = approval.contact
        contactHref = approval.contact.flatMap { $0.contains("@") && !$0.contains(" ") ? "mailto:" + $0 : nil }
        variations = pathway.variations.map { variation in
            let label = type?.compare.first { $0.field == variation.field }?.label ?? variation.field
            return VariationView(
                field: label, rationale: variation.rationale, approver: views.bodyLink(variation.approvedBy))
        }
        comparison = ComparisonPanel(pathway, views: views)
    }
}

extension ReferralMethod {
    /// How the method reads on a page.
    var label: String {
        switch self {
        case .phone: "Phone"
        case .cad: "Direct from CAD"
        case .booking: "Booking system"
        case .email: "Email"
        case .online: "Online form"
        }
    }
}
