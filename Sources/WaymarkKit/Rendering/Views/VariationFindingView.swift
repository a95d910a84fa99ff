/// A piece of a sentence, set as code or as plain text.
struct TextSegment {
    let text: String
    let isCode: Bool
}

/// A difference marked on a page: a symbol for the eye, the same thing in words for everyone,
/// and the declared rationale when there is one.
struct FlagView {
    /// The CSS class suffix: `unwarranted` or `warranted`.
    let key: String
    /// ▲ or ◆, hidden from screen readers: the text says the same.
    let symbol: String
    /// "Unwarranted: outlier (median 65 across NAS)".
    let text: String
    let declaration: DeclarationView?
}

/// A difference a pathway declares in its `variations`, with the body that approved it.
struct DeclarationView {
    let rationale: String
    let approver: LinkView
    /// Whether the approver may approve it; an unauthorised declaration does not warrant the difference.
    let authorised: Bool
}

/// A finding in a list: its marker, its message, and links to the pathways it is about.
struct FindingView {
    let flag: FlagView
    /// The message, its quoted codes set apart.
    let segments: [TextSegment]
    /// The pathway, or for a coverage finding the place.
    let subject: LinkView
    /// The neighbour's pathway, for a boundary.
    let neighbour: LinkView?
    /// Set when the finding is new since the earlier report the build was compared with.
    let isNew: Bool
}

extension ViewBuilder {
    /// `finding` as a list shows it: the marker says only whether it is warranted, since the
    /// message gives the rest, rationale included.
    func findingView(_ finding: VariationFinding) -> FindingView {
        var subject = placeLink(finding.place)
        if let id = finding.pathway {
            subject = link(SitePaths.pathway(id), variation.title(ofPathway: id) ?? id)
        }
        var neighbour: LinkView?
        if case .boundary(let other) = finding.detail {
            neighbour = link(
                SitePaths.pathway(other.pathway), variation.title(ofPathway: other.pathway) ?? other.pathway)
        }
        return FindingView(
            flag: FlagView(
                key: finding.warranted ? "warranted" : "unwarranted",
                symbol: finding.warranted ? VariationWording.warrantedSymbol : VariationWording.unwarrantedSymbol,
                text: finding.warranted ? "Warranted" : "Unwarranted", declaration: nil),
            segments: VariationWording.segments(
                finding.message.hasSuffix(".") ? finding.message : finding.message + "."),
            subject: subject, neighbour: neighbour, isNew: finding.isNew == true)
    }

    /// The marker of `finding`: warranted or not, its kind, what it was measured against, and
    /// (when `declared`) the declared rationale with its approver.
    func flag(_ finding: VariationFinding, declared: Bool = true) -> FlagView {
        let status = finding.warranted ? "Warranted" : "Unwarranted"
        return FlagView(
            key: finding.warranted ? "warranted" : "unwarranted",
            symbol: finding.warranted ? VariationWording.warrantedSymbol : VariationWording.unwarrantedSymbol,
            text: "\(status): \(VariationWording.kind(finding.kind)) (\(VariationWording.against(finding)))",
            declaration: declared ? finding.declaration.map(declaration) : nil)
    }

    /// A declaration as a page shows it.
    func declaration(_ declaration: VariationFinding.Declaration) -> DeclarationView {
        DeclarationView(
            rationale: declaration.rationale, approver: bodyLink(declaration.approvedBy),
            authorised: declaration.authorised)
    }
}
