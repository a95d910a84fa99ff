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
    /// How many integrated care systems the catalogue holds.
    public var systems: Int
    /// How many ambulance trusts the catalogue holds.
    public var trusts: Int
    /// What the variation analysis found.
    public var variation: VariationReport

    /// Creates a report, sorting the diagnostics into reporting order.
    public init(
        diagnostics: [Diagnostic], pathways: Int, places: Int, systems: Int = 0, trusts: Int = 0,
        variation: VariationReport = .empty
    ) {
        self.diagnostics = diagnostics.sorted(by: Diagnostic.reportingOrder)
        self.pathways = pathways
        self.places = places
        self.systems = systems
        self.trusts = trusts
        self.variation = variation
    }

    /// The errors.
    public var errors: Int { diagnostics.count(of: .error) }
    /// The warnings.
    public var warnings: Int { diagnostics.count(of: .warning) }

    /// The report as JSON. When the findings were marked against an earlier report, the
    /// summary also counts the new ones and each finding says whether it is new.
    public var json: JSONValue {
        .object([
            ("summary", summaryJSON),
            ("diagnostics", .array(diagnostics.map(\.json))),
            ("variation", .array(variation.findings.map(\.json))),
        ])
    }

    /// `json.serialized()`, written one diagnostic and one finding at a time, so that a large
    /// report (tens of megabytes for 10,000 pathways) is never also held as a tree.
    public var compactJSON: [UInt8] {
        var output = "{\"summary\":" + summaryJSON.serialized() + ",\"diagnostics\":"
        func append(_ count: Int, _ element: (Int) -> JSONValue) {
            guard count > 0 else {
                output += "[]"
                return
            }
            output += "["
            for index in 0..<count {
                if index > 0 { output += "," }
                output += element(index).serialized()
            }
            output += "]"
        }
        append(diagnostics.count) { diagnostics[$0].json }
        output += ",\"variation\":"
        let findings = variation.findings
        append(findings.count) { findings[$0].json }
        output += "}"
        return Array(output.utf8)
    }

    private var summaryJSON: JSONValue {
        var summary: [(String, JSONValue)] = [
            ("errors", .integer(errors)), ("warnings", .integer(warnings)), ("pathways", .integer(pathways)),
            ("places", .integer(places)), ("systems", .integer(systems)), ("trusts", .integer(trusts)),
            ("unwarranted", .integer(variation.unwarranted)),
            ("warranted", .integer(variation.warranted)),
        ]
        if variation.isMarked { summary.append(("new", .integer(variation.findings.count { $0.isNew == true }))) }
        return .object(summary)
    }
}
