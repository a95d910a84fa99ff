import Foundation
import Testing

@testable import WaymarkKit

@Suite("Writing the site atomically and safely")
struct SiteWriterTests {
    @Test("A build replaces the previous output whole, and leaves nothing beside it")
    func replaces() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appending(path: "Site")
        let writer = try SiteWriter(output: output, mustNotContain: [], mustNotBeInside: [])
        try writer.write(
            RenderedSite(files: [.init(path: "index.html", text: "one"), .init(path: "old/page.html", text: "old")]))
        try writer.write(
            RenderedSite(files: [.init(path: "index.html", text: "two"), .init(path: "a/b/c.html", text: "deep")]))
        #expect(
            try SiteSnapshot(of: output).files == [
                "index.html": Data("two".utf8), "a/b/c.html": Data("deep".utf8),
                SiteWriter.marker: Data(SiteWriter.markerText.utf8),
                BuildRecord.file: Data(
                    BuildRecord(entries: [
                        "index.html": .init(size: 3, digest: Fingerprint(Array("two".utf8)).value),
                        "a/b/c.html": .init(size: 4, digest: Fingerprint(Array("deep".utf8)).value),
                    ]).text.utf8),
            ])
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["Site"])
    }

    @Test("A write that fails leaves the previous output as it was")
    func failureLeavesPrevious() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appending(path: "Site")
        let writer = try SiteWriter(output: output, mustNotContain: [], mustNotBeInside: [])
        try writer.write(RenderedSite(files: [.init(path: "index.html", text: "good")]))
        let before = try SiteSnapshot(of: output)
        // A file and a folder of the same name cannot both be written: the second write fails midway.
        let clash = RenderedSite(files: [
            .init(path: "a", text: "file"), .init(path: "a/b.html", text: "inside a file"),
        ])
        #expect(throws: SiteWriter.Failure.self) { try writer.write(clash) }
        #expect(try SiteSnapshot(of: output) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["Site"])
    }

    @Test(
        "Paths that could leave the output folder are refused",
        arguments: ["../escape.html", "/etc/passwd", "a/../../b", "a//b", "./a", ""])
    func unsafePaths(_ path: String) throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let writer = try SiteWriter(output: folder.appending(path: "Site"), mustNotContain: [], mustNotBeInside: [])
        #expect(throws: SiteWriter.Failure.self) {
            try writer.write(RenderedSite(files: [.init(path: path, text: "x")]))
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }

    @Test("The repository around the working folder is found, so it can be protected")
    func repositoryRoot() throws {
        let repository = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: repository) }
        let nested = repository.appending(path: "Content/systems")
        try FileManager.default.createDirectory(at: nested, withIntermediateDirectories: true)
        #expect(SiteWriter.repositoryRoot(containing: nested).isEmpty)
        try FileManager.default.createDirectory(
            at: repository.appending(path: ".git"), withIntermediateDirectories: true)
        #expect(
            SiteWriter.repositoryRoot(containing: nested).map(\.standardizedFileURL.path) == [
                repository.standardizedFileURL.path
            ])
        #expect(throws: SiteWriter.Failure.self) {
            _ = try SiteWriter(
                output: repository, mustNotContain: SiteWriter.repositoryRoot(containing: nested), mustNotBeInside: [])
        }
    }

    @Test("An output path that is a file is refused, and the file kept")
    func refusesFile() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appending(path: "Site")
        try Data("notes".utf8).write(to: file)
        #expect {
            _ = try SiteWriter(output: file, mustNotContain: [], mustNotBeInside: [])
        } throws: { error in
            (error as? SiteWriter.Failure)?.description
                == "refusing to write the site to \(file.path): it is a file, not a folder"
        }
        #expect(try Data(contentsOf: file) == Data("notes".utf8))
    }

    @Test("Temporary folders a killed build left behind are cleaned up")
    func leftovers() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(
            at: folder.appending(path: ".Site.building-99999/x"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: folder.appending(path: "keep"), withIntermediateDirectories: true)
        let writer = try SiteWriter(output: folder.appending(path: "Site"), mustNotContain: [], mustNotBeInside: [])
        try writer.write(RenderedSite(files: [.init(path: "index.html", text: "x")]))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["Site", "keep"])
    }

    @Test("An output folder that holds the content, the repository or the working folder is refused")
    func refusesDangerousFolders() throws {
        let repository = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: repository) }
        let content = repository.appending(path: "Content")
        let templates = repository.appending(path: "Templates")
        let guarded = { (output: URL) throws in
            _ = try SiteWriter(
                output: output, mustNotContain: [content, templates, repository], mustNotBeInside: [content, templates])
        }
        #expect(throws: SiteWriter.Failure.self) { try guarded(repository) }
        #expect(throws: SiteWriter.Failure.self) { try guarded(content) }
        #expect(throws: SiteWriter.Failure.self) { try guarded(content.appending(path: "Site")) }
        #expect(throws: SiteWriter.Failure.self) { try guarded(templates.appending(path: "..")) }
        #expect(throws: SiteWriter.Failure.self) { try guarded(repository.deletingLastPathComponent()) }
        #expect(throws: SiteWriter.Failure.self) { try guarded(URL(filePath: "/")) }
        #expect(throws: Never.self) { try guarded(repository.appending(path: "Site")) }
        do {
            _ = try SiteWriter(output: repository, mustNotContain: [content], mustNotBeInside: [])
            Issue.record("the repository was accepted as the output folder")
        } catch {
            #expect(
                error.description
                    == "refusing to write the site to \(repository.path): it holds \(content.path), which replacing the output would delete"
            )
        }
    }
}
