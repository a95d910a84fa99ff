extension Pipeline.CheckResult {
    /// The report with its variation narrowed to one pathway type and one scope (a trust's id, or
    /// `england`), each when given, and that variation as a plain-text table for a terminal.
    public func variation(type: String?, scope: String?) throws(VariationReport.SelectionFailure)
        -> (report: FindingsReport, table: String)
    {
        var report = self.report
        report.variation = try report.variation.selecting(type: type, scope: scope, in: catalogue)
        return (report, VariationTable(report.variation, catalogue: catalogue).text)
    }
}
