/// The variation report as `waymark variation` prints it: for each scope, one row per pathway
/// type and compared field (what most places say, the spread, and the places that differ), then
/// the findings that belong to no single comparison: coverage, baselines and boundaries.
///
/// Plain text for a terminal, without colours: columns line up, and long lists of places wrap
/// onto continuation lines. Scopes, rows and places keep the report's order. When the report
/// was marked against a baseline, only the findings new since then are listed.
struct VariationTable: Sendable {
    /// The report shown.
    var report: VariationReport
    /// How wide the lines may be before a list of places wraps.
    var width: Int
    /// Each pathway type's name as the table shows it (its short name), by id.
    private var typeNames: [String: String]

    /// The table of `report`, naming pathway types as `catalogue` does.
    init(_ report: VariationReport, catalogue: Catalogue, width: Int = 120) {
        self.report = report
        self.width = width
        typeNames = Dictionary(
            catalogue.pathwayTypes.map { ($0.id, $0.shortName ?? $0.name) }, uniquingKeysWith: { first, _ in first })
    }

    /// The table's lines, each ending in a newline.
    var text: String {
        var lines: [String] = []
        if report.isMarked { lines += ["Only the findings new since the baseline are listed.", ""] }
        if report.scopes.isEmpty { lines.append("There are no places to compare.") }
        var legend = Legend()
        for (index, scope) in report.scopes.enumerated() {
            if index > 0 { lines.append("") }
            lines += section(scope, legend: &legend)
        }
        if legend.warranted || legend.sets { lines.append("") }
        if legend.warranted {
            lines.append(
                "* warranted: the pathway declares the difference under `variations`, with a rationale and an approving body that may approve it"
            )
        }
        if legend.sets {
            lines.append(
                "+item / -item: what the place adds or lacks against what most places say (across a boundary: against its neighbour)"
            )
        }
        return lines.map { $0 + "\n" }.joined()
    }

    /// What the lines under the tables need to explain.
    private struct Legend {
        var warranted = false
        var sets = false
    }

    private func section(_ scope: VariationScope, legend: inout Legend) -> [String] {
        let findings = report.findings.filter { $0.scope == scope.id && (!report.isMarked || $0.isNew == true) }
        legend.warranted = legend.warranted || findings.contains(where: \.warranted)
        let unwarranted = findings.count { !$0.warranted }
        let findingsCount =
            "\(unwarranted) unwarranted and \(findings.count - unwarranted) warranted\(report.isMarked ? " new" : "")"
            + " finding\(findings.count == 1 ? "" : "s")"
        var lines = ["\(scope.name) (\(scope.id)): \(Self.count(scope.places.count, "place")); \(findingsCount)", ""]
        let comparisons = report.comparisons.filter { $0.scope == scope.id }
        if comparisons.isEmpty {
            lines.append("No pathway type compares a field here.")
        } else {
            lines += comparisonGrid(comparisons, findings, legend: &legend).lines(width: width)
        }
        lines += coverageLines(findings.filter { $0.kind == .coverage })
        lines += baselineLines(findings.filter { $0.kind == .baseline })
        lines += boundaryLines(findings.filter { $0.kind == .boundary }, legend: &legend)
        return lines
    }

    /// Places with no active pathway of a core type, and the statuses of those they have.
    private func coverageLines(_ findings: [VariationFinding]) -> [String] {
        guard !findings.isEmpty else { return [] }
        var grid = TextGrid(headers: ["Type", "Place", "Its pathways of the type"])
        for (finding, type, _) in named(findings) {
            var statuses: [String] = []
            if case .coverage(let found) = finding.detail { statuses = found.map(\.rawValue) }
            grid.append([.text(type), .text(finding.placeName), .list(statuses.isEmpty ? ["none"] : statuses)])
        }
        return ["", "Places without an active pathway of a core type:"] + grid.lines(width: width, indent: "  ")
    }

    /// Pathways that miss their type's baseline, with the standard and where it comes from.
    private func baselineLines(_ findings: [VariationFinding]) -> [String] {
        guard !findings.isEmpty else { return [] }
        var grid = TextGrid(headers: ["Type", "Field", "Place", "Baseline"])
        for (finding, type, field) in named(findings) {
            var standard = ""
            if case .baseline(let minimum, let maximum, let source) = finding.detail {
                standard = VariationFinding.limit(minimum, maximum) + (source.map { " (\($0))" } ?? "")
            }
            grid.append([
                .text(type), .text(field), .text(entry(finding) + (finding.warranted ? "*" : "")),
                .list([standard]),
            ])
        }
        return ["", "Pathways that miss their type's baseline:"] + grid.lines(width: width, indent: "  ")
    }

