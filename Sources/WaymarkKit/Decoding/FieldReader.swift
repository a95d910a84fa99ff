/// Reads the fields of one YAML mapping into typed values, without judging them: the file's
/// schema has already said whether its shape is right, so a value of another type, out of range
/// or not one of the choices is simply not read.
///
/// One thing no schema can say is what Waymark itself cannot do without: a value the model needs
/// (`required: true`) that a loosened schema lets a file leave out. That is reported as
/// `decode.needed`, at the value or where it should be. Nested groups and lists are read through
/// closures that gather the inner reader's reports.
struct FieldReader {
    /// The file being read.
    let document: SourceDocument
    /// The mapping being read, or `nil` when the value was not a mapping.
    let node: YAMLNode?
    /// The dotted path of this mapping: "" for the root, `hours.sessions[0]` for an item.
    let path: String
    /// Where to report a missing field: the key that holds this mapping.
    let anchor: SourcePosition
    /// What Waymark needed and did not find, and anything else the caller reported.
    private(set) var diagnostics: [Diagnostic] = []
    /// The keys asked for, so that `remainingEntries()` can give the others.
    private var known: [String] = []

    /// A reader for the front matter (or data file) of `document`.
    init(document: SourceDocument) {
        self.init(document: document, node: document.data, path: "", anchor: document.data.position)
    }

    private init(document: SourceDocument, node: YAMLNode?, path: String, anchor: SourcePosition) {
        self.document = document
        self.node = node
        self.path = path
        self.anchor = anchor
    }

    // MARK: Looking up

    /// The full dotted path of `key`.
    func fieldPath(_ key: String) -> String { path.isEmpty ? key : path + "." + key }

    /// The non-null value under `key`, remembering that `key` is known; a value the model needs
    /// and does not find is reported.
    private mutating func value(_ key: String, required: Bool, expected: String) -> YAMLNode? {
        known.append(key)
        guard let node else { return nil }
        guard let value = node[key], !value.isNull else {
            if required {
                let location = node.entry(key).map { document.location($0.keyPosition) } ?? document.location(anchor)
                diagnostics.append(.needed(fieldPath(key), expected: expected, found: nil, at: location))
            }
            return nil
        }
        return value
    }

    /// `nil`, after reporting `value` when the model needs it.
    private mutating func unread<Value>(_ value: YAMLNode, field: String, expected: String, required: Bool)
        -> Value?
    {
        if required {
            diagnostics.append(.needed(field, expected: expected, found: value, at: document.location(value.position)))
        }
        return nil
    }

    /// Reports a problem no schema can find, such as a time zone that does not exist.
    mutating func report(_ diagnostic: Diagnostic) { diagnostics.append(diagnostic) }

    // MARK: Scalars

