/// How the Variation pages put comparisons and findings into words. Every marker is a symbol
/// paired with words, so nothing is said by colour or shape alone.
enum VariationWording {
    /// The symbol of an unwarranted difference.
    static let unwarrantedSymbol = "▲"
    /// The symbol of a warranted difference.
    static let warrantedSymbol = "◆"

    /// "median 65", "75% say `yes`", "consensus: paramedic, technician": what a scope's pathways
    /// mostly say.
    static func typical(_ comparison: FieldComparison?) -> String {
        guard let comparison else { return "not compared" }
        switch comparison.summary {
        case .number(let numbers?): return "median \(VariationFinding.number(numbers.median))"
        case .number(nil): return "no pathway gives a value"
        case .category(let categories):
            guard let mode = categories.mode else {
                return categories.count == 0 ? "no pathway gives a value" : "no single most common value"
            }
            return "\(VariationFinding.percent(categories.share)) say \(mode)"
        case .set(let sets): return "consensus: \(FieldValue.set(sets.consensus).description)"
        }
    }

    /// How widely the values spread: "65 to 80, 1.23-fold", "yes 3, no 1", or how many sets agree.
    static func spread(_ comparison: FieldComparison) -> String {
        switch comparison.summary {
        case .number(let numbers?):
            let range = "\(VariationFinding.number(numbers.minimum)) to \(VariationFinding.number(numbers.maximum))"
            guard let fold = numbers.foldDifference else { return range + "; no fold difference (lowest is 0)" }
            return range + ", \(VariationFinding.number(fold))-fold"
        case .number(nil): return "no values"
        case .category(let categories):
            return categories.tallies.map { "\($0.value) \($0.count)" }.joined(separator: ", ")
        case .set(let sets):
            let agreeing = comparison.points.count { Set($0.value?.items ?? []) == Set(sets.consensus) }
            return "\(agreeing) of \(sets.count) match the consensus"
        }
    }

    /// "3 pathways", "1 pathway".
    static func pathways(_ count: Int) -> String { count == 1 ? "1 pathway" : "\(count) pathways" }

    /// What kind of difference a finding is, in a few words.
    static func kind(_ kind: VariationFinding.Kind) -> String {
        switch kind {
        case .outlier: "outlier"
        case .differs: "differs from most"
        case .set: "not in consensus"
        case .coverage: "no active pathway"
        case .baseline: "misses the baseline"
        case .boundary: "differs from a neighbour"
        }
    }

    /// What the finding was measured against, with the typical value: "median 65 across NAS".
    static func against(_ finding: VariationFinding) -> String {
        switch finding.detail {
        case .outlier(let median, _): return "median \(VariationFinding.number(median)) across \(finding.scopeName)"
        case .differs(let mode, let share):
            return "\(VariationFinding.percent(share)) across \(finding.scopeName) say \(mode)"
        case .set(let consensus, let missing, let extra, _):
            var parts: [String] = []
            if !missing.isEmpty { parts.append("lacks " + missing.joined(separator: ", ")) }
            if !extra.isEmpty { parts.append("adds " + extra.joined(separator: ", ")) }
            parts.append("consensus across \(finding.scopeName): \(FieldValue.set(consensus).description)")
            return parts.joined(separator: "; ")
        case .coverage(let statuses):
            return statuses.isEmpty ? "none listed" : statuses.map(\.rawValue).joined(separator: ", ")
        case .baseline(let minimum, let maximum, _): return VariationFinding.limit(minimum, maximum)
        case .boundary(let neighbour):
            return "\(neighbour.value?.description ?? "not given") at \(neighbour.placeName)"
        }
    }

    /// A finding's message cut at its backticks, so that the codes it quotes can be set as code
    /// while every piece is still escaped by the template.
    static func segments(_ message: String) -> [TextSegment] {
        // Cut at the bytes: splitting by character was a twentieth of a large build.
        var segments: [TextSegment] = []
        let bytes = message.utf8
        var start = bytes.startIndex
        var isCode = false
        var index = start
        while index != bytes.endIndex {
            if bytes[index] == UInt8(ascii: "`") {
                if start != index { segments.append(TextSegment(text: String(message[start..<index]), isCode: isCode)) }
                isCode.toggle()
                start = bytes.index(after: index)
            }
            index = bytes.index(after: index)
        }
        if start != bytes.endIndex { segments.append(TextSegment(text: String(message[start...]), isCode: isCode)) }
        return segments
    }
}