    /// Neighbouring places in different systems that disagree: both values, or for a set what
    /// the place adds and lacks against its neighbour. A type and a field are named on their
    /// first row only.
    private func boundaryLines(_ findings: [VariationFinding], legend: inout Legend) -> [String] {
        guard !findings.isEmpty else { return [] }
        var grid = TextGrid(headers: ["Type", "Field", "Place", "Neighbour"])
        for (finding, type, field) in named(findings) {
            guard case .boundary(let neighbour) = finding.detail else { continue }
            var near = finding.placeName
            var far = neighbour.placeName
            if finding.field?.kind == .set {
                let items = finding.value?.items ?? []
                let other = neighbour.value?.items ?? []
                let adds = items.filter { !other.contains($0) }
                near += " (\(Self.difference(adds: adds, lacks: other.filter { !items.contains($0) })))"
                legend.sets = true
            } else {
                near += " (\(Self.shown(finding.value)))"
                far += " (\(Self.shown(neighbour.value)))"
            }
            grid.append([
                .text(type), .text(field), .text(near + (finding.warranted ? "*" : "")), .list([far]),
            ])
        }
        return ["", "Neighbouring places in different systems that differ:"] + grid.lines(width: width, indent: "  ")
    }

    /// One row per comparison: the type (on its first row), the field, what most places say,
    /// the range and fold difference of numbers, and the places that differ.
    private func comparisonGrid(
        _ comparisons: [FieldComparison], _ findings: [VariationFinding], legend: inout Legend
    ) -> TextGrid {
        var grid = TextGrid(
            headers: ["Type", "Field", "Most places", "Range", "Fold", "Places that differ"],
            limits: [nil, nil, 26])
        var previousType: String?
        for comparison in comparisons {
            let differing = findings.filter {
                [.outlier, .differs, .set].contains($0.kind) && $0.type == comparison.type
                    && $0.field?.field == comparison.field.field
            }
            var range = ""
            var fold = ""
            var typical: [String]
            switch comparison.summary {
            case .number(let numbers?):
                range =
                    numbers.minimum == numbers.maximum
                    ? VariationFinding.number(numbers.minimum)
                    : "\(VariationFinding.number(numbers.minimum))–\(VariationFinding.number(numbers.maximum))"
                fold = numbers.foldDifference.map(VariationFinding.number) ?? "n/a"
                typical = [VariationFinding.number(numbers.median)]
            case .number(nil): typical = ["no values"]
            case .category(let categories): typical = [categories.mode ?? "no single value"]
            case .set(let sets): typical = sets.consensus.isEmpty ? ["none"] : sets.consensus
            }
            if comparison.points.isEmpty { typical = ["no pathways"] }
            legend.sets = legend.sets || differing.contains { $0.kind == .set }
            let places = differing.map { entry($0) + ($0.warranted ? "*" : "") }
            grid.append([
                .text(previousType == comparison.type ? "" : typeName(comparison.type)),
                .text(comparison.field.label), .list(typical), .text(range), .text(fold),
                .list(places.isEmpty ? [report.isMarked ? "none new" : "none"] : places),
            ])
            previousType = comparison.type
        }
        return grid
    }

    /// A place and its value: `Hull (60)`, or for a set what it adds and lacks.
    private func entry(_ finding: VariationFinding) -> String {
        if case .set(_, let missing, let extra, _) = finding.detail {
            return "\(finding.placeName) (\(Self.difference(adds: extra, lacks: missing)))"
        }
        return "\(finding.placeName) (\(Self.shown(finding.value)))"
    }

    /// The findings, each with its type's name and its field's label, given only when they
    /// differ from the row before, so that a run of rows about one field reads as a group.
    private func named(_ findings: [VariationFinding]) -> [(finding: VariationFinding, type: String, field: String)] {
        findings.indices.map { index in
            let finding = findings[index]
            let previous = index > 0 ? findings[index - 1] : nil
            let sameType = previous?.type == finding.type
            let sameField = sameType && previous?.field?.field == finding.field?.field
            return (finding, sameType ? "" : typeName(finding.type), sameField ? "" : finding.field?.label ?? "")
        }
    }

    private func typeName(_ id: String) -> String { typeNames[id] ?? id }

    private static func shown(_ value: FieldValue?) -> String {
        switch value {
        case nil: "not given"
        case .number(let number)?: VariationFinding.number(number)
        case .category(let text)?: text
        case .set(let items)?: items.isEmpty ? "none" : items.joined(separator: ", ")
        }
    }

    private static func difference(adds: [String], lacks: [String]) -> String {
        (adds.map { "+" + $0 } + lacks.map { "-" + $0 }).joined(separator: " ")
    }

    private static func count(_ count: Int, _ noun: String) -> String { "\(count) \(noun)\(count == 1 ? "" : "s")" }
}
