import Mustache

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

extension ChangesPage: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "months": months
        case "feed": feed
        case "total": total
        case "shown": shown
        default: nil
        }
    }
}

extension ChangesPage.Month: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "name": self.name
        case "anchor": anchor
        case "entries": entries
        default: nil
        }
    }
}

extension ChangesPage.Entry: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "link": link
        case "status": status
        case "place": place
        case "type": type
        case "what": what
        case "approvedOn": approvedOn
        case "approver": approver
        default: nil
        }
    }
}

extension NotFoundPage: MustacheParent {
    func child(named name: String) -> Any? { nil }
}

extension SearchPage: MustacheParent {
    func child(named name: String) -> Any? { nil }
}
