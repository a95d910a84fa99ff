/// A YAML value from front matter or a data file, with the position of every key and value.
///
/// Values follow the JSON data model, which is what the YAML 1.2 core schema produces and what
/// JSON Schema validates: null, booleans, numbers, strings, sequences and mappings with string keys.
struct YAMLNode: Sendable, Hashable {
    /// The value itself.
    enum Value: Sendable, Hashable {
        case null
        case bool(Bool)
        case integer(Int)
        case number(Double)
        case string(String)
        case sequence([YAMLNode])
        case mapping([Entry])
    }

    /// One `key: value` pair of a mapping, in source order.
    struct Entry: Sendable, Hashable {
        /// The key as written.
        var key: String
        /// Where the key starts.
        var keyPosition: SourcePosition
        /// The value under the key.
        var value: YAMLNode
    }

    /// The value.
    var value: Value
    /// Where the value starts in the whole file.
    var position: SourcePosition
    /// A number as its author wrote it (`1.50`, `0x1F`), so that messages and pages quote it so.
    var written: String?

    /// Creates a node holding `value` at `position`; `written` is a number's text as written.
    init(_ value: Value, at position: SourcePosition, written: String? = nil) {
        self.value = value
        self.position = position
        self.written = written
    }
}

extension YAMLNode {
    /// The entries, when this is a mapping.
    var entries: [Entry]? {
        if case .mapping(let entries) = value { return entries }
        return nil
    }

    /// The items, when this is a sequence.
    var items: [YAMLNode]? {
        if case .sequence(let items) = value { return items }
        return nil
    }

    /// The text, when this is a string.
    var string: String? {
        if case .string(let text) = value { return text }
        return nil
    }

    /// The number, when this is a whole number.
    var integer: Int? {
        if case .integer(let number) = value { return number }
        return nil
    }

    /// Whether this is `null` (written `null`, `~` or left empty).
    var isNull: Bool { value == .null }

    /// The entry under `key`, when this is a mapping that has it.
    func entry(_ key: String) -> Entry? {
        entries?.first { $0.key == key }
    }

    /// The value under `key`, when this is a mapping that has it.
    subscript(key: String) -> YAMLNode? {
        entry(key)?.value
    }

    /// A short description of the value as a clinical lead wrote it, for "but found ..." messages.
    var foundDescription: String {
        switch value {
        case .null: "nothing (an empty value)"
        case .bool(let flag): "`\(flag)` (true or false)"
        case .integer(let number): "the number \(written ?? String(number))"
        case .number(let number): "the number \(written ?? YAMLNode.format(number))"
        case .string(let text): "the text \"\(text.count > 60 ? String(text.prefix(57)) + "..." : text)\""
        case .sequence: "a list"
        case .mapping: "a group of fields"
        }
    }

    /// A number written the shortest way: `4.5`, `6` rather than `6.0`.
    static func format(_ number: Double) -> String {
        if number.rounded() == number, abs(number) < 1e15 { return String(Int(number)) }
        return String(number)
    }
}
