import Foundation
import Testing

@testable import WaymarkKit

/// The schemas alone decide a file's shape: a governance lead who loosens a limit, adds an
/// optional field or requires one, in `schema/`, changes what the build accepts, with no release.
@Suite struct SchemaEditTests {
    static let falls = "systems/north/alpha/falls.md"
    static let schemaPath = "schema/pathway.schema.json"

    static func schema(replacing find: String, with replace: String) throws -> String {
        let text = try String(
            contentsOf: TestSupport.shippedContent.appending(path: Self.schemaPath), encoding: .utf8)
        precondition(text.components(separatedBy: find).count == 2, "the pathway schema holds \(find) other than once")
        return text.replacingOccurrences(of: find, with: replace)
    }

    /// The diagnostics about alpha's falls pathway after `edits`.
    static func diagnostics(_ edits: [String: String?]) throws -> [String] {
        try TestSupport.checkMinimal(edits).report.diagnostics.filter { $0.location.file.hasSuffix(Self.falls) }
            .map { "\($0.location.line):\($0.location.column) \($0.code)" }
    }

    @Test("Loosening a limit: a response target past a week is accepted once the schema drops its maximum")
    func loosen() throws {
        let falls = try TestSupport.minimal(
            Self.falls, replacing: "response: {target_minutes: 120}", with: "response: {target_minutes: 20000}")
        let before = try Self.diagnostics([Self.falls: falls])
        #expect(before == ["18:28 schema.range"])
        let loosened = try Self.schema(
            replacing: "\"minimum\": 1,\n          \"maximum\": 10080,", with: "\"minimum\": 1,")
        #expect(try Self.diagnostics([Self.falls: falls, Self.schemaPath: loosened]) == [])
    }

    @Test("Adding an optional field: a field the schema did not know is accepted once it is declared")
    func add() throws {
        let falls = try TestSupport.minimal(
            Self.falls, replacing: "status: active\n", with: "status: active\nnotes: Reviewed with the crews.\n")
        #expect(try Self.diagnostics([Self.falls: falls]) == ["4:1 schema.unknown-field"])
        let added = try Self.schema(
            replacing: "  \"properties\": {\n    \"title\": {",
            with: "  \"properties\": {\n    \"notes\": {\"type\": \"string\"},\n    \"title\": {")
        #expect(try Self.diagnostics([Self.falls: falls, Self.schemaPath: added]) == [])
    }

    @Test("Requiring a field: a pathway without a provider fails once the schema requires one")
    func tighten() throws {
        let falls = try TestSupport.minimal(
            Self.falls, replacing: "provider: {name: Alpha Community Trust}\n", with: "")
        #expect(try Self.diagnostics([Self.falls: falls]) == [])
        let tightened = try Self.schema(
            replacing: "\n  \"required\": [\n    \"title\",",
            with: "\n  \"required\": [\n    \"provider\",\n    \"title\",")
        let after = try Self.diagnostics([Self.falls: falls, Self.schemaPath: tightened])
        #expect(after == ["2:1 schema.required"])
    }

    @Test("A value Waymark needs that a loosened schema lets a file leave out is reported once, where it belongs")
    func needed() throws {
        let falls = try TestSupport.minimal(Self.falls, replacing: "status: active\n", with: "")
        let loosened = try Self.schema(
            replacing: "\n  \"required\": [\n    \"title\",\n    \"status\",",
            with: "\n  \"required\": [\n    \"title\",")
        let diagnostics = try TestSupport.checkMinimal([Self.falls: falls, Self.schemaPath: loosened]).report
            .diagnostics.filter { $0.location.file.hasSuffix(Self.falls) }
        #expect(
            diagnostics.map(\.textDescription) == [
                "Content/systems/north/alpha/falls.md:2:1: error: Waymark needs `status` as one of: draft, active, suspended, retired to use this file, but it is missing [decode.needed]\n    hint: the schema allows this, but Waymark cannot do without it: give `status`, or require it again in the schema"
            ])
    }

    @Test("A summary a loosened schema lets a pathway leave out is taken from the first paragraph of its body")
    func summaryFromTheBody() throws {
        let falls = try TestSupport.minimal(
            Self.falls, replacing: "summary: Lift & assess \"uninjured\" fallers.\n", with: "")
        let loosened = try Self.schema(
            replacing: "\n    \"status\",\n    \"summary\",\n    \"hours\",", with: "\n    \"status\",\n    \"hours\",")
        let checked = try TestSupport.checkMinimal([Self.falls: falls, Self.schemaPath: loosened])
        #expect(checked.report.diagnostics.filter { $0.location.file.hasSuffix(Self.falls) }.isEmpty)
        let renderer = try SiteRenderer(templates: try TemplateSet(loadingFrom: TestSupport.shippedTemplates))
        let site = renderer.render(
            checked.catalogue, schemas: checked.schemas.documents, variation: checked.report.variation,
            buildDate: CalendarDate("2026-11-22")!)
        let first = "Lift safely. Then ring the falls team if the person cannot get up."
        let page = String(decoding: try #require(site["pathways/alpha/falls.html"]).contents, as: UTF8.self)
        #expect(page.contains("<p class=\"lead\">\(first)</p>"))
        let place = String(decoding: try #require(site["places/alpha.html"]).contents, as: UTF8.self)
        #expect(place.contains("<p>\(first)</p>"))
    }
}
