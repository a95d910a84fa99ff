/// The value of a pathway field named by a dotted path, as `compare` lists name them: a number,
/// a category or a set. Derived values (`hours.weekly_hours`, `hours.overnight`,
/// `hours.weekends`) are computed; everything else is read from the front matter.
enum FieldValue: Sendable, Hashable, CustomStringConvertible {
    /// A number.
    case number(Double)
    /// A category: text, a yes/no, or a code.
    case category(String)
    /// A list's items, sorted without repeats (as `Pathway.value(of:)` gives them).
    case set([String])

    /// The value as a page shows it.
    var description: String {
        switch self {
        case .number(let number): YAMLNode.format(number)
        case .category(let text): text
        case .set(let items): items.isEmpty ? "none" : items.joined(separator: ", ")
        }
    }
}

extension Pathway {
    /// The derived values `compare` may name.
    static let derivedFields = ["hours.weekly_hours", "hours.overnight", "hours.weekends"]

    /// The value of `field`, or `nil` when the pathway does not give it.
    func value(of field: String) -> FieldValue? { value(at: FieldPath(field)) }

    /// The value at `path`, split once by a caller that reads the same field of many pathways.
    func value(at path: FieldPath) -> FieldValue? {
        if let derived = Self.derivedValue(path, hours: hours) { return derived }
        return path.node(in: source.data).flatMap(Self.value(of:))
    }

    /// The derived value `path` names, computed from `hours`, or `nil` when it names none.
    static func derivedValue(_ path: FieldPath, hours: Hours) -> FieldValue? {
        switch path.text {
        case "hours.weekly_hours": .number(hours.weeklyHours)
        case "hours.overnight": .category(hours.overnight ? "yes" : "no")
        case "hours.weekends": .category(hours.weekends ? "yes" : "no")
        default: nil
        }
    }

    /// A front-matter value as compared: a number, a category (text, yes/no) or a set (a list).
    static func value(of node: YAMLNode) -> FieldValue? {
        switch node.value {
        case .null, .mapping: return nil
        case .integer(let number): return .number(Double(number))
        case .number(let number): return .number(number)
        case .bool(let flag): return .category(flag ? "yes" : "no")
        case .string(let text): return .category(text)
        case .sequence(let items):
            return .set(
                Array(Set(items.compactMap { $0.string ?? ($0.value == .null ? nil : Self.scalarText($0)) })).sorted())
        }
    }

    private static func scalarText(_ node: YAMLNode) -> String? {
        switch node.value {
        case .integer(let number): String(number)
        case .number(let number): YAMLNode.format(number)
        case .bool(let flag): flag ? "true" : "false"
        default: nil
        }
    }
}
