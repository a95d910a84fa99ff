import ArgumentParser
import Foundation
import WaymarkKit

/// `waymark build`: check the content, then render and publish the site atomically.
struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check the content and build the site.",
        discussion: """
            The site is built into a temporary folder beside the output and swapped in only when \
            the build succeeds; a build with errors leaves the previous output untouched.
            """)

    @OptionGroup var options: SharedOptions

    @OptionGroup var variation: VariationOptions

    @Option(help: ArgumentHelp("The templates folder.", valueName: "folder"))
    var templates = "Templates"

    @Option(help: ArgumentHelp("The output folder, replaced as a whole.", valueName: "folder"))
    var output = "Site"

    @Flag(
        help: """
            Include draft pathways in the site, each marked as a draft that must not be used. \
            Without it drafts are checked but left out.
            """)
    var drafts = false

    func run() throws {
        let today = try options.resolvedToday()
        let workingFolder = options.workingFolder
        let content = options.folder(options.content)
        let templatesFolder = options.folder(templates)
        let outputFolder = options.folder(output)
        let previous = variation.previous(in: options)
        let result: Pipeline.BuildResult
        do {
            var writer = try SiteWriter(
                output: outputFolder,
                mustNotContain: [content, templatesFolder, workingFolder]
                    + SiteWriter.repositoryRoot(containing: workingFolder),
                mustNotBeInside: [content, templatesFolder])
            let output = self.output
            writer.whenWaiting = {
                FileHandle.standardError.write(
                    Data("waymark: another build is writing \(output); waiting for it to finish\n".utf8))
            }
            result = try Pipeline.build(
                content: content, displayRoot: options.contentDisplayRoot, templates: templatesFolder,
                templatesDisplayRoot: SharedOptions.displayPath(templates), writer: writer,
                options: options.checkOptions(today: today, previous: previous), failOn: variation.failOn,
                includingDrafts: drafts,
                // A JSON report needs every finding, which a build that checks nothing lacks.
                replaying: options.format != .json)
        } catch let failure as SiteWriter.Failure {
            Failure.exit(failure.description)
        } catch let failure as Pipeline.Failure {
            for diagnostic in failure.diagnostics {
                let line = options.format == .github ? diagnostic.githubDescription : diagnostic.textDescription
                FileHandle.standardError.write(Data((line + "\n").utf8))
            }
            Failure.exit(failure.description)
        }
        KeptToExit.keep(result)
        options.report(result.timings)
        let draftCount = drafts ? 0 : result.summary.drafts
        let leftOut =
            draftCount == 0
            ? "" : "; \(draftCount) draft pathway\(draftCount == 1 ? "" : "s") left out, which --drafts includes"
        if let note = result.output?.note {
            FileHandle.standardError.write(Data("waymark: note: \(note)\n".utf8))
        }
        let outcome =
            result.output.map { "built \($0.files) files into \(output) (\(Self.changes($0))\(leftOut))" }
            ?? "nothing written; \(output) left as it was"
        if let check = result.check {
            try Report.finish(
                check.report, format: options.format, today: check.today ?? today, outcome: outcome,
                failOn: variation.failOn)
        } else {
            try Report.finish(result.summary, format: options.format, outcome: outcome)
        }
    }
}

extension Build {
    /// What the build changed in the output folder: "3 written, 120 unchanged, 1 removed".
    static func changes(_ outcome: SiteUpdate.Outcome) -> String {
        "\(outcome.written) written, \(outcome.unchanged) unchanged, \(outcome.removed) removed"
    }
}

/// `waymark check`: everything `build` validates, without rendering.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check the content without building the site (fast enough for a pre-commit hook).")

    @OptionGroup var options: SharedOptions

    @OptionGroup var variation: VariationOptions

    func run() throws {
        let today = try options.resolvedToday()
        let result = options.check(today: today, previous: variation.previous(in: options))
        options.report(result.timings)
        try Report.finish(
            result.report, format: options.format, today: result.today ?? today, outcome: "checked",
            failOn: variation.failOn)
    }
}

/// Printing what a command found.
enum Report {
    /// Prints the diagnostics, the variation findings the run lists or fails on, why it failed
    /// and, except for JSON, the summary line; exits 1 when there are errors or failing findings.
    /// With `listingNew` false, new findings that do not fail the run are left to other output.
    static func finish(
        _ report: FindingsReport, format: DiagnosticFormat, today: CalendarDate, outcome: String,
        failOn gate: VariationGate?, listingNew: Bool = true
    ) throws {
        switch format {
        case .json:
            Swift.print(report.json.serialized(pretty: true), terminator: "")
            let variation = VariationOutcome(report.variation, failingOn: gate, listingNew: listingNew)
            if let reason = variation.reason {
                FileHandle.standardError.write(Data("waymark: error: \(reason)\n".utf8))
            }
            if report.diagnostics.hasErrors || variation.reason != nil { throw ExitCode(1) }
        case .text, .github:
            try finish(
                CheckSummary(report, today: today, drafts: 0, failingOn: gate, listingNew: listingNew), format: format,
                outcome: outcome)
        }
    }

    /// Prints a check's summary as text or GitHub annotations: its diagnostics, the variation
    /// findings it lists, why it failed and the summary line; exits 1 when it fails.
    static func finish(_ summary: CheckSummary, format: DiagnosticFormat, outcome: String) throws {
        for diagnostic in summary.diagnostics + summary.listed {
            Swift.print(format == .github ? diagnostic.githubDescription : diagnostic.textDescription)
        }
        if let reason = summary.failure { Swift.print("waymark: error: \(reason)") }
        printSummary(summary, outcome: outcome)
        if summary.fails { throw ExitCode(1) }
    }

    /// One line: what was done, for which date, and the counts.
    static func printSummary(_ summary: CheckSummary, outcome: String) {
        func plural(_ count: Int, _ noun: String) -> String { "\(count) \(noun)\(count == 1 ? "" : "s")" }
        let date = summary.today.map { " for \($0)" } ?? ""
        Swift.print(
            "waymark: \(outcome)\(date): \(plural(summary.pathways, "pathway")) in \(plural(summary.places, "place")), "
                + "\(plural(summary.systems, "system")) and \(plural(summary.trusts, "trust")); "
                + "\(plural(summary.errors, "error")), \(plural(summary.warnings, "warning")); \(summary.variation)"
        )
    }
}