    /// Text under `key`; text of nothing but spaces is not read.
    mutating func string(_ key: String, required: Bool = false) -> String? {
        guard let value = value(key, required: required, expected: "text") else { return nil }
        guard let text = value.string,
            text.utf8.contains(where: { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\t") })
        else { return unread(value, field: fieldPath(key), expected: "text", required: required) }
        return text
    }

    /// Text or a number written as is, such as a version `3` or `"3.1"`.
    mutating func text(_ key: String, required: Bool = false) -> String? {
        guard let value = value(key, required: required, expected: "text or a number") else { return nil }
        switch value.value {
        case .string(let text): return text
        case .integer(let number): return value.written ?? String(number)
        case .number(let number): return value.written ?? YAMLNode.format(number)
        default: return unread(value, field: fieldPath(key), expected: "text or a number", required: required)
        }
    }

    mutating func bool(_ key: String, required: Bool = false) -> Bool? {
        guard let value = value(key, required: required, expected: "true or false") else { return nil }
        guard case .bool(let flag) = value.value else {
            return unread(value, field: fieldPath(key), expected: "true or false", required: required)
        }
        return flag
    }

    mutating func integer(_ key: String, required: Bool = false) -> Int? {
        guard let value = value(key, required: required, expected: "a whole number") else { return nil }
        switch value.value {
        case .integer(let whole): return whole
        case .number(let decimal) where decimal.rounded() == decimal && abs(decimal) < 1e15: return Int(decimal)
        default: return unread(value, field: fieldPath(key), expected: "a whole number", required: required)
        }
    }

    mutating func number(_ key: String, required: Bool = false) -> Double? {
        guard let value = value(key, required: required, expected: "a number") else { return nil }
        switch value.value {
        case .integer(let whole): return Double(whole)
        case .number(let decimal) where decimal.isFinite: return decimal
        default: return unread(value, field: fieldPath(key), expected: "a number", required: required)
        }
    }

    mutating func date(_ key: String, required: Bool = false) -> CalendarDate? {
        guard let value = value(key, required: required, expected: "a date like 2026-03-01") else { return nil }
        return date(value, field: fieldPath(key), required: required)
    }

    mutating func date(_ value: YAMLNode, field: String, required: Bool = false) -> CalendarDate? {
        guard let text = value.string, let date = CalendarDate(text) else {
            return unread(value, field: field, expected: "a date like 2026-03-01", required: required)
        }
        return date
    }

    mutating func time(_ key: String, required: Bool = false) -> TimeOfDay? {
        guard let value = value(key, required: required, expected: "a time like \"08:00\"") else { return nil }
        guard let text = value.string, let time = TimeOfDay(text) else {
            return unread(value, field: fieldPath(key), expected: "a time like \"08:00\"", required: required)
        }
        return time
    }

    mutating func choice<Choice: ContentEnum>(_ key: String, required: Bool = false, as type: Choice.Type = Choice.self)
        -> Choice?
    {
        guard let value = value(key, required: required, expected: Choice.choices) else { return nil }
        return choice(value, field: fieldPath(key), required: required)
    }

    mutating func choice<Choice: ContentEnum>(_ value: YAMLNode, field: String, required: Bool = false) -> Choice? {
        guard let text = value.string, let choice = Choice(rawValue: text) else {
            return unread(value, field: field, expected: Choice.choices, required: required)
        }
        return choice
    }

    /// An identifier referring to another file, such as a system or a governance body.
    mutating func identifier(_ key: String, required: Bool = false, of kind: String) -> String? {
        guard let value = value(key, required: required, expected: "the id of a \(kind)") else { return nil }
        return identifier(value, field: fieldPath(key), of: kind, required: required)
    }

    mutating func identifier(_ value: YAMLNode, field: String, of kind: String, required: Bool = false) -> String? {
        guard let text = value.string, Identifier.isValid(text) else {
            return unread(value, field: field, expected: "the id of a \(kind)", required: required)
        }
        return text
    }

    // MARK: Lists and groups

    /// The items of the list under `key` that `read` can read; `[]` when there is no list.
    mutating func list<Item>(
        _ key: String, required: Bool = false, _ read: (inout FieldReader, YAMLNode, String) -> Item?
    ) -> [Item] {
        guard let value = value(key, required: required, expected: "a list") else { return [] }
        guard let items = value.items else {
            return unread(value, field: fieldPath(key), expected: "a list", required: required) ?? []
        }
        let field = fieldPath(key)
        return items.enumerated().compactMap { offset, item in read(&self, item, "\(field)[\(offset)]") }
    }

    /// A list of identifiers, such as `systems: [west-yorkshire]`.
    mutating func identifiers(_ key: String, required: Bool = false, of kind: String) -> [String] {
        list(key, required: required) { reader, item, field in reader.identifier(item, field: field, of: kind) }
    }

    /// A list of text items.
    mutating func strings(_ key: String, required: Bool = false) -> [String] {
        list(key, required: required) { _, item, _ in item.string }
    }

    /// A list of choices, such as `methods: [phone, cad]`.
    mutating func choices<Choice: ContentEnum>(
        _ key: String, required: Bool = false, as type: Choice.Type = Choice.self
    ) -> [Choice] {
        list(key, required: required) { reader, item, field in reader.choice(item, field: field) }
    }

    /// Reads the group under `key` with `read`, which gets a reader for it.
    mutating func group<Value>(_ key: String, required: Bool = false, _ read: (inout FieldReader) -> Value?) -> Value? {
        guard let value = value(key, required: required, expected: "a group of fields") else { return nil }
        let anchor = node?.entry(key)?.keyPosition ?? value.position
        return nested(value, path: fieldPath(key), anchor: anchor, required: required, read)
    }

    /// Reads a mapping that is an item of a list.
    mutating func item<Value>(_ value: YAMLNode, field: String, _ read: (inout FieldReader) -> Value?) -> Value? {
        nested(value, path: field, anchor: value.position, required: false, read)
    }

    private mutating func nested<Value>(
        _ value: YAMLNode, path: String, anchor: SourcePosition, required: Bool, _ read: (inout FieldReader) -> Value?
    ) -> Value? {
        guard value.entries != nil else {
            return unread(value, field: path, expected: "a group of fields", required: required)
        }
        var inner = FieldReader(document: document, node: value, path: path, anchor: anchor)
        let result = read(&inner)
        diagnostics += inner.diagnostics
        return result
    }

    /// The entries not asked for, such as a pathway's type-specific thresholds.
    func remainingEntries() -> [YAMLNode.Entry] {
        let asked = Set(known)
        return node?.entries?.filter { !asked.contains($0.key) } ?? []
    }
}
