/// What every page's layout needs, with the page's own view as `content`.
///
/// Templates push `content` with `{{#content}}…{{/content}}`; names they do not find there
/// (`root`, `site`) resolve to this frame.
struct PageView<Content: TemplateView> {
    /// The relative prefix back to the site root, for every link on the page.
    let root: String
    let site: SiteView
    /// The page's own title (the layout adds the site's).
    let title: String
    /// The trail from the home page, last item the page itself.
    let breadcrumbs: [LinkView]
    /// The date the build was made for, as people read it: "22 November 2026".
    let buildDate: String
    /// The same date, `YYYY-MM-DD`, for the script that says how old an offline copy is.
    let built: String
    /// The page's path from the site root, which the site script looks its revision up by.
    let page: String
    /// A digest of the page itself, which the site script compares with the server's.
    let revision: String
    /// The file listing the current revision of this page and some others, from the site root.
    let check: String
    /// The stylesheet's path from this page.
    let stylesheet: String
    /// The scripts' paths from this page, in the order they run.
    let scripts: [String]
    /// The search page.
    let search: LinkView
    /// "What's changed".
    let changes: LinkView
    /// The "Writing pathways" reference, linked from every page's footer.
    let reference: LinkView
    /// The Variation section, linked from every page's footer.
    let variation: LinkView
    let content: Content
}

/// The site settings a layout shows.
struct SiteView {
    let title: String
    /// Whether to show the "sample data, not for clinical use" banner.
    let sample: Bool
    /// The zone opening hours are written in, which the "open now" script reads them in.
    let timeZone: String
}

/// A link to another page.
struct LinkView {
    let href: String
    let label: String
}

/// A pathway's status as a badge that never relies on colour alone.
struct StatusView {
    /// The CSS class suffix: `active`, `suspended`, `retired`, `draft`.
    let key: String
    let label: String
    /// What a crew must know, shown prominently when the pathway is not active.
    let warning: String?
    let isActive: Bool

    init(_ status: PathwayStatus) {
        key = status.rawValue
        isActive = status == .active
        switch status {
        case .active:
            label = "Active"
            warning = nil
        case .suspended:
            label = "Suspended"
            warning = "Suspended: this pathway is not taking referrals. Do not refer; use the usual route."
        case .retired:
            label = "Retired"
            warning = "Retired: this pathway no longer exists. Do not refer."
        case .draft:
            label = "Draft"
            warning = "Draft: not yet approved for use. Do not refer."
        }
    }
}

/// A pathway in a list: enough to choose it at a glance.
struct PathwayCardView {
    let href: String
    let title: String
    let typeName: String
    let placeName: String
    let status: StatusView
    let summary: String
    let hours: String
    let phone: String?
    let telephoneHref: String?
    /// Set when the pathway is in use and its review is overdue on the build date.
    let reviewWarning: String?
    /// The hours as JSON for the "open now" script; only for an active pathway, since no other
    /// takes referrals whatever the time.
    let hoursJSON: String?
}

/// A vocabulary term as a page shows it.
struct TermView {
    let code: String
    let label: String
    let description: String?
}

/// A label and a value, for definition lists.
struct FactView {
    let label: String
    let value: String
    /// When set, the value links here.
    let href: String?

    /// A fact whose value is plain text.
    static func text(_ label: String, _ value: String) -> FactView { FactView(label: label, value: value, href: nil) }

    /// A fact whose value links to another page.
    static func link(_ label: String, _ link: LinkView) -> FactView {
        FactView(label: label, value: link.label, href: link.href)
    }
}
