/// One scope's summary (a trust's footprint, or England): for each type and field how the values
/// spread and how many differences were found, then every finding in the scope.
struct VariationScopePage {
    /// One pathway type's fields.
    struct TypeSummary {
        /// The type's matrix.
        let link: LinkView
        let captionID: String
        let caption: String
        let rows: [FieldRow]
    }

    /// One compared field (or the baseline, or coverage) in the scope.
    struct FieldRow {
        let label: String
        /// "Number", "Category", "Set", "Baseline" or "Coverage".
        let kind: String
        /// How many pathways or places were compared.
        let compared: String
        let typical: String
        let spread: String
        let unwarranted: Int
        let warranted: Int
    }

    let name: String
    let lead: String
    let trust: LinkView?
    let counts: [FactView]
    let types: [TypeSummary]
    /// Outliers, differing categories and sets not in consensus.
    let peers: [FindingView]
    let baseline: [FindingView]
    let boundaries: [FindingView]
    let coverage: [FindingView]
    /// For England: where the findings that are not measured against peers are reported instead.
    let englandNote: String?
    let unwarrantedSymbol = VariationWording.unwarrantedSymbol
    let warrantedSymbol = VariationWording.warrantedSymbol

    init(_ scope: VariationScope, views: ViewBuilder) {
        let catalogue = views.catalogue
        let lookup = views.variation
        let findings = lookup.findings(inScope: scope.id)
        name = scope.name
        if scope.isEngland {
            lead = "Every place in the catalogue (\(scope.places.count)), compared as one: England as a whole."
            trust = nil
            englandNote =
                "Coverage and baseline findings are reported once, in the footprint of the trust that serves the place, "
                + "and a boundary in the footprint both places share; see each trust's summary for those."
        } else {
            let trustName = catalogue.trust(scope.id)?.name ?? scope.name
            lead =
                "The \(scope.places.count) places of \(trustName)'s footprint, across all its systems, compared with one another."
            trust = views.trustLink(scope.id)
            englandNote = nil
        }
        counts = [
            .text("Unwarranted differences", "\(findings.count { !$0.warranted })"),
            .text("Warranted differences", "\(findings.count(where: \.warranted))"),
            .text("Places", "\(scope.places.count)"),
        ]
        let core = Set(catalogue.coreTypes)
        let findingsByType = Dictionary(grouping: findings, by: \.type)
        types = catalogue.pathwayTypes.map { type in
            let ofType = findingsByType[type.id, default: []]
            func tally(_ selected: [VariationFinding]) -> (Int, Int) {
                (selected.count { !$0.warranted }, selected.count(where: \.warranted))
            }
            var rows: [FieldRow] = type.compare.map { field in
                let comparison = lookup.report.comparison(scope: scope.id, type: type.id, field: field.field)
                let (unwarranted, warranted) = tally(ofType.filter { $0.field?.field == field.field })
                return FieldRow(
                    label: field.label, kind: field.kind.rawValue.capitalized,
                    compared: VariationWording.pathways(comparison?.points.count ?? 0),
                    typical: VariationWording.typical(comparison),
                    spread: comparison.map(VariationWording.spread) ?? "",
                    unwarranted: unwarranted, warranted: warranted)
            }
            if let baseline = type.baseline, !type.compare.contains(where: { $0.field == baseline.field }) {
                let (unwarranted, warranted) = tally(ofType.filter { $0.kind == .baseline })
                rows.append(
                    FieldRow(
                        label: baseline.field, kind: "Baseline", compared: "every active pathway",
                        typical: "standard: " + VariationFinding.limit(baseline.minimum, baseline.maximum),
                        spread: baseline.origin ?? "", unwarranted: unwarranted, warranted: warranted))
            }
            if core.contains(type.id) {
                let (unwarranted, warranted) = tally(ofType.filter { $0.kind == .coverage })
                let offering = catalogue.placesActive(ofType: type.id)
                let covered = scope.places.count(where: offering.contains)
                rows.append(
                    FieldRow(
                        label: "Places with an active pathway", kind: "Coverage",
                        compared: "\(scope.places.count) places", typical: "\(covered) of \(scope.places.count) places",
                        spread: "", unwarranted: unwarranted, warranted: warranted))
            }
            return TypeSummary(
                link: views.link(SitePaths.variationType(type.id), "\(type.name): every place side by side"),
                captionID: "summary-\(type.id)", caption: "\(type.name) across \(scope.name)", rows: rows)
        }
        peers = findings.filter { [.outlier, .differs, .set].contains($0.kind) }.map(views.findingView)
        baseline = findings.filter { $0.kind == .baseline }.map(views.findingView)
        boundaries = findings.filter { $0.kind == .boundary }.map(views.findingView)
        coverage = findings.filter { $0.kind == .coverage }.map(views.findingView)
    }
}
