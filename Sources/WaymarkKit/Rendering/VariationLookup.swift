/// The variation report indexed the way the pages read it: the scopes each place belongs to, each
/// scope's findings, and the findings about one pathway's field in one scope. Built once per site.
struct VariationLookup: Sendable {
    let report: VariationReport
    private let scopesByPlace: [String: [VariationScope]]
    /// Positions in `report.findings`, not copies: a large catalogue has tens of thousands.
    private let findingsByScope: [String: [Int]]
    private let findingsByCell: [String: [Int]]
    private let titles: [String: String]

    /// Indexes `report`, naming pathways by their titles in `catalogue`.
    init(_ report: VariationReport, catalogue: Catalogue? = nil) {
        self.report = report
        titles = Dictionary(
            (catalogue?.pathways ?? []).map { ($0.id, $0.title) }, uniquingKeysWith: { first, _ in first })
        var scopesByPlace: [String: [VariationScope]] = [:]
        for scope in report.scopes {
            for place in scope.places { scopesByPlace[place, default: []].append(scope) }
        }
        self.scopesByPlace = scopesByPlace
        var byScope: [String: [Int]] = [:]
        var cells: [String: [Int]] = [:]
        for (offset, finding) in report.findings.enumerated() {
            byScope[finding.scope, default: []].append(offset)
            guard let pathway = finding.pathway, let field = finding.field?.field else { continue }
            cells[Self.key(finding.scope, pathway, field), default: []].append(offset)
        }
        findingsByScope = byScope
        findingsByCell = cells
    }

    private static func key(_ scope: String, _ pathway: String, _ field: String) -> String {
        scope + "\u{0}" + pathway + "\u{0}" + field
    }

    /// The scopes place `id` is compared in: its trusts' footprints, then England when it exists.
    func scopes(ofPlace id: String) -> [VariationScope] { scopesByPlace[id, default: []] }

    /// The trust scope a place's row sits in on a matrix: the first trust footprint holding it,
    /// else England.
    func homeScope(ofPlace id: String) -> VariationScope? {
        let scopes = scopes(ofPlace: id)
        return scopes.first { !$0.isEngland } ?? scopes.first
    }

    /// Every finding reported in scope `id`, in the report's order.
    func findings(inScope id: String) -> [VariationFinding] {
        findingsByScope[id, default: []].map { report.findings[$0] }
    }

    /// The findings that pathway `pathway` itself departs on `field` in scope `scope`: from its
    /// peers (outlier, differs, set) or from the baseline. Boundaries are pairs, listed apart.
    func deviations(scope: String, pathway: String, field: String) -> [VariationFinding] {
        findingsByCell[Self.key(scope, pathway, field), default: []].map { report.findings[$0] }.filter {
            $0.kind != .boundary
        }
    }

    /// The title of pathway `id`, as the links to it in findings read.
    func title(ofPathway id: String) -> String? { titles[id] }

    /// The England scope, when the catalogue spans more than one trust's places.
    var england: VariationScope? { report.scopes.first(where: \.isEngland) }
}
