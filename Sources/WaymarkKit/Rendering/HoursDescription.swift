/// Opening hours in words, for pages: a line per day and a one-line summary.
struct HoursDescription {
    let hours: Hours

    /// "Open 24 hours, every day", or the days grouped with their sessions:
    /// "Mon–Fri 08:00–20:00; Sat–Sun 09:00–17:00".
    var summary: String {
        if hours.always { return "Open 24 hours, every day" }
        let groups = dayGroups()
        let open = groups.filter { !$0.sessions.isEmpty }
        guard !open.isEmpty else { return "No regular opening hours" }
        return open.map { "\(label(for: $0.days, short: true)) \(text(for: $0.sessions))" }.joined(separator: "; ")
    }

    /// A line for each run of days with the same sessions, closed days included.
    var lines: [(days: String, times: String)] {
        if hours.always { return [("Every day", "Open 24 hours")] }
        return dayGroups().map { group in
            (label(for: group.days, short: false), group.sessions.isEmpty ? "Closed" : text(for: group.sessions))
        }
    }

    /// What happens on bank holidays, in words.
    var bankHolidays: String {
        switch hours.bankHolidays {
        case .closed: hours.always ? "Open on bank holidays" : "Closed on bank holidays"
        case .open: "Open as usual on bank holidays"
        case .asSunday: "Sunday hours on bank holidays"
        }
    }

    private func dayGroups() -> [(days: [Weekday], sessions: [Hours.Session])] {
        var groups: [(days: [Weekday], sessions: [Hours.Session])] = []
        for day in Weekday.week {
            let sessions = hours.sessions(on: day)
            let key = sessions.map { [$0.from, $0.to] }
            if let last = groups.last, last.sessions.map({ [$0.from, $0.to] }) == key {
                groups[groups.count - 1].days.append(day)
            } else {
                groups.append(([day], sessions))
            }
        }
        return groups
    }

    private func text(for sessions: [Hours.Session]) -> String {
        sessions.map { "\($0.from)–\($0.to)" }.joined(separator: ", ")
    }

    private func label(for days: [Weekday], short: Bool) -> String {
        func name(_ day: Weekday) -> String { short ? String(day.name.prefix(3)) : day.name }
        guard let first = days.first, let last = days.last else { return "" }
        if days.count == 7 { return short ? "Daily" : "Every day" }
        if days.count == 1 { return name(first) }
        if days.count == 2 { return "\(name(first)) and \(name(last))" }
        return short ? "\(name(first))–\(name(last))" : "\(name(first)) to \(name(last))"
    }
}
