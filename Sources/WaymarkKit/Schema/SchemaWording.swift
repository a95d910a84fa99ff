/// Schema terms in the words of the content format: types ("whole number, or empty"), limits,
/// and example values written as YAML.
enum SchemaWording {
    // MARK: - Types

    /// "text", "whole number, or empty", "list of text", "group of fields"; `items` are the types
    /// of a list's items.
    static func typePhrase(_ types: Set<String>?, items: Set<String>?) -> String {
        guard let types else { return "any value" }
        let words = words(for: types, plural: false, items: items)
        guard !words.isEmpty else { return types.contains("null") ? "empty" : "nothing" }
        return list(words) + (types.contains("null") ? ", or empty" : "")
    }

    private static func words(for types: Set<String>, plural: Bool, items: Set<String>?) -> [String] {
        var words: [String] = []
        for type in ["string", "integer", "number", "boolean", "array", "object"] where types.contains(type) {
            switch type {
            case "string": words.append("text")
            case "integer" where !types.contains("number"): words.append(plural ? "whole numbers" : "whole number")
            case "integer": break
            case "number": words.append(plural ? "numbers" : "number")
            case "boolean": words.append(plural ? "true or false values" : "true or false")
            case "array":
                let itemWords = items.map { self.words(for: $0, plural: true, items: nil) } ?? []
                words.append(plural ? "lists" : itemWords.isEmpty ? "list" : "list of " + list(itemWords))
            default: words.append(plural ? "groups of fields" : "group of fields")
            }
        }
        return words
    }

    /// The JSON type of a value, as JSON Schema names it.
    static func jsonType(_ value: YAMLNode) -> String {
        switch value.value {
        case .null: "null"
        case .bool: "boolean"
        case .integer: "integer"
        case .number: "number"
        case .string: "string"
        case .sequence: "array"
        case .mapping: "object"
        }
    }

    /// The types both sets allow, where every integer is also a number.
    static func intersect(_ left: Set<String>, _ right: Set<String>) -> Set<String> {
        var both = left.intersection(right)
        if left.contains("number") && right.contains("integer") || right.contains("number") && left.contains("integer")
        {
            both.insert("integer")
        }
        return both
    }

    /// What a `format` asks for, for the formats content uses.
    static func format(_ name: String) -> String? {
        switch name {
        case "date": "a date written year-month-day"
        case "email": "an e-mail address"
        case "uri", "iri": "a full web address"
        default: nil
        }
    }

    // MARK: - Words

    /// "a", "a or b", "a, b, or c".
    static func list(_ words: [String], or conjunction: String = "or") -> String {
        switch words.count {
        case 0: ""
        case 1: words[0]
        case 2: "\(words[0]) \(conjunction) \(words[1])"
        default: words.dropLast().joined(separator: ", ") + ", \(conjunction) " + words[words.count - 1]
        }
    }

    /// "1 item", "3 items".
    static func count(_ number: Int, _ noun: String) -> String { "\(number) \(noun)\(number == 1 ? "" : "s")" }

    /// The text with its first letter in capitals.
    static func capitalised(_ text: String) -> String { text.prefix(1).uppercased() + text.dropFirst() }

    /// `bankHolidayRule` → `bank-holiday-rule`.
    static func hyphenated(_ name: String) -> String {
        var result = ""
        for character in name {
            if character.isUppercase, !result.isEmpty { result += "-" }
            result += character.lowercased()
        }
        return result
    }

    // MARK: - YAML

    /// `key: value` as a clinical lead writes it: groups of fields in block style, short lists and
    /// list items in flow style, text quoted only where YAML (or the content format) needs it.
    static func yaml(key: String, value: YAMLNode) -> String {
        lines(key: key, value: value, indent: "").joined(separator: "\n")
    }

    private static func lines(key: String, value: YAMLNode, indent: String) -> [String] {
        switch value.value {
        case .mapping(let entries) where !entries.isEmpty:
            return ["\(indent)\(key):"] + entries.flatMap { lines(key: $0.key, value: $0.value, indent: indent + "  ") }
        case .sequence(let items) where items.contains(where: { $0.entries != nil || $0.items != nil }):
            return ["\(indent)\(key):"] + items.map { "\(indent)  - " + $0.yamlText(inFlow: true) }
        default:
            return ["\(indent)\(key): " + value.yamlText()]
        }
    }
}
