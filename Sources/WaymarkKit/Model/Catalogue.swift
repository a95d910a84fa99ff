/// The whole content, decoded into typed values: what every later stage reads.
///
/// Every collection is sorted by id, so anything that walks the catalogue walks it in the same
/// order on every machine.
struct Catalogue: Sendable {
    /// `site.yaml`.
    private(set) var site: SiteSettings
    /// `vocabulary/<name>.yaml`, by name (`criteria`, `roles`, …).
    private(set) var vocabularies: [String: Vocabulary]
    /// `calendars/bank-holidays.yaml`, sorted by date.
    private(set) var bankHolidays: [BankHoliday]
    /// `pathways/<type>.md`.
    private(set) var pathwayTypes: [PathwayType]
    /// `trusts/<trust>.md`.
    private(set) var trusts: [Trust]
    /// `systems/<system>/system.md`.
    private(set) var systems: [System]
    /// `systems/<system>/<place>/place.md`.
    private(set) var places: [Place]
    /// `systems/<system>/<place>/<type>[--<name>].md`.
    private(set) var pathways: [Pathway]
    /// `governance/<body>.md`.
    private(set) var governanceBodies: [GovernanceBody]

    /// Creates a catalogue, sorting every collection by id.
    init(
        site: SiteSettings, vocabularies: [String: Vocabulary], bankHolidays: [BankHoliday],
        pathwayTypes: [PathwayType], trusts: [Trust], systems: [System], places: [Place],
        pathways: [Pathway], governanceBodies: [GovernanceBody]
    ) {
        self.site = site
        self.vocabularies = vocabularies
        self.bankHolidays = bankHolidays.sorted { $0.date < $1.date }
        self.pathwayTypes = pathwayTypes.sorted { $0.id < $1.id }
        self.trusts = trusts.sorted { $0.id < $1.id }
        self.systems = systems.sorted { $0.id < $1.id }
        self.places = places.sorted { $0.id < $1.id }
        self.pathways = pathways.sorted { $0.id < $1.id }
        self.governanceBodies = governanceBodies.sorted { $0.id < $1.id }
        index = Index(
            pathwayTypes: self.pathwayTypes, trusts: self.trusts, systems: self.systems, places: self.places,
            pathways: self.pathways, governanceBodies: self.governanceBodies)
    }

    private var index: Index

    /// Lookups by id, built once.
    private struct Index: Sendable {
        var pathwayTypes: [String: Int] = [:]
        var trusts: [String: Int] = [:]
        var systems: [String: Int] = [:]
        var places: [String: Int] = [:]
        var governanceBodies: [String: Int] = [:]
        var pathwaysByPlace: [String: [Int]] = [:]
        var pathwaysByType: [String: [Int]] = [:]
        var placesBySystem: [String: [Int]] = [:]
        var pathwaysByApprover: [String: [Int]] = [:]
        var activePlacesByType: [String: Set<String>] = [:]

        init(
            pathwayTypes: [PathwayType], trusts: [Trust], systems: [System], places: [Place], pathways: [Pathway],
            governanceBodies: [GovernanceBody]
        ) {
            func positions(_ ids: [String]) -> [String: Int] {
                Dictionary(ids.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
            }
            self.pathwayTypes = positions(pathwayTypes.map(\.id))
            self.trusts = positions(trusts.map(\.id))
            self.systems = positions(systems.map(\.id))
            self.places = positions(places.map(\.id))
            self.governanceBodies = positions(governanceBodies.map(\.id))
            for (offset, pathway) in pathways.enumerated() {
                pathwaysByPlace[pathway.place, default: []].append(offset)
                pathwaysByType[pathway.type, default: []].append(offset)
                pathwaysByApprover[pathway.governance.approvedBy, default: []].append(offset)
                if pathway.status == .active { activePlacesByType[pathway.type, default: []].insert(pathway.place) }
            }
            for (offset, place) in places.enumerated() {
                placesBySystem[place.system, default: []].append(offset)
            }
        }
    }
}

extension Catalogue {
    /// The pathway type with `id`.
    func pathwayType(_ id: String) -> PathwayType? { index.pathwayTypes[id].map { pathwayTypes[$0] } }
    /// The trust with `id`.
    func trust(_ id: String) -> Trust? { index.trusts[id].map { trusts[$0] } }
    /// The system with `id`.
    func system(_ id: String) -> System? { index.systems[id].map { systems[$0] } }
    /// The place with `id`.
    func place(_ id: String) -> Place? { index.places[id].map { places[$0] } }
    /// The governance body with `id`.
    func governanceBody(_ id: String) -> GovernanceBody? {
        index.governanceBodies[id].map { governanceBodies[$0] }
    }
    /// The pathways at place `id`, sorted by id.
    func pathways(atPlace id: String) -> [Pathway] {
        index.pathwaysByPlace[id, default: []].map { pathways[$0] }
    }
    /// The pathways of type `id`, sorted by id.
    func pathways(ofType id: String) -> [Pathway] { index.pathwaysByType[id, default: []].map { pathways[$0] } }
    /// The positions in `pathways` of the pathways of type `id`, for work that must not copy them.
    func pathwayIndexes(ofType id: String) -> [Int] { index.pathwaysByType[id, default: []] }
    /// The pathways approved by governance body `id`, sorted by id.
    func pathways(approvedBy id: String) -> [Pathway] {
        index.pathwaysByApprover[id, default: []].map { pathways[$0] }
    }
    /// The places with an active pathway of type `id`.
    func placesActive(ofType id: String) -> Set<String> { index.activePlacesByType[id, default: []] }
    /// The places in system `id`, sorted by id.
    func places(inSystem id: String) -> [Place] { index.placesBySystem[id, default: []].map { places[$0] } }

    /// The vocabulary of referral criteria (`vocabulary/criteria.yaml`).
    var criteria: Vocabulary { vocabularies["criteria"] ?? Vocabulary(name: "criteria", terms: []) }
    /// The vocabulary of who may refer (`vocabulary/roles.yaml`).
    var roles: Vocabulary { vocabularies["roles"] ?? Vocabulary(name: "roles", terms: []) }

    /// The trusts that serve a place: the place's own `trust`, else its system's trusts.
    func trusts(serving place: Place) -> [String] {
        if let trust = place.trust { return [trust] }
        return system(place.system)?.trusts ?? []
    }

    /// The places of system `id` that trust `trust` serves: all of them unless a place names another trust.
    func places(inSystem id: String, servedBy trust: String) -> [Place] {
        places(inSystem: id).filter { trusts(serving: $0).contains(trust) }
    }

    /// The pathway types every place is expected to offer: `core_types` from `site.yaml`, else
    /// those marked `core`.
    var coreTypes: [String] {
        site.coreTypes ?? pathwayTypes.filter(\.core).map(\.id)
    }
}

extension Catalogue {
    /// The catalogue as crews are shown it: draft pathways are not yet approved for use, so a
    /// site leaves them out unless its builder asks for them.
    func removingDrafts() -> Catalogue {
        Catalogue(
            site: site, vocabularies: vocabularies, bankHolidays: bankHolidays, pathwayTypes: pathwayTypes,
            trusts: trusts, systems: systems, places: places, pathways: pathways.filter { $0.status != .draft },
            governanceBodies: governanceBodies)
    }
}
