import Foundation

/// One compiled schema: a boolean schema or an object's keywords, with every subschema and
/// reference turned into an index into `SchemaGraph.nodes`, so evaluation never looks up a URI.
final class SchemaNode: Sendable {
    /// The JSON types the `type` keyword names.
    enum JSONType: String, Sendable, CaseIterable {
        case null, boolean, object, array, number, string, integer
    }

    /// A `$dynamicRef`: where it points statically, and the anchor name to look up in the
    /// dynamic scope when that target is itself a `$dynamicAnchor` of the same name.
    struct DynamicReference: Sendable {
        var target: Int
        var anchor: String?
    }

    /// The subschema and its key, for `properties`-like keywords; kept in schema order.
    struct Named: Sendable {
        var name: String
        var schema: Int
    }

    /// A compiled `pattern` or `patternProperties` key.
    struct Pattern: @unchecked Sendable {
        /// The regular expression as written.
        var source: String
        /// Foundation's expressions are immutable once made, so sharing them is safe.
        var expression: NSRegularExpression
        /// The same expression for Waymark's own engine, when it is one that engine takes: it
        /// reads the Swift string as it is, where Foundation's copies it to UTF-16 first.
        var program: PatternProgram?

        init(source: String, expression: NSRegularExpression) {
            self.source = source
            self.expression = expression
            program = PatternProgram(source)
        }

        /// Whether the expression matches anywhere in `text` (JSON Schema patterns are not anchored).
        func matches(_ text: String) -> Bool {
            if let program { return program.matches(text) }
            return expression.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
        }
    }

    /// The schema's JSON, for its annotations (`title`, `x-expected`, ...).
    let source: YAMLNode
    /// Where the schema is: its document's URI and a JSON Pointer inside it.
    let location: SchemaURI
    /// The index of the root of the schema resource this node belongs to, for dynamic scope.
    let resource: Int
    /// `true` or `false` for a boolean schema; `nil` for an object.
    let constant: Bool?

    let reference: Int?
    let dynamicReference: DynamicReference?

    let types: [JSONType]?
    let enumeration: [YAMLNode]?
    let constValue: YAMLNode?
    let multipleOf: Double?
    let minimum: Double?
    let maximum: Double?
    let exclusiveMinimum: Double?
    let exclusiveMaximum: Double?
    let minLength: Int?
    let maxLength: Int?
    let pattern: Pattern?
    let format: String?
    let assertsFormat: Bool
    let minItems: Int?
    let maxItems: Int?
    let uniqueItems: Bool
    let minContains: Int?
    let maxContains: Int?
    let minProperties: Int?
    let maxProperties: Int?
    let required: [String]
    let dependentRequired: [(String, [String])]

    let allOf: [Int]
    let anyOf: [Int]
    let oneOf: [Int]
    let not: Int?
    let ifSchema: Int?
    let thenSchema: Int?
    let elseSchema: Int?
    let dependentSchemas: [Named]
    let prefixItems: [Int]
    let items: Int?
    let contains: Int?
    let properties: [String: Int]
    let propertyOrder: [String]
    let patternProperties: [(Pattern, Int)]
    let additionalProperties: Int?
    let propertyNames: Int?
    let unevaluatedItems: Int?
    let unevaluatedProperties: Int?

    /// `$ref` then `allOf`: the schemas that always apply at this instance location, gathered
    /// once so evaluation walks them without building a list each time.
    let referenceAndAllOf: [Int]

    /// Whether evaluation must track which properties and items were evaluated at this
    /// instance location: only when `unevaluated*` is present.
    var tracksEvaluation: Bool { unevaluatedItems != nil || unevaluatedProperties != nil }

    /// Creates a boolean schema.
    convenience init(constant: Bool, source: YAMLNode, location: SchemaURI, resource: Int) {
        self.init(source: source, location: location, resource: resource, constant: constant, keywords: Keywords())
    }

    /// The keyword values, gathered by the compiler before the node is made.
    struct Keywords {
        var reference: Int?
        var dynamicReference: DynamicReference?
        var types: [JSONType]?
        var enumeration: [YAMLNode]?
        var constValue: YAMLNode?
        var multipleOf, minimum, maximum, exclusiveMinimum, exclusiveMaximum: Double?
        var minLength, maxLength: Int?
        var pattern: Pattern?
        var format: String?
        var assertsFormat = false
        var minItems, maxItems: Int?
        var uniqueItems = false
        var minContains, maxContains: Int?
        var minProperties, maxProperties: Int?
        var required: [String] = []
        var dependentRequired: [(String, [String])] = []
        var allOf: [Int] = []
        var anyOf: [Int] = []
        var oneOf: [Int] = []
        var not, ifSchema, thenSchema, elseSchema: Int?
        var dependentSchemas: [Named] = []
        var prefixItems: [Int] = []
        var items, contains: Int?
        var properties: [Named] = []
        var patternProperties: [(Pattern, Int)] = []
        var additionalProperties, propertyNames, unevaluatedItems, unevaluatedProperties: Int?
    }

    /// Creates an object schema from its compiled keywords.
    init(source: YAMLNode, location: SchemaURI, resource: Int, constant: Bool? = nil, keywords k: Keywords) {
        self.source = source
        self.location = location
        self.resource = resource
        self.constant = constant
        reference = k.reference
        dynamicReference = k.dynamicReference
        types = k.types
        enumeration = k.enumeration
        constValue = k.constValue
        multipleOf = k.multipleOf
        minimum = k.minimum
        maximum = k.maximum
        exclusiveMinimum = k.exclusiveMinimum
        exclusiveMaximum = k.exclusiveMaximum
        minLength = k.minLength
        maxLength = k.maxLength
        pattern = k.pattern
        format = k.format
        assertsFormat = k.assertsFormat
        minItems = k.minItems
        maxItems = k.maxItems
        uniqueItems = k.uniqueItems
        minContains = k.minContains
        maxContains = k.maxContains
        minProperties = k.minProperties
        maxProperties = k.maxProperties
        required = k.required
        dependentRequired = k.dependentRequired
        allOf = k.allOf
        referenceAndAllOf = (k.reference.map { [$0] } ?? []) + k.allOf
        anyOf = k.anyOf
        oneOf = k.oneOf
        not = k.not
        ifSchema = k.ifSchema
        thenSchema = k.thenSchema
        elseSchema = k.elseSchema
        dependentSchemas = k.dependentSchemas
        prefixItems = k.prefixItems
        items = k.items
        contains = k.contains
        properties = Dictionary(k.properties.map { ($0.name, $0.schema) }, uniquingKeysWith: { first, _ in first })
        propertyOrder = k.properties.map(\.name)
        patternProperties = k.patternProperties
        additionalProperties = k.additionalProperties
        propertyNames = k.propertyNames
        unevaluatedItems = k.unevaluatedItems
        unevaluatedProperties = k.unevaluatedProperties
    }

    /// An annotation keyword's text, such as `title` or `x-expected`.
    func annotation(_ keyword: String) -> String? { source[keyword]?.string }
}
