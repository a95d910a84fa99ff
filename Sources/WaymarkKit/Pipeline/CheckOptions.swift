/// How content is checked, the same for `Pipeline.check` and `Pipeline.build`.
public struct CheckOptions: Sendable {
    /// Whether warnings count as errors, except those whose code is in `warningsKept`.
    public var strict: Bool
    /// The codes `--warn-only` keeps as warnings under `strict`.
    public var warningsKept: Set<String>
    /// The date the review and approval checks judge by; without it they are not made. A build
    /// needs one: it is also the date the site is built for.
    public var today: CalendarDate?
    /// Whether `today` was given (by `--today`); when it was not, a sample catalogue's
    /// `sample_as_of` takes its place.
    public var todayIsGiven: Bool
    /// Earlier findings, which new ones are marked against.
    public var previous: PreviousFindings?

    /// Options for a check; the defaults judge no dates and keep warnings as warnings.
    public init(
        strict: Bool = false, warningsKept: Set<String> = [], today: CalendarDate? = nil, todayIsGiven: Bool = true,
        previous: PreviousFindings? = nil
    ) {
        self.strict = strict
        self.warningsKept = warningsKept
        self.today = today
        self.todayIsGiven = todayIsGiven
        self.previous = previous
    }

    /// Adds every option to a build's inputs digest, since each can change what is reported.
    func combine(into digest: inout Fingerprint) {
        digest.combine(strict ? "strict" : "not strict")
        for code in warningsKept.sorted() { digest.combine("warn-only \(code)") }
        let date = today.map(\.description) ?? "none"
        digest.combine(todayIsGiven ? "today \(date)" : "today \(date) unless the sample says")
        digest.combine(previous == nil ? "no baseline" : "baseline")
        for key in (previous?.keys ?? []).sorted() { digest.combine(key) }
    }
}
