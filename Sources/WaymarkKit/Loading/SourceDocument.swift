/// One content file, loaded and parsed but not yet decoded: what it is (from where it lives), its
/// YAML with positions, and its Markdown body.
public struct SourceDocument: Sendable, Hashable {
    /// What a file is, from its place in the content layout. Every id here has passed
    /// `Identifier.isValid`.
    public enum Kind: Sendable, Hashable {
        case site
        case vocabulary(name: String)
        case bankHolidays
        case pathwayType(id: String)
        case trust(id: String)
        case system(id: String)
        case place(system: String, id: String)
        case pathway(system: String, place: String, type: String, name: String?)
        case governanceBody(id: String)

        /// Whether files of this kind are Markdown with front matter (rather than plain YAML).
        var isMarkdown: Bool {
            switch self {
            case .site, .vocabulary, .bankHolidays: false
            default: true
            }
        }
    }

    /// What the file is.
    public var kind: Kind
    /// The file's text.
    public var source: SourceText
    /// The front matter (or, for a YAML file, the whole file) as a tree with positions.
    var data: YAMLNode
    /// The Markdown body; empty for YAML files.
    public var body: String { String(bodyText) }
    /// The Markdown body as part of the file's text, which it shares rather than copies.
    var bodyText: Substring
    /// The line of the file the body starts on.
    public var bodyFirstLine: Int

    /// The file's path as diagnostics print it.
    public var path: String { source.path }

    /// The location of a position in this file.
    func location(_ position: SourcePosition) -> SourceLocation { source.location(position) }
}
