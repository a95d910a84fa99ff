/// What a run makes of its variation findings for the person reading its output: which findings
/// to list, which fail the run under `--fail-on`, and why.
public struct VariationOutcome: Sendable {
    /// The findings that fail the run (none without a gate).
    var failing: [VariationFinding]
    /// The findings to list as diagnostics, in the report's order: each failing one as an error
    /// and, when the report was marked against a baseline, each other new one as a note.
    var diagnostics: [Diagnostic]
    /// Why the run failed, such as "5 unwarranted variation findings (--fail-on unwarranted)",
    /// or `nil` when no finding fails it.
    public var reason: String?

    /// The outcome of `report` when findings failing `gate` (if any) fail the run. With
    /// `listingNew` false, only the failing findings are listed (for output that shows the rest
    /// another way).
    public init(_ report: VariationReport, failingOn gate: VariationGate?, listingNew: Bool = true) {
        failing = gate?.failing(report) ?? []
        let failingKeys = Set(failing.map(\.key))
        diagnostics = report.findings.compactMap { finding in
            if failingKeys.contains(finding.key) { return finding.diagnostic(.error) }
            return listingNew && finding.isNew == true ? finding.diagnostic(.note) : nil
        }
        guard let gate, !failing.isEmpty else { return }
        let findings = "variation finding\(failing.count == 1 ? "" : "s")"
        switch gate {
        case .unwarranted: reason = "\(failing.count) unwarranted \(findings) (--fail-on unwarranted)"
        case .new: reason = "\(failing.count) new unwarranted \(findings) since the baseline (--fail-on new)"
        }
    }
}

extension VariationReport {
    /// The counts for a summary line: "107 unwarranted and 9 warranted variation findings", and
    /// when marked against a baseline, "(3 new since the baseline)".
    public var counts: String {
        let total = unwarranted + warranted
        var text = "\(unwarranted) unwarranted and \(warranted) warranted variation finding\(total == 1 ? "" : "s")"
        if isMarked { text += " (\(findings.count { $0.isNew == true }) new since the baseline)" }
        return text
    }
}
