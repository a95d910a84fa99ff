/// Where a pathway's approval stands on a given day: in date, due for review soon, or overdue.
/// Governance diagnostics and the pages both read it, so they always agree.
enum ReviewState: Sendable, Hashable {
    /// The review is more than `ReviewState.soonDays` days away.
    case inDate
    /// The review is due within `ReviewState.soonDays` days; `days` until it (0 = today).
    case dueSoon(days: Int)
    /// The review date has passed, `days` ago.
    case overdue(days: Int)

    /// How near a review must be to count as due soon.
    static let soonDays = 60

    /// The state of a review due on `reviewDue`, seen on `today`.
    init(reviewDue: CalendarDate, today: CalendarDate) {
        let days = reviewDue.daysSinceEpoch - today.daysSinceEpoch
        if days < 0 {
            self = .overdue(days: -days)
        } else if days <= Self.soonDays {
            self = .dueSoon(days: days)
        } else {
            self = .inDate
        }
    }
}

extension Pathway {
    /// Where this pathway's review stands on `today`.
    func reviewState(on today: CalendarDate) -> ReviewState {
        ReviewState(reviewDue: governance.reviewDue, today: today)
    }
}
