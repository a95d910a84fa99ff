/// One problem found in the content, written for the clinical lead who has to fix it.
///
/// Every stage returns diagnostics rather than printing them; the command line picks the format
/// and the exit code. Messages are built by static factories beside the stage that raises them.
public struct Diagnostic: Sendable, Hashable {
    /// How serious a diagnostic is.
    public enum Severity: String, Sendable, Hashable, Comparable, CaseIterable {
        case error
        case warning
        case note

        private var rank: Int {
            switch self {
            case .error: 0
            case .warning: 1
            case .note: 2
            }
        }

        /// Orders by seriousness: errors first, then warnings, then notes.
        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
    }

    /// A secondary location that explains the diagnostic, such as the other side of a clash.
    public struct Note: Sendable, Hashable {
        /// What is at `location`.
        public var message: String
        /// Where it is.
        public var location: SourceLocation

        /// Creates a note saying `message` about `location`.
        public init(_ message: String, at location: SourceLocation) {
            self.message = message
            self.location = location
        }
    }

    /// How serious the problem is.
    public var severity: Severity
    /// A stable, dotted code such as `yaml.duplicate-key`, safe for tools to match on.
    public var code: String
    /// What is wrong: the expected and the found, in plain words.
    public var message: String
    /// Where the offending value is.
    public var location: SourceLocation
    /// The dotted path of the field in the front matter, such as `hours.sessions[1].from`.
    public var field: String?
    /// How to fix it, when there is something specific to say.
    public var hint: String?
    /// Other places that explain the problem.
    public var notes: [Note]

    /// Creates a diagnostic.
    public init(
        _ severity: Severity,
        code: String,
        message: String,
        at location: SourceLocation,
        field: String? = nil,
        hint: String? = nil,
        notes: [Note] = []
    ) {
        self.severity = severity
        self.code = code
        self.message = message
        self.location = location
        self.field = field
        self.hint = hint
        self.notes = notes
    }

    /// The order diagnostics are reported in: by file, line, column, then code.
    public static func reportingOrder(_ lhs: Diagnostic, _ rhs: Diagnostic) -> Bool {
        if lhs.location != rhs.location { return lhs.location < rhs.location }
        if lhs.severity != rhs.severity { return lhs.severity < rhs.severity }
        if lhs.code != rhs.code { return lhs.code < rhs.code }
        return lhs.message < rhs.message
    }
}

extension Diagnostic {
    /// This diagnostic raised to an error, as `--strict` does to warnings.
    func escalated() -> Diagnostic {
        var copy = self
        if copy.severity == .warning { copy.severity = .error }
        return copy
    }
}

extension Array where Element == Diagnostic {
    /// How many diagnostics of `severity` there are.
    public func count(of severity: Diagnostic.Severity) -> Int {
        reduce(0) { $1.severity == severity ? $0 + 1 : $0 }
    }

    /// Whether any diagnostic is an error.
    public var hasErrors: Bool { contains { $0.severity == .error } }
}
