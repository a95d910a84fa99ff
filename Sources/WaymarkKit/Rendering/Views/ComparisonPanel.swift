/// "How this compares", on a pathway's page: each compared field against what its peers mostly
/// say in each scope it is compared in, how it differs and why, its baseline, and its boundaries.
struct ComparisonPanel {
    /// One compared field.
    struct Row {
        let label: String
        let value: String
        /// The typical value in each scope, in the order of `scopes`.
        let peers: [String]
        /// Each way the value departs, in any scope; none means in line with peers.
        let flags: [FlagView]
        /// The pathway's declared variation of the field, if any.
        let declaration: DeclarationView?
    }

    /// The type's baseline and whether this pathway meets it.
    struct BaselineView {
        let label: String
        let standard: String
        let value: String
        /// `nil` when the pathway meets the standard.
        let flag: FlagView?
    }

    /// Whether the pathway was compared: only active ones are.
    let compared: Bool
    /// Why not, when it was not.
    let notCompared: String?
    let caption: String
    /// The scopes' column headings: "Typical across NAS", then England when it is a scope.
    let scopes: [String]
    let rows: [Row]
    let baseline: BaselineView?
    /// Boundary differences with neighbouring places in other systems; each links to the neighbour.
    let boundaries: [FindingView]
    /// The type's matrix in the Variation section.
    let matrix: LinkView

    init(_ pathway: Pathway, views: ViewBuilder) {
        let catalogue = views.catalogue
        let lookup = views.variation
        let type = catalogue.pathwayType(pathway.type)
        let typeName = type?.name ?? pathway.type
        matrix = views.link(SitePaths.variationType(pathway.type), "\(typeName) in every place, side by side")
        caption = "\(pathway.title) against the typical values of its peers"
        guard pathway.status == .active, let type else {
            compared = false
            notCompared =
                "Not compared: only active pathways are compared with their peers, and this one is "
                + "\(StatusView(pathway.status).label.lowercased())."
            (scopes, rows, baseline, boundaries) = ([], [], nil, [])
            return
        }
        compared = true
        notCompared = nil
        let placeScopes = lookup.scopes(ofPlace: pathway.place)
        scopes = placeScopes.map { "Typical across \($0.name)" }
        let findings = lookup.report.findings(aboutPathway: pathway.id)
        let own = findings.filter { $0.pathway == pathway.id }
        rows = type.compare.map { field in
            let deviations = own.filter {
                $0.field?.field == field.field && [.outlier, .differs, .set].contains($0.kind)
            }
            return Row(
                label: field.label, value: PathwayTypePage.text(of: field.field, in: pathway),
                peers: placeScopes.map { scope in
                    let comparison = lookup.report.comparison(scope: scope.id, type: type.id, field: field.field)
                    return VariationWording.typical(comparison)
                        + (comparison.map { " (\(VariationWording.pathways($0.points.count)))" } ?? "")
                },
                flags: deviations.map { views.flag($0, declared: false) },
                declaration: Self.declaration(of: field.field, in: pathway, deviations, views: views))
        }
        if let standard = type.baseline, standard.minimum != nil || standard.maximum != nil {
            let missed = own.first { $0.kind == .baseline }
            baseline = BaselineView(
                label: type.compare.first { $0.field == standard.field }?.label ?? standard.field,
                standard: VariationFinding.limit(standard.minimum, standard.maximum)
                    + (standard.origin.map { " (\($0))" } ?? ""),
                value: PathwayTypePage.text(of: standard.field, in: pathway), flag: missed.map { views.flag($0) })
        } else {
            baseline = nil
        }
        // Each boundary links to the pathway on the other side, whichever side this one is.
        boundaries = findings.filter { $0.kind == .boundary }.map { finding in
            let view = views.findingView(finding)
            let other = finding.pathway == pathway.id ? view.neighbour ?? view.subject : view.subject
            return FindingView(
                flag: view.flag, segments: view.segments, subject: other, neighbour: nil, isNew: view.isNew)
        }
    }

    /// The declaration a finding carries, else the pathway's own declaration of the field (or of
    /// a group holding it, as `hours` holds `hours.weekends`).
    private static func declaration(
        of field: String, in pathway: Pathway, _ findings: [VariationFinding], views: ViewBuilder
    ) -> DeclarationView? {
        if let declared = findings.lazy.compactMap(\.declaration).first { return views.declaration(declared) }
        guard
            let variation = pathway.variations.first(where: {
                $0.field == field || field.hasPrefix($0.field + ".")
            })
        else { return nil }
        return DeclarationView(
            rationale: variation.rationale, approver: views.bodyLink(variation.approvedBy),
            authorised: GovernanceCheck.mayApprove(variation.approvedBy, pathway, views.catalogue))
    }
}
