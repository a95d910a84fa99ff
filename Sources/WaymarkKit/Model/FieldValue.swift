/// The value of a pathway field named by a dotted path, as `compare` lists name them: a number,
/// a category or a set. Derived values (`hours.weekly_hours`, `hours.overnight`,
/// `hours.weekends`) are computed; everything else is read from the front matter.
public enum FieldValue: Sendable, Hashable, CustomStringConvertible {
    case number(Double)
    case category(String)
    case set([String])

    /// The value as a page shows it.
    public var description: String {
        switch self {
        case .number(let number): YAMLNode.format(number)
        case .category(let text): text
        case .set(let items): items.isEmpty ? "none" : items.joined(separator: ", ")
        }
    }
}

extension Pathway {
    /// The derived values `compare` may name.
    public static let derivedFields = ["hours.weekly_hours", "hours.overnight", "hours.weekends"]

    /// The value of `field`, or `nil` when the pathway does not give it.
    public func value(of field: String) -> FieldValue? {
        switch field {
        case "hours.weekly_hours": return .number(hours.weeklyHours)
        case "hours.overnight": return .category(hours.overnight ? "yes" : "no")
        case "hours.weekends": return .category(hours.weekends ? "yes" : "no")
        default: break
        }
        guard let node = source.data.node(at: field) else { return nil }
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
