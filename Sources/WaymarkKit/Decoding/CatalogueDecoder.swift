/// Turns loaded documents into a typed `Catalogue`.
///
/// The schemas alone decide a file's shape, so decoding judges nothing a schema can: it reads
/// what is there and leaves out what it cannot read. It reports only what no schema can say: a
/// time zone that does not exist, a sample date on a catalogue that is not a sample, and a value
/// Waymark needs that a loosened schema no longer asks for (`decode.needed`). A document without
/// a value it needs is left out of the catalogue; everything else is decoded, so one bad file
/// never hides problems in the others.
enum CatalogueDecoder {
    /// Decodes every document.
    static func decode(_ documents: [SourceDocument]) -> (catalogue: Catalogue, diagnostics: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var site: SiteSettings?
        var vocabularies: [String: Vocabulary] = [:]
        var holidays: [BankHoliday] = []
        var types: [PathwayType] = []
        var trusts: [Trust] = []
        var systems: [System] = []
        var places: [Place] = []
        var pathways: [Pathway] = []
        var bodies: [GovernanceBody] = []

        // Each file is decoded on its own, in parallel; the results are gathered in file order.
        for (value, problems) in documents.concurrentMap(decode) {
            diagnostics += problems
            switch value {
            case nil: break
            case .site(let value): site = value
            case .vocabulary(let name, let value): vocabularies[name] = value
            case .bankHolidays(let value): holidays += value
            case .pathwayType(let value): types.append(value)
            case .trust(let value): trusts.append(value)
            case .system(let value): systems.append(value)
            case .place(let value): places.append(value)
            case .pathway(let value): pathways.append(value)
            case .governanceBody(let value): bodies.append(value)
            }
        }

        let catalogue = Catalogue(
            site: site ?? SiteSettings(title: "Waymark"), vocabularies: vocabularies, bankHolidays: holidays,
            pathwayTypes: types, trusts: trusts, systems: systems, places: places, pathways: pathways,
            governanceBodies: bodies)
        return (catalogue, diagnostics)
    }

    /// What one file decoded to.
    private enum Decoded: Sendable {
        case site(SiteSettings)
        case vocabulary(String, Vocabulary)
        case bankHolidays([BankHoliday])
        case pathwayType(PathwayType)
        case trust(Trust)
        case system(System)
        case place(Place)
        case pathway(Pathway)
        case governanceBody(GovernanceBody)
    }

    /// One file decoded as its kind says, or `nil` when it could not be; and its problems.
    private static func decode(_ document: SourceDocument) -> (Decoded?, [Diagnostic]) {
        func wrap<Value>(_ result: (Value?, [Diagnostic]), _ make: (Value) -> Decoded) -> (Decoded?, [Diagnostic]) {
            (result.0.map(make), result.1)
        }
        switch document.kind {
        case .site: return wrap(site(document), Decoded.site)
        case .vocabulary(let name): return wrap(vocabulary(document, name: name)) { .vocabulary(name, $0) }
        case .bankHolidays:
            let (holidays, problems) = bankHolidays(document)
            return (.bankHolidays(holidays), problems)
        case .pathwayType(let id): return wrap(pathwayType(document, id: id), Decoded.pathwayType)
        case .trust(let id): return wrap(trust(document, id: id), Decoded.trust)
        case .system(let id): return wrap(system(document, id: id), Decoded.system)
        case .place(let system, let id): return wrap(place(document, system: system, id: id), Decoded.place)
        case .pathway(let system, let place, let type, let name):
            return wrap(
                pathway(document, system: system, place: place, type: type, name: name), Decoded.pathway)
        case .governanceBody(let id): return wrap(governanceBody(document, id: id), Decoded.governanceBody)
        }
    }
}
