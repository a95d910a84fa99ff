import Foundation
import Testing

@testable import WaymarkKit

@Suite("Front matter and YAML with whole-file positions")
struct YAMLReaderTests {
    @Test("A nested value's position is its own line and column in the whole file")
    func nestedPosition() throws {
        let (document, diagnostics) = TestSupport.parse(validPathway, as: .place(system: "s", id: "p"))
        #expect(diagnostics.isEmpty)
        let data = try #require(document?.data)
        // `"08:00"` on line 7: `    - {days: [...], from: "08:00", ...}`; the value starts at its quote.
        let from = try #require(data.node(at: "hours.sessions[0].from"))
        #expect(from.position == SourcePosition(line: 7, column: 47))
        #expect(from.value == .string("08:00"))
        let age = try #require(data.node(at: "eligibility.age_min"))
        #expect(age.position == SourcePosition(line: 10, column: 12))
        #expect(data.entry("governance")?.keyPosition == SourcePosition(line: 17, column: 1))
    }

    @Test("An error in a nested value points at that value, with its field path")
    func nestedErrorPosition() throws {
        let falls = "systems/north/alpha/falls.md"
        let broken = try TestSupport.minimal(falls, replacing: "age_min: 65", with: "age_min: sixty-five")
        let diagnostics = try TestSupport.checkMinimal([falls: broken]).report.diagnostics
        #expect(
            TestSupport.lines(diagnostics) == [
                "Content/systems/north/alpha/falls.md:15:12: error: `eligibility.age_min` should be a whole number of years from 0 to 130, but found the text \"sixty-five\" [schema.type]"
            ])
        #expect(diagnostics.first?.field == "eligibility.age_min")
    }

    @Test("`20:00`, `no` and `on` stay strings when unquoted")
    func stringsStayStrings() throws {
        let text = "---\nfrom: 20:00\nflag: no\non: yes\ncode: 08\n---\n"
        let (document, diagnostics) = TestSupport.parse(text, as: .trust(id: "t"))
        #expect(diagnostics.isEmpty)
        let data = try #require(document?.data)
        #expect(data["from"]?.value == .string("20:00"))
        #expect(data["flag"]?.value == .string("no"))
        #expect(data["on"]?.value == .string("yes"))
        #expect(data["code"]?.value == .string("08"))
    }

    @Test("A duplicate key is reported at its second occurrence")
    func duplicateKey() {
        let text = "---\nname: A\nregion: North\nname: B\n---\n"
        let (document, diagnostics) = TestSupport.parse(text, as: .trust(id: "t"), path: "Content/trusts/t.md")
        #expect(document == nil)
        #expect(
            TestSupport.lines(diagnostics) == [
                "Content/trusts/t.md:4:1: error: `name` is given twice in the same group (first on line 2) [yaml.duplicate-key]"
            ])
        #expect(diagnostics.first?.hint == "keep the one you mean and delete the other")
        #expect(
            diagnostics.first?.notes == [
                Diagnostic.Note(
                    "`name` is first given here", at: SourceLocation(file: "Content/trusts/t.md", line: 2, column: 1))
            ])
    }

    @Test("A duplicate key in a nested group and in a flow mapping")
    func nestedAndFlowDuplicates() {
        let nested = "---\nhours:\n  always: true\n  bank_holidays: open\n  always: false\n---\n"
        #expect(
            TestSupport.lines(TestSupport.parse(nested, as: .trust(id: "t"), path: "t.md").1) == [
                "t.md:5:3: error: `always` is given twice in the same group (first on line 3) [yaml.duplicate-key]"
            ])
        let flow = "---\nsession: {from: \"08:00\", to: \"09:00\", from: \"10:00\"}\n---\n"
        #expect(
            TestSupport.lines(TestSupport.parse(flow, as: .trust(id: "t"), path: "t.md").1) == [
                "t.md:2:39: error: `from` is given twice in the same group (first on line 2) [yaml.duplicate-key]"
            ])
    }

    @Test("Tabs in indentation are reported where the tab is")
    func tabs() {
        let text = "---\nname: A\nhours:\n\talways: true\n  x:\n  \t- 1\n---\n"
        let (document, diagnostics) = TestSupport.parse(text, as: .trust(id: "t"), path: "t.md")
        #expect(document == nil)
        #expect(
            TestSupport.lines(diagnostics) == [
                "t.md:4:1: error: a tab is used for indentation here; YAML allows only spaces [yaml.tab]",
                "t.md:6:3: error: a tab is used for indentation here; YAML allows only spaces [yaml.tab]",
            ])
    }

    @Test("A tab inside a value is not indentation")
    func tabInValue() {
        let (document, diagnostics) = TestSupport.parse("---\nname: \"A\tB\"\n---\n", as: .trust(id: "t"))
        #expect(diagnostics.isEmpty)
        #expect(document?.data["name"]?.value == .string("A\tB"))
    }

    @Test("A tab after a colon separates, as YAML allows; a tab after a list's dash is indentation")
    func tabAfterColon() {
        let (document, diagnostics) = TestSupport.parse("---\nname:\tA\nsystems: [a]\n---\n", as: .trust(id: "t"))
        #expect(diagnostics.isEmpty)
        #expect(document?.data["name"]?.value == .string("A"))
        let (_, dashed) = TestSupport.parse("---\nname: A\nsystems:\n  -\ta\n---\n", as: .trust(id: "t"), path: "t.md")
        #expect(
            TestSupport.lines(dashed) == [
                "t.md:4:4: error: a tab is used for indentation here; YAML allows only spaces [yaml.tab]"
            ])
    }

    @Test("Anchors and aliases are each reported at their position")
    func anchorsAndAliases() {
        let text = "---\nbase: &hours\n  always: true\ncopy: *hours\nagain: [*hours]\n---\n"
        let (_, diagnostics) = TestSupport.parse(text, as: .trust(id: "t"), path: "t.md")
        #expect(
            TestSupport.lines(diagnostics) == [
                "t.md:2:7: error: YAML anchors (`&hours`) are not allowed in content [yaml.anchor]",
                "t.md:4:7: error: YAML aliases (`*hours`) are not allowed in content [yaml.alias]",
                "t.md:5:9: error: YAML aliases (`*hours`) are not allowed in content [yaml.alias]",
            ])
    }

    @Test("An alias to an undefined anchor is an alias error")
    func undefinedAlias() {
        let (_, diagnostics) = TestSupport.parse("---\ncopy: *nowhere\n---\n", as: .trust(id: "t"), path: "t.md")
        #expect(
            TestSupport.lines(diagnostics) == [
                "t.md:2:7: error: YAML aliases (`*nowhere`) are not allowed in content [yaml.alias]"
            ])
    }

    @Test("Explicit tags are reported")
    func tags() {
        let (_, diagnostics) = TestSupport.parse("---\nage: !!str 65\n---\n", as: .trust(id: "t"), path: "t.md")
        #expect(
            TestSupport.lines(diagnostics) == [
                "t.md:2:6: error: YAML tags (`!!str`) are not allowed in content [yaml.tag]"
            ])
    }

    @Test("A list or group as a key is reported")
    func complexKey() {
        let (_, diagnostics) = TestSupport.parse("---\n? [a, b]\n: 1\n---\n", as: .trust(id: "t"), path: "t.md")
        #expect(
            TestSupport.lines(diagnostics) == [
                "t.md:2:3: error: a field name must be plain text, not a list or a group [yaml.complex-key]"
            ])
    }

    @Test("A missing front matter is reported at the start of the file")
    func missingFrontMatter() {
        let (document, diagnostics) = TestSupport.parse(
            "# Falls\n\nNo front matter.\n", as: .trust(id: "t"), path: "t.md")
        #expect(document == nil)
        #expect(
            TestSupport.lines(diagnostics) == [
                "t.md:1:1: error: this file has no front matter: its first line must be `---` [front-matter.missing]"
            ])
    }

    @Test("An unterminated front matter is reported at its opening line")
    func unterminatedFrontMatter() {
        let (_, diagnostics) = TestSupport.parse("---\nname: A\n\nBody\n", as: .trust(id: "t"), path: "t.md")
        #expect(
            TestSupport.lines(diagnostics) == [
                "t.md:1:1: error: the front matter that starts here is never closed [front-matter.unterminated]"
            ])
    }

    @Test("Front matter that is a list rather than fields is reported")
    func notAMapping() {
        let (_, diagnostics) = TestSupport.parse("---\n- a\n- b\n---\n", as: .trust(id: "t"), path: "t.md")
        #expect(
            TestSupport.lines(diagnostics) == [
                "t.md:2:1: error: the front matter must be a group of `field: value` lines, but found a list [front-matter.not-mapping]"
            ])
    }

    @Test("Invalid YAML is reported at libyaml's position, with a hint for the usual cause")
    func syntaxError() throws {
        let (_, diagnostics) = TestSupport.parse(
            "---\nname: A\nsummary: Note: bring the form\n---\n", as: .trust(id: "t"), path: "t.md")
        #expect(
            TestSupport.lines(diagnostics) == [
                "t.md:3:14: error: this is not valid YAML: mapping values are not allowed in this context [yaml.syntax]"
            ])
        #expect(diagnostics.first?.hint?.contains("must be put in quotes") == true)
    }

    @Test("An empty front matter is an empty group")
    func emptyFrontMatter() {
        let (document, diagnostics) = TestSupport.parse("---\n---\nBody\n", as: .trust(id: "t"))
        #expect(diagnostics.isEmpty)
        #expect(document?.data.entries == [])
        #expect(document?.body == "Body\n")
        #expect(document?.bodyFirstLine == 3)
    }

    @Test("CRLF line endings and a byte order mark load, with the same positions")
    func crlfAndBOM() throws {
        let crlf = "\u{FEFF}" + validPathway.replacingOccurrences(of: "\n", with: "\r\n")
        let source = try #require(SourceText(path: "t.md", data: Data(crlf.utf8)))
        let (document, diagnostics) = SourceDocument.parse(source, as: .place(system: "s", id: "p"))
        #expect(diagnostics.isEmpty)
        let data = try #require(document?.data)
        #expect(data.node(at: "eligibility.age_min")?.position == SourcePosition(line: 10, column: 12))
        #expect(data["title"]?.value == .string("Falls response, Test Place"))
        #expect(document?.body == "Body text.\n")
    }

    @Test("A file that is not UTF-8 is refused")
    func notUTF8() {
        #expect(SourceText(path: "t.md", data: Data([0x2D, 0x2D, 0x2D, 0x0A, 0xFF, 0xFE])) == nil)
    }

    @Test("A number keeps the text it was written as, for messages and pages")
    func numbersAsWritten() throws {
        let (document, diagnostics) = TestSupport.parse(
            "---\nversion: 1.50\nage: 0x41\nbig: 1e20\n---\n", as: .trust(id: "t"))
        #expect(diagnostics.isEmpty)
        let data = try #require(document?.data)
        #expect(data["version"]?.written == "1.50")
        #expect(data["version"]?.value == .number(1.5))
        #expect(data["age"]?.value == .integer(65))
        #expect(data["age"]?.foundDescription == "the number 0x41")
        #expect(data["big"]?.foundDescription == "the number 1e20")
    }

    @Test("A merge key is reported and its value left out; the rest of the group is read")
    func mergeKey() throws {
        let (document, diagnostics) = TestSupport.parse(
            "---\nhours:\n  <<: {always: true}\n  bank_holidays: open\n---\n", as: .trust(id: "t"), path: "t.md")
        #expect(
            TestSupport.lines(diagnostics) == [
                "t.md:3:3: error: YAML merge keys (`<<`) are not allowed in content [yaml.merge-key]"
            ])
        let hours = try #require(document?.data["hours"])
        #expect(hours.entries?.map(\.key) == ["bank_holidays"])
    }

    @Test("A hidden character in a field name is reported at the character, under the group's path")
    func hiddenCharacterInKey() {
        let (_, diagnostics) = TestSupport.parse(
            "---\nhours:\n  al\u{200B}ways: true\n---\n", as: .trust(id: "t"), path: "t.md")
        #expect(
            TestSupport.lines(diagnostics) == [
                "t.md:3:5: error: `hours` contains U+200B ZERO WIDTH SPACE, an invisible character, which no reader can see [text.hidden-character]"
            ])
        #expect(diagnostics.first?.field == "hours")
    }

    @Test("Anchors and aliases past the first twenty are counted in one more diagnostic")
    func cappedListing() {
        let text = "---\n" + (0..<30).map { "k\($0): &a\($0) v\n" }.joined() + "---\n"
        let (_, diagnostics) = TestSupport.parse(text, as: .trust(id: "t"), path: "t.md")
        #expect(diagnostics.count == 21)
        #expect(
            TestSupport.lines(diagnostics).last
                == "t.md:22:6: error: 10 more problems of the kinds listed above follow from here; only the first 20 in a file are listed [yaml.more-problems]"
        )
    }

    @Test("A carriage return before a combining mark is a line break, as YAML counts it (found by the fuzzer)")
    func carriageReturnBeforeCombiningMark() throws {
        let source = try #require(SourceText(path: "t.yaml", data: Data("a: 1\r\u{308}b: 2\r\nc: \u{2}\n".utf8)))
        #expect(source.text == "a: 1\n\u{308}b: 2\nc: \u{2}\n")
        let (_, diagnostics) = SourceDocument.parse(source, as: .bankHolidays)
        #expect(
            TestSupport.lines(diagnostics) == [
                "t.yaml:3:4: error: the text contains U+0002 START OF TEXT, a control character, which is not text [text.hidden-character]"
            ])
        // The fuzzer's input, which crashed the reader when its lines and libyaml's disagreed.
        let input = try Data(contentsOf: TestSupport.fixtures.appending(path: "fuzz/cr-before-combining-mark"))
        let fuzzed = try #require(SourceText(path: "t.yaml", data: input.dropFirst()))
        _ = SourceDocument.parse(fuzzed, as: .bankHolidays)
    }

    @Test(
        "Line and paragraph separators and NEXT LINE are reported where they stand, before YAML counts them as breaks")
    func unicodeLineBreaks() {
        let text = "---\ntitle: A\u{2028}B\nsummary: C\u{85}D\nowner: E\u{2029}\n---\nBody\n"
        let (document, diagnostics) = TestSupport.parse(text, as: .trust(id: "t"), path: "t.md")
        #expect(document == nil)
        #expect(
            TestSupport.lines(diagnostics) == [
                "t.md:2:9: error: the text contains U+2028 LINE SEPARATOR, an invisible character, which no reader can see [text.hidden-character]",
                "t.md:3:11: error: the text contains U+0085 NEXT LINE, a control character, which is not text [text.hidden-character]",
                "t.md:4:9: error: the text contains U+2029 PARAGRAPH SEPARATOR, an invisible character, which no reader can see [text.hidden-character]",
            ])
    }
}
