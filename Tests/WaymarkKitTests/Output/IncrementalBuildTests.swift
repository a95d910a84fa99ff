import Foundation
import Testing

@testable import WaymarkKit

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A rebuild writes only the files whose bytes changed and leaves every other file exactly as it
/// was: same bytes, same inode, same modification time.
@Suite("Incremental builds")
struct IncrementalBuildTests {
    /// A file's identity on disk: a file rewritten in place or replaced shows a new one.
    struct Identity: Equatable {
        var inode: UInt64
        var seconds: Int
        var nanoseconds: Int
    }

    /// Every file below `folder` (the record included) by path, with its identity.
    static func identities(of folder: URL) throws -> [String: Identity] {
        var result: [String: Identity] = [:]
        let base = folder.standardizedFileURL.resolvingSymlinksInPath().path + "/"
        let enumerator = try #require(FileManager.default.enumerator(atPath: folder.path))
        for case let relative as String in enumerator {
            var status = stat()
            let path = base + relative
            guard lstat(path, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else { continue }
            #if canImport(Darwin)
                let modified = status.st_mtimespec
            #else
                let modified = status.st_mtim
            #endif
            result[relative] = Identity(
                inode: UInt64(status.st_ino), seconds: modified.tv_sec, nanoseconds: modified.tv_nsec)
        }
        return result
    }

    /// The paths whose identity differs between `before` and `after`, or that only one has.
    static func touched(_ before: [String: Identity], _ after: [String: Identity]) -> Set<String> {
        Set(before.keys).union(after.keys).filter { before[$0] != after[$0] }
    }

    /// A repository with the minimal fixture as `Content/`, the shipped templates as `Templates/`
    /// and a first build in `Site/`.
    struct Repository {
        let folder: URL
        var content: URL { folder.appending(path: "Content") }
        var templates: URL { folder.appending(path: "Templates") }
        var site: URL { folder.appending(path: "Site") }

        init() throws {
            folder = try TestSupport.temporaryFolder()
            try TestSupport.copyFixture(to: content)
            try FileManager.default.copyItem(at: TestSupport.shippedTemplates, to: templates)
            let first = try build()
            #expect(first.output == SiteUpdate.Outcome(written: 29, unchanged: 0, removed: 0, note: nil))
        }

        @discardableResult
        func build() throws -> Pipeline.BuildResult {
            try PipelineTests.build(content, into: site, templates: templates)
        }

        func edit(_ path: String, replacing find: String, with replacement: String) throws {
            let url = folder.appending(path: path)
            let text = try String(contentsOf: url, encoding: .utf8)
            #expect(text.contains(find), "\(path) has no \(find)")
            try Data(text.replacingOccurrences(of: find, with: replacement).utf8).write(to: url)
        }

        func remove() { try? FileManager.default.removeItem(at: folder) }

        /// What a build after `change` did: its result, the files it touched (written anew,
        /// added or removed), and the files whose bytes differ from before.
        struct Rebuild {
            var result: Pipeline.BuildResult
            var touched: Set<String>
            var differing: Set<String>
        }

        func rebuild(after change: () throws -> Void = {}) throws -> Rebuild {
            let before = try IncrementalBuildTests.identities(of: site)
            let beforeBytes = try SiteSnapshot(of: site)
            try change()
            let result = try build()
            let after = try SiteSnapshot(of: site)
            return Rebuild(
                result: result,
                touched: IncrementalBuildTests.touched(before, try IncrementalBuildTests.identities(of: site)),
                differing: Set(after.files.keys).union(beforeBytes.files.keys).filter {
                    after.files[$0] != beforeBytes.files[$0]
                })
        }
    }

    @Test("A rebuild with nothing changed writes nothing and swaps nothing")
    func unchangedRebuild() throws {
        let repository = try Repository()
        defer { repository.remove() }
        let rebuild = try repository.rebuild()
        let result = rebuild.result
        #expect(result.output == SiteUpdate.Outcome(written: 0, unchanged: 29, removed: 0, note: nil))
        #expect(rebuild.touched.isEmpty)
        // The inputs are those of the site in place, which nobody touched: nothing was parsed,
        // checked or rendered, and the check the record keeps is reported again.
        #expect(result.timings.stages.map(\.name) == ["read", "digest"])
        #expect(result.check == nil)
        #expect(result.summary.pathways == 2)
        #expect(result.summary.variation == "1 unwarranted and 0 warranted variation finding")
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: repository.folder.path).sorted()
                == ["Content", "Site", "Templates"], "nothing is left beside the site")
    }

    @Test("A rebuild from the same inputs reports the first build's diagnostics again, exactly")
    func replayedCheck() throws {
        let repository = try Repository()
        defer { repository.remove() }
        try Data("notes\n".utf8).write(to: repository.content.appending(path: "systems/north/alpha/notes.txt"))
        try repository.edit(
            "Content/systems/north/alpha/falls.md", replacing: "review_due: ", with: "review_due: 2026-12-01\n#")
        let first = try repository.build()
        let check = try #require(first.check)
        #expect(check.report.diagnostics.map(\.code) == ["governance.review-due-soon", "layout.unexpected-file"])
        #expect(check.report.diagnostics.contains { $0.hint != nil && $0.field != nil })
        let again = try repository.build()
        #expect(again.check == nil)
        #expect(again.summary == first.summary)
        #expect(again.output?.written == 0)
    }

    @Test(
        "A rebuild checks again when an option, the date or the baseline changes, or when a report needs every finding"
    )
    func checkedAgain() throws {
        let repository = try Repository()
        defer { repository.remove() }
        let writer = try SiteWriter(
            output: repository.site, mustNotContain: [repository.content], mustNotBeInside: [repository.content])
        func build(
            today: String = "2026-11-22", strict: Bool = false, kept: Set<String> = [],
            previous: PreviousFindings? = nil, gate: VariationGate? = nil, replaying: Bool = true
        ) throws -> Pipeline.BuildResult {
            try Pipeline.build(
                content: repository.content, displayRoot: "Content", templates: repository.templates, writer: writer,
                options: .init(strict: strict, warningsKept: kept, today: CalendarDate(today)!, previous: previous),
                failOn: gate, replaying: replaying)
        }
        #expect(try build().check == nil)
        #expect(try build(replaying: false).check != nil)
        #expect(try build(today: "2026-11-23").check != nil)
        #expect(try build(today: "2026-11-23").check == nil)
        #expect(try build(today: "2026-11-23", strict: true).check != nil)
        #expect(try build(today: "2026-11-23", strict: true, kept: ["governance.review-overdue"]).check != nil)
        let baseline = try PreviousFindings(parsing: #"{"summary": {}, "variation": []}"#, path: "old.json")
        let marked = try build(today: "2026-11-23", previous: baseline)
        #expect(marked.check != nil)
        #expect(marked.summary.variation.hasSuffix("(1 new since the baseline)"))
        #expect(marked.summary.listed.map(\.severity) == [.note])
        #expect(marked.summary.listed.map(\.code) == ["variation.coverage"])
        let replayed = try build(today: "2026-11-23", previous: baseline)
        #expect(replayed.check == nil)
        #expect(replayed.summary == marked.summary)
        #expect(try build(today: "2026-11-23", previous: baseline, gate: .new).output == nil)
    }

    @Test("After each of a run of edits, the rebuilt site is byte for byte a clean build of the same inputs")
    func rebuildsMatchCleanBuilds() throws {
        let repository = try Repository()
        defer { repository.remove() }
        enum Edit {
            case text(String, replacing: String, with: String)
            case newFile(String)
            case deleted(String)
            case date(String)
        }
        let alpha = "Content/systems/north/alpha/falls.md"
        let edits: [(String, Edit)] = [
            ("a summary", .text(alpha, replacing: "summary: ", with: "summary: Weekends too. ")),
            ("a compared field", .text(alpha, replacing: "age_min: 65", with: "age_min: 70")),
            ("the summary back as it was", .text(alpha, replacing: "summary: Weekends too. ", with: "summary: ")),
            (
                "a place's name",
                .text("Content/systems/north/beta/place.md", replacing: "name: Beta", with: "name: Betty")
            ),
            (
                "a governance body's name",
                .text("Content/governance/north-icb-board.md", replacing: "Test ICB Board", with: "Trial ICB Board")
            ),
            (
                "a bank holiday",
                .text("Content/calendars/bank-holidays.yaml", replacing: "2026-12-28", with: "2026-12-29")
            ),
            ("a stray file, which warns", .newFile("Content/systems/north/alpha/notes.txt")),
            (
                "a template",
                .text("Templates/pathway.mustache", replacing: "<article", with: "<!-- reviewed -->\n<article")
            ),
            ("the date", .date("2027-01-05")),
            ("a deleted pathway", .deleted("Content/systems/north/beta/falls.md")),
        ]
        var today = "2026-11-22"
        for (what, edit) in edits {
            switch edit {
            case .text(let path, let find, let replacement):
                try repository.edit(path, replacing: find, with: replacement)
            case .newFile(let path): try Data("notes\n".utf8).write(to: repository.folder.appending(path: path))
            case .deleted(let path): try FileManager.default.removeItem(at: repository.folder.appending(path: path))
            case .date(let date): today = date
            }
            let rebuilt = try PipelineTests.build(
                repository.content, into: repository.site, templates: repository.templates, today: today)
            let clean = repository.folder.appending(path: "Clean/Site")
            try? FileManager.default.removeItem(at: clean.deletingLastPathComponent())
            let fresh = try PipelineTests.build(
                repository.content, into: clean, templates: repository.templates, today: today)
            #expect(rebuilt.summary == fresh.summary, "after \(what)")
            #expect(try SiteSnapshot(of: repository.site) == SiteSnapshot(of: clean), "after \(what)")
            // And the build after that, from the same inputs, does nothing and says the same.
            let again = try PipelineTests.build(
                repository.content, into: repository.site, templates: repository.templates, today: today)
            #expect(again.check == nil, "after \(what)")
            #expect(again.summary == fresh.summary, "after \(what)")
        }
    }

    @Test("A check's summary reads back from the record as it was written")
    func summaryInRecord() throws {
        let repository = try Repository()
        defer { repository.remove() }
        let text = try String(contentsOf: repository.site.appending(path: BuildRecord.file), encoding: .utf8)
        let line = try #require(text.split(separator: "\n").first { $0.hasPrefix("check ") })
        let summary = try #require(CheckSummary(recordText: String(line.dropFirst(6))))
        #expect(summary.pathways == 2)
        var full = summary
        full.today = CalendarDate("2026-01-31")
        full.diagnostics = [
            Diagnostic(
                .warning, code: "a.b", message: "“quoted”, with `code`\nand a line break",
                at: SourceLocation(file: "Content/x y.md", line: 3, column: 9), field: "hours.sessions[0]",
                hint: "do this", notes: [.init("there", at: SourceLocation(file: "Content/z.md"))])
        ]
        full.listed = [Diagnostic(.note, code: "variation.outlier", message: "m", at: SourceLocation(file: "f"))]
        full.failure = "1 unwarranted variation finding (--fail-on unwarranted)"
        #expect(CheckSummary(recordText: full.recordText) == full)
        #expect(CheckSummary(recordText: "{}") == nil)
        #expect(CheckSummary(recordText: #"{"pathways": 1}"#) == nil)
    }

    @Test("Editing one pathway's summary rewrites exactly the files that show it, and nothing else")
    func oneFileEdit() throws {
        let repository = try Repository()
        defer { repository.remove() }
        let rebuild = try repository.rebuild {
            try repository.edit(
                "Content/systems/north/alpha/falls.md", replacing: "summary: ", with: "summary: Now also weekends. ")
        }
        let (result, touched) = (rebuild.result, rebuild.touched)
        #expect(
            touched.sorted() == [
                ".waymark-record", "changes.atom", "pathways/alpha/falls.html", "places/alpha.html",
                "revisions/0.json", "sw.js", "version.json",
            ])
        // Exactly the files whose bytes changed were written.
        #expect(rebuild.differing == touched)
        #expect(result.output?.written == 6)
        #expect(result.output?.unchanged == 23)
    }

    @Test("Editing a compared field rewrites the pages of the variation it moves, and only files that changed")
    func comparedFieldEdit() throws {
        let repository = try Repository()
        defer { repository.remove() }
        let rebuild = try repository.rebuild {
            try repository.edit("Content/systems/north/alpha/falls.md", replacing: "age_min: 65", with: "age_min: 70")
        }
        let (result, touched) = (rebuild.result, rebuild.touched)
        #expect(touched == rebuild.differing)
        for page in [
            "pathways/alpha/falls.html", "types/falls.html", "variation/types/falls.html",
            "variation/trusts/test-trust.html",
        ] {
            #expect(touched.contains(page), "\(page) shows the edited field or its variation")
        }
        for page in ["index.html", "trusts/test-trust.html", "reference/index.html", "404.html"] {
            #expect(!touched.contains(page), "\(page) does not depend on the edit")
        }
        #expect(result.output?.written == touched.count - 1)
    }

    @Test("A change that only adds a warning renders again, so findings.json says so")
    func warningOnlyChange() throws {
        let repository = try Repository()
        defer { repository.remove() }
        let rebuild = try repository.rebuild {
            try Data("notes\n".utf8).write(to: repository.content.appending(path: "systems/north/alpha/notes.txt"))
        }
        let (result, touched) = (rebuild.result, rebuild.touched)
        #expect(result.summary.warnings == 1)
        #expect(result.timings.stages.map(\.name).contains("render"))
        #expect(touched.contains("reports/findings.json"))
        #expect(!touched.contains("index.html"))
    }

    @Test("New inputs that give the same site rewrite only the record")
    func sameSiteFromNewInputs() throws {
        let repository = try Repository()
        defer { repository.remove() }
        let rebuild = try repository.rebuild {
            try repository.edit(
                "Templates/pathway.mustache", replacing: "<article", with: "{{! a comment }}<article")
        }
        #expect(rebuild.result.timings.stages.map(\.name).contains("render"))
        #expect(rebuild.result.output == SiteUpdate.Outcome(written: 0, unchanged: 29, removed: 0, note: nil))
        #expect(rebuild.touched == [BuildRecord.file])
        // And the build after that renders nothing again.
        #expect(!(try repository.build()).timings.stages.map(\.name).contains("render"))
    }

    @Test("Editing a template rewrites every page that uses it, and no other page")
    func templateEdit() throws {
        let repository = try Repository()
        defer { repository.remove() }
        let rebuild = try repository.rebuild {
            try repository.edit(
                "Templates/pathway.mustache", replacing: "<article", with: "<!-- reviewed -->\n<article")
        }
        let pages = rebuild.touched.filter { $0.hasSuffix(".html") }
        #expect(pages.sorted() == ["pathways/alpha/falls.html", "pathways/beta/falls.html"])
    }

    @Test("A deleted pathway's page is removed, and pages that listed it are rewritten")
    func deletedPathway() throws {
        let repository = try Repository()
        defer { repository.remove() }
        let before = try Self.identities(of: repository.site)
        try FileManager.default.removeItem(at: repository.content.appending(path: "systems/north/beta/falls.md"))
        let result = try repository.build()
        let after = try Self.identities(of: repository.site)
        #expect(after["pathways/beta/falls.html"] == nil)
        #expect(result.output?.removed == 1)
        #expect(Self.touched(before, after).contains("places/beta.html"))
        #expect(after["index.html"] == before["index.html"] || Self.touched(before, after).contains("index.html"))
    }

    @Test("A file changed by hand in the output is written again; others are left alone")
    func handEditedOutput() throws {
        let repository = try Repository()
        defer { repository.remove() }
        let page = repository.site.appending(path: "places/alpha.html")
        let original = try Data(contentsOf: page)
        // Same size, so only the modification time, after the build's, gives it away.
        var changed = original
        changed[changed.count - 2] = UInt8(ascii: "X")
        try changed.write(to: page)
        try FileManager.default.setAttributes([.modificationDate: Date() + 5], ofItemAtPath: page.path)
        let result = try repository.build()
        #expect(try Data(contentsOf: page) == original)
        #expect(result.output?.written == 1)
        #expect(result.output?.unchanged == 28)
    }

    @Test("A damaged record is noticed: every file is written again, with a note saying why")
    func damagedRecord() throws {
        let repository = try Repository()
        defer { repository.remove() }
        let marker = repository.site.appending(path: BuildRecord.file)
        let text = try String(contentsOf: marker, encoding: .utf8)
        try Data(text.replacingOccurrences(of: " index.html", with: " index.htm").utf8).write(to: marker)
        let result = try repository.build()
        #expect(result.output?.written == 29)
        #expect(
            result.output?.note
                == "the record of the previous build in \(marker.path) is damaged (its closing digest does not match its lines), so every file was written again"
        )
        // A deleted record costs only a full build, and says nothing.
        try FileManager.default.removeItem(at: marker)
        let again = try repository.build()
        #expect(again.output == SiteUpdate.Outcome(written: 29, unchanged: 0, removed: 0, note: nil))
    }

    @Test("A file streamed in pieces is written whole, and carried over untouched when its bytes did not change")
    func streamedFile() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appending(path: "Site")
        let writer = try SiteWriter(output: output, mustNotContain: [], mustNotBeInside: [])
        func build(_ pieces: [String]) throws -> SiteUpdate.Outcome {
            let update = try writer.begin()
            update.put("index.html", Array("home".utf8))
            update.put("reports/big.json") { emit in
                for piece in pieces { emit(Array(piece.utf8)) }
            }
            return try update.finish()
        }
        #expect(try build(["{\"a\":", "[1,", "2]}"]) == SiteUpdate.Outcome(written: 2, unchanged: 0, removed: 0))
        let file = output.appending(path: "reports/big.json")
        #expect(try String(contentsOf: file, encoding: .utf8) == "{\"a\":[1,2]}")
        let before = try Self.identities(of: output)
        // The same bytes in other pieces: nothing is written.
        #expect(try build(["{\"a\":[1,2", "]}"]) == SiteUpdate.Outcome(written: 0, unchanged: 2, removed: 0))
        #expect(try Self.identities(of: output) == before)
        #expect(try build(["{\"a\":[1,3]}"]) == SiteUpdate.Outcome(written: 1, unchanged: 1, removed: 0))
        #expect(try String(contentsOf: file, encoding: .utf8) == "{\"a\":[1,3]}")
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["Site"], "no staging is left behind")
    }

    @Test("The record lists every file with its size and digest, the same for the same site")
    func recordText() throws {
        var record = BuildRecord()
        record.entries["b.html"] = .init(size: 3, digest: 0xff)
        record.entries["a/x y.json"] = .init(size: 0, digest: Fingerprint([]).value)
        let text = record.text
        #expect(text.hasPrefix("waymark-record 2\ncbf29ce484222325 0 a/x y.json\n00000000000000ff 3 b.html\nend "))
        #expect(BuildRecord.reading(Substring("note\n\n" + text)) == .read(record))
        var withInputs = record
        withInputs.inputs = "0123456789abcdef"
        withInputs.check = #"{"pathways":1}"#
        #expect(withInputs.text.hasPrefix("waymark-record 2\ninputs 0123456789abcdef\ncheck {\"pathways\":1}\n"))
        #expect(BuildRecord.reading(Substring(withInputs.text)) == .read(withInputs))
        #expect(BuildRecord.reading("just a note\n") == .missing)
        #expect(
            BuildRecord.reading(Substring(text.replacingOccurrences(of: " 3 b.html", with: " 3 ../b.html")))
                == .damaged("line 3 is not a file's digest, size and path"))
        #expect(
            BuildRecord.reading(Substring(text.components(separatedBy: "end ")[0]))
                == .damaged("it has no closing digest"))
    }
}
