/// `site.yaml`: settings for the whole catalogue.
public struct SiteSettings: Sendable, Hashable {
    /// The catalogue's title, shown on every page.
    public var title: String
    /// Where the site is published: an absolute URL or a `/path/`. Pages link relatively, so
    /// this is used only where an absolute address is needed (sitemaps, feeds).
    public var baseURL: String
    /// The zone opening hours are written in; `Europe/London` unless set.
    public var timeZone: String
    /// Whether the content is illustrative: every page then says it is not for clinical use.
    public var sample: Bool
    /// The pathway types every place is expected to offer, when set.
    public var coreTypes: [String]?
    /// For a sample catalogue, the date it is checked and built as of unless `--today` says
    /// otherwise, so that its planted overdue reviews stay the same ones whenever it is built.
    public var sampleAsOf: CalendarDate?
    /// Where the settings came from.
    public var source: SourceDocument?

    /// Creates settings.
    public init(
        title: String, baseURL: String = "/", timeZone: String = "Europe/London", sample: Bool = false,
        coreTypes: [String]? = nil, sampleAsOf: CalendarDate? = nil, source: SourceDocument? = nil
    ) {
        self.sampleAsOf = sampleAsOf
        self.title = title
        self.baseURL = baseURL
        self.timeZone = timeZone
        self.sample = sample
        self.coreTypes = coreTypes
        self.source = source
    }
}

/// One `vocabulary/<name>.yaml`: shared definitions, so a code means one thing in every place.
public struct Vocabulary: Sendable, Hashable {
    /// One defined code.
    public struct Term: Sendable, Hashable {
        /// The code pathways use, such as `anticoagulated`.
        public var code: String
        /// What crews read, such as "Taking anticoagulants".
        public var label: String
        /// The shared definition, when there is one.
        public var description: String?

        /// Creates a term.
        public init(code: String, label: String, description: String? = nil) {
            self.code = code
            self.label = label
            self.description = description
        }
    }

    /// The vocabulary's name: the file name without `.yaml`.
    public var name: String
    /// The terms, sorted by code.
    public var terms: [Term]

    /// Creates a vocabulary, sorting its terms.
    public init(name: String, terms: [Term]) {
        self.name = name
        self.terms = terms.sorted { $0.code < $1.code }
        byCode = Dictionary(self.terms.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
    }

    private var byCode: [String: Term]

    /// The term for `code`.
    public func term(_ code: String) -> Term? { byCode[code] }
}

/// One public holiday from `calendars/bank-holidays.yaml`.
public struct BankHoliday: Sendable, Hashable {
    /// The day.
    public var date: CalendarDate
    /// Its name, such as "Boxing Day (substitute day)".
    public var name: String

    /// Creates a bank holiday.
    public init(date: CalendarDate, name: String) {
        self.date = date
        self.name = name
    }
}
