import Mustache

// The "Writing pathways" reference's views, looked up by name like every other view (see
// Views+Mustache.swift).

extension ReferencePage: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "contents": contents
        case "sections": sections
        case "typeContents": typeContents
        case "types": types
        default: nil
        }
    }
}

extension ReferencePage.SectionView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "id": id
        case "heading": heading
        case "summary": summary
        case "schemaFile": schemaFile
        case "shape": shape
        case "rules": rules
        case "fields": fields
        default: nil
        }
    }
}

extension ReferencePage.TypeSectionView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "id": id
        case "heading": heading
        case "typeID": typeID
        case "summary": summary
        case "schemaFile": schemaFile
        case "restricted": restricted
        case "fields": fields
        default: nil
        }
    }
}

extension ReferencePage.FieldView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "pathParts": pathParts
        case "label": label
        case "kind": kind
        case "isRequired": isRequired
        case "requirement": requirement
        case "rules": rules
        case "explanation": explanation
        case "example": example
        default: nil
        }
    }
}

extension ReferencePage.RuleView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "text": text
        case "values": values
        default: nil
        }
    }
}
