import Foundation
import Testing

@testable import WaymarkKit

@Suite struct PatternProgramTests {
    /// Patterns the engine takes: those of the shipped schemas and the syntax around them.
    static let patterns = [
        "^[a-z0-9]+(-[a-z0-9]+)*$", "[^\t ]", "^[A-Z0-9]{3,6}$", "^([01][0-9]|2[0-3]):[0-5][0-9]$",
        "^(([01][0-9]|2[0-3]):[0-5][0-9]|24:00)$",
        "^(0|\\+44 ?)([1-9]( ?[0-9]){9}|8 ?0 ?0( ?[0-9]){6}|1 ?6 ?9 ?7 ?7( ?[0-9]){4})$",
        "a|b|", "(?:ab)+?c", "x{2}", "x{2,}", "x{0,3}y", "^$", "a.c", "[-a]", "[a-]", "[\\]\\-]", "\\.\\*",
        "^\\d+$", "\\w\\s\\W", "(a|ab)(c|bcd)(d*)$", "((a)|b)*c", "^\\u0041\\x42", "[^\\d\\s]", "colou?r",
        "(a*)*b",
    ]
    static let texts = [
        "", "a", "ab", "abc", "abcd", "ac", "xx", "xxx", "xy", "xxxy", "y", "08:30", "24:00", "24:01", "7:00",
        "leeds-falls", "Leeds", "-leeds", "ABC", "ABCDEFG", "01632 960 001", "+44 1632 960001", "0800 123456",
        "colour", "color", " ", "\t", "a b", "a.c", "a-c", "a*", "]", "-", "AB", "12", "1 2", "aaaaaaaaaaaaaaaaaaac",
        "bbc", "abcdd",
    ]

    @Test("On ASCII text the engine agrees with Foundation's on every pattern it takes")
    func agreesWithFoundation() throws {
        for pattern in Self.patterns {
            let program = try #require(PatternProgram(pattern), "\(pattern) should compile")
            let expression = try NSRegularExpression(pattern: pattern)
            for text in Self.texts {
                let expected = expression.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
                #expect(program.matches(text) == expected, "\(pattern) on \"\(text)\"")
            }
        }
    }

    @Test("Escapes, `.` and `$` mean what ECMAScript says, on Unicode scalars")
    func ecmaScriptMeanings() throws {
        let cases: [(pattern: String, text: String, matches: Bool)] = [
            ("^\\d$", "\u{0663}", false),  // ARABIC-INDIC DIGIT THREE is not [0-9]
            ("^\\w$", "é", false),
            ("^\\s$", "\u{00A0}", true),
            ("^.$", "🐲", true),  // one scalar, two UTF-16 units
            ("^[🐲]+$", "🐲🐲", true),
            ("^.$", "\n", false),
            ("^abc$", "abc\n", false),  // `$` is the end of the text, not of its last line
            ("^a", "ba", false),
            ("b$", "ab", true),
        ]
        for (pattern, text, matches) in cases {
            let program = try #require(PatternProgram(pattern))
            #expect(program.matches(text) == matches, "\(pattern) on \"\(text)\"")
        }
    }

    @Test(
        "What the engine does not take is left to Foundation's",
        arguments: [
            "\\bword", "(?=a)b", "(?!a)b", "(?<name>a)", "(a)\\1", "\\p{L}", "a{2,1}", "[]", "[^]", "a**", "*a", "a{",
            "]", "[\\D]", "[a-\\d]", "(ab", "ab)", "\\c", "a{1001}", "\\ud83d",
        ])
    func declines(_ pattern: String) {
        #expect(PatternProgram(pattern) == nil)
    }

    @Test("A pattern that backtracks exponentially elsewhere runs in linear time here")
    func noBacktracking() throws {
        let program = try #require(PatternProgram("^(a*)*(b|c*)*d$"))
        #expect(!program.matches(String(repeating: "a", count: 5000) + "c"))
        #expect(program.matches(String(repeating: "a", count: 5000) + "d"))
    }

    @Test("A schema's pattern uses the engine and still reports its violations")
    func schemaUsesTheEngine() throws {
        let node = try JSONReader.parse(#"{"pattern": "^[a-z]+$"}"#)
        var compiler = SchemaCompiler(documents: [("https://example.test/s.json", node)], assertFormats: false)
        let root = try compiler.compile("https://example.test/s.json")
        #expect(compiler.graph.nodes[root].pattern?.program != nil)
        let validator = SchemaValidator(graph: compiler.graph)
        let position = SourcePosition(line: 1, column: 1)
        #expect(validator.isValid(YAMLNode(.string("leeds"), at: position), against: root))
        #expect(!validator.violations(of: YAMLNode(.string("Leeds"), at: position), against: root).isEmpty)
    }
}
