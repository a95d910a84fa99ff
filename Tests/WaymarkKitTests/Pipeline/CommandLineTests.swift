import Foundation
import Testing

/// Runs the built `waymark` executable, as CI and clinical leads do.
enum CommandLine {
    struct Run {
        var status: Int32
        var output: String
        var error: String
    }

    /// The `waymark` executable built beside the test bundle, or the one `WAYMARK_EXECUTABLE`
    /// names (to run the same tests against another build, such as the last release).
    static var executable: URL {
        if let path = ProcessInfo.processInfo.environment["WAYMARK_EXECUTABLE"], !path.isEmpty {
            return URL(filePath: path)
        }
        var folder = URL(filePath: ProcessInfo.processInfo.arguments[0]).deletingLastPathComponent()
        while folder.pathComponents.count > 1 {
            let candidate = folder.appending(path: "waymark")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            folder.deleteLastPathComponent()
        }
        return TestSupport.packageRoot.appending(path: ".build/debug/waymark")
    }

    /// How long a run may take before it is stopped and reported as hung: `WAYMARK_TEST_TIMEOUT`
    /// seconds, else five minutes.
    static let timeout = TimeInterval(ProcessInfo.processInfo.environment["WAYMARK_TEST_TIMEOUT"] ?? "") ?? 300

    /// Runs `waymark` with `arguments` in `folder`; a run still going after `timeout` is stopped
    /// (and its status is then that of a process ended by a signal).
    static func run(_ arguments: [String], in folder: URL, environment: [String: String] = [:]) throws -> Run {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = folder
        var env = ProcessInfo.processInfo.environment
        env.removeValue(forKey: "SOURCE_DATE_EPOCH")
        env.merge(environment) { $1 }
        process.environment = env
        let output = Pipe()
        let error = Pipe()
        process.standardOutput = output
        process.standardError = error
        try process.run()
        let watchdog = DispatchWorkItem { if process.isRunning { process.terminate() } }
        DispatchQueue.global().asyncAfter(deadline: .now() + timeout, execute: watchdog)
        defer { watchdog.cancel() }
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(
            status: process.terminationStatus, output: String(decoding: outputData, as: UTF8.self),
            error: String(decoding: errorData, as: UTF8.self))
    }

    /// A folder laid out like a repository: `Content/` (a copy of the fixture) and `Templates/`.
    static func repository(content fixture: String = "minimal") throws -> URL {
        let folder = try TestSupport.temporaryFolder()
        try TestSupport.copyFixture(fixture, to: folder.appending(path: "Content"))
        try FileManager.default.copyItem(at: TestSupport.shippedTemplates, to: folder.appending(path: "Templates"))
        return folder
    }
}

