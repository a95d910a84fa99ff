// The "Writing pathways" reference's views, looked up by name like every other view (see
// Views+Mustache.swift).

extension ReferencePage: TemplateView, TemplateElement {
    func value(named name: String) -> TemplateValue? {
        switch name {
        case "contents": TemplateValue(contents)
        case "sections": TemplateValue(sections)
        case "typeContents": TemplateValue(typeContents)
        case "types": TemplateValue(types)
        default: nil
        }
    }
}

extension ReferencePage.SectionView: TemplateView, TemplateElement {
    func value(named name: String) -> TemplateValue? {
        switch name {
        case "id": TemplateValue(id)
        case "heading": TemplateValue(heading)
        case "summary": TemplateValue(summary)
        case "schemaFile": TemplateValue(schemaFile)
        case "shape": TemplateValue(shape)
        case "rules": TemplateValue(rules)
        case "fields": TemplateValue(fields)
        default: nil
        }
    }
}

extension ReferencePage.TypeSectionView: TemplateView, TemplateElement {
    func value(named name: String) -> TemplateValue? {
        switch name {
        case "id": TemplateValue(id)
        case "heading": TemplateValue(heading)
        case "typeID": TemplateValue(typeID)
        case "summary": TemplateValue(summary)
        case "schemaFile": TemplateValue(schemaFile)
        case "restricted": TemplateValue(restricted)
        case "fields": TemplateValue(fields)
        default: nil
        }
    }
}

extension ReferencePage.FieldView: TemplateView, TemplateElement {
    func value(named name: String) -> TemplateValue? {
        switch name {
        case "pathParts": TemplateValue(pathParts)
        case "label": TemplateValue(label)
        case "kind": TemplateValue(kind)
        case "isRequired": TemplateValue(isRequired)
        case "requirement": TemplateValue(requirement)
        case "rules": TemplateValue(rules)
        case "explanation": TemplateValue(explanation)
        case "example": TemplateValue(example)
        default: nil
        }
    }
}

extension ReferencePage.RuleView: TemplateView, TemplateElement {
    func value(named name: String) -> TemplateValue? {
        switch name {
        case "text": TemplateValue(text)
        case "values": TemplateValue(values)
        default: nil
        }
    }
}
