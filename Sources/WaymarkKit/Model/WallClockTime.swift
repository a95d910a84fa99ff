import Foundation

/// What a clock on the wall reads in one zone: a calendar date and the minute of that day.
///
/// Opening hours are written in wall-clock time, and an instant is a point on the world's
/// timeline; this type converts between the two for a zone that is always passed in (the
/// site's `time_zone`, `Europe/London` unless set), never the machine's own zone, so the same
/// instant gives the same answer on every machine.
///
/// Clock changes make the conversion uneven, and the engine settles both cases one way:
/// **a time is reached at the first instant at which the clock reads it or later.**
/// - The skipped hour (in London, 01:00–02:00 on the last Sunday of March, such as
///   29 March 2026): no instant reads 01:30, so 01:30 is reached when the clocks jump from
///   01:00 GMT to 02:00 BST, at 01:00 UTC, the same instant as 02:00. A session that opens or
///   closes inside the skipped hour does so when the clocks go forward.
/// - The repeated hour (01:00–02:00 on the last Sunday of October, such as 25 October 2026):
///   01:30 is read twice, first in BST (00:30 UTC) then in GMT (01:30 UTC); it is reached the
///   first time. A session that closes at 01:30 stays closed through the repeated hour rather
///   than opening again when the clocks go back.
struct WallClockTime: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The day on the calendar.
    var date: CalendarDate
    /// Minutes since midnight, 0 to 1439.
    var minutes: Int

    /// The reading `minutes` after midnight of `date`; minutes past the end of the day (such as
    /// 1440 for `24:00`) carry into the following days.
    init(date: CalendarDate, minutes: Int) {
        let (days, remainder) = Self.floorDivision(minutes, by: 1440)
        self.date = date.adding(days: days)
        self.minutes = remainder
    }

    /// What a clock in `zone` reads at `instant`, to the minute (seconds are dropped).
    init(_ instant: Date, in zone: TimeZone) {
        let second = Self.second(of: instant)
        self.init(localSecond: second + Self.offset(of: zone, at: second))
    }

    /// The time of day on the clock.
    var time: TimeOfDay { TimeOfDay(minutes: minutes)! }

    /// `2026-03-29 01:30`.
    var description: String { "\(date) \(time)" }

    /// The first instant at which a clock in `zone` reads this time or later: the instant itself
    /// on most days, the end of the skipped hour for a time inside it, and the first of the two
    /// readings in the repeated hour.
    func firstInstant(in zone: TimeZone) -> Date {
        Date(timeIntervalSince1970: TimeInterval(firstSecond(in: zone)))
    }

    /// Orders readings by date, then by time of day.
    static func < (lhs: WallClockTime, rhs: WallClockTime) -> Bool {
        (lhs.date, lhs.minutes) < (rhs.date, rhs.minutes)
    }

    /// `firstInstant(in:)` as whole seconds since 1970-01-01 UTC.
    func firstSecond(in zone: TimeZone) -> Int {
        let local = localSecond
        func reading(_ second: Int) -> Int { second + Self.offset(of: zone, at: second) }
        // A zone's offset is the same a day either side of a reading except across a clock change,
        // so one of these offsets is the right one wherever the reading exists.
        let candidates = [local - 86_400, local, local + 86_400].map { local - Self.offset(of: zone, at: $0) }
        if let first = candidates.filter({ reading($0) == local }).min() { return first }
        // The reading falls in a skipped hour: find the jump over it by bisection, to the second.
        var before = candidates.min()!
        var after = candidates.max()!
        while after - before > 1 {
            let middle = before + (after - before) / 2
            if reading(middle) >= local { after = middle } else { before = middle }
        }
        return after
    }

    /// Seconds since 1970-01-01 00:00 on this clock, as if it were UTC.
    var localSecond: Int { date.daysSinceEpoch * 86_400 + minutes * 60 }

    /// The reading `second` seconds after 1970-01-01 00:00 on this clock, as if it were UTC.
    init(localSecond second: Int) {
        let (days, secondOfDay) = Self.floorDivision(second, by: 86_400)
        date = CalendarDate(daysSinceEpoch: days)
        minutes = secondOfDay / 60
    }

    /// `instant` as whole seconds since 1970-01-01 UTC, rounded down.
    static func second(of instant: Date) -> Int { Int(instant.timeIntervalSince1970.rounded(.down)) }

    /// How far `zone` is ahead of UTC at `second`, in seconds.
    static func offset(of zone: TimeZone, at second: Int) -> Int {
        zone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(second)))
    }

    private static func floorDivision(_ value: Int, by divisor: Int) -> (quotient: Int, remainder: Int) {
        let remainder = ((value % divisor) + divisor) % divisor
        return ((value - remainder) / divisor, remainder)
    }
}
