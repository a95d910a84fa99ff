/// Turns loaded documents into a typed `Catalogue`, reporting every field that cannot be read.
///
/// A document whose required fields cannot be read is left out of the catalogue (its errors
/// explain why); everything else is decoded, so one bad file never hides problems in the others.
public enum CatalogueDecoder {
    /// Decodes every document.
    public static func decode(_ documents: [SourceDocument]) -> (catalogue: Catalogue, diagnostics: [Diagnostic]) {
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

        func keep<Value>(_ result: (Value?, [Diagnostic]), _ store: (Value) -> Void) {
            diagnostics += result.1
            if let value = result.0 { store(value) }
        }

        for document in documents {
            switch document.kind {
            case .site: keep(Self.site(document)) { site = $0 }
            case .vocabulary(let name): keep(vocabulary(document, name: name)) { vocabularies[name] = $0 }
            case .bankHolidays:
                let (decoded, problems) = bankHolidays(document)
                holidays += decoded
                diagnostics += problems
            case .pathwayType(let id): keep(pathwayType(document, id: id)) { types.append($0) }
            case .trust(let id): keep(trust(document, id: id)) { trusts.append($0) }
            case .system(let id): keep(system(document, id: id)) { systems.append($0) }
            case .place(let system, let id): keep(place(document, system: system, id: id)) { places.append($0) }
            case .pathway(let system, let place, let type, let name):
                keep(pathway(document, system: system, place: place, type: type, name: name)) { pathways.append($0) }
            case .governanceBody(let id): keep(governanceBody(document, id: id)) { bodies.append($0) }
            }
        }

        let catalogue = Catalogue(
            site: site ?? SiteSettings(title: "Waymark"), vocabularies: vocabularies, bankHolidays: holidays,
            pathwayTypes: types, trusts: trusts, systems: systems, places: places, pathways: pathways,
            governanceBodies: bodies)
        return (catalogue, diagnostics)
    }
}
