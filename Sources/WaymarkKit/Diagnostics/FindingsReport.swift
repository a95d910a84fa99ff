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
    init(
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
        var output: [UInt8] = []
        writeCompactJSON { output += $0 }
        return output
    }

    /// `compactJSON`, handed to `emit` in pieces of about 64 KB, so that the report need not be
    /// held whole either.
    public func writeCompactJSON(_ emit: (_ piece: [UInt8]) -> Void) {
        var piece: [UInt8] = []
        piece.reserveCapacity(1 << 16)
        func append(_ text: String) {
            piece.append(contentsOf: text.utf8)
            if piece.count >= 1 << 16 {
                emit(piece)
                piece.removeAll(keepingCapacity: true)
            }
        }
        append("{\"summary\":" + summaryJSON.serialized())
        func append(_ key: String, _ count: Int, _ element: (Int) -> JSONValue) {
            append(",\"\(key)\":[")
            for index in 0..<count {
                append((index > 0 ? "," : "") + element(index).serialized())
            }
            append("]")
        }
        append("diagnostics", diagnostics.count) { diagnostics[$0].json }
        let findings = variation.findings
        append("variation", findings.count) { findings[$0].json }
        append("}")
        emit(piece)
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
