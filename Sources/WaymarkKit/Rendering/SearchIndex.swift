/// The site's search index, `search-index.json`: every place, pathway type and pathway with the
/// words a crew might type to find it, matched in the browser by `assets/search.js` so that search
/// works offline.
///
/// The index is compact because a crew's phone downloads it whole. Records are arrays, not
/// objects, and each repeated string (a system, a trust, a provider, a criterion's label) is
/// written once in `strings` and referred to by its position:
///
///     {"version":1,
///      "strings":["Fall without injury","Leeds Community Healthcare NHS Trust",…],
///      "types":[[id,href,name,shortName|null],…],
///      "places":[[id,href,name,system,[trust,…],"LS1 LS2 …"],…],
///      "pathways":[[href,title,type,place,provider|null,status,[criterion,…]],…]}
///
/// `type` and `place` are positions in `types` and `places`; `system`, each `trust` (its name, then
/// its short name), `provider` and each `criterion` (the label of an `include` code) are positions
/// in `strings`. Links are paths from the site's root. The bytes are the same on every build of the
/// same catalogue: the collections keep the catalogue's order by id and `strings` is sorted.
///
/// Every pathway given is indexed, drafts included: leaving drafts out is the build's decision.
struct SearchIndex: Sendable {
    /// The index as one JSON value, in the order it is written.
    let document: JSONValue

    /// Indexes every pathway type, place and pathway of `catalogue`.
    init(_ catalogue: Catalogue) {
        let places = catalogue.places.map { place in
            PlaceRecord(
                place: place, system: catalogue.system(place.system)?.name ?? place.system,
                trusts: catalogue.trusts(serving: place).compactMap(catalogue.trust).flatMap { trust in
                    [trust.name] + (trust.shortName.map { [$0] } ?? [])
                })
        }
        let placePositions = Dictionary(
            catalogue.places.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        let typePositions = Dictionary(
            catalogue.pathwayTypes.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        // A pathway whose place or type is missing has already been reported, and has no page to link to.
        let pathways = catalogue.pathways.compactMap { pathway -> PathwayRecord? in
            guard let place = placePositions[pathway.place], let type = typePositions[pathway.type] else {
                return nil
            }
            return PathwayRecord(
                pathway: pathway, type: type, place: place,
                criteria: pathway.eligibility.include.map { catalogue.criteria.term($0)?.label ?? $0 })
        }

        // Sorted, so that the table's bytes never depend on the order its strings were met.
        var shared: Set<String> = []
        for record in places { shared.formUnion([record.system] + record.trusts) }
        for record in pathways {
            shared.formUnion(record.criteria)
            if let provider = record.pathway.provider { shared.insert(provider.name) }
        }
        let strings = shared.sorted()
        let positions = Dictionary(uniqueKeysWithValues: strings.enumerated().map { ($1, $0) })
        func position(_ text: String) -> JSONValue { .integer(positions[text] ?? 0) }

        document = .object([
            ("version", .integer(1)),
            ("strings", .array(strings.map { .string($0) })),
            (
                "types",
                .array(
                    catalogue.pathwayTypes.map { type in
                        .array([
                            .string(type.id), .string(SitePaths.pathwayType(type.id)), .string(type.name),
                            type.shortName.map { .string($0) } ?? .null,
                        ])
                    })
            ),
            (
                "places",
                .array(
                    places.map { record in
                        .array([
                            .string(record.place.id), .string(SitePaths.place(record.place.id)),
                            .string(record.place.name), position(record.system), .array(record.trusts.map(position)),
                            .string(record.place.postcodeDistricts.joined(separator: " ")),
                        ])
                    })
            ),
            (
                "pathways",
                .array(
                    pathways.map { record in
                        .array([
                            .string(SitePaths.pathway(record.pathway.id)), .string(record.pathway.title),
                            .integer(record.type), .integer(record.place),
                            record.pathway.provider.map { position($0.name) } ?? .null,
                            .string(record.pathway.status.rawValue), .array(record.criteria.map(position)),
                        ])
                    })
            ),
        ])
    }

    /// The UTF-8 bytes of `search-index.json`, without a final newline.
    var json: [UInt8] { Array(document.serialized().utf8) }
}

extension SearchIndex {
    /// A place with the names of its system and trusts.
    private struct PlaceRecord {
        let place: Place
        let system: String
        /// Each trust's name, then its short name.
        let trusts: [String]
    }

    /// A pathway with its type and place as positions, and the labels of its `include` criteria.
    private struct PathwayRecord {
        let pathway: Pathway
        let type: Int
        let place: Int
        let criteria: [String]
    }
}
