/// `site.yaml`: settings for the whole catalogue.
struct SiteSettings: Sendable, Hashable {
    /// The catalogue's title, shown on every page.
    var title: String
    /// Where the site is published: an absolute URL or a `/path/`. Pages link relatively, so
    /// this is used only where an absolute address is needed (sitemaps, feeds).
    var baseURL: String
    /// The zone opening hours are written in; `Europe/London` unless set.
    var timeZone: String
    /// Whether the content is illustrative: every page then says it is not for clinical use.
    var sample: Bool
    /// The pathway types every place is expected to offer, when set.
    var coreTypes: [String]?
    /// For a sample catalogue, the date it is checked and built as of unless `--today` says
    /// otherwise, so that its planted overdue reviews stay the same ones whenever it is built.
    var sampleAsOf: CalendarDate?
    /// Where the settings came from.
    var source: SourceDocument?

    /// Creates settings.
    init(
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
struct Vocabulary: Sendable, Hashable {
    /// One defined code.
    struct Term: Sendable, Hashable {
        /// The code pathways use, such as `anticoagulated`.
        var code: String
        /// What crews read, such as "Taking anticoagulants".
        var label: String
        /// The shared definition, when there is one.
        var description: String?

        /// Creates a term.
        init(code: String, label: String, description: String? = nil) {
            self.code = code
            self.label = label
            self.description = description
        }
    }

    /// The vocabulary's name: the file name without `.yaml`.
    var name: String
    /// The terms, sorted by code.
    var terms: [Term]

    /// Creates a vocabulary, sorting its terms.
    init(name: String, terms: [Term]) {
        self.name = name
        self.terms = terms.sorted { $0.code < $1.code }
        byCode = Dictionary(self.terms.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
    }

    private var byCode: [String: Term]

    /// The term for `code`.
    func term(_ code: String) -> Term? { byCode[code] }
}

/// One public holiday from `calendars/bank-holidays.yaml`.
struct BankHoliday: Sendable, Hashable {
    /// The day.
    var date: CalendarDate
    /// Its name, such as "Boxing Day (substitute day)".
    var name: String
}
