/// Reads the fields of one YAML mapping into typed values, collecting a diagnostic for every
/// value that is missing, of the wrong type or malformed, at that value's own position.
///
/// The reader remembers every key it was asked for, so `finish()` can report the keys nobody
/// asked for as unknown, with a "did you mean" for near misses. Nested groups and lists are
/// read through closures that finish the inner reader automatically.
struct FieldReader {
    /// The file being read.
    let document: SourceDocument
    /// The mapping being read, or `nil` when the value was not a mapping (already reported).
    let node: YAMLNode?
    /// The dotted path of this mapping: "" for the root, `hours.sessions[0]` for an item.
    let path: String
    /// Where to report a missing field: the key that holds this mapping.
    let anchor: SourcePosition
    /// What has gone wrong so far.
    private(set) var diagnostics: [Diagnostic] = []
    /// The keys asked for, to spot unknown ones.
    private var known: [String] = []
    /// Keys allowed beyond those asked for (type-specific extras read by the caller).
    private var extraKeys: Set<String> = []

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

    /// The non-null value under `key`, remembering that `key` is known.
    private mutating func value(_ key: String, required: Bool, expected: String) -> YAMLNode? {
        known.append(key)
        guard let node else { return nil }
        guard let value = node[key], !value.isNull else {
            if required {
                let location = node.entry(key).map { document.location($0.keyPosition) } ?? document.location(anchor)
                diagnostics.append(.missingField(fieldPath(key), expected: expected, in: path, at: location))
            }
            return nil
        }
        return value
    }

    /// Reports a value of the wrong type.
    mutating func mismatch(_ value: YAMLNode, field: String, expected: String, hint: String? = nil) {
        diagnostics.append(
            .wrongType(field, expected: expected, found: value, at: document.location(value.position), hint: hint))
    }

    /// Reports a problem with a value of the right type but the wrong form.
    mutating func report(_ diagnostic: Diagnostic) { diagnostics.append(diagnostic) }

    // MARK: Scalars

