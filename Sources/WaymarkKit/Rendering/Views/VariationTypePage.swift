/// One pathway type's matrix: every place (by trust, then system) against the type's compared
/// fields, each value marked where it departs from the trust's peers, with the trust's typical
/// values as a summary row.
struct VariationTypePage {
    /// A compared field, or the baseline's field when the type does not compare it.
    struct Column {
        let label: String
        /// The baseline the column is held to, when it has one.
        let note: String?
    }

    /// One trust's places.
    struct Matrix {
        let heading: String
        /// The id of the table's caption.
        let captionID: String
        let caption: String
        /// The scope's summary page.
        let summary: LinkView?
        let systems: [MatrixSystem]
        /// "Typical across NAS", then the scope's typical value for each column.
        let typicalLabel: String
        let typical: [String]
    }

    /// One system's rows in a matrix.
    struct MatrixSystem {
        let system: LinkView
        /// How many columns the system's heading row spans.
        let span: Int
        let rows: [MatrixRow]
    }

    /// A pathway of the type at a place, or the place's lack of one.
    struct MatrixRow {
        let place: LinkView
        let pathway: LinkView?
        let status: StatusView?
        /// Why the row has no values: the pathway is not active, or there is none.
        let note: String?
        /// Set when the note marks a gap in a core type.
        let gap: Bool
        /// How many columns the note spans.
        let span: Int
        let cells: [MatrixCell]
    }

    /// One value, with a marker for each way it departs from its peers.
    struct MatrixCell {
        let value: String
        /// `unwarranted` when any marker is, else `warranted` when there is one, else `in-line`.
        let key: String
        let flags: [FlagView]
    }

    let name: String
    let type: LinkView
    let description: String?
    let columns: [Column]
    let matrices: [Matrix]
    let counts: [FactView]
    let boundaries: [FindingView]
    /// England's summary page and typical values, when England is a scope of its own.
    let england: LinkView?
    let englandTypical: [FactView]
    let unwarrantedSymbol = VariationWording.unwarrantedSymbol
    let warrantedSymbol = VariationWording.warrantedSymbol

    init(_ type: PathwayType, views: ViewBuilder) {
        let catalogue = views.catalogue
        let lookup = views.variation
        name = type.name
        self.type = views.typeLink(type.id)
        description = type.description
        var fields = type.compare.map(\.field)
        var columns = type.compare.map { Column(label: $0.label, note: nil) }
        if let baseline = type.baseline, baseline.minimum != nil || baseline.maximum != nil {
            let note =
                "Baseline: \(VariationFinding.limit(baseline.minimum, baseline.maximum))"
                + (baseline.origin.map { " (\($0))" } ?? "")
            if let position = fields.firstIndex(of: baseline.field) {
                columns[position] = Column(label: columns[position].label, note: note)
            } else {
                fields.append(baseline.field)
                columns.append(Column(label: baseline.field, note: note))
            }
        }
        self.columns = columns
        let span = columns.count + 2
        let core = catalogue.coreTypes.contains(type.id)
        matrices = views.placeGroups().map { group in
            let scopeName = group.scope?.name ?? group.heading
            return Matrix(
                heading: group.heading, captionID: "matrix-\(group.anchor)",
                caption: "\(type.name) across \(scopeName): each place's values, marked where they differ from peers",
                summary: group.scope.map { views.link(SitePaths.variationScope($0), "Summary for \($0.name)") },
                systems: group.systems.map { system in
                    MatrixSystem(
                        system: views.systemLink(system.id), span: span,
                        rows: system.places.flatMap {
                            Self.rows(at: $0, type: type, fields: fields, scope: group.scope, core: core, views: views)
                        })
                },
                typicalLabel: "Typical across \(scopeName)",
                typical: fields.map { field in Self.typical(field, of: type, in: group.scope, lookup: lookup) })
        }
        let findings = lookup.report.findings.filter { $0.type == type.id }
        counts = [
            .text("Unwarranted differences", "\(findings.count { !$0.warranted })"),
            .text("Warranted differences", "\(findings.count(where: \.warranted))"),
        ]
        boundaries = findings.filter { $0.kind == .boundary }.map(views.findingView)
        england = lookup.england.map { views.link(SitePaths.variationScope($0), "Summary for England") }
        englandTypical =
            lookup.england.map { england in
                type.compare.map { .text($0.label, Self.typical($0.field, of: type, in: england, lookup: lookup)) }
            } ?? []
    }

    /// The rows of `place`: one per pathway of the type, or one saying there is none.
    private static func rows(
        at place: Place, type: PathwayType, fields: [String], scope: VariationScope?, core: Bool, views: ViewBuilder
    ) -> [MatrixRow] {
        let pathways = views.catalogue.pathways(atPlace: place.id).filter { $0.type == type.id }
        let placeLink = views.placeLink(place.id)
        guard !pathways.isEmpty else {
            return [
                MatrixRow(
                    place: placeLink, pathway: nil, status: nil, note: "No \(type.name) pathway at this place",
                    gap: core, span: fields.count, cells: [])
            ]
        }
        // A core type with no active pathway here is a gap, whatever the other pathways' status.
        let gap = core && !pathways.contains { $0.status == .active }
        let home = views.variation.homeScope(ofPlace: place.id)
        return pathways.map { pathway in
            guard pathway.status == .active else {
                let status = StatusView(pathway.status)
                return MatrixRow(
                    place: placeLink, pathway: views.pathwayLink(pathway), status: status,
                    note: "Not compared: only active pathways are, and this one is \(status.label.lowercased())",
                    gap: gap, span: fields.count, cells: [])
            }
            let cells = fields.map { field in
                // Peers are measured in the matrix's scope; the baseline in the place's home scope.
                let peers = scope.map {
                    views.variation.deviations(scope: $0.id, pathway: pathway.id, field: field)
                        .filter { $0.kind != .baseline }
                }
                let baseline = home.map {
                    views.variation.deviations(scope: $0.id, pathway: pathway.id, field: field)
                        .filter { $0.kind == .baseline }
                }
                let flags = ((peers ?? []) + (baseline ?? [])).map { views.flag($0) }
                let key =
                    flags.isEmpty ? "in-line" : flags.contains { $0.key == "unwarranted" } ? "unwarranted" : "warranted"
                return MatrixCell(value: PathwayTypePage.text(of: field, in: pathway), key: key, flags: flags)
            }
            return MatrixRow(
                place: placeLink, pathway: views.pathwayLink(pathway), status: StatusView(pathway.status), note: nil,
                gap: false, span: fields.count, cells: cells)
        }
    }

    /// What the scope's pathways mostly say on `field`, or the baseline when the type does not compare it.
    private static func typical(
        _ field: String, of type: PathwayType, in scope: VariationScope?, lookup: VariationLookup
    )
        -> String
    {
        guard let scope else { return "not compared" }
        if let comparison = lookup.report.comparison(scope: scope.id, type: type.id, field: field) {
            return VariationWording.typical(comparison) + " (\(VariationWording.pathways(comparison.points.count)))"
        }
        if let baseline = type.baseline, baseline.field == field {
            return "standard: " + VariationFinding.limit(baseline.minimum, baseline.maximum)
        }
        return "not compared"
    }
}
