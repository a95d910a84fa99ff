import Testing

@testable import WaymarkKit

@Suite("Template lookups reach every field of every view")
struct ViewLookupTests {
    /// Every view built for the minimal fixture with a joint committee added, top-level pages
    /// first, then the pathway and place pages again on a day when reviews are overdue.
    static func pageViews() throws -> [Any] {
        let checked = try TestSupport.checkMinimal([
            "governance/north-joint-committee.md": GovernancePageTests.jointCommittee
        ])
        let catalogue = checked.catalogue
        let views = ViewBuilder(catalogue: catalogue, root: "../", today: CalendarDate("2026-11-22")!)
        var pages: [Any] = [HomePage(views: views)]
        pages += catalogue.trusts.map { TrustPage($0, views: views) }
        pages += catalogue.systems.map { SystemPage($0, views: views) }
        pages += catalogue.places.map { PlacePage($0, views: views) }
        pages += catalogue.pathwayTypes.map { PathwayTypePage($0, views: views) }
        pages += catalogue.pathways.map { PathwayPage($0, views: views) }
        pages += catalogue.governanceBodies.map { GovernanceBodyPage($0, views: views) }
        pages.append(ReferencePage(SchemaReference(documents: checked.schemas.documents)))
        pages += [ChangesPage(views: views), NotFoundPage()]
        let later = ViewBuilder(catalogue: catalogue, root: "../", today: CalendarDate("2027-03-21")!)
        pages += catalogue.pathways.map { PathwayPage($0, views: later) }
        pages += catalogue.places.map { PlacePage($0, views: later) }
        pages += try variationViews()
        let frame = PageView(
            root: "", site: SiteView(title: "T", sample: true, timeZone: "Europe/London"), title: "t",
            breadcrumbs: [views.link("index.html", "Home")],
            buildDate: "1 January 2026", built: "2026-01-01", page: "index.html", revision: "0123",
            check: "revisions/0.json",
            stylesheet: "s.css", scripts: ["a.js"], search: views.link("search.html", "Search"),
            changes: views.link("changes.html", "What's changed"),
            reference: views.link("reference/index.html", "Reference"),
            variation: views.link("variation/index.html", "Variation"),
            content: HomePage(views: views))
        return [frame] + pages
    }

    /// The Variation pages and the pathway pages of the `variation` fixture, which has a finding
    /// of every kind, warranted and unwarranted.
    static func variationViews() throws -> [Any] {
        let checked = Pipeline.check(try TestSupport.loadFixture("variation"))
        let catalogue = checked.catalogue
        let views = ViewBuilder(
            catalogue: catalogue, root: "../", today: CalendarDate("2026-11-22")!,
            variation: VariationLookup(checked.report.variation, catalogue: catalogue))
        var pages: [Any] = [VariationOverviewPage(views: views), HomePage(views: views)]
        pages += catalogue.pathwayTypes.map { VariationTypePage($0, views: views) }
        pages += checked.report.variation.scopes.map { VariationScopePage($0, views: views) }
        pages += catalogue.pathways.map { PathwayPage($0, views: views) }
        return pages
    }

    @Test("Each stored property is returned by value(named:), with the same value")
    func complete() throws {
        var checked = 0
        var seenTypes: Set<String> = []
        func walk(_ value: Any, path: String) {
            let mirror = Mirror(reflecting: value)
            if mirror.displayStyle == .optional {
                if let wrapped = mirror.children.first { walk(wrapped.value, path: path) }
                return
            }
            if mirror.displayStyle == .collection {
                for (offset, item) in mirror.children.enumerated() { walk(item.value, path: "\(path)[\(offset)]") }
                return
            }
            guard mirror.displayStyle == .struct, !(value is String) else { return }
            guard let parent = value as? any TemplateView else {
                Issue.record("\(path): \(type(of: value)) is not a TemplateView, so templates cannot read it")
                return
            }
            seenTypes.insert(String(reflecting: type(of: value)))
            for child in mirror.children {
                guard let label = child.label else { continue }
                let looked = parent.value(named: label)
                #expect(looked != nil, "\(path).\(label) is missing from \(type(of: value)).value(named:)")
                #expect(
                    looked.map(Self.describe) == String(describing: Self.flatten(child.value)),
                    "\(path).\(label) returns a different value")
                checked += 1
                walk(child.value, path: "\(path).\(label)")
            }
            #expect(parent.value(named: "no-such-field") == nil)
        }
        for (offset, view) in try Self.pageViews().enumerated() { walk(view, path: "view[\(offset)]") }
        #expect(checked > 150)
        #expect(seenTypes.count >= 55, "every view type should be reached: \(seenTypes.sorted())")
    }

    /// A template value as `String(describing:)` shows the property it came from.
    static func describe(_ value: TemplateValue) -> String {
        switch value {
        case .text(let text): text
        case .bool(let flag): String(flag)
        case .number(let number): number
        case .null: "nil"
        case .view(let view): String(describing: view)
        case .list(let list): String(describing: list)
        }
    }

    /// An optional's wrapped value, or "nil", as `value(named:)` gives nothing for it.
    static func flatten(_ value: Any) -> Any {
        let mirror = Mirror(reflecting: value)
        guard mirror.displayStyle == .optional else { return value }
        return mirror.children.first.map { flatten($0.value) } ?? "nil"
    }
}
