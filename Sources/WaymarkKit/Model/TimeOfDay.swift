/// A wall-clock time in `HH:MM`, 24-hour: `08:00`, `17:30`. `24:00` is the end of the day, so a
/// session can run to midnight without crossing it.
struct TimeOfDay: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Minutes since midnight, 0 to 1440.
    var minutes: Int

    /// A time `minutes` after midnight.
    init?(minutes: Int) {
        guard (0...1440).contains(minutes) else { return nil }
        self.minutes = minutes
    }

    /// Parses `HH:MM` (two digits each; `24:00` allowed), or returns `nil`.
    init?(_ text: String) {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 2, parts[1].count == 2,
            parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
            let hours = Int(parts[0]), let minutes = Int(parts[1]), minutes < 60,
            hours < 24 || (hours == 24 && minutes == 0)
        else { return nil }
        self.minutes = hours * 60 + minutes
    }

    /// `HH:MM`.
    var description: String {
        let hours = minutes / 60
        let remainder = minutes % 60
        return (hours < 10 ? "0" : "") + "\(hours):" + (remainder < 10 ? "0" : "") + "\(remainder)"
    }

    /// Orders times through the day, earliest first.
    static func < (lhs: TimeOfDay, rhs: TimeOfDay) -> Bool { lhs.minutes < rhs.minutes }
}

/// A day of the week, as the content writes it: `mon` … `sun`.
enum Weekday: String, Sendable, Hashable, CaseIterable, Comparable {
    case mon, tue, wed, thu, fri, sat, sun

    /// The day's full name: "Monday".
    var name: String {
        switch self {
        case .mon: "Monday"
        case .tue: "Tuesday"
        case .wed: "Wednesday"
        case .thu: "Thursday"
        case .fri: "Friday"
        case .sat: "Saturday"
        case .sun: "Sunday"
        }
    }

    /// The days from Monday to Sunday.
    static let week: [Weekday] = allCases

    /// Orders days from Monday to Sunday.
    static func < (lhs: Weekday, rhs: Weekday) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
