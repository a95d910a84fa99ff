import Foundation
import Testing

@testable import WaymarkKit

@Suite("Hours engine: open, closed and the next change")
struct HoursEngineTests {
    static let london = TimeZone(identifier: "Europe/London")!

    static func instant(_ text: String) throws -> Date { try Date(text, strategy: .iso8601) }

    static func reading(_ date: String, _ time: String) throws -> WallClockTime {
        WallClockTime(date: try #require(CalendarDate(date)), minutes: try #require(TimeOfDay(time)).minutes)
    }

    @Test("Every case in Fixtures/hours/cases.json", arguments: try HoursEngineCase.all())
    func fixtureCase(_ testCase: HoursEngineCase) throws {
        let zone = try HoursEngineFixture.load().zone()
        #expect(try testCase.answer(in: zone) == testCase.expect)
    }

    // London kept BST all year from 1968 to 1971, so the epoch read 01:00 there.
    @Test(
        "An instant reads as London's wall clock, across both 2026 clock changes",
        arguments: [
            ("2026-03-29T00:59:59Z", "2026-03-29 00:59"), ("2026-03-29T01:00:00Z", "2026-03-29 02:00"),
            ("2026-10-25T00:59:00Z", "2026-10-25 01:59"), ("2026-10-25T01:00:00Z", "2026-10-25 01:00"),
            ("2026-07-01T23:30:00Z", "2026-07-02 00:30"), ("2026-12-31T23:59:59Z", "2026-12-31 23:59"),
            ("1969-12-31T23:00:00Z", "1970-01-01 00:00"),
        ])
    func wallClock(_ instant: String, _ expected: String) throws {
        #expect(WallClockTime(try Self.instant(instant), in: Self.london).description == expected)
    }

    @Test(
        "A wall-clock time is reached at the first instant the clock reads it or later",
        arguments: [
            ("2026-03-29", "00:59", "2026-03-29T00:59:00Z"), ("2026-03-29", "01:00", "2026-03-29T01:00:00Z"),
            ("2026-03-29", "01:30", "2026-03-29T01:00:00Z"), ("2026-03-29", "02:00", "2026-03-29T01:00:00Z"),
            ("2026-03-29", "02:01", "2026-03-29T01:01:00Z"), ("2026-10-25", "00:59", "2026-10-24T23:59:00Z"),
            ("2026-10-25", "01:00", "2026-10-25T00:00:00Z"), ("2026-10-25", "01:30", "2026-10-25T00:30:00Z"),
            ("2026-10-25", "02:00", "2026-10-25T02:00:00Z"), ("2026-06-05", "24:00", "2026-06-05T23:00:00Z"),
        ])
    func firstInstant(_ date: String, _ time: String, _ expected: String) throws {
        #expect(try Self.reading(date, time).firstInstant(in: Self.london) == Self.instant(expected))
    }

    @Test("Every minute of both 2026 change days converts back to itself, but for the repeated hour's second pass")
    func roundTrip() throws {
        let repeatStart = try Self.instant("2026-10-25T01:00:00Z")
        let repeatEnd = try Self.instant("2026-10-25T02:00:00Z")
        for start in ["2026-03-28T12:00:00Z", "2026-10-24T12:00:00Z"] {
            let first = try Self.instant(start)
            for minute in 0..<(36 * 60) {
                let instant = first.addingTimeInterval(TimeInterval(minute * 60))
                let reading = WallClockTime(instant, in: Self.london)
                let secondPass = instant >= repeatStart && instant < repeatEnd
                let back = reading.firstInstant(in: Self.london)
                #expect(back == (secondPass ? instant.addingTimeInterval(-3600) : instant), "\(instant)")
            }
        }
    }

    @Test("Other zones convert by their own rules: New York's 2026 change and India's fixed offset")
    func otherZones() throws {
        let newYork = try #require(TimeZone(identifier: "America/New_York"))
        let kolkata = try #require(TimeZone(identifier: "Asia/Kolkata"))
        #expect(WallClockTime(try Self.instant("2026-03-08T07:30:00Z"), in: newYork).description == "2026-03-08 03:30")
        #expect(
            try Self.reading("2026-03-08", "02:30").firstInstant(in: newYork) == Self.instant("2026-03-08T07:00:00Z"))
        #expect(WallClockTime(try Self.instant("2026-07-01T00:00:00Z"), in: kolkata).description == "2026-07-01 05:30")
    }

    @Test("The catalogue's bank holidays give the same answer as their dates")
    func bankHolidayList() throws {
        let hours = Hours(
            always: false, sessions: [Hours.Session(days: [.fri], from: TimeOfDay("08:00")!, to: TimeOfDay("20:00")!)])
        let christmas = try #require(CalendarDate("2026-12-25"))
        let instant = try Self.instant("2026-12-25T12:00:00Z")
        let listed = hours.status(
            at: instant, bankHolidays: [BankHoliday(date: christmas, name: "Christmas Day")], timeZone: Self.london)
        #expect(listed == hours.status(at: instant, bankHolidays: [christmas] as Set, timeZone: Self.london))
        #expect(listed.description == "Closed, opens 1 January 2027 08:00")
        #expect(!listed.isOpen && !listed.acceptsReferrals)
    }
}
