import Foundation

/// The stages in order: load → decode → validate → render → write. Each stage is a function of
/// the values the one before returned; only loading and writing touch the file system.
public enum Pipeline {
    /// What `check` found.
    public struct CheckResult: Sendable {
        /// The decoded catalogue (partial when files had errors).
        var catalogue: Catalogue
        /// The diagnostics and counts.
        public var report: FindingsReport
        /// The content's schemas, as checked.
        var schemas: ContentSchemas
        /// How long each stage took.
        public var timings: StageTimings
        /// The date the content was checked as of: the date given, or a sample's `sample_as_of`.
        public var today: CalendarDate?
    }

    /// What `build` did.
    public struct BuildResult: Sendable {
        /// The check that came first, or `nil` when the inputs were those of the site in place,
        /// whose check `summary` reports again.
        public var check: CheckResult?
        /// What the check reported.
        public var summary: CheckSummary
        /// What was written, or `nil` when errors stopped the build before writing.
        public var output: SiteUpdate.Outcome?
        /// How many files the site has, or `nil` when errors stopped the build before writing.
        public var filesWritten: Int? { output?.files }
        /// How long each stage took, the check's included.
        public var timings: StageTimings
    }

    /// A failure that is not about the content: a missing folder, a broken template, an output
    /// folder that cannot be written. The command exits 2.
    public struct Failure: Error, CustomStringConvertible {
        /// What went wrong, for the person running the command.
        public var description: String
        /// The problems behind it that have a file and position, such as a template's syntax errors.
        public var diagnostics: [Diagnostic] = []
    }

    /// Loads, decodes and validates the content folder and analyses its variation, as `options`
    /// say.
    public static func check(content: URL, displayRoot: String, options: CheckOptions = .init()) throws(Failure)
        -> CheckResult
    {
        var timings = StageTimings()
        let files = try read(content, displayRoot: displayRoot, timings: &timings)
        return check(files, options: options, timings: timings)
    }

    /// Lists and reads the content folder, parsing nothing yet.
    private static func read(_ content: URL, displayRoot: String, timings: inout StageTimings) throws(Failure)
        -> ContentLoader.Files
    {
        do {
            return try timings.measure("read") { () throws(ContentLoader.Failure) in
                try ContentLoader.read(from: content, displayRoot: displayRoot)
            }
        } catch {
            throw Failure(description: error.description)
        }
    }

    /// Parses and checks content already read.
    private static func check(_ files: consuming ContentLoader.Files, options: CheckOptions, timings: StageTimings)
        -> CheckResult
    {
        var timings = timings
        // Handed over, so that parsing can let the files' bytes go.
        var unparsed = Optional(files)
        let loaded = timings.measure("parse") { ContentLoader.parse(unparsed.take()!) }
        return check(loaded, options: options, timings: timings)
    }

    /// A digest of the running program, so that a new version of the tool renders the site anew.
    static let toolDigest: String = {
        guard let path = Bundle.main.executablePath, let bytes = FileManager.default.contents(atPath: path) else {
            return "unknown"
        }
        return Fingerprint(bytes).description
    }()

    /// Validates already-loaded content against its schemas, decodes it, checks the rules that
    /// span files and analyses variation.
    ///
    /// The schemas alone decide each file's shape; the decoder reads what they accepted and
    /// reports only what no schema can say (a time zone that does not exist, a value Waymark
    /// needs that a loosened schema no longer asks for), and nothing about a file that broke
    /// its schema, so each problem is reported once.
    static func check(_ loaded: LoadedContent, options: CheckOptions = .init(), timings: StageTimings = .init())
        -> CheckResult
    {
        var timings = timings
        let types = Set(
            loaded.kinds.compactMap { kind -> String? in
                if case .pathwayType(let id) = kind { return id }
                return nil
            })
        let (schemas, checks) = timings.measure("schemas") {
            let schemas = ContentSchemas(sources: loaded.schemas, folder: loaded.schemaFolder, pathwayTypes: types)
            return (schemas, loaded.documents.concurrentMap { schemas.check($0) })
        }
        let documents = loaded.documents
        // A file that breaks its schema has said what is wrong with its shape: what the model
        // needs from it is not asked again. What no schema can say (a time zone that does not
        // exist) still stands.
        let brokenShapes = Set(zip(documents, checks).filter { !$1.diagnostics.isEmpty }.map { $0.0.path })
        let (catalogue, decodingDiagnostics) = timings.measure("decode") { CatalogueDecoder.decode(documents) }
        let today = options.todayIsGiven ? options.today : catalogue.site.sampleAsOf ?? options.today
        let perFile =
            loaded.diagnostics + schemas.diagnostics + checks.flatMap(\.diagnostics)
            + decodingDiagnostics.filter {
                $0.code != Diagnostic.neededCode || !brokenShapes.contains($0.location.file)
            }
        let rules = timings.measure("rules") {
            Validation.run(
                catalogue, files: loaded.kinds, typesWithSchemas: schemas.typesWithSchemas, today: today,
                filesWithErrors: Set(perFile.filter { $0.severity == .error }.map(\.location.file)))
        }
        var diagnostics = perFile + rules
        if options.strict {
            diagnostics = diagnostics.map { options.warningsKept.contains($0.code) ? $0 : $0.escalated() }
        }
        var variation = timings.measure("variation") { VariationAnalysis.run(catalogue) }
        if let previous = options.previous { variation = variation.marked(against: previous.keys) }
        // The files found, not those decoded, so the counts do not change with the kind of error.
        var counts = (pathways: 0, places: 0, systems: 0, trusts: 0)
        for kind in loaded.kinds {
            switch kind {
            case .pathway: counts.pathways += 1
            case .place: counts.places += 1
            case .system: counts.systems += 1
            case .trust: counts.trusts += 1
            default: break
            }
        }
        let report = FindingsReport(
            diagnostics: diagnostics, pathways: counts.pathways, places: counts.places, systems: counts.systems,
            trusts: counts.trusts, variation: variation)
        return CheckResult(catalogue: catalogue, report: report, schemas: schemas, timings: timings, today: today)
    }

