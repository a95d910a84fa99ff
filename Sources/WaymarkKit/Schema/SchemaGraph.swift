/// Compiled schemas, ready to validate with: every node, and each resource's dynamic anchors.
/// Immutable, so content files can be validated against it in parallel.
struct SchemaGraph: Sendable {
    /// Every compiled schema; subschemas and references are indices into this array.
    var nodes: [SchemaNode]
    /// For each resource root's index, its `$dynamicAnchor` names and the schemas they mark.
    var dynamicAnchors: [Int: [String: Int]]
}

/// A place in a schema document: which document, the JSON Pointer tokens to the value, and the
/// base URI in effect there (after any `$id` on the way).
struct SchemaPlace: Sendable, Hashable {
    var document: Int
    var pointer: [String]
    var base: SchemaURI
}

/// Why a schema could not be compiled, and where in which document.
struct SchemaCompileFailure: Error, Sendable, Equatable {
    /// What kind of mistake it is.
    enum Kind: Sendable, Equatable {
        case reference
        case loop
        case pattern
        case notASchema
    }

    /// What kind of mistake it is.
    var kind: Kind = .reference
    /// What is wrong, in plain words.
    var message: String
    /// The document's URI.
    var document: String
    /// Where in the document.
    var position: SourcePosition
    /// The keyword's JSON Pointer inside the document.
    var pointer: String
}
