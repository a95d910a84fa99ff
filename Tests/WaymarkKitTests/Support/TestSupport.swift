import Foundation
import Testing

@testable import WaymarkKit

/// Helpers shared by the tests: documents written inline, temporary content folders, and the
/// package's own folders.
enum TestSupport {
    /// The package root, found from this file's path.
    static let packageRoot: URL = {
        var url = URL(filePath: #filePath)
        while url.pathComponents.count > 1 {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appending(path: "Package.swift").path) { return url }
        }
        fatalError("Package.swift not found above \(#filePath)")
    }()

    /// The shipped sample content.
    static var shippedContent: URL { packageRoot.appending(path: "Content") }
    /// The shipped templates.
    static var shippedTemplates: URL { packageRoot.appending(path: "Templates") }
    /// The test fixtures.
    static var fixtures: URL { packageRoot.appending(path: "Tests/WaymarkKitTests/Fixtures") }

    /// Parses `text` as a file of `kind` at `path`.
    static func parse(_ text: String, as kind: SourceDocument.Kind, path: String = "Content/test.md") -> (
        SourceDocument?, [Diagnostic]
    ) {
        SourceDocument.parse(SourceText(path: path, text: text), as: kind)
    }

    /// Parses and decodes one pathway file written inline.
    static func decodePathway(_ text: String, path: String = "Content/systems/s/p/falls.md") -> (Pathway?, [Diagnostic])
    {
        let kind = SourceDocument.Kind.pathway(system: "s", place: "p", type: "falls", name: nil)
        let (document, loading) = parse(text, as: kind, path: path)
        guard let document else { return (nil, loading) }
        let (pathway, decoding) = CatalogueDecoder.pathway(document, system: "s", place: "p", type: "falls", name: nil)
        return (pathway, loading + decoding)
    }

    /// A new, empty temporary folder, removed by the caller with `FileManager.removeItem`.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appending(path: "waymark-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Writes `files` (relative path → text) below `folder`.
    static func write(_ files: [String: String], into folder: URL) throws {
        for (path, text) in files {
            let url = folder.appending(path: path)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
    }

    /// Copies the fixture catalogue `name` to `destination`, with the shipped schemas as its
    /// `schema/` folder: fixtures are checked against the same schemas as the sample.
    static func copyFixture(_ name: String = "minimal", to destination: URL) throws {
        let manager = FileManager.default
        try manager.copyItem(at: fixtures.appending(path: name), to: destination)
        try manager.copyItem(at: shippedContent.appending(path: "schema"), to: destination.appending(path: "schema"))
        // Keep only the type schemas of the fixture's own types.
        let types = destination.appending(path: "schema/types")
        for file in try manager.contentsOfDirectory(atPath: types.path) {
            let type = String(file.prefix { $0 != "." })
            if !manager.fileExists(atPath: destination.appending(path: "pathways/\(type).md").path) {
                try manager.removeItem(at: types.appending(path: file))
            }
        }
    }

    /// Loads a copy of the fixture catalogue `name`, naming files `Content/…`.
    static func loadFixture(_ name: String = "minimal") throws -> LoadedContent {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try copyFixture(name, to: folder.appending(path: "Content"))
        return try ContentLoader.load(from: folder.appending(path: "Content"), displayRoot: "Content")
    }

    /// Copies the shipped content into a temporary folder, for tests that change it.
    static func copyOfShippedContent() throws -> URL {
        let folder = try temporaryFolder()
        let copy = folder.appending(path: "Content")
        try FileManager.default.copyItem(at: shippedContent, to: copy)
        return copy
    }

    /// The diagnostics as `path:line:col: severity: message [code]` lines, sorted.
    static func lines(_ diagnostics: [Diagnostic]) -> [String] {
        diagnostics.sorted(by: Diagnostic.reportingOrder).map {
            "\($0.location): \($0.severity.rawValue): \($0.message) [\($0.code)]"
        }
    }
}

/// A minimal valid pathway, to break one field at a time. Line numbers are stable: tests rely on them.
let validPathway = """
    ---
    title: Falls response, Test Place
    status: active
    summary: Lift and assess people who have fallen without injury.
    hours:
      sessions:
        - {days: [mon, tue, wed, thu, fri], from: "08:00", to: "20:00"}
      bank_holidays: closed
    eligibility:
      age_min: 65
      include: [fall-no-injury]
      exclude: [head-injury]
    referral:
      methods: [phone]
      phone: "0113 496 0001"
      accepts_from: [paramedic]
    governance:
      approved_by: test-board
      approved_on: 2026-03-01
      review_due: 2027-03-01
      owner: Clinical lead for falls
    ---
    Body text.

    """

extension TestSupport {
    /// Checks a copy of the `minimal` fixture after `edits` (path → new text, or `nil` to delete),
    /// with diagnostics naming files `Content/…`.
    static func checkMinimal(
        _ edits: [String: String?] = [:], strict: Bool = false, today: CalendarDate = CalendarDate("2026-11-22")!
    ) throws -> Pipeline.CheckResult {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let content = folder.appending(path: "Content")
        try copyFixture(to: content)
        for (path, text) in edits {
            let url = content.appending(path: path)
            if let text {
                try FileManager.default.createDirectory(
                    at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(text.utf8).write(to: url)
            } else {
                try FileManager.default.removeItem(at: url)
                // As in a git checkout, a folder left empty is gone too.
                let folder = url.deletingLastPathComponent()
                if try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty {
                    try FileManager.default.removeItem(at: folder)
                }
            }
        }
        return try Pipeline.check(
            content: content, displayRoot: "Content", options: .init(strict: strict, today: today))
    }

    /// The text of a file of the `minimal` fixture with `find` replaced by `replace`.
    static func minimal(_ path: String, replacing find: String, with replace: String) throws -> String {
        let text = try String(contentsOf: fixtures.appending(path: "minimal/\(path)"), encoding: .utf8)
        precondition(text.contains(find), "\(path) does not contain \(find)")
        return text.replacingOccurrences(of: find, with: replace)
    }
}