@Suite("The waymark command line")
struct CommandLineTests {
    @Test("build on good content exits 0, writes Site/ and prints the summary")
    func buildSucceeds() throws {
        let repository = try CommandLine.repository()
        defer { try? FileManager.default.removeItem(at: repository) }
        let run = try CommandLine.run(["build", "--today", "2026-11-22"], in: repository)
        #expect(run.status == 0)
        #expect(
            run.output
                == "waymark: built 29 files into Site (29 written, 0 unchanged, 0 removed) for 2026-11-22: 2 pathways in 2 places, "
                + "1 system and 1 trust; 0 errors, 0 warnings; 1 unwarranted and 0 warranted variation finding\n")
        #expect(run.error == "")
        #expect(FileManager.default.fileExists(atPath: repository.appending(path: "Site/index.html").path))
        let again = try CommandLine.run(["build", "--today", "2026-11-22"], in: repository)
        #expect(
            again.output.hasPrefix(
                "waymark: built 29 files into Site (0 written, 29 unchanged, 0 removed) for 2026-11-22:"))
    }

    @Test("A rebuild from unchanged inputs prints what the first build printed, without checking again")
    func replayedBuild() throws {
        let repository = try CommandLine.repository()
        defer { try? FileManager.default.removeItem(at: repository) }
        try Data("name: x\n".utf8).write(to: repository.appending(path: "Content/notes.txt"))
        let arguments = ["build", "--today", "2026-11-22", "--timings"]
        let first = try CommandLine.run(arguments, in: repository)
        let again = try CommandLine.run(arguments, in: repository)
        #expect(first.status == 0)
        #expect(again.status == 0)
        #expect(first.error.contains("parse "))
        #expect(again.error.hasPrefix("waymark: timings: read "))
        #expect(!again.error.contains("parse "))
        #expect(first.output.contains("Content/notes.txt: warning: "))
        #expect(
            again.output
                == first.output.replacingOccurrences(
                    of: "(29 written, 0 unchanged, 0 removed)", with: "(0 written, 29 unchanged, 0 removed)"))
        // The format is not an input: annotations come from the record as well.
        let github = try CommandLine.run(arguments + ["--format", "github"], in: repository)
        #expect(!github.error.contains("parse "))
        #expect(github.output.hasPrefix("::warning file=Content/notes.txt,title=layout.unexpected-file::"))
        // JSON output holds every finding, so the content is checked again (but nothing is rendered).
        let json = try CommandLine.run(
            ["build", "--today", "2026-11-22", "--format", "json", "--timings"], in: repository)
        #expect(json.status == 0)
        #expect(json.error.contains("parse "))
        #expect(!json.error.contains("render "))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
        #expect((object["summary"] as? [String: Int])?["warnings"] == 1)
    }

    @Test("build leaves drafts out and says so; --drafts publishes them")
    func draftsLeftOut() throws {
        let repository = try CommandLine.repository()
        defer { try? FileManager.default.removeItem(at: repository) }
        let file = repository.appending(path: "Content/systems/north/alpha/falls.md")
        let text = try String(contentsOf: file, encoding: .utf8)
        try Data(text.replacingOccurrences(of: "status: active", with: "status: draft").utf8).write(to: file)
        let run = try CommandLine.run(["build", "--today", "2026-11-22"], in: repository)
        #expect(run.status == 0)
        #expect(
            run.output.hasPrefix(
                "waymark: built 28 files into Site (28 written, 0 unchanged, 0 removed; 1 draft pathway left out, which --drafts includes) for 2026-11-22: 2 pathways in 2 places"
            ))
        let page = repository.appending(path: "Site/pathways/alpha/falls.html")
        #expect(!FileManager.default.fileExists(atPath: page.path))
        let withDrafts = try CommandLine.run(["build", "--today", "2026-11-22", "--drafts"], in: repository)
        #expect(withDrafts.output.hasPrefix("waymark: built 29 files into Site ("))
        #expect(withDrafts.output.contains(" unchanged, 0 removed) for 2026-11-22:"))
        #expect(FileManager.default.fileExists(atPath: page.path))
    }

    @Test("build with no subcommand is build; SOURCE_DATE_EPOCH gives the date")
    func defaultCommandAndEpoch() throws {
        let repository = try CommandLine.repository()
        defer { try? FileManager.default.removeItem(at: repository) }
        // 2026-03-29 00:30 UTC: already 29 March in London.
        let run = try CommandLine.run([], in: repository, environment: ["SOURCE_DATE_EPOCH": "1774744200"])
        #expect(run.status == 0)
        #expect(run.output.contains("for 2026-03-29:"))
    }

    @Test("check on broken content exits 1 and prints each problem as path:line:col")
    func checkReportsErrors() throws {
        let repository = try CommandLine.repository()
        defer { try? FileManager.default.removeItem(at: repository) }
        let file = repository.appending(path: "Content/systems/north/beta/falls.md")
        let text = try String(contentsOf: file, encoding: .utf8)
        try Data(
            text.replacingOccurrences(of: "approved_by: north-icb-board", with: "approved_by: north-icb-bord").utf8
        ).write(to: file)
        let run = try CommandLine.run(["check", "--today", "2026-11-22"], in: repository)
        #expect(run.status == 1)
        #expect(
            run.output == """
                Content/systems/north/beta/falls.md:13:16: error: `governance.approved_by` names the governance body `north-icb-bord`, but there is no governance body with that id [reference.unknown]
                    hint: did you mean `north-icb-board`, the one body that may approve a Falls response pathway in Beta & <Gamma>?
                waymark: checked for 2026-11-22: 2 pathways in 2 places, 1 system and 1 trust; 1 error, 0 warnings; 1 unwarranted and 0 warranted variation finding

                """)
    }

    @Test("a build with errors leaves Site/ untouched and says so")
    func buildWithErrorsKeepsSite() throws {
        let repository = try CommandLine.repository()
        defer { try? FileManager.default.removeItem(at: repository) }
        #expect(try CommandLine.run(["build", "--today", "2026-11-22"], in: repository).status == 0)
        let before = try SiteSnapshot(of: repository.appending(path: "Site"))
        try Data("no front matter".utf8).write(to: repository.appending(path: "Content/trusts/test-trust.md"))
        let run = try CommandLine.run(["build", "--today", "2026-11-22"], in: repository)
        #expect(run.status == 1)
        #expect(
            run.output.hasSuffix(
                "waymark: nothing written; Site left as it was for 2026-11-22: 2 pathways in 2 places, 1 system and 1 trust; 1 error, 0 warnings; "
                    + "1 unwarranted and 0 warranted variation finding\n"
            ))
        #expect(try SiteSnapshot(of: repository.appending(path: "Site")) == before)
    }

    @Test("--format json prints the findings object; --format github prints annotations")
    func formats() throws {
        let repository = try CommandLine.repository()
        defer { try? FileManager.default.removeItem(at: repository) }
        try Data("name: x\n".utf8).write(to: repository.appending(path: "Content/notes.txt"))
        let json = try CommandLine.run(["check", "--format", "json", "--today", "2026-11-22"], in: repository)
        #expect(json.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
        #expect((object["summary"] as? [String: Int])?["warnings"] == 1)
        let diagnostic = try #require((object["diagnostics"] as? [[String: Any]])?.first)
        #expect(diagnostic["code"] as? String == "layout.unexpected-file")
        #expect(diagnostic["file"] as? String == "Content/notes.txt")

        let github = try CommandLine.run(["check", "--format", "github", "--today", "2026-11-22"], in: repository)
        #expect(
            github.output.hasPrefix(
                "::warning file=Content/notes.txt,title=layout.unexpected-file::this file is not part of the content layout and is ignored%0Ahint: "
            ))

        let strict = try CommandLine.run(["check", "--strict", "--today", "2026-11-22"], in: repository)
        #expect(strict.status == 1)
        #expect(
            strict.output.hasPrefix(
                "Content/notes.txt: error: this file is not part of the content layout and is ignored [layout.unexpected-file]"
            ))
    }

    @Test(
        "check exits 0 on the shipped content and 1 on a broken copy, in every format",
        arguments: DiagnosticFormatName.allCases)
    func checkShippedAndBroken(_ format: DiagnosticFormatName) throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.copyItem(at: TestSupport.shippedContent, to: folder.appending(path: "Content"))
        let arguments = ["check", "--format", format.rawValue, "--today", "2026-11-22"]
        let clean = try CommandLine.run(arguments, in: folder)
        #expect(clean.status == 0)
        #expect(clean.error.isEmpty)

        let file = folder.appending(path: "Content/systems/west-yorkshire/leeds/falls.md")
        let text = try String(contentsOf: file, encoding: .utf8)
        try Data(text.replacingOccurrences(of: "from: \"08:00\"", with: "from: \"8am\"").utf8).write(to: file)
        let broken = try CommandLine.run(arguments, in: folder)
        #expect(broken.status == 1)
        let expected: String
        switch format {
        case .text:
            expected =
                "Content/systems/west-yorkshire/leeds/falls.md:9:47: error: `hours.sessions[0].from` should be a time like 08:00 (24-hour, from 00:00 to 23:59, in quotes), but found the text \"8am\" [schema.pattern]\n"
        case .json:
            expected = "\"code\": \"schema.pattern\""
        case .github:
            expected =
                "::error file=Content/systems/west-yorkshire/leeds/falls.md,line=9,col=47,title=schema.pattern::`hours.sessions[0].from` should be a time like 08:00"
        }
        #expect(broken.output.contains(expected))
    }

    @Test("usage and I/O failures exit 2 with a message on standard error")
    func failuresExitTwo() throws {
        let repository = try CommandLine.repository()
        defer { try? FileManager.default.removeItem(at: repository) }
        let badDate = try CommandLine.run(["build", "--today", "22/11/2026"], in: repository)
        #expect(badDate.status == 2)
        #expect(badDate.error.contains("--today must be a date like 2026-03-01, but was \"22/11/2026\""))
        let badOption = try CommandLine.run(["build", "--colour", "--today", "2026-11-22"], in: repository)
        #expect(badOption.status == 2)
        let noContent = try CommandLine.run(["check", "--content", "Missing", "--today", "2026-11-22"], in: repository)
        #expect(noContent.status == 2)
        #expect(noContent.error == "waymark: error: the content folder Missing does not exist\n")
        let intoContent = try CommandLine.run(
            ["build", "--output", "Content/Site", "--today", "2026-11-22"], in: repository)
        #expect(intoContent.status == 2)
        #expect(intoContent.error.contains("refusing to write the site to"))
        let overRepository = try CommandLine.run(["build", "--output", ".", "--today", "2026-11-22"], in: repository)
        #expect(overRepository.status == 2)
        #expect(FileManager.default.fileExists(atPath: repository.appending(path: "Content/site.yaml").path))
        let badEpoch = try CommandLine.run(["check"], in: repository, environment: ["SOURCE_DATE_EPOCH": "yesterday"])
        #expect(badEpoch.status == 2)
    }
}

/// The `--format` values, as typed on the command line.
enum DiagnosticFormatName: String, CaseIterable, Sendable {
    case text, json, github
}
