/// A group of places whose pathways are compared with one another: a trust's footprint (its
/// places across all its systems), or England as a whole.
struct VariationScope: Sendable, Hashable {
    /// The id of the national scope.
    static let englandID = "england"

    /// A trust id, or `england`.
    var id: String
    /// What pages and messages call it: the trust's short name, or "England".
    var name: String
    /// The ids of its places, sorted.
    var places: [String]

    /// Whether this is the national scope.
    var isEngland: Bool { id == Self.englandID }

    /// Every scope of `catalogue`: each trust's footprint in id order, then England.
    ///
    /// England is left out when it holds exactly the places of one trust (a catalogue of a single
    /// trust): it would repeat that trust's findings word for word and count each twice.
    static func all(in catalogue: Catalogue) -> [VariationScope] {
        var placesOfTrust: [String: [String]] = [:]
        for place in catalogue.places {
            for trust in Set(catalogue.trusts(serving: place)) { placesOfTrust[trust, default: []].append(place.id) }
        }
        var scopes: [VariationScope] = catalogue.trusts.map { trust in
            VariationScope(id: trust.id, name: trust.shortName ?? trust.name, places: placesOfTrust[trust.id] ?? [])
        }
        let england = VariationScope(id: englandID, name: "England", places: catalogue.places.map(\.id))
        if !scopes.contains(where: { $0.places == england.places }) { scopes.append(england) }
        return scopes
    }
}
