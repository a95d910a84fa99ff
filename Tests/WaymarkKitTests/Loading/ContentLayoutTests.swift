import Foundation
import Testing

@testable import WaymarkKit

@Suite("Content layout and identifiers")
struct ContentLayoutTests {
    private func layout(_ paths: [String]) -> ContentLayout {
        ContentLayout(relativePaths: paths, displayPath: { "Content/" + $0 })
    }

    @Test("Every kind of file is recognised from where it lives")
    func kinds() {
        let result = layout([
            "site.yaml", "README.md", "schema/pathway.schema.json", "vocabulary/criteria.yaml",
            "calendars/bank-holidays.yaml",
            "pathways/falls.md", "trusts/yas.md", "governance/yas-joint-committee.md",
            "systems/west-yorkshire/system.md",
            "systems/west-yorkshire/leeds/place.md", "systems/west-yorkshire/leeds/falls.md",
            "systems/west-yorkshire/leeds/falls--night.md", ".DS_Store", "systems/.hidden/x.md",
        ])
        #expect(result.diagnostics.isEmpty)
        #expect(
            result.entries.map(\.kind) == [
                .bankHolidays, .governanceBody(id: "yas-joint-committee"), .pathwayType(id: "falls"), .site,
                .pathway(system: "west-yorkshire", place: "leeds", type: "falls", name: "night"),
                .pathway(system: "west-yorkshire", place: "leeds", type: "falls", name: nil),
                .place(system: "west-yorkshire", id: "leeds"), .system(id: "west-yorkshire"), .trust(id: "yas"),
                .vocabulary(name: "criteria"),
            ])
    }

    @Test("A name that breaks the identifier rule is reported and never becomes an id")
    func badIdentifiers() {
        let result = layout([
            "site.yaml", "trusts/Yorkshire Ambulance.md", "systems/west_yorkshire/system.md",
            "systems/wy/Leeds/place.md",
            "systems/wy/system.md", "systems/wy/leeds/place.md", "systems/wy/leeds/falls--.md",
            "systems/wy/leeds/Falls.md", "systems/wy/leeds/Frailty--Night Team.md",
        ])
        #expect(
            TestSupport.lines(result.diagnostics) == [
                "Content/systems/west_yorkshire/system.md: error: `west_yorkshire` is not a valid system identifier, so this file is skipped [layout.bad-id]",
                "Content/systems/wy/Leeds/place.md: error: `Leeds` is not a valid place identifier, so this file is skipped [layout.bad-id]",
                "Content/systems/wy/leeds/Falls.md: error: `Falls.md` is not a pathway file name, so this file is skipped: a pathway file is named after its type, `<type>.md` or `<type>--<name>.md`, in lower-case letters, digits and single hyphens [layout.bad-id]",
                "Content/systems/wy/leeds/Frailty--Night Team.md: error: `Frailty--Night Team.md` is not a pathway file name, so this file is skipped: a pathway file is named after its type, `<type>.md` or `<type>--<name>.md`, in lower-case letters, digits and single hyphens [layout.bad-id]",
                "Content/systems/wy/leeds/falls--.md: error: `falls--.md` is not a pathway file name, so this file is skipped: a pathway file is named after its type, `<type>.md` or `<type>--<name>.md`, in lower-case letters, digits and single hyphens [layout.bad-id]",
                "Content/trusts/Yorkshire Ambulance.md: error: `Yorkshire Ambulance` is not a valid trust identifier, so this file is skipped [layout.bad-id]",
            ])
        #expect(
            result.diagnostics.last?.hint
                == "rename it using only lower-case letters, digits and single hyphens, such as `yorkshire-ambulance`")
        let hints = result.diagnostics.filter { $0.location.file.contains("/leeds/") }.map(\.hint)
        #expect(hints == ["rename it `falls.md`", "rename it `frailty--night-team.md`", "rename it `falls.md`"])
        #expect(
            result.entries.map(\.relativePath) == ["site.yaml", "systems/wy/leeds/place.md", "systems/wy/system.md"])
    }

    @Test("Missing site, system and place files are reported")
    func missingFiles() {
        let result = layout(["systems/wy/leeds/falls.md"])
        #expect(
            TestSupport.lines(result.diagnostics) == [
                "Content/site.yaml: error: `site.yaml` is missing: every catalogue needs its site settings [layout.missing-file]",
                "Content/systems/wy/leeds/place.md: error: `systems/wy/leeds/place.md` is missing: every place folder describes its place [layout.missing-file]",
                "Content/systems/wy/system.md: error: `systems/wy/system.md` is missing: every system folder describes its system [layout.missing-file]",
            ])
    }

    @Test("Files outside the layout are warnings")
    func unexpectedFiles() {
        let result = layout([
            "site.yaml", "notes.txt", "trusts/yas.txt", "systems/wy/system.md", "systems/wy/leeds/place.md",
            "systems/wy/leeds/photos/a.md",
        ])
        #expect(
            TestSupport.lines(result.diagnostics) == [
                "Content/notes.txt: warning: this file is not part of the content layout and is ignored [layout.unexpected-file]",
                "Content/systems/wy/leeds/photos/a.md: warning: this file is not part of the content layout and is ignored [layout.unexpected-file]",
                "Content/trusts/yas.txt: warning: this file is not part of the content layout and is ignored [layout.unexpected-file]",
            ])
    }

    @Test("A place id used in two systems is reported at the second")
    func duplicatePlace() {
        let result = layout([
            "site.yaml", "systems/a/system.md", "systems/a/leeds/place.md", "systems/b/system.md",
            "systems/b/leeds/place.md",
        ])
        #expect(
            TestSupport.lines(result.diagnostics) == [
                "Content/systems/b/leeds/place.md: error: there is already a place with the id `leeds`; ids must be unique [layout.duplicate-id]"
            ])
        #expect(result.diagnostics.first?.notes.first?.location.file == "Content/systems/a/leeds/place.md")
    }

    @Test(
        "The identifier rule",
        arguments: [
            ("north-tyneside", true), ("a", true), ("a1-b2", true), ("", false), ("-a", false), ("a-", false),
            ("a--b", false),
            ("North", false), ("a_b", false), ("a b", false), ("..", false), ("a/b", false), ("é", false),
            (String(repeating: "a", count: 80), true), (String(repeating: "a", count: 81), false),
        ])
    func identifierRule(_ text: String, _ valid: Bool) {
        #expect(Identifier.isValid(text) == valid)
    }

    @Test("A symbolic link in the content is reported, not followed")
    func symbolicLinks() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let content = folder.appending(path: "Content")
        try TestSupport.copyFixture(to: content)
        try FileManager.default.createSymbolicLink(
            at: content.appending(path: "trusts/elsewhere.md"), withDestinationURL: URL(filePath: "/etc/hostname"))
        let loaded = try ContentLoader.load(from: content, displayRoot: "Content")
        #expect(
            TestSupport.lines(loaded.diagnostics) == [
                "Content/trusts/elsewhere.md: warning: this is a symbolic link; Waymark does not follow links, so it is ignored [layout.symbolic-link]"
            ])
        #expect(!loaded.documents.contains { $0.path.hasSuffix("elsewhere.md") })
    }
}
