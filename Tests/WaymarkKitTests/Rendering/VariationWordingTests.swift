import Testing

@testable import WaymarkKit

@Suite("Variation wording")
struct VariationWordingTests {
    @Test(
        "A finding's message is cut at its backticks, the quoted codes set apart",
        arguments: [
            ("no code at all", ["no code at all"]),
            ("`eligibility.age_min` is 50 at `bedford`.", ["<eligibility.age_min>", " is 50 at ", "<bedford>", "."]),
            ("adds `nurse`", ["adds ", "<nurse>"]),
            ("an empty `` pair, then `ö–é`", ["an empty ", " pair, then ", "<ö–é>"]),
            ("an unclosed `quote", ["an unclosed ", "<quote>"]),
        ])
    func segments(_ message: String, _ expected: [String]) {
        let pieces = VariationWording.segments(message).map { $0.isCode ? "<\($0.text)>" : $0.text }
        #expect(pieces == expected)
    }
}
