/// A kind of pathway, such as falls or stroke (`pathways/<type>.md`).
struct PathwayType: Sendable, Hashable {
    /// A field compared across places.
    struct ComparedField: Sendable, Hashable {
        /// A dotted path into a pathway, or a derived value such as `hours.weekly_hours`.
        var field: String
        /// How values are compared.
        var kind: ComparisonKind
        /// What the field is called on the page.
        var label: String
    }

    /// A standard every pathway of the type should meet.
    struct Baseline: Sendable, Hashable {
        /// The dotted path of the field the standard is about.
        var field: String
        /// The lowest acceptable value.
        var minimum: Double?
        /// The highest acceptable value.
        var maximum: Double?
        /// Where the standard comes from.
        var origin: String?
    }

    /// The id: the file name.
    var id: String
    /// The full name, such as "Same day emergency care".
    var name: String
    /// The short name, such as "SDEC".
    var shortName: String?
    /// Whether every place is expected to offer it.
    var core: Bool
    /// One sentence on what it is.
    var description: String?
    /// The fields compared across places.
    var compare: [ComparedField]
    /// The standard, if any.
    var baseline: Baseline?
    /// The file it came from.
    var source: SourceDocument
}

/// A body that approves pathways (`governance/<body>.md`).
struct GovernanceBody: Sendable, Hashable {
    /// A system represented on the body.
    struct Member: Sendable, Hashable {
        /// The system's id.
        var system: String
        /// Whether its ICB is the host.
        var host: Bool
    }

    /// A member ICB board's ratification of the body's arrangements.
    struct Ratification: Sendable, Hashable {
        /// The system whose board ratified.
        var system: String
        /// When.
        var date: CalendarDate
    }

    /// The id: the file name.
    var id: String
    /// The full name.
    var name: String
    /// What kind of body it is.
    var kind: GovernanceKind
    /// The trust footprint it covers (joint committees).
    var trust: String?
    /// The systems represented.
    var members: [Member]
    /// The pathway types it may approve.
    var authority: [String]
    /// The members' ratifications.
    var ratified: [Ratification]
    /// Who chairs it.
    var chair: String?
    /// When it was set up.
    var established: CalendarDate?
    /// The file it came from.
    var source: SourceDocument
}
