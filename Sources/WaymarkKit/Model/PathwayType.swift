/// A kind of pathway, such as falls or stroke (`pathways/<type>.md`).
public struct PathwayType: Sendable, Hashable {
    /// A field compared across places.
    public struct ComparedField: Sendable, Hashable {
        /// A dotted path into a pathway, or a derived value such as `hours.weekly_hours`.
        public var field: String
        /// How values are compared.
        public var kind: ComparisonKind
        /// What the field is called on the page.
        public var label: String
    }

    /// A standard every pathway of the type should meet.
    public struct Baseline: Sendable, Hashable {
        /// The dotted path of the field the standard is about.
        public var field: String
        /// The lowest acceptable value.
        public var minimum: Double?
        /// The highest acceptable value.
        public var maximum: Double?
        /// Where the standard comes from.
        public var origin: String?
    }

    /// The id: the file name.
    public var id: String
    /// The full name, such as "Same day emergency care".
    public var name: String
    /// The short name, such as "SDEC".
    public var shortName: String?
    /// Whether every place is expected to offer it.
    public var core: Bool
    /// One sentence on what it is.
    public var description: String?
    /// The fields compared across places.
    public var compare: [ComparedField]
    /// The standard, if any.
    public var baseline: Baseline?
    /// The file it came from.
    public var source: SourceDocument
}

/// A body that approves pathways (`governance/<body>.md`).
public struct GovernanceBody: Sendable, Hashable {
    /// A system represented on the body.
    public struct Member: Sendable, Hashable {
        /// The system's id.
        public var system: String
        /// Whether its ICB is the host.
        public var host: Bool
    }

    /// A member ICB board's ratification of the body's arrangements.
    public struct Ratification: Sendable, Hashable {
        /// The system whose board ratified.
        public var system: String
        /// When.
        public var date: CalendarDate
    }

    /// The id: the file name.
    public var id: String
    /// The full name.
    public var name: String
    /// What kind of body it is.
    public var kind: GovernanceKind
    /// The trust footprint it covers (joint committees).
    public var trust: String?
    /// The systems represented.
    public var members: [Member]
    /// The pathway types it may approve.
    public var authority: [String]
    /// The members' ratifications.
    public var ratified: [Ratification]
    /// Who chairs it.
    public var chair: String?
    /// When it was set up.
    public var established: CalendarDate?
    /// The file it came from.
    public var source: SourceDocument
}
