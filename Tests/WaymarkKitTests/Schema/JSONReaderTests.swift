import Testing

@testable import WaymarkKit

@Suite("Reading JSON with positions, and resolving schema URIs")
struct JSONReaderTests {
    @Test("Values keep their line and column; 1.0 stays a number and 1 an integer")
    func positions() throws {
        let root = try JSONReader.parse("{\n  \"a\": [1, 1.0, \"é\\u00e9\"],\n  \"b\": {\"c\": null}\n}")
        #expect(root.entry("a")?.keyPosition == SourcePosition(line: 2, column: 3))
        let items = try #require(root["a"]?.items)
        #expect(items.map(\.value) == [.integer(1), .number(1.0), .string("éé")])
        #expect(items[2].position == SourcePosition(line: 2, column: 17))
        #expect(root["b"]?["c"]?.position == SourcePosition(line: 3, column: 14))
        // Columns count characters, not bytes: `é` is two bytes of UTF-8 but one column.
        #expect(try JSONReader.parse("{\"é\": 1}")["é"]?.position == SourcePosition(line: 1, column: 7))
    }

    @Test(
        "Malformed JSON is reported where reading stopped",
        arguments: [
            ("{\"a\": 1,}", "expected a key in double quotes", 1, 9),
            ("{\"a\": 1 \"b\": 2}", "expected `}`", 1, 9),
            ("[1, 2", "expected `]`", 1, 6),
            ("{\"a\": 1, \"a\": 2}", "the key \"a\" is given twice in this object", 1, 10),
            ("{\"a\": 01}", "expected `}`", 1, 8),
            ("\"tab\there\"", "a control character must be escaped inside quotes", 1, 5),
            ("{\"a\": tru}", "expected `true`", 1, 10),
        ])
    func failures(_ text: String, _ message: String, _ line: Int, _ column: Int) {
        #expect(throws: JSONReader.Failure(message: message, position: SourcePosition(line: line, column: column))) {
            try JSONReader.parse(text)
        }
    }

    @Test(
        "References resolve against their base as RFC 3986 says",
        arguments: [
            (
                "waymark://content/schema/types/frailty.schema.json", "../pathway.schema.json#/$defs/eligibility",
                "waymark://content/schema/pathway.schema.json#/$defs/eligibility"
            ),
            ("http://localhost:1234/draft2020-12/tree.json", "node", "http://localhost:1234/draft2020-12/node"),
            ("http://example.com/a/b/c", "#foo", "http://example.com/a/b/c#foo"),
            ("http://example.com/a/b/c", "/x/./y/../z", "http://example.com/x/z"),
            (
                "urn:uuid:deadbeef-1234-ffff-ffff-4321feebdaed", "#/$defs/bar",
                "urn:uuid:deadbeef-1234-ffff-ffff-4321feebdaed#/$defs/bar"
            ),
            ("http://example.com/a", "https://other.org/s.json", "https://other.org/s.json"),
        ])
    func resolving(_ base: String, _ reference: String, _ expected: String) {
        #expect(SchemaURI(base).resolving(reference).description == expected)
    }

    @Test("A JSON Pointer fragment is percent-decoded and unescaped")
    func pointers() {
        #expect(SchemaURI.pointerTokens("/$defs/a~1b/c%25d/~0e") == ["$defs", "a/b", "c%d", "~e"])
        #expect(SchemaURI.pointerTokens("") == [])
        #expect(SchemaURI.pointerTokens("anchor") == nil)
    }
}
