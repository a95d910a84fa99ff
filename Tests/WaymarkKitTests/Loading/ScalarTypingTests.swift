import Testing

@testable import WaymarkKit

@Suite("YAML 1.2 core-schema scalar typing")
struct ScalarTypingTests {
    @Test(
        "Plain scalars that YAML 1.1 would retype stay strings",
        arguments: [
            "20:00", "08:00", "no", "No", "yes", "on", "off", "y", "n", "08", "007", "2026-03-01", "1_000", "0b101",
            "+.5e", "1e", ".",
        ]
    )
    func staysString(_ text: String) {
        #expect(ScalarTyping.value(ofPlain: text) == .string(text))
    }

    @Test(
        "Core-schema values are typed",
        arguments: [
            ("", YAMLNode.Value.null), ("~", .null), ("null", .null), ("NULL", .null),
            ("true", .bool(true)), ("False", .bool(false)),
            ("0", .integer(0)), ("65", .integer(65)), ("-3", .integer(-3)), ("+7", .integer(7)),
            ("0x1F", .integer(31)), ("0o17", .integer(15)),
            ("4.5", .number(4.5)), ("0.5", .number(0.5)), (".5", .number(0.5)), ("1e3", .number(1000)),
            ("-2.5E-1", .number(-0.25)), (".inf", .number(.infinity)), ("-.Inf", .number(-.infinity)),
        ] as [(String, YAMLNode.Value)])
    func typed(_ text: String, _ expected: YAMLNode.Value) {
        #expect(ScalarTyping.value(ofPlain: text) == expected)
    }

    @Test("`.nan` is a number that is not a number")
    func notANumber() {
        guard case .number(let value) = ScalarTyping.value(ofPlain: ".nan") else {
            Issue.record("`.nan` should be a number")
            return
        }
        #expect(value.isNaN)
    }
}
