/// The "Writing pathways" reference: every field of every kind of content file, with its type,
/// whether it is required and the values it allows.
///
/// It is generated only from the JSON Schema documents the build validates against (by their path
/// inside `schema/`), never from a list of fields written here, so it cannot drift from what the
/// build enforces. A missing document leaves out its kind and nothing else.
struct SchemaReference: Sendable {
    /// One kind of content file: what the file is, and each of its fields.
    struct Section: Sendable {
        /// The anchor of the section on the page.
        let id: String
        /// The schema's path inside `schema/`.
        let schemaFile: String
        /// The schema's root `title`.
        let title: String
        /// The schema's root `description`: the file it describes.
        let description: String?
        /// What the whole file holds, in plain words ("group of fields").
        let shape: String
        /// Rules about the file as a whole.
        let rules: [Rule]
        /// Every field at every depth, each followed by the fields inside it.
        let fields: [Field]
    }

    /// A pathway type's own schema in `types/`: what it adds to every pathway of that type.
    struct TypeSection: Sendable {
        /// The anchor of the section on the page.
        let id: String
        /// The pathway type's id, from the schema's file name.
        let type: String
        /// The schema's path inside `schema/`.
        let schemaFile: String
        /// The schema's root `title`.
        let title: String
        /// The schema's root `description`.
        let description: String?
        /// Fields every pathway has, which this type's schema restricts.
        let restricted: [Field]
        /// Fields the type adds, such as eligibility thresholds.
        let added: [Field]
    }

    /// One field as a clinical lead writes it.
    struct Field: Sendable {
        /// The dotted path: `hours.sessions[].from`, `eligibility.age_min`.
        let path: String
        /// The schema's `title`.
        let title: String?
        /// The type in plain words: "whole number, or empty", "list of text".
        let type: String
        /// Whether, and when, the field must be written.
        let requirement: Requirement
        /// The values it allows: choices, ranges and the schema's `x-expected` phrase.
        let rules: [Rule]
        /// The schema's `description`.
        let description: String?
        /// The first of the schema's `examples`, as YAML: `age_min: 65`.
        let example: String?
        /// The schema file the field's title and description come from.
        let file: String
    }

    /// Whether a field must be written.
    struct Requirement: Sendable, Equatable {
        /// True when the field must always be written (where its parent is).
        let isRequired: Bool
        /// "Required", "Optional", or when it is required: "Required when referral.methods includes phone".
        let label: String

        static let required = Requirement(isRequired: true, label: "Required")
        static let optional = Requirement(isRequired: false, label: "Optional")
    }

    /// One thing a field allows: a phrase, and the values it lists (shown as code).
    struct Rule: Sendable, Equatable {
        let text: String
        let values: [String]

        init(_ text: String, values: [String] = []) {
            self.text = text
            self.values = values
        }
    }

    /// The kinds of file, in the order the content format describes them.
    static let kindOrder = [
        "site", "vocabulary", "bank-holidays", "pathway-type", "trust", "system", "place", "pathway", "governance",
    ].map { $0 + ".schema.json" }

    /// The schema every pathway meets, which type schemas add to.
    static let pathwaySchema = "pathway.schema.json"

    let sections: [Section]
    let types: [TypeSection]

    /// Builds the reference from the schema documents by their path inside `schema/`.
    init(documents: [String: YAMLNode]) {
        let walker = SchemaWalker(documents: documents)
        // Only the schemas of a kind of file get a section; others (shared definitions such as
        // common.schema.json) appear through the fields that use them.
        let kindFiles = Self.kindOrder.filter { documents[$0] != nil }
        var anchors = AnchorSet(reserved: ["main", "contents", "type-thresholds"])
        func anchor(_ base: String) -> String { anchors.claim(base) }
        sections = kindFiles.compactMap { file in
            guard let root = documents[file] else { return nil }
            let location = SchemaLocation(file: file, node: root)
            return Section(
                id: anchor(Self.anchorName(file)), schemaFile: file,
                title: root["title"]?.string ?? file, description: root["description"]?.string,
                shape: walker.typePhrase(of: [location]), rules: walker.rules(for: [location]),
                fields: walker.fields(of: location))
        }
        let pathwayPaths = Set(sections.first { $0.schemaFile == Self.pathwaySchema }?.fields.map(\.path) ?? [])
        types = documents.keys.filter { $0.hasPrefix("types/") }.sorted().compactMap { file in
            guard let root = documents[file] else { return nil }
            let type = String(file.dropFirst("types/".count).prefix { $0 != "." })
            let fields = walker.fields(of: SchemaLocation(file: file, node: root))
            return TypeSection(
                id: anchor("type-" + Self.anchorName(type)), type: type, schemaFile: file,
                title: root["title"]?.string ?? type, description: root["description"]?.string,
                restricted: fields.filter { pathwayPaths.contains($0.path) && $0.file == file },
                added: fields.filter { !pathwayPaths.contains($0.path) })
        }
    }

    /// An anchor made from a file name: lower-case letters, digits and hyphens only.
    private static func anchorName(_ file: String) -> String {
        let name = file.hasSuffix(".schema.json") ? String(file.dropLast(".schema.json".count)) : file
        let cleaned = name.lowercased().map { $0.isASCII && ($0.isLetter || $0.isNumber) ? $0 : "-" }
        let words = String(cleaned).split(separator: "-")
        return words.isEmpty ? "schema" : words.joined(separator: "-")
    }
}
