/// One way an instance fails a schema: where in the instance, which schema said so, and what
/// that schema expected. Turned into a `Diagnostic` for clinical leads by the content stage.
struct SchemaViolation: Sendable {
    /// One step into the instance: a key of an object or an index of a list, with where it is.
    enum Step: Sendable, Hashable {
        case key(String, at: SourcePosition)
        case index(Int, at: SourcePosition)
    }

    /// What was expected.
    enum Problem: Sendable {
        case falseSchema
        case type([SchemaNode.JSONType])
        case enumeration([YAMLNode])
        case constant(YAMLNode)
        case minimum(Double, exclusive: Bool)
        case maximum(Double, exclusive: Bool)
        case multipleOf(Double)
        case minLength(Int)
        case maxLength(Int)
        case pattern(String)
        case format(String)
        case minItems(Int)
        case maxItems(Int)
        case uniqueItems(firstIndex: Int, duplicateIndex: Int)
        case contains(minimum: Int, maximum: Int?, found: Int)
        case minProperties(Int)
        case maxProperties(Int)
        /// A required property is missing.
        case required(String)
        /// `property` is present, so `missing` must be too.
        case dependentRequired(property: String, missing: String)
        /// A property no schema allows; `known` are the names that are allowed here.
        case unknownProperty(String, known: [String])
        /// A list item no schema allows.
        case unknownItem(Int)
        case not
        /// More than one `oneOf` branch matched; the indexes of those branches.
        case severalBranches([Int])
    }

    /// The path from the instance's root to the value at fault.
    var path: [Step]
    /// The value at fault.
    var instance: YAMLNode
    /// The schema whose keyword failed.
    var schema: Int
    /// What that keyword expected.
    var problem: Problem
    /// When the violation was chosen from one branch of a failed `anyOf` or `oneOf`: that
    /// schema and the index of the branch taken as the closest.
    var branch: (schema: Int, index: Int)?

    /// Where to report it: at the offending key for an unknown property, at the parent's key for
    /// a missing one, else at the value.
    var position: SourcePosition {
        switch problem {
        case .unknownProperty(let name, _):
            return instance.entry(name)?.keyPosition ?? instance.position
        case .required, .dependentRequired, .minProperties:
            if case .key(_, let position) = path.last { return position }
            return instance.position
        default:
            return instance.position
        }
    }
}
