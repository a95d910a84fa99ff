/// What a check or build found: the diagnostics and the counts, in the machine-readable shape of
/// `CONTENT-FORMAT.md` that `check --format json` prints and `build` writes to
/// `Site/reports/findings.json`.
public struct FindingsReport: Sendable {
    /// Every diagnostic, in reporting order.
    public var diagnostics: [Diagnostic]
    /// How many pathways the catalogue holds.
    public var pathways: Int
    /// How many places the catalogue holds.
    public var places: Int

    /// Creates a report, sorting the diagnostics into reporting order.
    public init(diagnostics: [Diagnostic], pathways: Int, places: Int) {
        self.diagnostics = diagnostics.sorted(by: Diagnostic.reportingOrder)
        self.pathways = pathways
        self.places = places
    }

    /// The errors.
    public var errors: Int { diagnostics.count(of: .error) }
    /// The warnings.
    public var warnings: Int { diagnostics.count(of: .warning) }

    /// The report as JSON. `variation` stays empty until variation analysis exists.
    public var json: JSONValue {
        .object([
            (
                "summary",
                .object([
                    ("errors", .integer(errors)), ("warnings", .integer(warnings)), ("pathways", .integer(pathways)),
                    ("places", .integer(places)), ("unwarranted", .integer(0)), ("warranted", .integer(0)),
                ])
            ),
            ("diagnostics", .array(diagnostics.map(\.json))),
            ("variation", .array([])),
        ])
    }
}