    /// Text under `key`. Numbers and booleans are not silently turned into text: `version: 3` is
    /// read by `text(_:)`, which accepts them.
    mutating func string(_ key: String, required: Bool = false) -> String? {
        guard let value = value(key, required: required, expected: "text") else { return nil }
        guard let text = value.string else {
            mismatch(value, field: fieldPath(key), expected: "text", hint: "put the value in quotes")
            return nil
        }
        guard text.utf8.contains(where: { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\t") }) else {
            if required {
                diagnostics.append(
                    .missingField(fieldPath(key), expected: "text", in: path, at: document.location(value.position)))
            }
            return nil
        }
        return text
    }

    /// Text or a number written as is, such as a version `3` or `"3.1"`.
    mutating func text(_ key: String, required: Bool = false) -> String? {
        guard let value = value(key, required: required, expected: "text or a number") else { return nil }
        switch value.value {
        case .string(let text): return text
        case .integer(let number): return value.written ?? String(number)
        case .number(let number): return value.written ?? YAMLNode.format(number)
        default:
            mismatch(value, field: fieldPath(key), expected: "text or a number")
            return nil
        }
    }

    mutating func bool(_ key: String, required: Bool = false) -> Bool? {
        guard let value = value(key, required: required, expected: "true or false") else { return nil }
        guard case .bool(let flag) = value.value else {
            let hint = value.string.flatMap {
                ["yes", "no", "on", "off", "y", "n"].contains($0.lowercased())
                    ? "write `true` or `false`: `\($0)` is read as text" : nil
            }
            mismatch(value, field: fieldPath(key), expected: "true or false", hint: hint)
            return nil
        }
        return flag
    }

    mutating func integer(_ key: String, required: Bool = false, in range: ClosedRange<Int>? = nil, unit: String = "")
        -> Int?
    {
        let expected = "a whole number" + unit
        guard let value = value(key, required: required, expected: expected) else { return nil }
        let number: Int
        switch value.value {
        case .integer(let whole): number = whole
        case .number(let decimal) where decimal.rounded() == decimal && abs(decimal) < 1e15: number = Int(decimal)
        default:
            mismatch(
                value, field: fieldPath(key), expected: expected,
                hint: value.string.flatMap { Int($0) } != nil ? "remove the quotes" : nil)
            return nil
        }
        if let range, !range.contains(number) {
            diagnostics.append(
                .outOfRange(
                    fieldPath(key), expected: "\(range.lowerBound) to \(range.upperBound)", found: value,
                    at: document.location(value.position)))
            return nil
        }
        return number
    }

    mutating func number(_ key: String, required: Bool = false) -> Double? {
        guard let value = value(key, required: required, expected: "a number") else { return nil }
        switch value.value {
        case .integer(let whole): return Double(whole)
        case .number(let decimal) where decimal.isFinite: return decimal
        default:
            mismatch(value, field: fieldPath(key), expected: "a number")
            return nil
        }
    }

    mutating func date(_ key: String, required: Bool = false) -> CalendarDate? {
        guard let value = value(key, required: required, expected: "a date like 2026-03-01") else { return nil }
        return date(value, field: fieldPath(key))
    }

    mutating func date(_ value: YAMLNode, field: String) -> CalendarDate? {
        guard let text = value.string, let date = CalendarDate(text) else {
            if value.string != nil {
                diagnostics.append(
                    .badFormat(
                        field, expected: "a date like 2026-03-01 (year-month-day, a day that exists)", found: value,
                        at: document.location(value.position)))
            } else {
                mismatch(value, field: field, expected: "a date like 2026-03-01")
            }
            return nil
        }
        return date
    }

    mutating func time(_ key: String, required: Bool = false) -> TimeOfDay? {
        guard let value = value(key, required: required, expected: "a time like 08:00") else { return nil }
        guard let text = value.string, let time = TimeOfDay(text) else {
            let hint =
                value.string == nil
                ? "write the time in quotes, 24-hour, as \"08:00\""
                : "use two digits for hours and minutes, 24-hour, from \"00:00\" to \"24:00\""
            diagnostics.append(
                .badFormat(
                    fieldPath(key), expected: "a time like \"08:00\"", found: value,
                    at: document.location(value.position), hint: hint))
            return nil
        }
        return time
    }

    mutating func choice<Choice: ContentEnum>(_ key: String, required: Bool = false, as type: Choice.Type = Choice.self)
        -> Choice?
    {
        guard let value = value(key, required: required, expected: Choice.choices) else { return nil }
        return choice(value, field: fieldPath(key))
    }

    mutating func choice<Choice: ContentEnum>(_ value: YAMLNode, field: String) -> Choice? {
        guard let text = value.string, let choice = Choice(rawValue: text) else {
            let hint = value.string.flatMap { Suggestion.closest(to: $0, among: Choice.allCases.map(\.rawValue)) }.map {
                "did you mean `\($0)`?"
            }
            diagnostics.append(
                .notAChoice(
                    field, expected: Choice.choices, found: value, at: document.location(value.position), hint: hint))
            return nil
        }
        return choice
    }

    /// An identifier referring to another file, such as a system or a governance body.
    mutating func identifier(_ key: String, required: Bool = false, of kind: String) -> String? {
        guard let value = value(key, required: required, expected: "the id of a \(kind)") else { return nil }
        return identifier(value, field: fieldPath(key), of: kind)
    }

    mutating func identifier(_ value: YAMLNode, field: String, of kind: String) -> String? {
        guard let text = value.string, Identifier.isValid(text) else {
            diagnostics.append(
                .badIdentifierValue(field, kind: kind, found: value, at: document.location(value.position)))
            return nil
        }
        return text
    }

    // MARK: Lists and groups

    /// The items of the list under `key`; `[]` when absent (and not required).
    mutating func list<Item>(
        _ key: String, required: Bool = false, allowEmpty: Bool = false,
        _ read: (inout FieldReader, YAMLNode, String) -> Item?
    ) -> [Item] {
        guard let value = value(key, required: required, expected: "a list") else { return [] }
        guard let items = value.items else {
            mismatch(
                value, field: fieldPath(key), expected: "a list",
                hint: "write the items in square brackets, `[a, b]`, or one per line starting with `- `")
            return []
        }
        if required, !allowEmpty, items.isEmpty {
            diagnostics.append(
                .missingField(
                    fieldPath(key), expected: "at least one item", in: path, at: document.location(value.position)))
        }
        return items.enumerated().compactMap { offset, item in read(&self, item, "\(fieldPath(key))[\(offset)]") }
    }

    /// A list of identifiers, such as `systems: [west-yorkshire]`.
    mutating func identifiers(_ key: String, required: Bool = false, of kind: String) -> [String] {
        list(key, required: required) { reader, item, field in reader.identifier(item, field: field, of: kind) }
    }

    /// A list of text items.
    mutating func strings(_ key: String, required: Bool = false) -> [String] {
        list(key, required: required) { reader, item, field in
            guard let text = item.string else {
                reader.mismatch(item, field: field, expected: "text")
                return nil
            }
            return text
        }
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
        return nested(value, path: fieldPath(key), anchor: anchor, read)
    }

    /// Reads a mapping that is an item of a list.
    mutating func item<Value>(_ value: YAMLNode, field: String, _ read: (inout FieldReader) -> Value?) -> Value? {
        nested(value, path: field, anchor: value.position, read)
    }

    private mutating func nested<Value>(
        _ value: YAMLNode, path: String, anchor: SourcePosition, _ read: (inout FieldReader) -> Value?
    ) -> Value? {
        guard value.entries != nil else {
            mismatch(
                value, field: path, expected: "a group of fields",
                hint:
                    "write `field: value` pairs, indented under `\(path.split(separator: ".").last.map(String.init) ?? path):`"
            )
            return nil
        }
        var inner = FieldReader(document: document, node: value, path: path, anchor: anchor)
        let result = read(&inner)
        diagnostics += inner.finish()
        return result
    }

    /// Marks `key` as handled by the caller, so `finish()` does not report it as unknown.
    mutating func acknowledge(_ key: String) { extraKeys.insert(key) }

    /// The entries not asked for; the caller takes them as extras (so they are not unknown).
    mutating func remainingEntries() -> [YAMLNode.Entry] {
        let asked = Set(known)
        let rest = node?.entries?.filter { !asked.contains($0.key) } ?? []
        extraKeys.formUnion(rest.map(\.key))
        return rest
    }

    /// The diagnostics, plus one for each key nobody asked for.
    func finish() -> [Diagnostic] {
        guard let entries = node?.entries else { return diagnostics }
        let asked = Set(known)
        var result = diagnostics
        for entry in entries where !asked.contains(entry.key) && !extraKeys.contains(entry.key) {
            let suggestion = Suggestion.closest(to: entry.key, among: known)
            result.append(
                .unknownField(
                    fieldPath(entry.key), key: entry.key, suggestion: suggestion, allowed: known,
                    at: document.location(entry.keyPosition)))
        }
        return result
    }
}
