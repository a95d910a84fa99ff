import Foundation
import Synchronization

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

        // Each file is decoded on its own, in parallel; the results are gathered in file order.
        let decoded = Mutex([Decoded](repeating: .none, count: documents.count))
        DispatchQueue.concurrentPerform(iterations: documents.count) { index in
            let result = decode(documents[index])
            decoded.withLock { $0[index] = result }
        }
        for result in decoded.withLock({ $0 }) {
            switch result {
            case .none: break
            case .site(let value, let problems):
                diagnostics += problems
                if let value { site = value }
            case .vocabulary(let name, let value, let problems):
                diagnostics += problems
                if let value { vocabularies[name] = value }
            case .bankHolidays(let value, let problems):
                diagnostics += problems
                holidays += value
            case .pathwayType(let value, let problems):
                diagnostics += problems
                if let value { types.append(value) }
            case .trust(let value, let problems):
                diagnostics += problems
                if let value { trusts.append(value) }
            case .system(let value, let problems):
                diagnostics += problems
                if let value { systems.append(value) }
            case .place(let value, let problems):
                diagnostics += problems
                if let value { places.append(value) }
            case .pathway(let value, let problems):
                diagnostics += problems
                if let value { pathways.append(value) }
            case .governanceBody(let value, let problems):
                diagnostics += problems
                if let value { bodies.append(value) }
            }
        }

        let catalogue = Catalogue(
            site: site ?? SiteSettings(title: "Waymark"), vocabularies: vocabularies, bankHolidays: holidays,
            pathwayTypes: types, trusts: trusts, systems: systems, places: places, pathways: pathways,
            governanceBodies: bodies)
        return (catalogue, diagnostics)
    }

    /// One file decoded, with its problems.
    private enum Decoded: Sendable {
        case none
        case site(SiteSettings?, [Diagnostic])
        case vocabulary(String, Vocabulary?, [Diagnostic])
        case bankHolidays([BankHoliday], [Diagnostic])
        case pathwayType(PathwayType?, [Diagnostic])
        case trust(Trust?, [Diagnostic])
        case system(System?, [Diagnostic])
        case place(Place?, [Diagnostic])
        case pathway(Pathway?, [Diagnostic])
        case governanceBody(GovernanceBody?, [Diagnostic])
    }

    private static func decode(_ document: SourceDocument) -> Decoded {
        switch document.kind {
        case .site:
            let (value, problems) = site(document)
            return .site(value, problems)
        case .vocabulary(let name):
            let (value, problems) = vocabulary(document, name: name)
            return .vocabulary(name, value, problems)
        case .bankHolidays:
            let (value, problems) = bankHolidays(document)
            return .bankHolidays(value, problems)
        case .pathwayType(let id):
            let (value, problems) = pathwayType(document, id: id)
            return .pathwayType(value, problems)
        case .trust(let id):
            let (value, problems) = trust(document, id: id)
            return .trust(value, problems)
        case .system(let id):
            let (value, problems) = system(document, id: id)
            return .system(value, problems)
        case .place(let system, let id):
            let (value, problems) = place(document, system: system, id: id)
            return .place(value, problems)
        case .pathway(let system, let place, let type, let name):
            let (value, problems) = pathway(document, system: system, place: place, type: type, name: name)
            return .pathway(value, problems)
        case .governanceBody(let id):
            let (value, problems) = governanceBody(document, id: id)
            return .governanceBody(value, problems)
        }
    }
}
