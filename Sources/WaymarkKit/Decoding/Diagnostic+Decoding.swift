extension Diagnostic {
    /// The code of `needed(_:expected:found:at:)`.
    static let neededCode = "decode.needed"

    /// A value Waymark needs that the file leaves out or gives in a form Waymark cannot read:
    /// possible only when a schema no longer asks for what the model needs.
    static func needed(_ field: String, expected: String, found: YAMLNode?, at location: SourceLocation) -> Diagnostic {
        let problem = found.map { "found \($0.foundDescription)" } ?? "it is missing"
        return Diagnostic(
            .error, code: neededCode,
            message: "Waymark needs `\(field)` as \(expected) to use this file, but \(problem)",
            at: location, field: field,
            hint:
                "the schema allows this, but Waymark cannot do without it: give `\(field)`, or require it again in the schema"
        )
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
