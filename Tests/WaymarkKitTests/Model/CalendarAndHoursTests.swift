import Foundation
import Testing

@testable import WaymarkKit

@Suite("Dates, times and weekly hours")
struct CalendarAndHoursTests {
    @Test(
        "Dates parse only in full ISO form and only when the day exists",
        arguments: [
            ("2026-03-01", true), ("2028-02-29", true), ("2026-02-29", false), ("2026-13-01", false),
            ("2026-3-1", false),
            ("26-03-01", false), ("2026-03-01T00:00", false), ("２０２６-03-01", false), ("", false),
        ])
    func dates(_ text: String, _ valid: Bool) {
        #expect((CalendarDate(text) != nil) == valid)
    }

    @Test("Day arithmetic and weekdays agree with the calendar")
    func arithmetic() throws {
        let christmas = try #require(CalendarDate("2026-12-25"))
        #expect(christmas.weekday == .fri)
        #expect(CalendarDate("2026-03-29")?.weekday == .sun)
        #expect(christmas.adding(days: 7).description == "2027-01-01")
        #expect(CalendarDate(daysSinceEpoch: 0).description == "1970-01-01")
        #expect(CalendarDate("2000-02-29")?.daysSinceEpoch == 11_016)
        #expect(christmas.longDescription == "25 December 2026")
        for days in stride(from: -800_000, through: 800_000, by: 9_973) {
            #expect(CalendarDate(daysSinceEpoch: days).daysSinceEpoch == days)
        }
    }

    @Test(
        "Times are HH:MM, 24-hour, with 24:00 as the end of the day",
        arguments: [
            ("08:00", 480), ("00:00", 0), ("23:59", 1439), ("24:00", 1440),
        ])
    func validTimes(_ text: String, _ minutes: Int) {
        #expect(TimeOfDay(text)?.minutes == minutes)
        #expect(TimeOfDay(text)?.description == text)
    }

    @Test(
        "Anything else is not a time",
        arguments: ["8:00", "08:0", "24:01", "25:00", "08:60", "0800", "08.00", "-1:00", "", "８:00"])
    func invalidTimes(_ text: String) {
        #expect(TimeOfDay(text) == nil)
    }

    @Test("Weekly hours, overnight and weekends are derived from the sessions")
    func derived() throws {
        let eight = try #require(TimeOfDay("08:00"))
        let eightPM = try #require(TimeOfDay("20:00"))
        let midnight = try #require(TimeOfDay("00:00"))
        let two = try #require(TimeOfDay("02:00"))
        let weekdays = Hours.Session(days: [.mon, .tue, .wed, .thu, .fri], from: eight, to: eightPM)
        var hours = Hours(always: false, sessions: [weekdays])
        #expect(hours.weeklyHours == 60)
        #expect(!hours.overnight)
        #expect(!hours.weekends)
        hours.sessions.append(Hours.Session(days: [.sat], from: midnight, to: two))
        #expect(hours.weeklyHours == 62)
        #expect(hours.overnight)
        #expect(hours.weekends)
        // An overlapping session counts its hours once.
        hours.sessions.append(Hours.Session(days: [.mon], from: eight, to: eightPM))
        #expect(hours.weeklyHours == 62)
        #expect(Hours(always: true, sessions: []).weeklyHours == 168)
    }

    @Test("Hours read as a crew would say them")
    func description() throws {
        let session = { (days: [Weekday], from: String, to: String) in
            Hours.Session(days: days, from: TimeOfDay(from)!, to: TimeOfDay(to)!)
        }
        let hours = Hours(
            always: false,
            sessions: [
                session([.mon, .tue, .wed, .thu, .fri], "08:00", "20:00"), session([.sat], "09:00", "13:00"),
                session([.sat], "14:00", "17:00"),
            ],
            bankHolidays: .asSunday)
        let words = HoursDescription(hours: hours)
        #expect(words.summary == "Mon–Fri 08:00–20:00; Sat 09:00–13:00, 14:00–17:00")
        #expect(
            words.lines.map { "\($0.days): \($0.times)" } == [
                "Monday to Friday: 08:00–20:00", "Saturday: 09:00–13:00, 14:00–17:00", "Sunday: Closed",
            ])
        #expect(words.bankHolidays == "Sunday hours on bank holidays")
        #expect(HoursDescription(hours: Hours(always: true, sessions: [])).summary == "Open 24 hours, every day")
    }
}

@Suite("Today's date for a build")
struct BuildDateTests {
    @Test("--today wins over SOURCE_DATE_EPOCH and the clock")
    func option() throws {
        let date = try BuildDate.resolve(
            option: "2026-03-29", environment: ["SOURCE_DATE_EPOCH": "0"], now: Date(timeIntervalSince1970: 0))
        #expect(date.description == "2026-03-29")
    }

    @Test("SOURCE_DATE_EPOCH is read as a date in Europe/London, whatever the machine's zone")
    func epoch() throws {
        // 2026-06-30 23:30 UTC is already 1 July in London (BST); 2026-12-31 23:30 UTC is still 31 December (GMT).
        #expect(
            try BuildDate.resolve(option: nil, environment: ["SOURCE_DATE_EPOCH": "1782862200"], now: Date())
                .description == "2026-07-01")
        #expect(
            try BuildDate.resolve(option: nil, environment: ["SOURCE_DATE_EPOCH": "1798759800"], now: Date())
                .description == "2026-12-31")
    }

    @Test("Without either, the given instant is used")
    func clock() throws {
        #expect(
            try BuildDate.resolve(option: nil, environment: [:], now: Date(timeIntervalSince1970: 1_774_744_200))
                .description == "2026-03-29")
    }

    @Test(
        "Malformed values are refused with a message",
        arguments: [("22/11/2026", [String: String]()), (nil, ["SOURCE_DATE_EPOCH": "soon"])])
    func malformed(_ option: String?, _ environment: [String: String]) {
        #expect(throws: BuildDate.Failure.self) {
            try BuildDate.resolve(option: option, environment: environment, now: Date())
        }
    }
}
