import ArgumentParser
import Foundation
import WaymarkKit

/// `waymark variation`: the variation between places, as a table.
struct VariationCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "variation",
        abstract: "Check the content and show how pathways vary between places.",
        discussion: """
            For each scope (each trust's footprint, and England), pathway type and compared field: \
            what most places say, the range and fold difference of numbers, and the places that \
            differ, warranted ones marked *; then places missing a core type, pathways missing \
            their type's baseline, and neighbours in different systems that differ. --format json \
            prints the same object as check --format json, holding only the chosen findings.
            """)

    @OptionGroup var options: SharedOptions

    @OptionGroup var variation: VariationOptions

    @Option(help: ArgumentHelp("Show only this pathway type (its id, as in pathways/<type>.md).", valueName: "type"))
    var type: String?

    @Option(help: ArgumentHelp("Show only this scope: a trust's id, or england.", valueName: "scope"))
    var scope: String?

    func run() throws {
        let today = try options.resolvedToday()
        let result = options.check(today: today, previous: variation.previous(in: options))
        options.report(result.timings)
        let report: FindingsReport
        do {
            let selected = try result.variation(type: type, scope: scope)
            report = selected.report
            if options.format != .json { print(selected.table) }
        } catch {
            Failure.exit(error.description)
        }
        try Report.finish(
            report, format: options.format, today: result.today ?? today, outcome: "checked", failOn: variation.failOn,
            listingNew: false)
    }
}

/// The options that let CI hold variation back: `--fail-on` and `--baseline`.
struct VariationOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "Exit 1 on variation findings: unwarranted (any unwarranted finding) or new (unwarranted findings not in --baseline).",
            valueName: "findings"))
    var failOn: VariationGate?

    @Option(
        help: ArgumentHelp(
            "An earlier report (a findings.json that build wrote, or check --format json output): findings not in it are new, and text output lists only those.",
            valueName: "file"))
    var baseline: String?

    func validate() throws {
        if failOn == .new, baseline == nil {
            throw ValidationError("--fail-on new needs --baseline <file>: new means not in that earlier report")
        }
    }

    /// The findings of the `--baseline` report, if one was given; exits 2 when it cannot be read.
    func previous(in options: SharedOptions) -> PreviousFindings? {
        guard let baseline else { return nil }
        let url = URL(filePath: baseline, directoryHint: .notDirectory, relativeTo: options.workingFolder)
        do {
            return try PreviousFindings(contentsOf: url, path: baseline)
        } catch {
            Failure.exit(error.description)
        }
    }
}

extension VariationGate: ExpressibleByArgument {}
