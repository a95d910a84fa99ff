import Foundation
import Testing

@testable import WaymarkKit

/// `Fixtures/hours/cases.json`: the hours engine's cases, in a shape a browser script can read too.
struct HoursEngineFixture: Decodable {
    /// The zone every case's hours are written in.
    var timeZone: String
    /// The cases, in file order.
    var cases: [HoursEngineCase]

    /// The fixture, read from the test fixtures folder.
    static func load() throws -> HoursEngineFixture {
        let url = TestSupport.fixtures.appending(path: "hours/cases.json")
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        return try decoder.decode(HoursEngineFixture.self, from: Data(contentsOf: url))
    }

    /// The fixture's zone.
    func zone() throws -> TimeZone { try #require(TimeZone(identifier: timeZone)) }
}

/// One case: hours as the content writes them, the bank holidays, an instant, and the answer.
struct HoursEngineCase: Decodable, Sendable, CustomTestStringConvertible {
    struct Content: Decodable, Sendable {
        struct Session: Decodable, Sendable {
            var days: [String]
            var from: String
            var to: String
        }

        struct Closure: Decodable, Sendable {
            var from: String
            var to: String
            var reason: String?
        }

        var always: Bool?
        var sessions: [Session]?
        var bankHolidays: String?
        var closures: [Closure]?
        var lastReferral: String?
    }

    struct Expectation: Decodable, Sendable, Equatable {
        struct Change: Decodable, Sendable, Equatable {
            var change: String
            var date: String
            var time: String
            var at: String
        }

        var state: String
        var next: Change?
        var description: String
    }

    var name: String
    var hours: Content
    var bankHolidayDates: [String]
    var at: String
    var expect: Expectation

    var testDescription: String { "\(name) (\(at))" }

    /// Every case of the fixture.
    static func all() throws -> [HoursEngineCase] { try HoursEngineFixture.load().cases }

    /// The hours as the model holds them.
    func model() throws -> Hours {
        let sessions = try (hours.sessions ?? []).map { session in
            Hours.Session(
                days: try session.days.map { try #require(Weekday(rawValue: $0)) },
                from: try #require(TimeOfDay(session.from)), to: try #require(TimeOfDay(session.to)))
        }
        let closures = try (hours.closures ?? []).map { closure in
            Hours.Closure(
                from: try #require(CalendarDate(closure.from)), to: try #require(CalendarDate(closure.to)),
                reason: closure.reason)
        }
        let rule = try #require(BankHolidayRule(rawValue: hours.bankHolidays ?? "closed"))
        let lastReferral = try hours.lastReferral.map { try #require(TimeOfDay($0)) }
        return Hours(
            always: hours.always ?? false, sessions: sessions, bankHolidays: rule, closures: closures,
            lastReferral: lastReferral)
    }

    /// The bank holidays as dates.
    func holidays() throws -> Set<CalendarDate> {
        Set(try bankHolidayDates.map { try #require(CalendarDate($0)) })
    }

    /// The instant asked about.
    func instant() throws -> Date { try Date(at, strategy: .iso8601) }

    /// What the engine answers, in the fixture's terms, to compare with `expect`.
    func answer(in zone: TimeZone) throws -> Expectation {
        let status = try model().status(at: instant(), bankHolidays: holidays(), timeZone: zone)
        let next = status.nextChange.map { change in
            Expectation.Change(
                change: change.kind.rawValue, date: change.date.description, time: change.time.description,
                at: change.instant.formatted(.iso8601))
        }
        return Expectation(state: status.state.rawValue, next: next, description: status.description)
    }
}
