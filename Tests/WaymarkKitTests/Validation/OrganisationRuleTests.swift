import Testing

@testable import WaymarkKit

/// The rules across organisation files: postcode districts, neighbours, and the lists that
/// join trusts and systems.
@Suite struct OrganisationRuleTests {
    static let beta = "systems/north/beta/place.md"

    @Test("A postcode district two places claim is a warning at the later claim, naming the first")
    func sharedPostcodeDistrict() throws {
        let edited = try TestSupport.minimal(
            Self.beta, replacing: "neighbours: [alpha]", with: "postcode_districts: [AB3, ab2]\nneighbours: [alpha]")
        let diagnostics = try TestSupport.checkMinimal([Self.beta: edited]).report.diagnostics
        #expect(
            TestSupport.lines(diagnostics) == [
                "Content/systems/north/beta/place.md:3:27: warning: `postcode_districts[1]` is ab2, which Alpha (`alpha`) also claims, so a crew searching for ab2 finds both places [place.postcode-shared]"
            ])
        let diagnostic = try #require(diagnostics.first)
        #expect(diagnostic.hint == "keep ab2 in the one place whose services cover it, and remove it from the other")
        #expect(
            diagnostic.notes.map { "\($0.location): \($0.message)" } == [
                "Content/systems/north/alpha/place.md:4:27: Alpha claims ab2 here"
            ])
    }

    @Test("A neighbour that does not list the place back is a warning at the one-sided entry")
    func oneSidedNeighbour() throws {
        let edited = try TestSupport.minimal(Self.beta, replacing: "neighbours: [alpha]\n", with: "")
        let diagnostics = try TestSupport.checkMinimal([Self.beta: edited]).report.diagnostics
        #expect(
            TestSupport.lines(diagnostics) == [
                "Content/systems/north/alpha/place.md:5:14: warning: `neighbours[0]` names Beta & <Gamma> (`beta`) as a neighbour, but Beta & <Gamma> does not list Alpha (`alpha`) among its neighbours [place.neighbour-one-sided]"
            ])
        #expect(
            diagnostics.first?.hint
                == "add `alpha` to `neighbours` in Content/systems/north/beta/place.md, or remove `beta` here if the places do not share a boundary"
        )
    }

    @Test("A trust and a system that disagree about serving each other are errors at both ends")
    func trustAndSystemDisagree() throws {
        let trust = try TestSupport.minimal(
            "trusts/test-trust.md", replacing: "systems: [north]", with: "systems: [north, south]")
        // South is served by another trust, which says so; the test trust claims it too.
        let south = try TestSupport.minimal(
            "systems/north/system.md", replacing: "North Test System", with: "South Test System"
        ).replacingOccurrences(of: "trusts: [test-trust]", with: "trusts: [other]")
        let other = "---\nname: Other Ambulance Service\nregion: North East and Yorkshire\nsystems: [south]\n---\n"
        let diagnostics = try TestSupport.checkMinimal([
            "trusts/test-trust.md": trust, "systems/south/system.md": south, "trusts/other.md": other,
        ]).report.diagnostics
        #expect(
            TestSupport.lines(diagnostics) == [
                "Content/systems/south/system.md:6:9: error: `trusts` does not name Test Ambulance Service NHS Trust (`test-trust`), although Test Ambulance Service NHS Trust names South Test System in its `systems` [organisation.lists-disagree]",
                "Content/trusts/test-trust.md:6:18: error: `systems[1]` names South Test System, but South Test System does not name Test Ambulance Service NHS Trust in its `trusts` [organisation.lists-disagree]",
            ])
        let sorted = diagnostics.sorted(by: Diagnostic.reportingOrder)
        #expect(
            sorted.map(\.hint) == [
                "add `test-trust` to `trusts`, or remove `south` from `systems` in Content/trusts/test-trust.md",
                "add `test-trust` to `trusts` in Content/systems/south/system.md, or remove this entry",
            ])
        #expect(
            sorted.flatMap(\.notes).map { "\($0.location): \($0.message)" } == [
                "Content/trusts/test-trust.md:6:18: Test Ambulance Service NHS Trust names South Test System here",
                "Content/systems/south/system.md:6:9: South Test System's `trusts`",
            ])
    }

    @Test("A system that names a trust which does not name it: the same pair, from the other side")
    func systemListsATrustThatDoesNotListIt() throws {
        let south = try TestSupport.minimal(
            "systems/north/system.md", replacing: "North Test System", with: "South Test System")
        let diagnostics = try TestSupport.checkMinimal(["systems/south/system.md": south]).report.diagnostics
        #expect(
            TestSupport.lines(diagnostics) == [
                "Content/systems/south/system.md:6:10: error: `trusts[0]` names Test Ambulance Service NHS Trust, but Test Ambulance Service NHS Trust does not name South Test System in its `systems` [organisation.lists-disagree]",
                "Content/trusts/test-trust.md:6:10: error: `systems` does not name South Test System (`south`), although South Test System names Test Ambulance Service NHS Trust in its `trusts` [organisation.lists-disagree]",
            ])
    }

    @Test("A file with errors of its own is not judged across files: its errors come first")
    func filesWithErrorsAreNotJudged() throws {
        let beta = "---\nname: Beta\npostcode_districts: [AB1, 12]\n---\n"
        let diagnostics = try TestSupport.checkMinimal([Self.beta: beta]).report.diagnostics
        #expect(!diagnostics.contains { $0.code.hasPrefix("place.") }, "\(TestSupport.lines(diagnostics))")
        #expect(diagnostics.contains { $0.code.hasPrefix("schema.") })
    }
}
