import Testing

@testable import WaymarkKit

@Suite("Diagnostics printed as text, JSON and GitHub annotations")
struct FormatTests {
    let diagnostic = Diagnostic(
        .error, code: "reference.unknown", message: "`governance.approved_by` names `x, y: z`",
        at: SourceLocation(file: "Content/a,b.md", line: 12, column: 3),
        field: "governance.approved_by", hint: "did you mean `y`?\n100% sure",
        notes: [
            Diagnostic.Note("the body is here", at: SourceLocation(file: "Content/governance/y.md", line: 1, column: 1))
        ])

    @Test("Text: path:line:col: severity: message [code], then the hint and notes")
    func text() {
        #expect(
            diagnostic.textDescription == """
                Content/a,b.md:12:3: error: `governance.approved_by` names `x, y: z` [reference.unknown]
                    hint: did you mean `y`?
                100% sure
                Content/governance/y.md:1:1: note: the body is here
                """)
    }

    @Test("GitHub: one workflow command, with properties and data escaped")
    func github() {
        #expect(
            diagnostic.githubDescription
                == "::error file=Content/a%2Cb.md,line=12,col=3,title=reference.unknown::`governance.approved_by` names `x, y: z`%0Ahint: did you mean `y`?%0A100%25 sure%0Anote: Content/governance/y.md:1:1: the body is here"
        )
        let whole = Diagnostic(.warning, code: "layout.unexpected-file", message: "m", at: SourceLocation(file: "f"))
        #expect(whole.githubDescription == "::warning file=f,title=layout.unexpected-file::m")
    }

    @Test("JSON: the documented keys, escaped, in a stable order")
    func json() throws {
        let report = FindingsReport(diagnostics: [diagnostic], pathways: 3, places: 2, systems: 1, trusts: 1)
        #expect(
            report.json.serialized() == """
                {"summary":{"errors":1,"warnings":0,"pathways":3,"places":2,"systems":1,"trusts":1,"unwarranted":0,"warranted":0},"diagnostics":[{"severity":"error","code":"reference.unknown","message":"`governance.approved_by` names `x, y: z`","file":"Content/a,b.md","line":12,"column":3,"field":"governance.approved_by","hint":"did you mean `y`?\\n100% sure","notes":[{"message":"the body is here","file":"Content/governance/y.md","line":1,"column":1}]}],"variation":[]}
                """)
        #expect(report.compactJSON == Array(report.json.serialized().utf8))
        // findings.json is written a finding at a time, and reads the same as the whole tree.
        let checked = Pipeline.check(try TestSupport.loadFixture("variation"))
        #expect(checked.report.variation.findings.count > 5)
        #expect(checked.report.compactJSON == Array(checked.report.json.serialized().utf8))
        #expect(JSONValue.string("a\u{1}\"\\\t").serialized() == "\"a\\u0001\\\"\\\\\\t\"")
        #expect(JSONValue.object([]).serialized(pretty: true) == "{}\n")
        #expect(JSONValue.array([.integer(1), .null]).serialized(pretty: true) == "[\n  1,\n  null\n]\n")
    }

    @Test("--strict raises warnings to errors and leaves notes alone")
    func strict() {
        let warning = Diagnostic(.warning, code: "w", message: "m", at: SourceLocation(file: "f"))
        let note = Diagnostic(.note, code: "n", message: "m", at: SourceLocation(file: "f"))
        #expect(warning.escalated().severity == .error)
        #expect(note.escalated().severity == .note)
    }
}
