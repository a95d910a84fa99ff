extension YAMLNode {
    /// The node at a dotted field path such as `hours.sessions[1].from`, if there is one.
    func node(at path: String) -> YAMLNode? { FieldPath(path).node(in: self) }
}

extension SourceDocument {
    /// The location of the value at `path`, else of the nearest enclosing value that exists.
    func location(of path: String) -> SourceLocation {
        location(FieldPath(path).nearestNode(in: data).position)
    }
}
