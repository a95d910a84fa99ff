import Mustache

// The Variation section's views, looked up by name as the other views are (see Views+Mustache.swift).

extension TextSegment: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "text": text
        case "isCode": isCode
        default: nil
        }
    }
}

extension FlagView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "key": key
        case "symbol": symbol
        case "text": text
        case "declaration": declaration
        default: nil
        }
    }
}

extension DeclarationView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "rationale": rationale
        case "approver": approver
        case "authorised": authorised
        default: nil
        }
    }
}

extension FindingView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "flag": flag
        case "segments": segments
        case "subject": subject
        case "neighbour": neighbour
        case "isNew": isNew
        default: nil
        }
    }
}

extension VariationOverviewPage: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "counts": counts
        case "scopes": scopes
        case "types": types
        case "coreTypes": coreTypes
        case "coverage": coverage
        default: nil
        }
    }
}

extension VariationOverviewPage.ScopeEntry: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "link": link
        case "places": places
        case "unwarranted": unwarranted
        case "warranted": warranted
        default: nil
        }
    }
}

extension VariationOverviewPage.TypeEntry: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "link": link
        case "fields": fields
        case "unwarranted": unwarranted
        case "warranted": warranted
        default: nil
        }
    }
}

extension CoverageGroup: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "heading": heading
        case "anchor": anchor
        case "systems": systems
        default: nil
        }
    }
}

extension CoverageSystem: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "system": system
        case "span": span
        case "rows": rows
        default: nil
        }
    }
}

extension CoverageRow: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "place": place
        case "cells": cells
        default: nil
        }
    }
}

extension CoverageCell: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "pathways": pathways
        case "gap": gap
        default: nil
        }
    }
}

extension VariationTypePage: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "name": self.name
        case "type": type
        case "description": description
        case "columns": columns
        case "matrices": matrices
        case "counts": counts
        case "boundaries": boundaries
        case "england": england
        case "englandTypical": englandTypical
        case "unwarrantedSymbol": unwarrantedSymbol
        case "warrantedSymbol": warrantedSymbol
        default: nil
        }
    }
}

extension VariationTypePage.Column: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "label": label
        case "note": note
        default: nil
        }
    }
}

extension VariationTypePage.Matrix: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "heading": heading
        case "captionID": captionID
        case "caption": caption
        case "summary": summary
        case "systems": systems
        case "typicalLabel": typicalLabel
        case "typical": typical
        default: nil
        }
    }
}

extension VariationTypePage.MatrixSystem: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "system": system
        case "span": span
        case "rows": rows
        default: nil
        }
    }
}

extension VariationTypePage.MatrixRow: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "place": place
        case "pathway": pathway
        case "status": status
        case "note": note
        case "gap": gap
        case "span": span
        case "cells": cells
        default: nil
        }
    }
}

extension VariationTypePage.MatrixCell: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "value": value
        case "key": key
        case "flags": flags
        default: nil
        }
    }
}

extension VariationScopePage: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "name": self.name
        case "lead": lead
        case "trust": trust
        case "counts": counts
        case "types": types
        case "peers": peers
        case "baseline": baseline
        case "boundaries": boundaries
        case "coverage": coverage
        case "englandNote": englandNote
        case "unwarrantedSymbol": unwarrantedSymbol
        case "warrantedSymbol": warrantedSymbol
        default: nil
        }
    }
}

extension VariationScopePage.TypeSummary: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "link": link
        case "captionID": captionID
        case "caption": caption
        case "rows": rows
        default: nil
        }
    }
}

extension VariationScopePage.FieldRow: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "label": label
        case "kind": kind
        case "compared": compared
        case "typical": typical
        case "spread": spread
        case "unwarranted": unwarranted
        case "warranted": warranted
        default: nil
        }
    }
}

extension ComparisonPanel: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "compared": compared
        case "notCompared": notCompared
        case "caption": caption
        case "scopes": scopes
        case "rows": rows
        case "baseline": baseline
        case "boundaries": boundaries
        case "matrix": matrix
        default: nil
        }
    }
}

extension ComparisonPanel.Row: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "label": label
        case "value": value
        case "peers": peers
        case "flags": flags
        case "declaration": declaration
        default: nil
        }
    }
}

extension ComparisonPanel.BaselineView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "label": label
        case "standard": standard
        case "value": value
        case "flag": flag
        default: nil
        }
    }
}
