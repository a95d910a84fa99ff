/// What a name in a template stands for: text, a flag, a view with names of its own, a list, or
/// nothing.
///
/// Views answer names with these values directly (`TemplateView.value(named:)`), so rendering
/// never casts an `Any` or reflects on a type.
enum TemplateValue {
    /// Text, escaped for HTML by `{{name}}` and written as it is by `{{{name}}}` and `{{&name}}`.
    case text(String)
    case bool(Bool)
    /// A number, written as given.
    case number(String)
    case view(any TemplateView)
    case list(any TemplateList)
    /// A name that is there but has no value: false in a section, empty in text, and it stops
    /// the search of enclosing views.
    case null

    /// Whether a section shows its content: everything but `false`, nothing and an empty list.
    var isTruthy: Bool {
        switch self {
        case .bool(let flag): flag
        case .null: false
        case .list(let list): list.count > 0
        case .text, .number, .view: true
        }
    }

    init(_ text: String) { self = .text(text) }
    init(_ text: String?) { self = text.map(TemplateValue.text) ?? .null }
    init(_ flag: Bool) { self = .bool(flag) }
    init(_ number: Int) { self = .number(String(number)) }
    init(_ number: Int?) { self = number.map { .number(String($0)) } ?? .null }
    init(_ view: some TemplateView) { self = .view(view) }
    init(_ view: (some TemplateView)?) { self = view.map { .view($0) } ?? .null }
    init<Element: TemplateElement>(_ list: [Element]) { self = .list(list) }
}

/// A value whose names a template can look up: `{{name}}`, `{{#name}}…{{/name}}`.
protocol TemplateView {
    /// The value of `name`, or `nil` when this view has no such name (the template then looks in
    /// the views around it).
    func value(named name: String) -> TemplateValue?
}

/// A list a section repeats its content for.
protocol TemplateList {
    var count: Int { get }
    func element(at index: Int) -> TemplateValue
}

/// What a list may hold: views, text, numbers.
protocol TemplateElement {
    var templateValue: TemplateValue { get }
}

extension Array: TemplateList where Element: TemplateElement {
    func element(at index: Int) -> TemplateValue { self[index].templateValue }
}

extension String: TemplateElement {
    var templateValue: TemplateValue { .text(self) }
}

extension Int: TemplateElement {
    var templateValue: TemplateValue { .number(String(self)) }
}

extension TemplateValue: TemplateElement {
    var templateValue: TemplateValue { self }
}

extension TemplateView {
    var templateValue: TemplateValue { .view(self) }
}
