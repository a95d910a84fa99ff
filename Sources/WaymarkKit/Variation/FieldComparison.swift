/// One compared field of one pathway type across the active pathways of one scope: every value,
/// and the summary variation is measured against.
struct FieldComparison: Sendable {
    /// One active pathway's value.
    struct Point: Sendable, Hashable {
        /// The pathway's id (`place/type`, so it names the place too).
        var pathway: String
        /// The value, or `nil` when the pathway does not give it (for a set: the empty set).
        var value: FieldValue?
    }

    /// Numbers: the spread the NHS measures variation by.
    struct NumberSummary: Sendable, Hashable {
        /// How many pathways give a value.
        var count: Int
        /// The lowest value.
        var minimum: Double
        /// The median.
        var median: Double
        /// The highest value.
        var maximum: Double
        /// The median absolute deviation from the median.
        var medianAbsoluteDeviation: Double
        /// Highest over lowest, or `nil` when the lowest is not above zero.
        var foldDifference: Double? { minimum > 0 ? maximum / minimum : nil }

        /// The robust z-score |x − median| / (1.4826 × MAD), or `nil` when the MAD is 0.
        func score(_ value: Double) -> Double? {
            medianAbsoluteDeviation > 0 ? abs(value - median) / (1.4826 * medianAbsoluteDeviation) : nil
        }

        /// Whether `value` is an outlier: a robust z-score above 3.5, or, when most values agree
        /// (MAD 0), any value off the median.
        func isOutlier(_ value: Double) -> Bool {
            score(value).map { $0 > 3.5 } ?? (value != median)
        }
    }

    /// How many pathways give one category.
    struct Tally: Sendable, Hashable {
        /// The category.
        var value: String
        /// How many pathways give it.
        var count: Int
    }

    /// Categories: the most common value and how many agree.
    struct CategorySummary: Sendable, Hashable {
        /// How many pathways give each value, most common first, then by value.
        var tallies: [Tally]
        /// How many pathways give a value.
        var count: Int
        /// The most common value, or `nil` when two or more values tie for it.
        var mode: String? {
            guard let first = tallies.first else { return nil }
            return tallies.count > 1 && tallies[1].count == first.count ? nil : first.value
        }
        /// The most common value's share of the pathways, from 0 to 1.
        var share: Double { count > 0 ? Double(tallies.first?.count ?? 0) / Double(count) : 0 }
    }

    /// Sets: the items most places agree on.
    struct SetSummary: Sendable, Hashable {
        /// Items present in at least half the pathways, sorted.
        var consensus: [String]
        /// How many pathways were compared.
        var count: Int
    }

    /// The summary of whichever kind the field is compared as.
    enum Summary: Sendable, Hashable {
        /// `nil` when no pathway gives a value.
        case number(NumberSummary?)
        case category(CategorySummary)
        case set(SetSummary)
    }

    /// The scope's id.
    var scope: String
    /// The pathway type's id.
    var type: String
    /// The field, as the type's `compare` list names it.
    var field: PathwayType.ComparedField
    /// Every active pathway of the type in the scope, by pathway id.
    var points: [Point]
    /// What the values are measured against.
    var summary: Summary

    /// Compares `points`, measuring them as `field.kind` says.
    init(scope: String, type: String, field: PathwayType.ComparedField, points: [Point]) {
        self.scope = scope
        self.type = type
        self.field = field
        self.points = points
        switch field.kind {
        case .number: summary = .number(Self.numbers(points.compactMap { $0.value?.number }))
        case .category: summary = .category(Self.categories(points.compactMap { $0.value?.category }))
        case .set: summary = .set(Self.sets(points.map { ($0.value?.items ?? []).sortedWithoutRepeats }))
        }
    }

    /// What the scope's pathways mostly say, as a value: the median, the modal category or the
    /// consensus set.
    var typical: FieldValue? {
        switch summary {
        case .number(let numbers): numbers.map { .number($0.median) }
        case .category(let categories): categories.mode.map { .category($0) }
        case .set(let sets): .set(sets.consensus)
        }
    }

    private static func numbers(_ values: [Double]) -> NumberSummary? {
        guard !values.isEmpty else { return nil }
        let sorted = values.sorted()
        let median = median(of: sorted)
        let deviations = sorted.map { abs($0 - median) }.sorted()
        return NumberSummary(
            count: sorted.count, minimum: sorted[0], median: median, maximum: sorted[sorted.count - 1],
            medianAbsoluteDeviation: Self.median(of: deviations))
    }

    private static func median(of sorted: [Double]) -> Double {
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }

    private static func categories(_ values: [String]) -> CategorySummary {
        var counts: [String: Int] = [:]
        for value in values { counts[value, default: 0] += 1 }
        let tallies = counts.map { Tally(value: $0.key, count: $0.value) }.sorted {
            $0.count != $1.count ? $0.count > $1.count : $0.value < $1.value
        }
        return CategorySummary(tallies: tallies, count: values.count)
    }

    private static func sets(_ values: [[String]]) -> SetSummary {
        var counts: [String: Int] = [:]
        // A set's items are sorted without repeats (`FieldValue.set`), so each counts once.
        for items in values { for item in items { counts[item, default: 0] += 1 } }
        let consensus = counts.filter { $0.value * 2 >= values.count }.keys.sorted()
        return SetSummary(consensus: consensus, count: values.count)
    }
}

extension FieldValue {
    /// The value as a number, when it is one.
    var number: Double? {
        if case .number(let number) = self { return number }
        return nil
    }

    /// The value as a category: a category, a number written as text, or a list's items
    /// together (`cad, phone`), so that each combination is one category.
    var category: String? {
        switch self {
        case .category(let text): text
        case .number: description
        case .set(let items): items.isEmpty ? nil : items.joined(separator: ", ")
        }
    }

    /// The value as a set: a set, or a single category as a set of one.
    var items: [String]? {
        switch self {
        case .set(let items): items
        case .category(let text): [text]
        case .number: nil
        }
    }

    /// The value read as `kind` would compare it, or `nil` when it cannot be.
    func compared(as kind: ComparisonKind) -> FieldValue? {
        switch kind {
        case .number: number.map { .number($0) }
        case .category: category.map { .category($0) }
        case .set: items.map { .set($0.sortedWithoutRepeats) }
        }
    }
}

extension [String] {
    /// The items sorted without repeats; the array itself when it already is (the usual case).
    var sortedWithoutRepeats: [String] {
        zip(self, dropFirst()).allSatisfy { $0 < $1 } ? self : Array(Set(self)).sorted()
    }
}
