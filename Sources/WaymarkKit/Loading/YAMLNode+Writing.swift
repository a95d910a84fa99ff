extension YAMLNode {
    /// The value on one line as a clinical lead would write it in front matter: `[mon, tue]`,
    /// `{from: "08:00", to: "20:00"}`, `"0113 496 0123"`. `inFlow` is for a value inside a flow
    /// list or group, where commas and brackets need quotes too. Diagnostics and the reference
    /// page both quote values this way.
    func yamlText(inFlow: Bool = false) -> String {
        switch value {
        case .null: "null"
        case .bool(let flag): flag ? "true" : "false"
        case .integer(let number): String(number)
        case .number(let number): YAMLNode.format(number)
        case .string(let text): Self.yamlScalar(text, inFlow: inFlow)
        case .sequence(let items): "[" + items.map { $0.yamlText(inFlow: true) }.joined(separator: ", ") + "]"
        case .mapping(let entries):
            "{" + entries.map { "\($0.key): " + $0.value.yamlText(inFlow: true) }.joined(separator: ", ") + "}"
        }
    }

    /// Text as written, or in double quotes when written plain it would read as something else
    /// (a number, true or false, YAML punctuation), or when it starts with a digit but is not a
    /// date: the content format asks for times and phone numbers in quotes.
    static func yamlScalar(_ text: String, inFlow: Bool) -> String {
        let indicators = "-?:,[]{}#&*!|>'\"%@`"
        let startsWithDigit = text.first.map { $0.isNumber || $0 == "+" } ?? false
        let plain =
            ScalarTyping.value(ofPlain: text) == .string(text)
            && !["yes", "no", "on", "off", "y", "n"].contains(text.lowercased())
            && text.first.map { !$0.isWhitespace && !indicators.contains($0) } == true
            && text.last?.isWhitespace == false
            && !text.contains(": ") && !text.hasSuffix(":") && !text.contains(" #")
            && !text.contains(where: \.isNewline)
            && !(inFlow && text.contains(where: { ",[]{}:".contains($0) }))
            && !(startsWithDigit && text.contains(where: { !$0.isNumber && $0 != "-" }))
        return plain ? text : JSONValue.string(text).serialized()
    }
}
