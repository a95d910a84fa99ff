import Foundation

/// A URI as JSON Schema uses them for `$id` and `$ref`: parsed into its RFC 3986 parts and
/// resolved against a base by the algorithm of RFC 3986 section 5.2, without touching a network.
struct SchemaURI: Sendable, Hashable, CustomStringConvertible {
    var scheme: String?
    var authority: String?
    var path: String
    var query: String?
    var fragment: String?

    /// Splits `text` into its parts; any string is accepted, as RFC 3986's regular expression does.
    init(_ text: String) {
        var rest = Substring(text)
        if let hash = rest.firstIndex(of: "#") {
            fragment = String(rest[rest.index(after: hash)...])
            rest = rest[..<hash]
        }
        if let mark = rest.firstIndex(of: "?") {
            query = String(rest[rest.index(after: mark)...])
            rest = rest[..<mark]
        }
        if let colon = rest.firstIndex(of: ":"), let first = rest.first, first.isLetter,
            rest[..<colon].allSatisfy({ $0.isLetter || $0.isNumber || $0 == "+" || $0 == "-" || $0 == "." })
        {
            scheme = String(rest[..<colon])
            rest = rest[rest.index(after: colon)...]
        }
        if rest.hasPrefix("//") {
            rest = rest.dropFirst(2)
            let end = rest.firstIndex(of: "/") ?? rest.endIndex
            authority = String(rest[..<end])
            rest = rest[end...]
        }
        path = String(rest)
    }

    private init(scheme: String?, authority: String?, path: String, query: String?, fragment: String?) {
        self.scheme = scheme
        self.authority = authority
        self.path = path
        self.query = query
        self.fragment = fragment
    }

    var description: String {
        var text = ""
        if let scheme { text += scheme + ":" }
        if let authority { text += "//" + authority }
        text += path
        if let query { text += "?" + query }
        if let fragment { text += "#" + fragment }
        return text
    }

    /// The same URI without its fragment: the address of a whole schema resource.
    var withoutFragment: SchemaURI {
        SchemaURI(scheme: scheme, authority: authority, path: path, query: query, fragment: nil)
    }

    /// This URI with `fragment`.
    func with(fragment: String?) -> SchemaURI {
        SchemaURI(scheme: scheme, authority: authority, path: path, query: query, fragment: fragment)
    }

    /// `reference` resolved against this URI as its base (RFC 3986 section 5.2.2).
    func resolving(_ reference: String) -> SchemaURI {
        let relative = SchemaURI(reference)
        if relative.scheme != nil {
            return relative.with(path: Self.removingDotSegments(relative.path))
        }
        var target = SchemaURI(
            scheme: scheme, authority: relative.authority, path: "", query: relative.query,
            fragment: relative.fragment)
        if relative.authority != nil {
            target.path = Self.removingDotSegments(relative.path)
            return target
        }
        target.authority = authority
        if relative.path.isEmpty {
            target.path = path
            target.query = relative.query ?? query
        } else if relative.path.hasPrefix("/") {
            target.path = Self.removingDotSegments(relative.path)
        } else {
            let merged: String
            if authority != nil, path.isEmpty {
                merged = "/" + relative.path
            } else if let slash = path.lastIndex(of: "/") {
                merged = path[...slash] + relative.path
            } else {
                merged = relative.path
            }
            target.path = Self.removingDotSegments(merged)
        }
        return target
    }

    private func with(path: String) -> SchemaURI {
        SchemaURI(scheme: scheme, authority: authority, path: path, query: query, fragment: fragment)
    }

    /// RFC 3986 section 5.2.4.
    private static func removingDotSegments(_ path: String) -> String {
        guard path.contains(".") else { return path }
        var input = Substring(path)
        var output: [Substring] = []
        let absolute = input.hasPrefix("/")
        if absolute { input = input.dropFirst() }
        let segments = input.split(separator: "/", omittingEmptySubsequences: false)
        for (offset, segment) in segments.enumerated() {
            let last = offset == segments.count - 1
            switch segment {
            case ".": if last { output.append("") }
            case "..":
                if !output.isEmpty { output.removeLast() }
                if last { output.append("") }
            default: output.append(segment)
            }
        }
        return (absolute ? "/" : "") + output.joined(separator: "/")
    }

    /// The tokens of a JSON Pointer fragment such as `/$defs/a~1b/0`, percent-decoded and
    /// unescaped; `nil` when the fragment is not a pointer.
    static func pointerTokens(_ fragment: String) -> [String]? {
        let decoded = fragment.removingPercentEncoding ?? fragment
        if decoded.isEmpty { return [] }
        guard decoded.hasPrefix("/") else { return nil }
        return decoded.dropFirst().split(separator: "/", omittingEmptySubsequences: false).map {
            $0.replacingOccurrences(of: "~1", with: "/").replacingOccurrences(of: "~0", with: "~")
        }
    }
}
