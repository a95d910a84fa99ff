import Foundation
import Testing

@testable import WaymarkKit

@Suite("The search index")
struct SearchIndexTests {
    /// The `minimal` fixture after `edits`, checked.
    static func catalogue(_ edits: [String: String?] = [:]) throws -> Catalogue {
        let checked = try TestSupport.checkMinimal(edits)
        #expect(checked.report.diagnostics.filter { $0.severity == .error }.isEmpty)
        return checked.catalogue
    }

    /// The index's pathways as `[link, status]`.
    static func pathways(_ index: SearchIndex) throws -> [[String]] {
        let object = try #require(try JSONSerialization.jsonObject(with: Data(index.json)) as? [String: Any])
        let pathways = try #require(object["pathways"] as? [[Any]])
        return pathways.map { ["\($0[0])", "\($0[5])"] }
    }

    @Test("The index of a tiny catalogue is exactly this, with each shared string once")
    func exactJSON() throws {
        let json = String(decoding: SearchIndex(try Self.catalogue()).json, as: UTF8.self)
        let expected = [
            #"{"version":1,"#,
            #""strings":["Alpha Community Trust","Fall without injury","North Test System","TAS","#,
            #""Test Ambulance Service NHS Trust"],"#,
            #""types":[["falls","types/falls.html","Falls response","Falls"]],"#,
            #""places":[["alpha","places/alpha.html","Alpha",2,[4,3],"AB1 AB2"],"#,
            #"["beta","places/beta.html","Beta & <Gamma>",2,[4,3],""]],"#,
            #""pathways":[["pathways/alpha/falls.html","#,
            #""Falls response, Alpha <script>alert(\"x\")</script>",0,0,0,"active",[1]],"#,
            #"["pathways/beta/falls.html","Falls response, Beta",0,1,null,"suspended",[]]]}"#,
        ].joined()
        #expect(json == expected)
    }

    @Test("The same catalogue gives the same bytes, whatever order its parts were given in")
    func deterministic() throws {
        let catalogue = try Self.catalogue([
            "systems/north/beta/falls--evening.md": try TestSupport.minimal(
                "systems/north/alpha/falls.md", replacing: "Alpha Community Trust", with: "Evening Trust")
        ])
        let reordered = Catalogue(
            site: catalogue.site, vocabularies: catalogue.vocabularies, bankHolidays: catalogue.bankHolidays.reversed(),
            pathwayTypes: catalogue.pathwayTypes.reversed(), trusts: catalogue.trusts.reversed(),
            systems: catalogue.systems.reversed(), places: catalogue.places.reversed(),
            pathways: catalogue.pathways.reversed(), governanceBodies: catalogue.governanceBodies.reversed())
        let first = SearchIndex(catalogue).json
        #expect(SearchIndex(reordered).json == first)
        #expect(SearchIndex(catalogue).json == first)
        #expect(String(decoding: first, as: UTF8.self).contains(#""Alpha Community Trust","Evening Trust","#))
    }

    @Test("Every pathway given is indexed, drafts too: leaving drafts out is the build's decision")
    func draftsOnlyIfGiven() throws {
        let catalogue = try Self.catalogue([
            "systems/north/beta/falls--evening.md": try TestSupport.minimal(
                "systems/north/beta/falls.md", replacing: "status: suspended", with: "status: draft")
        ])
        #expect(
            try Self.pathways(SearchIndex(catalogue)) == [
                ["pathways/alpha/falls.html", "active"], ["pathways/beta/falls.html", "suspended"],
                ["pathways/beta/falls--evening.html", "draft"],
            ])
        let withoutDrafts = Catalogue(
            site: catalogue.site, vocabularies: catalogue.vocabularies, bankHolidays: catalogue.bankHolidays,
            pathwayTypes: catalogue.pathwayTypes, trusts: catalogue.trusts, systems: catalogue.systems,
            places: catalogue.places, pathways: catalogue.pathways.filter { $0.status != .draft },
            governanceBodies: catalogue.governanceBodies)
        #expect(
            try Self.pathways(SearchIndex(withoutDrafts)) == [
                ["pathways/alpha/falls.html", "active"], ["pathways/beta/falls.html", "suspended"],
            ])
    }

    @Test("Suspended and retired pathways stay in the index, with their status")
    func statusesCarried() throws {
        let catalogue = try Self.catalogue([
            "systems/north/alpha/falls.md": try TestSupport.minimal(
                "systems/north/alpha/falls.md", replacing: "status: active", with: "status: retired")
        ])
        #expect(
            try Self.pathways(SearchIndex(catalogue)) == [
                ["pathways/alpha/falls.html", "retired"], ["pathways/beta/falls.html", "suspended"],
            ])
    }

    @Test("A criterion is named by its label, and only include criteria are indexed")
    func criteriaLabels() throws {
        let catalogue = try Self.catalogue([
            "vocabulary/criteria.yaml": try TestSupport.minimal(
                "vocabulary/criteria.yaml", replacing: "label: Fall without injury", with: "label: Fallen, not hurt")
        ])
        let json = String(decoding: SearchIndex(catalogue).json, as: UTF8.self)
        #expect(json.contains(#""Fallen, not hurt""#))
        #expect(!json.contains("Head injury"))
        #expect(!json.contains("fall-no-injury"))
    }
}
