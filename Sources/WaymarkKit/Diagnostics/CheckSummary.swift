/// What a check found, as the command line reports it in text: the diagnostics, the variation
/// findings it lists, and the counts of its summary line.
///
/// A build keeps it in its record, so that a later build from the same inputs can report it
/// again without checking anything.
public struct CheckSummary: Sendable, Equatable {
    /// The date the content was checked as of.
    public var today: CalendarDate?
    /// Every diagnostic, in reporting order.
    public var diagnostics: [Diagnostic]
    /// The variation findings listed as diagnostics: those that fail the run and, against a
    /// baseline, the new ones.
    public var listed: [Diagnostic]
    /// Why the variation findings fail the run, if they do.
    public var failure: String?
    /// How many pathways, places, systems and trusts the catalogue holds.
    public var pathways: Int, places: Int, systems: Int, trusts: Int
    /// How many pathways are drafts.
    public var drafts: Int
    /// The variation counts: "107 unwarranted and 9 warranted variation findings".
    public var variation: String

    /// The errors.
    public var errors: Int { diagnostics.count(of: .error) }
    /// The warnings.
    public var warnings: Int { diagnostics.count(of: .warning) }

    /// Whether the run fails: an error, or a failing variation finding.
    public var fails: Bool { diagnostics.hasErrors || failure != nil }

    /// The summary of `report`, whose findings failing `gate` fail the run; with `listingNew`
    /// false, new findings that do not fail it are not listed.
    public init(
        _ report: FindingsReport, today: CalendarDate?, drafts: Int, failingOn gate: VariationGate?,
        listingNew: Bool = true
    ) {
        let outcome = VariationOutcome(report.variation, failingOn: gate, listingNew: listingNew)
        self.today = today
        diagnostics = report.diagnostics
        listed = outcome.diagnostics
        failure = outcome.reason
        pathways = report.pathways
        places = report.places
        systems = report.systems
        trusts = report.trusts
        self.drafts = drafts
        variation = report.variation.counts
    }

    /// The summary as one line of compact JSON, for the build's record.
    var recordText: String {
        var members: [(String, JSONValue)] = []
        if let today { members.append(("today", .string(today.description))) }
        members += [
            ("diagnostics", .array(diagnostics.map(\.json))), ("listed", .array(listed.map(\.json))),
            ("pathways", .integer(pathways)), ("places", .integer(places)), ("systems", .integer(systems)),
            ("trusts", .integer(trusts)), ("drafts", .integer(drafts)), ("variation", .string(variation)),
        ]
        if let failure { members.append(("failure", .string(failure))) }
        return JSONValue.object(members).serialized()
    }

    /// Reads a summary from its record text, or `nil` when the text is not one.
    init?(recordText text: String) {
        guard let node = try? JSONReader.parse(text), let pathways = node["pathways"]?.integer,
            let places = node["places"]?.integer, let systems = node["systems"]?.integer,
            let trusts = node["trusts"]?.integer, let drafts = node["drafts"]?.integer,
            let variation = node["variation"]?.string,
            let diagnostics = node["diagnostics"]?.items.flatMap({ $0.map(Diagnostic.init(json:)) }),
            let listed = node["listed"]?.items.flatMap({ $0.map(Diagnostic.init(json:)) })
        else { return nil }
        let allRead = (diagnostics + listed).allSatisfy { $0 != nil }
        guard allRead else { return nil }
        if let today = node["today"] {
            guard let text = today.string, let date = CalendarDate(text) else { return nil }
            self.today = date
        }
        self.diagnostics = diagnostics.compactMap { $0 }
        self.listed = listed.compactMap { $0 }
        failure = node["failure"]?.string
        self.pathways = pathways
        self.places = places
        self.systems = systems
        self.trusts = trusts
        self.drafts = drafts
        self.variation = variation
    }
}

extension Diagnostic {
    /// Reads a diagnostic from its JSON shape (`json`), or `nil` when `node` is not one.
    init?(json node: YAMLNode) {
        func location(_ node: YAMLNode) -> SourceLocation? {
            guard let file = node["file"]?.string, let line = node["line"]?.integer,
                let column = node["column"]?.integer
            else { return nil }
            return SourceLocation(file: file, line: line, column: column)
        }
        guard let severity = node["severity"]?.string.flatMap(Severity.init(rawValue:)),
            let code = node["code"]?.string, let message = node["message"]?.string, let at = location(node)
        else { return nil }
        var notes: [Note] = []
        for item in node["notes"]?.items ?? [] {
            guard let message = item["message"]?.string, let at = location(item) else { return nil }
            notes.append(Note(message, at: at))
        }
        self.init(
            severity, code: code, message: message, at: at, field: node["field"]?.string,
            hint: node["hint"]?.string, notes: notes)
    }
}
