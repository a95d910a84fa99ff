/// When a pathway is open, in wall-clock time in the site's zone (Europe/London).
struct Hours: Sendable, Hashable {
    /// A weekly opening, from `from` to `to` on each of `days`; never across midnight.
    struct Session: Sendable, Hashable {
        /// The days of the week the session runs on.
        var days: [Weekday]
        /// When the session opens.
        var from: TimeOfDay
        /// When the session closes; `24:00` for midnight at the end of the day.
        var to: TimeOfDay
    }

    /// Dated days when the pathway is closed, whatever the sessions say.
    struct Closure: Sendable, Hashable {
        /// The first closed day.
        var from: CalendarDate
        /// The last closed day (inclusive).
        var to: CalendarDate
        /// Why it is closed, shown to crews.
        var reason: String?
    }

    /// Open around the clock, every day.
    var always: Bool
    /// The weekly sessions (none when `always`).
    var sessions: [Session]
    /// What happens on bank holidays.
    var bankHolidays: BankHolidayRule
    /// Dated exceptions.
    var closures: [Closure]
    /// The latest time referrals are accepted, when it is earlier than closing.
    var lastReferral: TimeOfDay?

    /// Creates hours.
    init(
        always: Bool, sessions: [Session], bankHolidays: BankHolidayRule = .closed, closures: [Closure] = [],
        lastReferral: TimeOfDay? = nil
    ) {
        self.always = always
        self.sessions = sessions
        self.bankHolidays = bankHolidays
        self.closures = closures
        self.lastReferral = lastReferral
    }

    /// Hours open in a normal week (no bank holidays or closures): a derived value `compare` may name.
    var weeklyHours: Double {
        if always { return 168 }
        let minutes = Weekday.week.reduce(0) { total, day in total + openMinutes(on: day) }
        return Double(minutes) / 60
    }

    /// Whether it is open at some time between 00:00 and 06:00.
    var overnight: Bool {
        always || sessions.contains { $0.from.minutes < 360 }
    }

    /// Whether it opens on Saturday or Sunday.
    var weekends: Bool {
        always || sessions.contains { $0.days.contains(.sat) || $0.days.contains(.sun) }
    }

    /// Minutes open on `day` in a normal week, overlaps counted once.
    func openMinutes(on day: Weekday) -> Int {
        if always { return 1440 }
        let spans = sessions.filter { $0.days.contains(day) }.map { ($0.from.minutes, $0.to.minutes) }.sorted {
            $0 < $1
        }
        var total = 0
        var reached = 0
        for (start, end) in spans where end > reached {
            total += end - max(start, reached)
            reached = end
        }
        return total
    }

    /// The sessions on `day`, sorted by start.
    func sessions(on day: Weekday) -> [Session] {
        sessions.filter { $0.days.contains(day) }.sorted { $0.from < $1.from }
    }
}
