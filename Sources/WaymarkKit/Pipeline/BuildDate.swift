import Foundation

/// Today's date for a run: what review and approval checks compare against and what the site
/// says it was built for. Output never reads the clock itself, so the same input and date give
/// the same bytes.
public enum BuildDate {
    /// Why the date could not be worked out.
    public struct Failure: Error, CustomStringConvertible {
        /// What went wrong, for the person running the command.
        public var description: String
    }

    /// `--today YYYY-MM-DD` when given, else `SOURCE_DATE_EPOCH` (seconds since 1970, the
    /// reproducible-builds convention), else `now`; the last two read as a date in Europe/London.
    public static func resolve(option: String?, environment: [String: String], now: Date) throws(Failure)
        -> CalendarDate
    {
        if let option {
            guard let date = CalendarDate(option) else {
                throw Failure(description: "--today must be a date like 2026-03-01, but was \"\(option)\"")
            }
            return date
        }
        if let epoch = environment["SOURCE_DATE_EPOCH"], !epoch.isEmpty {
            guard let seconds = Int(epoch) else {
                throw Failure(
                    description: "SOURCE_DATE_EPOCH must be a whole number of seconds since 1970, but was \"\(epoch)\"")
            }
            return londonDate(Date(timeIntervalSince1970: TimeInterval(seconds)))
        }
        return londonDate(now)
    }

    /// The calendar date in Europe/London at `instant`.
    static func londonDate(_ instant: Date) -> CalendarDate {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Europe/London") ?? .gmt
        let parts = calendar.dateComponents([.year, .month, .day], from: instant)
        return CalendarDate(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1)
            ?? CalendarDate(daysSinceEpoch: 0)
    }
}
