extension Diagnostic {
    static func missingField(_ field: String, expected: String, in parent: String, at location: SourceLocation)
        -> Diagnostic
    {
        let key = field.split(separator: ".").last.map(String.init) ?? field
        let within = parent.isEmpty ? "" : " in `\(parent)`"
        return Diagnostic(
            .error, code: "field.required", message: "`\(field)` is required\(within) but is missing or empty",
            at: location, field: field, hint: "add `\(key):` with \(expected)")
    }

    static func wrongType(
        _ field: String, expected: String, found: YAMLNode, at location: SourceLocation, hint: String? = nil
    ) -> Diagnostic {
        Diagnostic(
            .error, code: "field.type",
            message: "`\(field)` should be \(expected), but found \(found.foundDescription)",
            at: location, field: field, hint: hint)
    }

    static func outOfRange(_ field: String, expected: String, found: YAMLNode, at location: SourceLocation)
        -> Diagnostic
    {
        Diagnostic(
            .error, code: "field.range",
            message: "`\(field)` should be from \(expected), but found \(found.foundDescription)",
            at: location, field: field)
    }

    static func badFormat(
        _ field: String, expected: String, found: YAMLNode, at location: SourceLocation, hint: String? = nil
    ) -> Diagnostic {
        Diagnostic(
            .error, code: "field.format",
            message: "`\(field)` should be \(expected), but found \(found.foundDescription)",
            at: location, field: field, hint: hint)
    }

    static func notAChoice(
        _ field: String, expected: String, found: YAMLNode, at location: SourceLocation, hint: String?
    ) -> Diagnostic {
        Diagnostic(
            .error, code: "field.enum", message: "`\(field)` should be \(expected); found \(found.foundDescription)",
            at: location, field: field, hint: hint)
    }

    static func badIdentifierValue(_ field: String, kind: String, found: YAMLNode, at location: SourceLocation)
        -> Diagnostic
    {
        let suggestion = found.string.flatMap { Identifier.suggestion(for: $0) }.map { ", such as `\($0)`" } ?? ""
        return Diagnostic(
            .error, code: "field.id",
            message: "`\(field)` should be the id of a \(kind), but found \(found.foundDescription)",
            at: location, field: field, hint: "ids use only lower-case letters, digits and single hyphens\(suggestion)")
    }

    static func unknownField(
        _ field: String, key: String, suggestion: String?, allowed: [String], at location: SourceLocation
    ) -> Diagnostic {
        let hint =
            suggestion.map { "did you mean `\($0)`?" }
            ?? "the fields allowed here are: " + Array(Set(allowed)).sorted().map { "`\($0)`" }.joined(separator: ", ")
        return Diagnostic(
            .error, code: "field.unknown", message: "`\(field)` is not a field Waymark knows, so it would be ignored",
            at: location, field: field, hint: hint)
    }

    static func conflictingHours(at location: SourceLocation) -> Diagnostic {
        Diagnostic(
            .error, code: "hours.always-with-sessions",
            message: "`hours.always` is true (open 24/7), but `hours.sessions` are also given", at: location,
            field: "hours.sessions", hint: "remove the sessions for a 24/7 service, or set `always: false`")
    }

    static func noHours(at location: SourceLocation) -> Diagnostic {
        Diagnostic(
            .error, code: "hours.none", message: "`hours` gives neither `always: true` nor any session", at: location,
            field: "hours", hint: "add `always: true` for a 24/7 service, or `sessions:` with days, `from` and `to`")
    }

    static func phoneRequired(at location: SourceLocation) -> Diagnostic {
        Diagnostic(
            .error, code: "field.required",
            message: "`referral.phone` is required because `referral.methods` includes `phone`", at: location,
            field: "referral.phone",
            hint: "add `phone:` with the crew referral line in quotes, such as \"0113 496 0123\"")
    }

    static func unknownTimeZone(_ zone: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(
            .error, code: "field.format",
            message: "`time_zone` should be a time zone name such as Europe/London, but found \"\(zone)\"",
            at: location, field: "time_zone", hint: "use `Europe/London`")
    }

    static func sampleDateWithoutSample(at location: SourceLocation) -> Diagnostic {
        Diagnostic(
            .error, code: "site.sample-date",
            message:
                "`sample_as_of` fixes the date a sample catalogue is checked as of, but this catalogue is not a sample (`sample: true` is not set)",
            at: location, field: "sample_as_of",
            hint: "remove `sample_as_of`: a real catalogue's reviews must be checked against today's date")
    }
}