    /// Checks the content as `options` say and, when it has no errors (and no finding fails
    /// `gate`), renders the site for the date `options` give, streaming each file to `writer` as it is made, and swaps it into the output, writing
    /// only the files that changed. A failed build writes nothing and leaves the previous output
    /// as it was. Draft pathways are checked but left out of the site unless
    /// `includingDrafts`, since they are not yet approved for use.
    ///
    /// When every input (each byte of the content and the templates, the options, the date and
    /// the tool itself) is what the site in place was built from, and nobody has touched that
    /// site, nothing is checked or rendered: with `replaying`, the result reports the check the
    /// record keeps. Without it (for output that needs the whole report), the content is checked
    /// again, but still nothing is rendered.
    public static func build(
        content: URL, displayRoot: String, templates: URL, templatesDisplayRoot: String = "Templates",
        writer: SiteWriter, options: CheckOptions, failOn gate: VariationGate? = nil, includingDrafts: Bool = false,
        replaying: Bool = true
    ) throws(Failure) -> BuildResult {
        guard let today = options.today else {
            throw Failure(description: "a build needs the date it is built for: give --today or SOURCE_DATE_EPOCH")
        }
        var timings = StageTimings()
        let files = try read(content, displayRoot: displayRoot, timings: &timings)
        // The templates are read now for the digest, but a folder that cannot be read fails the
        // build only once the content has been checked, so that content errors come first.
        let templateSet: Result<TemplateSet, ContentLoader.Failure> = Result { () throws(ContentLoader.Failure) in
            try TemplateSet(loadingFrom: templates, displayRoot: templatesDisplayRoot)
        }
        let inputs = timings.measure("digest") {
            var inputs = files.digest
            inputs.combine(Self.toolDigest)
            if case .success(let templateSet) = templateSet {
                for (name, text) in templateSet.templates.sorted(by: { $0.key < $1.key }) {
                    inputs.combine(name)
                    inputs.combine(text)
                }
                for (name, bytes) in templateSet.assets.sorted(by: { $0.key < $1.key }) {
                    inputs.combine(name)
                    inputs.combine(bytes)
                }
            }
            // Everything else the check and the site depend on: where diagnostics say files are,
            // the options, the date and the earlier findings new ones are marked against.
            inputs.combine(displayRoot)
            options.combine(into: &inputs)
            inputs.combine(gate.map { "fail on \($0)" } ?? "no gate")
            inputs.combine(includingDrafts ? "drafts" : "no drafts")
            return inputs.description
        }
        if replaying, case .success = templateSet, writer.recordedInputs == inputs {
            let update: SiteUpdate
            do {
                update = try writer.begin()
            } catch {
                throw Failure(description: error.description)
            }
            // The same inputs as the site in place, which nobody has touched: nothing to check
            // or render.
            if update.previousInputs == inputs, update.previousIsIntact, let summary = update.previousCheck {
                return BuildResult(check: nil, summary: summary, output: update.keepPrevious(), timings: timings)
            }
        }
        let checked = check(files, options: options, timings: timings)
        timings = checked.timings
        let summary = CheckSummary(
            checked.report, today: checked.today ?? today,
            drafts: checked.catalogue.pathways.count { $0.status == .draft }, failingOn: gate)
        guard !summary.fails else {
            return BuildResult(check: checked, summary: summary, output: nil, timings: timings)
        }
        let renderer: SiteRenderer
        switch templateSet {
        case .failure(let failure): throw Failure(description: failure.description)
        case .success(let templateSet):
            do {
                renderer = try SiteRenderer(templates: templateSet)
            } catch {
                throw Failure(
                    description: "the templates have problems, so nothing was built", diagnostics: error.diagnostics)
            }
        }
        let outcome: SiteUpdate.Outcome
        do {
            let update = try writer.begin()
            if update.previousInputs == inputs, update.previousIsIntact, update.previousCheck == summary {
                return BuildResult(check: checked, summary: summary, output: update.keepPrevious(), timings: timings)
            }
            update.record(inputs: inputs, check: summary)
            let report = checked.report
            let findings = RenderedSite.Report(path: SitePaths.findings) { emit in report.writeCompactJSON(emit) }
            let published = includingDrafts ? checked.catalogue : checked.catalogue.removingDrafts()
            timings.measure("render") {
                renderer.render(
                    published, schemas: checked.schemas.documents, variation: checked.report.variation,
                    buildDate: checked.today ?? today, reports: [findings], into: update)
            }
            outcome = try timings.measure("write") { () throws(SiteWriter.Failure) in try update.finish() }
        } catch {
            throw Failure(description: error.description)
        }
        return BuildResult(check: checked, summary: summary, output: outcome, timings: timings)
    }
}
