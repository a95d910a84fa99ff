extension YAMLNode {
    /// The node at a dotted field path such as `hours.sessions[1].from`, if there is one.
    public func node(at path: String) -> YAMLNode? {
        var current: YAMLNode? = self
        for segment in path.split(separator: ".", omittingEmptySubsequences: true) {
            var name = Substring(segment)
            var indexes: [Int] = []
            while name.hasSuffix("]"), let open = name.lastIndex(of: "["),
                let index = Int(name[name.index(after: open)..<name.index(before: name.endIndex)])
            {
                indexes.insert(index, at: 0)
                name = name[..<open]
            }
            if !name.isEmpty { current = current?[String(name)] }
            for index in indexes {
                guard let items = current?.items, items.indices.contains(index) else { return nil }
                current = items[index]
            }
        }
        return current
    }
}

extension SourceDocument {
    /// The location of the value at `path`, else of the nearest enclosing value that exists.
    public func location(of path: String) -> SourceLocation {
        var candidate = path
        while !candidate.isEmpty {
            if let node = data.node(at: candidate) { return location(node.position) }
            guard let cut = candidate.lastIndex(where: { $0 == "." || $0 == "[" }) else { break }
            candidate = String(candidate[..<cut])
        }
        return location(data.position)
    }
}
