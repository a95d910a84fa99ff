/// Builds view models from the catalogue, with links relative to one page.
struct ViewBuilder {
    let catalogue: Catalogue
    /// The relative prefix from the page being built back to the site root.
    let root: String
    /// The date the site is built for: reviews are overdue or due soon as seen on this day.
    let today: CalendarDate
    /// The variation analysis of the catalogue, for the Variation pages and each pathway's comparison.
    var variation = VariationLookup(.empty)

    func link(_ path: String, _ label: String) -> LinkView { LinkView(href: root + path, label: label) }

    func trustLink(_ id: String) -> LinkView {
        link(SitePaths.trust(id), catalogue.trust(id).map { $0.shortName ?? $0.name } ?? id)
    }

    func systemLink(_ id: String) -> LinkView { link(SitePaths.system(id), catalogue.system(id)?.name ?? id) }
    func placeLink(_ id: String) -> LinkView { link(SitePaths.place(id), catalogue.place(id)?.name ?? id) }
    func typeLink(_ id: String) -> LinkView { link(SitePaths.pathwayType(id), catalogue.pathwayType(id)?.name ?? id) }
    func bodyLink(_ id: String) -> LinkView {
        link(SitePaths.governanceBody(id), catalogue.governanceBody(id)?.name ?? id)
    }
    func pathwayLink(_ pathway: Pathway) -> LinkView { link(SitePaths.pathway(pathway.id), pathway.title) }

    func card(_ pathway: Pathway) -> PathwayCardView {
        PathwayCardView(
            href: root + SitePaths.pathway(pathway.id), title: pathway.title,
            typeName: catalogue.pathwayType(pathway.type)?.name ?? pathway.type,
            placeName: catalogue.place(pathway.place)?.name ?? pathway.place, status: StatusView(pathway.status),
            summary: pathway.shownSummary, hours: HoursDescription(hours: pathway.hours).summary,
            phone: pathway.referral.phone,
            telephoneHref: pathway.referral.phone.map(Self.telephoneHref),
            reviewWarning: reviewWarning(for: pathway), hoursJSON: Self.hoursJSON(pathway))
    }

    /// The hours as the "open now" script reads them, for an active pathway only.
    static func hoursJSON(_ pathway: Pathway) -> String? {
        pathway.status == .active ? pathway.hours.json.serialized() : nil
    }

    func terms(_ codes: [String], in vocabulary: Vocabulary) -> [TermView] {
        codes.map { code in
            let term = vocabulary.term(code)
            return TermView(code: code, label: term?.label ?? code, description: term?.description)
        }
    }

    /// `tel:` link for a UK number as written: "0113 496 0123" → `tel:+441134960123`.
    static func telephoneHref(_ number: String) -> String {
        let digits = number.filter { $0.isASCII && $0.isNumber }
        if digits.hasPrefix("0") { return "tel:+44" + digits.dropFirst() }
        return "tel:" + digits
    }
}

extension Pathway {
    /// The summary as pages show it: the pathway's own, or, when its schema lets it leave one
    /// out, the first paragraph of its body.
    var shownSummary: String {
        summary ?? Markdown.render(source.body).firstParagraph ?? ""
    }
}
