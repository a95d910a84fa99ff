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
        #expect(found >= 51)
    }

    @Test("The sample says it is a sample, and its calendar holds every England and Wales bank holiday 2025-2028")
    func sampleAndCalendar() throws {
        let loaded = try ContentLoader.load(from: TestSupport.shippedContent, displayRoot: "Content")
        let catalogue = Pipeline.check(loaded, strict: true).catalogue
        #expect(catalogue.site.sample)
        let byYear = Dictionary(grouping: catalogue.bankHolidays, by: \.date.year).mapValues(\.count)
        #expect(byYear == [2025: 8, 2026: 8, 2027: 8, 2028: 8])
        #expect(
            catalogue.bankHolidays.contains {
                $0.date == CalendarDate("2026-12-28") && $0.name == "Boxing Day (substitute day)"
            })
        #expect(catalogue.bankHolidays.contains { $0.date == CalendarDate("2027-03-26") && $0.name == "Good Friday" })
    }

    @Test("The sample has one deliberate gap, some variation, and exactly one suspended pathway")
    func realisticSample() throws {
        let loaded = try ContentLoader.load(from: TestSupport.shippedContent, displayRoot: "Content")
        let catalogue = Pipeline.check(loaded, strict: true).catalogue
        let missing = catalogue.places.flatMap { place in
            catalogue.coreTypes.filter { type in !catalogue.pathways(atPlace: place.id).contains { $0.type == type } }
                .map { "\(place.id)/\($0)" }
        }
        #expect(missing == ["calderdale/frailty"])
        #expect(catalogue.pathways.filter { $0.status == .suspended }.map(\.id) == ["doncaster/sdec"])
        let fallsAges = Set(catalogue.pathways(ofType: "falls").map { $0.eligibility.ageMin })
        #expect(fallsAges.count > 1, "places should differ on falls age limits")
        #expect(catalogue.pathways.contains { !$0.variations.isEmpty })
    }
}
