import Testing

@testable import WaymarkKit

/// The measures variation is judged by: median, MAD and robust z-scores, fold difference, modal
/// category, consensus set.
@Suite("Field comparisons")
struct FieldComparisonTests {
    static func compare(_ kind: ComparisonKind, _ values: [FieldValue?]) -> FieldComparison {
        let points = values.enumerated().map { index, value in
            FieldComparison.Point(pathway: "p\(index)/falls", value: value)
        }
        return FieldComparison(
            scope: "t", type: "falls", field: .init(field: "x", kind: kind, label: "X"), points: points)
    }

    static func numbers(_ values: [Double]) throws -> FieldComparison.NumberSummary {
        let comparison = compare(.number, values.map { .number($0) })
        guard case .number(let summary?) = comparison.summary else { throw Unexpected() }
        return summary
    }

    struct Unexpected: Error {}

    @Test("Median, MAD, fold difference and robust z-scores")
    func numberSummary() throws {
        let summary = try Self.numbers([10, 12, 11, 13, 40, 12])
        #expect(summary.median == 12)
        #expect(summary.medianAbsoluteDeviation == 1)
        #expect(summary.minimum == 10 && summary.maximum == 40)
        #expect(summary.foldDifference == 4)
        // |40 − 12| / 1.4826 = 18.9: an outlier; |10 − 12| / 1.4826 = 1.35: not.
        #expect(summary.isOutlier(40))
        #expect(!summary.isOutlier(10))
        #expect(try #require(summary.score(10)) > 1.34 && summary.score(10)! < 1.35)
    }

    @Test(
        "The 3.5 threshold, and any value off the median when most agree",
        arguments: [
            // Median 65, MAD 5: the threshold is 65 + 3.5 × 1.4826 × 5 = 90.9455.
            ([55, 60, 65, 70, 75] as [Double], 90.9, false),
            ([55, 60, 65, 70, 75], 91, true),
            ([60, 65, 70, 65, 65, 95], 95, true),
            ([65, 65, 65, 66], 66, true),
            ([65, 70], 70, false),
            ([65], 65, false),
        ])
    func outlierThreshold(values: [Double], probe: Double, outlier: Bool) throws {
        #expect(try Self.numbers(values).isOutlier(probe) == outlier)
    }

    @Test("No fold difference when the lowest value is zero; no summary without values")
    func foldAndEmpty() throws {
        #expect(try Self.numbers([0, 4]).foldDifference == nil)
        #expect(Self.compare(.number, [nil, nil]).summary == .number(nil))
        #expect(Self.compare(.number, [nil, nil]).typical == nil)
    }

    @Test("The modal category and its share; no mode when values tie")
    func categories() {
        let clear = Self.compare(.category, [.category("yes"), .category("yes"), .category("no"), nil])
        guard case .category(let summary) = clear.summary else {
            Issue.record("not a category summary")
            return
        }
        #expect(summary.mode == "yes")
        #expect(summary.count == 3)
        #expect(abs(summary.share - 2.0 / 3.0) < 1e-9)
        #expect(Self.compare(.category, [.category("yes"), .category("no")]).typical == nil)
        // Numbers and lists compare as categories by their text.
        #expect(Self.compare(.category, [.number(2), .number(2), .set(["cad", "phone"])]).typical == .category("2"))
    }

    @Test("The consensus set holds items present in at least half the pathways; an absent list is empty")
    func sets() {
        let comparison = Self.compare(
            .set, [.set(["a", "b"]), .set(["a", "c"]), .set(["a", "b", "c"]), nil])
        #expect(comparison.typical == .set(["a", "b", "c"]))
        #expect(Self.compare(.set, [.set(["a"]), .set(["b"]), .set([]), nil]).typical == .set([]))
    }
}
