import Synchronization

/// What the variation analysis found: the scopes, every field comparison and every finding, with
/// the lookups the pages and the command line need.
public struct VariationReport: Sendable {
    /// The scopes compared: each trust's footprint, then England.
    private(set) var scopes: [VariationScope]
    /// Every comparison, by type, scope and field.
    private(set) var comparisons: [FieldComparison]
    /// Every finding, sorted by scope, type, field, kind, place and pathway.
    private(set) var findings: [VariationFinding]

    /// Whether each finding was marked new or not against an earlier report.
    private(set) var isMarked = false

    private var comparisonIndex: [String: Int] = [:]
    /// Which findings concern each pathway, built when first asked for: the pages need it, a
    /// check does not.
    private let pathwayIndex = PathwayIndex()

    /// A report of `findings` over `comparisons`.
    init(scopes: [VariationScope], comparisons: [FieldComparison], findings: [VariationFinding]) {
        self.scopes = scopes
        self.comparisons = comparisons
        self.findings = findings
        for (offset, comparison) in comparisons.enumerated() {
            comparisonIndex[Self.key(comparison.scope, comparison.type, comparison.field.field)] = offset
        }
    }

    /// The offsets of the findings about each pathway, worked out once and shared by copies of
    /// the report (marking findings new does not move them).
    private final class PathwayIndex: Sendable {
        private let offsets = Mutex<[String: [Int]]?>(nil)

        func offsets(of pathway: String, in findings: [VariationFinding]) -> [Int] {
            offsets.withLock { cached in
                if cached == nil {
                    var index: [String: [Int]] = [:]
                    for (offset, finding) in findings.enumerated() {
                        if let pathway = finding.pathway { index[pathway, default: []].append(offset) }
                        if case .boundary(let neighbour) = finding.detail {
                            index[neighbour.pathway, default: []].append(offset)
                        }
                    }
                    cached = index
                }
                return cached?[pathway] ?? []
            }
        }
    }

    /// An empty report, for a catalogue not analysed.
    static let empty = VariationReport(scopes: [], comparisons: [], findings: [])

    private static func key(_ scope: String, _ type: String, _ field: String) -> String {
        scope + "\u{0}" + type + "\u{0}" + field
    }

    /// How many findings are unwarranted.
    var unwarranted: Int { findings.count { !$0.warranted } }
    /// How many findings are warranted.
    var warranted: Int { findings.count(where: \.warranted) }

    /// The comparison of `field` of `type` in `scope`, if it was made.
    func comparison(scope: String, type: String, field: String) -> FieldComparison? {
        comparisonIndex[Self.key(scope, type, field)].map { comparisons[$0] }
    }

    /// The findings about pathway `id`, including boundaries where it is the neighbour.
    func findings(aboutPathway id: String) -> [VariationFinding] {
        pathwayIndex.offsets(of: id, in: findings).map { findings[$0] }
    }

    /// The scope with `id`.
    func scope(_ id: String) -> VariationScope? { scopes.first { $0.id == id } }

    /// Only what concerns pathway type `type` and scope `scope` (either may be `nil` for all).
    func filtered(type: String?, scope: String?) -> VariationReport {
        func keeps(_ candidateType: String, _ candidateScope: String) -> Bool {
            (type == nil || candidateType == type) && (scope == nil || candidateScope == scope)
        }
        var filtered = VariationReport(
            scopes: scopes.filter { scope == nil || $0.id == scope },
            comparisons: comparisons.filter { keeps($0.type, $0.scope) },
            findings: findings.filter { keeps($0.type, $0.scope) })
        filtered.isMarked = isMarked
        return filtered
    }

    /// The report with each finding marked new or not against `previous`, the keys of an earlier
    /// report's findings.
    func marked(against previous: Set<String>) -> VariationReport {
        var marked = self
        marked.isMarked = true
        for index in marked.findings.indices {
            marked.findings[index].isNew = !previous.contains(marked.findings[index].key)
        }
        return marked
    }
}
