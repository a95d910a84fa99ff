import Foundation

/// Whether a pathway is open at one instant, and when that next changes, as a crew reads it:
/// "Open, closes 20:00", "Closed, opens Monday 08:00".
struct HoursStatus: Sendable, Hashable, CustomStringConvertible {
    /// Open or closed, with the two warnings a crew needs before referring.
    enum State: String, Sendable, Hashable, CaseIterable {
        /// Open and taking referrals.
        case open
        /// Open, but closing within ``HoursStatus/closingSoonMinutes`` minutes.
        case closingSoon = "closing-soon"
        /// Open, but past the day's last referral time; this wins over `closingSoon`.
        case lastReferralPassed = "last-referral-passed"
        /// Closed.
        case closed
    }

    /// A moment when the pathway opens or closes.
    struct Change: Sendable, Hashable {
        /// Whether the pathway opens or closes then.
        enum Kind: String, Sendable, Hashable, CaseIterable {
            /// The pathway opens.
            case opens
            /// The pathway closes.
            case closes
        }

        /// Opens or closes.
        var kind: Kind
        /// The instant it happens.
        var instant: Date
        /// The local date it happens on; a close at midnight belongs to the day it ends.
        var date: CalendarDate
        /// The local time the clock then reads; a close at midnight is `24:00`, as sessions write it.
        var time: TimeOfDay

        /// Creates a change at `instant`, dated and timed by a clock in `zone`.
        init(_ kind: Kind, at instant: Date, in zone: TimeZone) {
            self.kind = kind
            self.instant = instant
            let reading = WallClockTime(instant, in: zone)
            if kind == .closes, reading.minutes == 0 {
                date = reading.date.adding(days: -1)
                time = TimeOfDay(minutes: 1440)!
            } else {
                date = reading.date
                time = reading.time
            }
        }
    }

    /// How close to closing counts as closing soon, in minutes, inclusive.
    static let closingSoonMinutes = 30

    /// Open, closing soon, past the last referral, or closed.
    var state: State
    /// The next time it opens or closes; `nil` when that is more than a year away (such as 24/7).
    var nextChange: Change?
    /// The last referral time of this open period: still to come when `open` or `closingSoon`,
    /// passed when `lastReferralPassed`; `nil` when none falls before the next close.
    var lastReferral: WallClockTime?
    /// Why it is closed, when a dated closure covers this day.
    var closureReason: String?
    /// The local date at the instant asked about: what "Monday" or "26 December" count from.
    var today: CalendarDate

    /// Whether the pathway is open, taking referrals or not.
    var isOpen: Bool { state != .closed }

    /// Whether a crew can refer now.
    var acceptsReferrals: Bool { state == .open || state == .closingSoon }

    /// One line a crew reads: "Closing soon, closes 20:00; last referral 19:45".
    var description: String {
        let change = nextChange.map { "\($0.kind.rawValue) \(Self.when($0.date, $0.time, from: today))" }
        let referral = lastReferral.map { "; last referral \(Self.when($0.date, $0.time, from: today))" } ?? ""
        switch state {
        case .open:
            guard let change else { return "Open 24 hours" }
            return "Open, \(change)\(referral)"
        case .closingSoon:
            return "Closing soon, \(change ?? "")\(referral)"
        case .lastReferralPassed:
            let after = lastReferral.map { " after \($0.time)" } ?? ""
            return "Open, but no referrals\(after)" + (change.map { "; \($0)" } ?? "")
        case .closed:
            let reason = closureReason.map { " (\($0))" } ?? ""
            return "Closed\(reason), " + (change ?? "no opening in the next year")
        }
    }

    /// "20:00" today, "Monday 08:00" within the next six days, "26 December 08:00" from a week
    /// on (the weekday alone would be ambiguous), with the year when it is not this year's.
    static func when(_ date: CalendarDate, _ time: TimeOfDay, from today: CalendarDate) -> String {
        let days = date.daysSinceEpoch - today.daysSinceEpoch
        if days == 0 { return "\(time)" }
        if (1...6).contains(days) { return "\(date.weekday.name) \(time)" }
        let long = date.longDescription
        let day = date.year == today.year ? String(long.dropLast(" \(date.year)".count)) : long
        return "\(day) \(time)"
    }
}
