/// Hours as the site's script reads them, to say "open now" in the browser.
///
/// The shape is the content's own `hours` object (`Tests/.../Fixtures/hours/cases.json` uses it
/// too), so the script and the Swift engine answer the same cases. The status is worked out in
/// the browser because a page states its hours for months, and "open now" changes by the minute.
extension Hours {
    /// The hours as a JSON object, absent fields left out.
    var json: JSONValue {
        var members: [(String, JSONValue)] = []
        if always { members.append(("always", .bool(true))) }
        if !sessions.isEmpty {
            members.append(
                (
                    "sessions",
                    .array(
                        sessions.map { session in
                            .object([
                                ("days", .array(session.days.map { .string($0.rawValue) })),
                                ("from", .string(session.from.description)), ("to", .string(session.to.description)),
                            ])
                        })
                ))
        }
        members.append(("bank_holidays", .string(bankHolidays.rawValue)))
        if !closures.isEmpty {
            members.append(
                (
                    "closures",
                    .array(
                        closures.map { closure in
                            .object(
                                [("from", .string(closure.from.description)), ("to", .string(closure.to.description))]
                                    + (closure.reason.map { [("reason", JSONValue.string($0))] } ?? []))
                        })
                ))
        }
        if let lastReferral { members.append(("last_referral", .string(lastReferral.description))) }
        return .object(members)
    }
}
