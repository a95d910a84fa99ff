import Foundation

/// The hours engine: whether a pathway is open at an instant and when that next changes, as a
/// pure function of the hours, the bank holidays, the instant and the zone. It reads no clock
/// and never the machine's own zone.
///
/// Each local day's open spans come from, in order of precedence: a dated closure covering the
/// day (closed all day); a bank holiday (`closed`: closed all day; `open`: the weekday's usual
/// sessions; `as-sunday`: Sunday's sessions); the weekly sessions. `always: true` is open all
/// day, every day, bank holidays included, except during closures. Each span becomes the
/// instants from its first to its last minute, following ``WallClockTime/firstInstant(in:)``
/// across clock changes, and spans that meet are one open period, so a session ending `24:00`
/// followed by one starting `00:00` the next day never closes at midnight.
extension Hours {
    /// How many days ahead of today ``status(at:bankHolidays:timeZone:)`` looks for the next change.
    static let statusSearchDays = 366

    /// Whether the pathway is open at `instant` and when that next changes, in `timeZone`'s
    /// wall-clock time (the site's `time_zone`), with `bankHolidays` treated by ``bankHolidays``.
    ///
    /// Closing soon means closing within ``HoursStatus/closingSoonMinutes`` minutes of elapsed
    /// time, exactly 30 included. The last referral time applies to sessions: referrals stop at
    /// it and start again when the pathway next opens after being closed; a pathway with
    /// `always: true` has none.
    func status(at instant: Date, bankHolidays: Set<CalendarDate>, timeZone: TimeZone) -> HoursStatus {
        let now = WallClockTime.second(of: instant)
        let today = WallClockTime(instant, in: timeZone).date
        let period = openPeriod(around: now, from: today, bankHolidays: bankHolidays, in: timeZone)
        func date(_ second: Int) -> Date { Date(timeIntervalSince1970: TimeInterval(second)) }

        guard let period, period.start <= now else {
            return HoursStatus(
                state: .closed, nextChange: period.map { .init(.opens, at: date($0.start), in: timeZone) },
                lastReferral: nil, closureReason: closure(covering: today)?.reason, today: today)
        }
        let referral = lastReferralTimes(around: now, today: today, within: period, in: timeZone)
        let state: HoursStatus.State
        if referral.passed != nil {
            state = .lastReferralPassed
        } else if let end = period.end, end - now <= HoursStatus.closingSoonMinutes * 60 {
            state = .closingSoon
        } else {
            state = .open
        }
        return HoursStatus(
            state: state, nextChange: period.end.map { .init(.closes, at: date($0), in: timeZone) },
            lastReferral: referral.passed ?? referral.ahead, closureReason: nil, today: today)
    }

    /// ``status(at:bankHolidays:timeZone:)`` with the catalogue's bank holidays.
    func status(at instant: Date, bankHolidays: [BankHoliday], timeZone: TimeZone) -> HoursStatus {
        status(at: instant, bankHolidays: Set(bankHolidays.map(\.date)), timeZone: timeZone)
    }

    /// The dated closure covering `date`, if any.
    func closure(covering date: CalendarDate) -> Closure? {
        closures.first { $0.from <= date && date <= $0.to }
    }

    /// The minutes `date` is open, sorted by start, after closures and bank holidays.
    func openSpans(on date: CalendarDate, bankHolidays holidays: Set<CalendarDate>) -> [Range<Int>] {
        if closure(covering: date) != nil { return [] }
        if always { return [0..<1440] }
        var weekday = date.weekday
        if holidays.contains(date) {
            switch bankHolidays {
            case .closed: return []
            case .open: break
            case .asSunday: weekday = .sun
            }
        }
        return sessions(on: weekday).filter { $0.from < $0.to }.map { $0.from.minutes..<$0.to.minutes }
    }

    /// A stretch of time the pathway is open without a break, in seconds since 1970-01-01 UTC.
    struct OpenPeriod {
        /// When it opens; for a period already open the day before today, possibly later than that.
        var start: Int
        /// When it closes; `nil` when that is beyond the search.
        var end: Int?
    }

    /// The open period containing `now`, else the next one, else `nil`, looking from yesterday to
    /// ``statusSearchDays`` days after `today`.
    func openPeriod(
        around now: Int, from today: CalendarDate, bankHolidays: Set<CalendarDate>, in zone: TimeZone
    ) -> OpenPeriod? {
        var pending: (start: Int, end: Int)?
        for offset in -1...Self.statusSearchDays {
            let day = today.adding(days: offset)
            for span in openSpans(on: day, bankHolidays: bankHolidays) {
                let start = WallClockTime(date: day, minutes: span.lowerBound).firstSecond(in: zone)
                let end = WallClockTime(date: day, minutes: span.upperBound).firstSecond(in: zone)
                // A span wholly inside a skipped hour never opens.
                guard start < end else { continue }
                if let current = pending {
                    if start <= current.end {
                        pending = (current.start, max(current.end, end))
                        continue
                    }
                    if current.end > now { return OpenPeriod(start: current.start, end: current.end) }
                }
                pending = (start, end)
            }
        }
        guard let current = pending, current.end > now else { return nil }
        return OpenPeriod(start: current.start, end: nil)
    }

    /// The last referral time that has passed in this open period, and the one still to come
    /// before it closes.
    private func lastReferralTimes(
        around now: Int, today: CalendarDate, within period: OpenPeriod, in zone: TimeZone
    ) -> (passed: WallClockTime?, ahead: WallClockTime?) {
        guard !always, let lastReferral else { return (nil, nil) }
        let times = (-1...1).map { WallClockTime(date: today.adding(days: $0), minutes: lastReferral.minutes) }
        let seconds = times.map { $0.firstSecond(in: zone) }
        guard let next = seconds.firstIndex(where: { $0 > now }) else { return (nil, nil) }
        let latest = next - 1
        let passed = latest >= 0 && seconds[latest] >= period.start ? times[latest] : nil
        let ahead = period.end.map { seconds[next] < $0 } == true ? times[next] : nil
        return (passed, ahead)
    }
}
