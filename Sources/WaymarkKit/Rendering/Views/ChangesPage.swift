/// "What's changed": every pathway's current version, newest approval first, so a crew or a lead
/// can see what moved since they last looked. The Atom feed carries the same entries.
struct ChangesPage {
    struct Entry {
        let link: LinkView
        let status: StatusView
        let place: LinkView
        let type: LinkView
        /// "Version 3 approved", or "Approved" when the pathway gives no version.
        let what: String
        let approvedOn: String
        let approver: LinkView
    }

    struct Month {
        /// "November 2026".
        let name: String
        /// The heading's id: `changes-2026-11`.
        let anchor: String
        var entries: [Entry]
    }

    /// How many of the most recent approvals the page and the feed list.
    static let limit = 200

    let months: [Month]
    let feed: LinkView
    let total: Int
    let shown: Int

    init(views: ViewBuilder) {
        let catalogue = views.catalogue
        let recent = Self.recent(catalogue.pathways)
        var months: [Month] = []
        for pathway in recent {
            let date = pathway.governance.approvedOn
            if months.last?.name != date.monthDescription {
                // `YYYY-MM`, from the date's `YYYY-MM-DD`.
                let anchor = "changes-" + date.description.prefix(7)
                months.append(Month(name: date.monthDescription, anchor: anchor, entries: []))
            }
            months[months.count - 1].entries.append(
                Entry(
                    link: views.pathwayLink(pathway), status: StatusView(pathway.status),
                    place: views.placeLink(pathway.place), type: views.typeLink(pathway.type),
                    what: Self.what(pathway), approvedOn: date.longDescription,
                    approver: views.bodyLink(pathway.governance.approvedBy)))
        }
        self.months = months
        feed = views.link(SitePaths.changesFeed, "Follow these changes as an Atom feed")
        total = catalogue.pathways.count
        shown = recent.count
    }

    /// The pathways with the most recent approvals, newest first, then by id.
    static func recent(_ pathways: [Pathway]) -> [Pathway] {
        Array(
            pathways.sorted {
                ($0.governance.approvedOn, $1.id) > ($1.governance.approvedOn, $0.id)
            }.prefix(limit))
    }

    /// "Version 3 approved" or "Approved".
    static func what(_ pathway: Pathway) -> String {
        pathway.governance.version.map { "Version \($0) approved" } ?? "Approved"
    }
}

/// The page a web server shows for an address the site does not have.
struct NotFoundPage {}

/// The search page: the form and the results are the search script's; the page itself carries
/// nothing of the catalogue, which the script reads from the search index.
struct SearchPage {}

extension ChangesPage: TemplateView, TemplateElement {
    func value(named name: String) -> TemplateValue? {
        switch name {
        case "months": TemplateValue(months)
        case "feed": TemplateValue(feed)
        case "total": TemplateValue(total)
        case "shown": TemplateValue(shown)
        default: nil
        }
    }
}

extension ChangesPage.Month: TemplateView, TemplateElement {
    func value(named name: String) -> TemplateValue? {
        switch name {
        case "name": TemplateValue(self.name)
        case "anchor": TemplateValue(anchor)
        case "entries": TemplateValue(entries)
        default: nil
        }
    }
}

extension ChangesPage.Entry: TemplateView, TemplateElement {
    func value(named name: String) -> TemplateValue? {
        switch name {
        case "link": TemplateValue(link)
        case "status": TemplateValue(status)
        case "place": TemplateValue(place)
        case "type": TemplateValue(type)
        case "what": TemplateValue(what)
        case "approvedOn": TemplateValue(approvedOn)
        case "approver": TemplateValue(approver)
        default: nil
        }
    }
}

extension NotFoundPage: TemplateView, TemplateElement {
    func value(named name: String) -> TemplateValue? { nil }
}

extension SearchPage: TemplateView, TemplateElement {
    func value(named name: String) -> TemplateValue? { nil }
}
