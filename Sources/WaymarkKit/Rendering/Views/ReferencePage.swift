/// The "Writing pathways" page: the schema reference, a section per kind of file and one per
/// pathway type with a schema of its own, with a contents list linking to each.
///
/// Optional values have names no enclosing view uses, so a missing one never picks up a value
/// from further out in the template's context.
struct ReferencePage {
    /// One kind of content file.
    struct SectionView {
        let id: String
        let heading: String
        let summary: String?
        let schemaFile: String
        let shape: String
        let rules: [RuleView]
        let fields: [FieldView]
    }

    /// What one pathway type's schema adds.
    struct TypeSectionView {
        let id: String
        let heading: String
        let typeID: String
        let summary: String?
        let schemaFile: String
        let restricted: [FieldView]
        let fields: [FieldView]
    }

    /// One field: a row of a table.
    struct FieldView {
        /// The dotted path cut before each dot, so a narrow column breaks it only there:
        /// `hours`, `.sessions[]`, `.from`.
        let pathParts: [String]
        let label: String?
        let kind: String
        let isRequired: Bool
        let requirement: String
        let rules: [RuleView]
        let explanation: String?
        let example: String?

        init(_ field: SchemaReference.Field) {
            var parts: [String] = []
            for segment in field.path.split(separator: ".", omittingEmptySubsequences: false) {
                parts.append(parts.isEmpty ? String(segment) : "." + segment)
            }
            pathParts = parts
            label = field.title
            kind = field.type
            isRequired = field.requirement.isRequired
            requirement = field.requirement.label
            rules = field.rules.map(RuleView.init)
            explanation = field.description
            example = field.example
        }
    }

    /// One thing a field allows, with the values it lists.
    struct RuleView {
        let text: String
        let values: [String]

        init(_ rule: SchemaReference.Rule) {
            text = rule.text
            values = rule.values
        }
    }

    let contents: [LinkView]
    let sections: [SectionView]
    let typeContents: [LinkView]
    let types: [TypeSectionView]

    init(_ reference: SchemaReference) {
        sections = reference.sections.map { section in
            SectionView(
                id: section.id, heading: section.title, summary: section.description, schemaFile: section.schemaFile,
                shape: section.shape, rules: section.rules.map(RuleView.init),
                fields: section.fields.map(FieldView.init))
        }
        types = reference.types.map { type in
            TypeSectionView(
                id: type.id, heading: type.title, typeID: type.type, summary: type.description,
                schemaFile: type.schemaFile, restricted: type.restricted.map(FieldView.init),
                fields: type.added.map(FieldView.init))
        }
        contents = sections.map { LinkView(href: "#" + $0.id, label: $0.heading) }
        typeContents = types.map { LinkView(href: "#" + $0.id, label: $0.heading) }
    }
}
