import Foundation
import Testing

@testable import WaymarkKit

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The engine must never read the machine's own zone: with the process moved to Los Angeles (or
/// elsewhere), every fixture case gives the same answer as before. Serialized, and it puts the zone back,
/// because the process zone is shared by every test.
@Suite("Hours engine ignores the machine's time zone", .serialized)
struct HoursEngineTimeZoneTests {
    /// Runs `body` with the process in `zone`, then restores the zone it had.
    static func withProcessZone<T>(_ zone: String, _ body: () throws -> T) rethrows -> T {
        let saved = getenv("TZ").map { String(cString: $0) }
        setenv("TZ", zone, 1)
        tzset()
        NSTimeZone.resetSystemTimeZone()
        defer {
            if let saved { setenv("TZ", saved, 1) } else { unsetenv("TZ") }
            tzset()
            NSTimeZone.resetSystemTimeZone()
        }
        return try body()
    }

    /// Los Angeles is the zone the brief names; the others are a zone with no clock changes, one
    /// whose changes fall on other dates, and London itself, where a bug reading the machine's zone
    /// would hide.
    @Test(
        "Every fixture case gives the same answer whatever the process's zone",
        arguments: ["America/Los_Angeles", "Asia/Kolkata", "Australia/Sydney", "Europe/London"])
    func sameAnswers(processZone name: String) throws {
        let fixture = try HoursEngineFixture.load()
        let zone = try fixture.zone()
        let original = TimeZone.current.identifier
        let here = try fixture.cases.map { try $0.answer(in: zone) }
        let (processZone, there) = try Self.withProcessZone(name) {
            (TimeZone.current.identifier, try fixture.cases.map { try $0.answer(in: zone) })
        }
        #expect(processZone == name)
        #expect(TimeZone.current.identifier == original)
        for (testCase, (before, after)) in zip(fixture.cases, zip(here, there)) {
            #expect(after == before, "\(testCase.name)")
            #expect(after == testCase.expect, "\(testCase.name)")
        }
    }
}
