import ArgumentParser
import Foundation
import Synchronization
import WaymarkKit

/// `waymark`: validate clinical pathway content and build the crews' catalogue.
@main
struct Waymark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "waymark",
        abstract: "Validate clinical pathway content and build the cross-region catalogue.",
        discussion: """
            Run from a repository's root: waymark reads Content/ and Templates/ and writes Site/.
            Exit codes: 0 no errors; 1 content errors (or warnings under --strict, or variation findings \
            that --fail-on names); 2 usage or I/O failure.
            """,
        subcommands: [Build.self, Check.self, VariationCommand.self],
        defaultSubcommand: Build.self
    )

    /// Parses and runs, mapping ArgumentParser's usage failures to exit code 2.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            if code == .success || code.rawValue == 1 {
                exit(withError: error)
            }
            let message = fullMessage(for: error)
            if !message.isEmpty { FileHandle.standardError.write(Data((message + "\n").utf8)) }
            Foundation.exit(2)
        }
    }
}

/// What a command made that the process would otherwise free, value by value, just before it
/// ends: a checked catalogue is millions of small values, and the system frees them all at once
/// when the process exits.
enum KeptToExit {
    private static let values = Mutex<[any Sendable]>([])

    /// Keeps `value` until the process ends.
    static func keep(_ value: any Sendable) {
        values.withLock { $0.append(value) }
    }
}

/// Options every command shares.
struct SharedOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The content folder.", valueName: "folder"))
    var content = "Content"

    @Option(
        help: ArgumentHelp(
            "Today's date for review checks (else SOURCE_DATE_EPOCH, else the clock).", valueName: "YYYY-MM-DD"))
    var today: String?

    @Flag(help: "Treat warnings as errors.")
    var strict = false

    @Option(
        name: .customLong("warn-only"),
        help: ArgumentHelp(
            "With --strict, keep diagnostics with this code as warnings (repeatable), such as governance.review-overdue.",
            valueName: "code"))
    var warnOnly: [String] = []

    @Flag(help: "Print how long each stage took to standard error (for benchmarks; the site is unaffected).")
    var timings = false

    @Option(
        help: ArgumentHelp("How to print diagnostics: text, json or github (Actions annotations).", valueName: "format")
    )
    var format: DiagnosticFormat = .text

    /// The content folder as diagnostics print it: as typed, relative to where waymark runs.
    var contentDisplayRoot: String { Self.displayPath(content) }

    /// A folder as diagnostics print it: as typed, without `./` or a trailing `/`.
    static func displayPath(_ folder: String) -> String {
        var path = folder
        while path.count > 1, path.hasSuffix("/") { path.removeLast() }
        if path.hasPrefix("./") { path.removeFirst(2) }
        return path
    }

    /// The folder waymark runs in: relative paths are read from here.
    var workingFolder: URL { URL(filePath: FileManager.default.currentDirectoryPath, directoryHint: .isDirectory) }

    /// `path` as a folder, relative to the working folder.
    func folder(_ path: String) -> URL {
        URL(filePath: path, directoryHint: .isDirectory, relativeTo: workingFolder)
    }

    /// Prints `timings` to standard error when `--timings` was given.
    func report(_ timings: StageTimings) {
        guard self.timings else { return }
        FileHandle.standardError.write(Data("waymark: timings: \(timings.summary)\n".utf8))
    }

    /// How the options given ask for the content to be checked.
    func checkOptions(today: CalendarDate, previous: PreviousFindings?) -> CheckOptions {
        CheckOptions(
            strict: strict, warningsKept: Set(warnOnly), today: today, todayIsGiven: self.today != nil,
            previous: previous)
    }

    /// Checks the content folder, marking variation findings against `previous`; exits 2 when
    /// the content cannot be read at all.
    func check(today: CalendarDate, previous: PreviousFindings?) -> Pipeline.CheckResult {
        do {
            let result = try Pipeline.check(
                content: folder(content), displayRoot: contentDisplayRoot,
                options: checkOptions(today: today, previous: previous))
            KeptToExit.keep(result)
            return result
        } catch {
            Failure.exit(error.description)
        }
    }

    func resolvedToday() throws -> CalendarDate {
        do {
            return try BuildDate.resolve(option: today, environment: ProcessInfo.processInfo.environment, now: Date())
        } catch {
            throw ValidationError(error.description)
        }
    }
}

extension DiagnosticFormat: ExpressibleByArgument {}

/// A failure that is not about the content: printed to standard error, exit code 2.
enum Failure {
    /// Prints the failure and exits 2.
    static func exit(_ message: String) -> Never {
        FileHandle.standardError.write(Data("waymark: error: \(message)\n".utf8))
        Foundation.exit(2)
    }
}
