import Foundation
import Synchronization
import Testing

/// One careless or hostile input, run through `waymark build` as a clinical lead or CI would: a
/// copy of the `minimal` fixture with its templates and a previously built `Site/`, changed by
/// `setUp`, then built. The run must exit with `exit` and print every line of `expected` (to
/// standard output or standard error); a failed build must leave the previous `Site/` byte for
/// byte as it was, and nothing beside it.
struct HostileCase: Sendable, CustomTestStringConvertible {
    /// What is being tried, as the test report names it.
    var name: String
    /// Changes the repository before the build.
    var setUp: @Sendable (HostileRepository) throws -> Void
    /// Arguments after `build --today 2026-11-22`.
    var arguments: [String] = []
    /// The exit code: 0 built, 1 content errors, 2 refused or failed.
    var exit: Int32
    /// Lines the run must print, whole.
    var expected: [String]
    /// Checks what a successful build published, or what a refused one left alone.
    var verify: (@Sendable (HostileRepository) throws -> Void)? = nil

    var testDescription: String { name }
}

/// A repository laid out as the command line expects, in a temporary folder.
struct HostileRepository: Sendable {
    let root: URL

    var content: URL { root.appending(path: "Content") }
    var templates: URL { root.appending(path: "Templates") }
    var site: URL { root.appending(path: "Site") }

    /// Replaces `find` with `replacement` in the content file at `path` (relative to `Content/`).
    func replace(_ path: String, _ find: String, with replacement: String) throws {
        let url = content.appending(path: path)
        let text = try String(contentsOf: url, encoding: .utf8)
        precondition(text.contains(find), "\(path) does not contain \(find)")
        try Data(text.replacingOccurrences(of: find, with: replacement).utf8).write(to: url)
    }

    /// Replaces `find` in the template at `path` (relative to `Templates/`).
    func replaceInTemplate(_ path: String, _ find: String, with replacement: String) throws {
        let url = templates.appending(path: path)
        let text = try String(contentsOf: url, encoding: .utf8)
        precondition(text.contains(find), "\(path) does not contain \(find)")
        try Data(text.replacingOccurrences(of: find, with: replacement).utf8).write(to: url)
    }

    /// Writes `bytes` to `path` below the repository, creating folders.
    func write(_ path: String, _ bytes: [UInt8]) throws {
        let url = root.appending(path: path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: url)
    }

    /// Writes `text` to `path` below the repository.
    func write(_ path: String, _ text: String) throws { try write(path, Array(text.utf8)) }

    /// Removes `path` below the repository.
    func remove(_ path: String) throws { try FileManager.default.removeItem(at: root.appending(path: path)) }

    /// Makes a folder at `path` below the repository.
    func makeFolder(_ path: String) throws {
        try FileManager.default.createDirectory(at: root.appending(path: path), withIntermediateDirectories: true)
    }

    /// The text of a published page.
    func page(_ path: String) throws -> String {
        try String(contentsOf: site.appending(path: path), encoding: .utf8)
    }
}

extension HostileCase {
    /// The pathway file most cases change, as diagnostics name it.
    static let falls = "Content/systems/north/alpha/falls.md"

    /// A case that replaces `find` with `replacement` in the content file `path`.
    static func editing(
        _ name: String, _ find: String, _ replacement: String, in path: String = "systems/north/alpha/falls.md",
        exit: Int32 = 1, _ expected: [String]
    ) -> HostileCase {
        HostileCase(
            name: name, setUp: { try $0.replace(path, find, with: replacement) }, exit: exit, expected: expected)
    }

    /// A case that writes `bytes` as the content file `path`.
    static func writing(
        _ name: String, _ bytes: [UInt8], in path: String = "systems/north/alpha/falls.md", exit: Int32 = 1,
        _ expected: [String]
    ) -> HostileCase {
        HostileCase(name: name, setUp: { try $0.write("Content/" + path, bytes) }, exit: exit, expected: expected)
    }
}

/// Runs hostile cases: each in its own copy of one baseline repository, built once.
enum HostileRunner {
    /// The date every case is built for.
    static let today = "2026-11-22"

    /// A repository with the `minimal` fixture, the shipped templates and a built `Site/`.
    private static let baseline: Result<URL, any Error> = Result {
        let root = try CommandLine.repository()
        let run = try CommandLine.run(["build", "--today", today], in: root)
        guard run.status == 0 else { throw BaselineFailure(output: run.output + run.error) }
        return root
    }

    struct BaselineFailure: Error {
        var output: String
    }

    /// Runs `hostile` and checks everything it promises.
    static func run(_ hostile: HostileCase) throws {
        let baseline = try self.baseline.get()
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let repository = HostileRepository(root: folder.appending(path: "repository"))
        try FileManager.default.copyItem(at: baseline, to: repository.root)
        let before = try SiteSnapshot(of: repository.site)
        try hostile.setUp(repository)
        let entriesBefore = try FileManager.default.contentsOfDirectory(atPath: repository.root.path).sorted()
        let run = try CommandLine.run(["build", "--today", today] + hostile.arguments, in: repository.root)
        let printed = Set((run.output + run.error).split(separator: "\n").map(String.init))
        #expect(run.status == hostile.exit, "exit status; printed:\n\(run.output)\(run.error)")
        let root = repository.root.standardizedFileURL.resolvingSymlinksInPath().path
        let parent = URL(filePath: root).deletingLastPathComponent().path
        let expected = hostile.expected.map {
            $0.replacingOccurrences(of: "{root}", with: root).replacingOccurrences(of: "{parent}", with: parent)
        }
        for line in expected {
            #expect(printed.contains(line), "missing line:\n\(line)\nprinted:\n\(run.output)\(run.error)")
        }
        if run.status != 0 {
            #expect(try SiteSnapshot(of: repository.site) == before, "the previous Site changed")
            let entriesAfter = try FileManager.default.contentsOfDirectory(atPath: repository.root.path).sorted()
            #expect(
                Set(entriesAfter).subtracting(entriesBefore).isEmpty,
                "left beside the site: \(entriesAfter)")
        }
        try hostile.verify?(repository)
    }
}
