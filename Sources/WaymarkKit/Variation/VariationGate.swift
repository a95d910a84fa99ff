/// Which variation findings fail a run (`--fail-on`), so CI can stop variation growing.
public enum VariationGate: String, Sendable, CaseIterable {
    /// Any unwarranted finding.
    case unwarranted
    /// Any unwarranted finding that is not in the earlier report given with `--baseline`:
    /// the backlog is worked down while nothing new gets in.
    case new

    /// The findings of `report` that fail the run.
    func failing(_ report: VariationReport) -> [VariationFinding] {
        switch self {
        case .unwarranted: report.findings.filter { !$0.warranted }
        case .new: report.findings.filter { !$0.warranted && $0.isNew == true }
        }
    }
}
