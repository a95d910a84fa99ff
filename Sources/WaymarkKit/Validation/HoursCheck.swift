/// Hours and ages that read well but cannot be true: a session that ends before it starts or runs
/// past midnight, two sessions overlapping on a day, a last referral time when the pathway is
/// closed, a closure that ends before it starts, and a minimum age above the maximum.
enum HoursCheck: ValidationRule {
    static func run(_ input: RuleInput, earlier: EarlierDiagnostics) -> [Diagnostic] {
        input.catalogue.pathways.flatMap { sessions($0) + lastReferral($0) + closures($0) + ages($0) }
    }

    private static func sessions(_ pathway: Pathway) -> [Diagnostic] {
        let source = pathway.source
        let items = source.data["hours"]?["sessions"]?.items ?? []
        var diagnostics: [Diagnostic] = []
        var spans: [(index: Int, session: Hours.Session)] = []
        for (index, item) in items.enumerated() {
            guard let session = Self.session(item) else { continue }
            if session.to <= session.from {
                diagnostics.append(
                    .crossesMidnight(session, index: index, at: source.location(of: "hours.sessions[\(index)].to")))
            } else {
                spans.append((index, session))
            }
        }
        for day in Weekday.week {
            let today = spans.filter { $0.session.days.contains(day) }
            for (position, later) in today.enumerated() {
                guard
                    let earlier = today[..<position].first(where: {
                        $0.session.from < later.session.to && later.session.from < $0.session.to
                    })
                else { continue }
                diagnostics.append(
                    .sessionsOverlap(
                        later.session, earlier.session, day: day,
                        at: source.location(of: "hours.sessions[\(later.index)]"),
                        note: .init(
                            "the session it overlaps", at: source.location(of: "hours.sessions[\(earlier.index)]"))))
            }
        }
        // One overlap per pair of sessions, on the first day they share.
        var seen: Set<String> = []
        return diagnostics.filter {
            seen.insert("\($0.location)|\($0.notes.first?.location.description ?? "")").inserted
        }
    }

    private static func session(_ item: YAMLNode) -> Hours.Session? {
        guard let from = item["from"]?.string.flatMap(TimeOfDay.init),
            let to = item["to"]?.string.flatMap(TimeOfDay.init)
        else { return nil }
        let days = item["days"]?.items?.compactMap { $0.string.flatMap(Weekday.init(rawValue:)) } ?? []
        return Hours.Session(days: days, from: from, to: to)
    }

    private static func lastReferral(_ pathway: Pathway) -> [Diagnostic] {
        let hours = pathway.hours
        guard let time = hours.lastReferral, !hours.always else { return [] }
        let sessions = hours.sessions.filter { $0.from < $0.to }
        guard !sessions.isEmpty, !sessions.contains(where: { $0.from <= time && time <= $0.to }) else { return [] }
        return [.lastReferralOutside(time, sessions: sessions, at: pathway.source.location(of: "hours.last_referral"))]
    }

    private static func closures(_ pathway: Pathway) -> [Diagnostic] {
        pathway.hours.closures.enumerated().compactMap { index, closure in
            guard closure.to < closure.from else { return nil }
            return .closureReversed(closure, at: pathway.source.location(of: "hours.closures[\(index)].to"))
        }
    }

    private static func ages(_ pathway: Pathway) -> [Diagnostic] {
        let eligibility = pathway.eligibility
        guard let minimum = eligibility.ageMin, let maximum = eligibility.ageMax, minimum > maximum else { return [] }
        return [
            .ageRange(
                minimum: minimum, maximum: maximum, at: pathway.source.location(of: "eligibility.age_max"),
                note: .init("the minimum age is given here", at: pathway.source.location(of: "eligibility.age_min")))
        ]
    }
}

extension Diagnostic {
    static func crossesMidnight(_ session: Hours.Session, index: Int, at location: SourceLocation) -> Diagnostic {
        let crosses = session.to < session.from
        return Diagnostic(
            .error, code: "hours.crosses-midnight",
            message: crosses
                ? "`hours.sessions[\(index)]` runs from \(session.from) to \(session.to), which crosses midnight"
                : "`hours.sessions[\(index)]` starts and ends at \(session.from), so it is never open",
            at: location, field: "hours.sessions[\(index)].to",
            hint: crosses
                ? "split it in two: `from: \"\(session.from)\", to: \"24:00\"` and a session from \"00:00\" to \"\(session.to)\" on the following days"
                : "give the time it closes in `to`")
    }

    static func sessionsOverlap(
        _ session: Hours.Session, _ other: Hours.Session, day: Weekday, at location: SourceLocation, note: Note
    ) -> Diagnostic {
        Diagnostic(
            .error, code: "hours.overlap",
            message:
                "on \(day.name) this session (\(session.from) to \(session.to)) overlaps another (\(other.from) to \(other.to))",
            at: location, field: "hours.sessions",
            hint: "merge them into one session, or change the times so one ends before the other starts",
            notes: [note])
    }

    static func lastReferralOutside(_ time: TimeOfDay, sessions: [Hours.Session], at location: SourceLocation)
        -> Diagnostic
    {
        let spans = Array(Set(sessions.map { "\($0.from) to \($0.to)" })).sorted().joined(separator: ", ")
        return Diagnostic(
            .error, code: "hours.last-referral-outside",
            message: "`hours.last_referral` is \(time), when the pathway is closed (its sessions run \(spans))",
            at: location, field: "hours.last_referral",
            hint: "give a time inside a session, such as half an hour before it closes, or remove it")
    }

    static func closureReversed(_ closure: Hours.Closure, at location: SourceLocation) -> Diagnostic {
        Diagnostic(
            .error, code: "hours.closure-order",
            message:
                "this closure ends on \(closure.to.longDescription), before it starts on \(closure.from.longDescription)",
            at: location, field: "hours.closures", hint: "swap `from` and `to`")
    }

    static func ageRange(minimum: Int, maximum: Int, at location: SourceLocation, note: Note) -> Diagnostic {
        Diagnostic(
            .error, code: "eligibility.age-range",
            message:
                "`eligibility.age_max` is \(maximum), below `eligibility.age_min` (\(minimum)), so no one is eligible",
            at: location, field: "eligibility.age_max", hint: "check both ages; one is probably mistyped",
            notes: [note])
    }
}
