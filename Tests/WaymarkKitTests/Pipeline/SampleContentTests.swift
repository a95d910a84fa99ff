import Foundation
import Testing

@testable import WaymarkKit

@Suite("The shipped sample is safe to ship")
struct SampleContentTests {
    /// Ofcom's numbers reserved for drama, as the digits they start with: no real line is ever
    /// called from the sample.
    static let dramaRanges = [
        "01134960", "01144960", "01154960", "01164960", "01174960", "01184960", "01214960", "01314960", "01414960",
        "01514960", "01614960", "01914980", "02079460", "02896496", "02920180", "01632960", "07700900", "08081570",
        "09098790", "03069990",
    ]

    /// Every UK-style phone number in a text: a 0 not preceded by a digit, then 9 to 12 more digits
    /// with single spaces allowed between them.
    static func phoneNumbers(in text: String) throws -> [String] {
        let characters = Array(text)
        var numbers: [String] = []
        var index = 0
        while index < characters.count {
            defer { index += 1 }
            guard characters[index] == "0", index == 0 || !characters[index - 1].isNumber else { continue }
            var end = index
            var digits = 0
            while end < characters.count {
                if characters[end].isNumber {
                    digits += 1
                } else if characters[end] == " ", end + 1 < characters.count, characters[end + 1].isNumber, end > index
                {
                    // a single space between digits
                } else {
                    break
                }
                end += 1
            }
            if (10...13).contains(digits) {
                numbers.append(String(characters[index..<end]))
                index = end
            }
        }
        return numbers
    }

    @Test("The pattern finds numbers however they are spaced, and ignores dates and times")
    func pattern() throws {
        #expect(
            try Self.phoneNumbers(in: "Call 0113 496 0123, or 01632960123; 020 7946 0001.") == [
                "0113 496 0123", "01632960123", "020 7946 0001",
            ])
        #expect(try Self.phoneNumbers(in: "2026-03-01 at 08:00, NE25, RX8, version 3") == [])
    }

    @Test("Every phone number anywhere in Content/ is in a reserved drama range")
    func dramaNumbersOnly() throws {
        var found = 0
        for path in try ContentLoader.relativeFilePaths(in: TestSupport.shippedContent) {
            let text = try String(contentsOf: TestSupport.shippedContent.appending(path: path), encoding: .utf8)
            for number in try Self.phoneNumbers(in: text) {
                found += 1
                let digits = number.filter(\.isNumber)
                #expect(
                    digits.count == 11 && Self.dramaRanges.contains(where: digits.hasPrefix),
                    "Content/\(path): \(number) is not in a reserved drama range")
            }
        }
        #expect(found >= 700)
    }

    @Test("The sample says it is a sample, and its calendar holds every England and Wales bank holiday 2025-2028")
    func sampleAndCalendar() throws {
        let loaded = try ContentLoader.load(from: TestSupport.shippedContent, displayRoot: "Content")
        let catalogue = Pipeline.check(loaded, options: .init(strict: true)).catalogue
        #expect(catalogue.site.sample)
        let byYear = Dictionary(grouping: catalogue.bankHolidays, by: \.date.year).mapValues(\.count)
        #expect(byYear == [2025: 8, 2026: 8, 2027: 8, 2028: 8])
        #expect(
            catalogue.bankHolidays.contains {
                $0.date == CalendarDate("2026-12-28") && $0.name == "Boxing Day (substitute day)"
            })
        #expect(catalogue.bankHolidays.contains { $0.date == CalendarDate("2027-03-26") && $0.name == "Good Friday" })
    }

    @Test("The sample covers England: 10 trusts, 42 systems, at least 150 places and 700 pathways")
    func allEngland() throws {
        let loaded = try ContentLoader.load(from: TestSupport.shippedContent, displayRoot: "Content")
        let checked = Pipeline.check(loaded, options: .init(today: CalendarDate("2026-11-22")!))
        let catalogue = checked.catalogue
        #expect(checked.report.errors == 0)
        // The only warnings are the overdue reviews planted so that crews can see how one looks.
        #expect(
            Set(checked.report.diagnostics.filter { $0.severity == .warning }.map(\.code)) == [
                "governance.review-overdue"
            ])
        #expect(catalogue.trusts.count == 10)
        #expect(catalogue.systems.count == 42)
        #expect(catalogue.places.count >= 150)
        #expect(catalogue.pathways.count >= 700)
        #expect(
            catalogue.pathwayTypes.map(\.id) == [
                "falls", "frailty", "mental-health-crisis", "sdec", "stroke", "urgent-community-response",
            ])
        // Systems served by two trusts, and places saying which.
        #expect(catalogue.systems.filter { $0.trusts.count == 2 }.count >= 3)
        #expect(catalogue.places.contains { $0.trust != nil })
    }

    @Test("The sample plants gaps, suspensions, drafts, overdue reviews and declared differences")
    func realisticSample() throws {
        let loaded = try ContentLoader.load(from: TestSupport.shippedContent, displayRoot: "Content")
        let checked = Pipeline.check(loaded, options: .init(today: CalendarDate("2026-11-22")!))
        let catalogue = checked.catalogue
        let missing = catalogue.places.flatMap { place in
            catalogue.coreTypes.filter { type in !catalogue.pathways(atPlace: place.id).contains { $0.type == type } }
        }
        #expect(missing.count >= 3)
        #expect(catalogue.pathways.filter { $0.status == .suspended }.count >= 3)
        #expect(catalogue.pathways.contains { $0.status == .draft })
        #expect(checked.report.diagnostics.contains { $0.code == "governance.review-overdue" })
        #expect(catalogue.pathways.contains { $0.place == "isles-of-scilly" && !$0.variations.isEmpty })
        // One body's authority leaves a type out, so the authority rule is exercised.
        #expect(catalogue.governanceBodies.contains { !$0.authority.contains("mental-health-crisis") })
    }

    @Test("The variation report finds every kind of difference in at least three trusts")
    func variationAcrossTrusts() throws {
        let loaded = try ContentLoader.load(from: TestSupport.shippedContent, displayRoot: "Content")
        let findings = Pipeline.check(loaded, options: .init(today: CalendarDate("2026-11-22")!)).report.variation
            .findings
        for kind in VariationFinding.Kind.allCases {
            let trusts = Set(findings.filter { $0.kind == kind && $0.scope != VariationScope.englandID }.map(\.scope))
            #expect(trusts.count >= 3, "\(kind.rawValue) is found in \(trusts.sorted())")
        }
        #expect(findings.contains { $0.warranted } && findings.contains { !$0.warranted })
    }
}
