// The Variation section's views, looked up by name as the other views are (see Views+Mustache.swift).

extension TextSegment: TemplateView, TemplateElement {
    func value(named name: String) -> TemplateValue? {
        switch name {
        case "text": TemplateValue(text)
        case "isCode": TemplateValue(isCode)
        default: nil
        }
    }
}

extension FlagView: TemplateView, TemplateElement {
    func value(named name: String) -> TemplateValue? {
        switch name {
        case "key": TemplateValue(key)
        case "symbol": TemplateValue(symbol)
        case "text": TemplateValue(text)
        case "declaration": TemplateValue(declaration)
        default: nil
        }
    }
}

extension DeclarationView: TemplateView, TemplateElement {
    func value(named name: String) -> TemplateValue? {
        switch name {
        case "rationale": TemplateValue(rationale)
        case "approver": TemplateValue(approver)
        case "authorised": TemplateValue(authorised)
        default: nil
        }
    }
}

extension FindingView: TemplateView, TemplateElement {
    func value(named name: String) -> TemplateValue? {
        switch name {
        case "flag": TemplateValue(flag)
        case "segments": TemplateValue(segments)
        case "subject": TemplateValue(subject)
        case "neighbour": TemplateValue(neighbour)
        case "isNew": TemplateValue(isNew)
        default: nil
        }
    }
}

extension VariationOverviewPage: TemplateView, TemplateElement {
    func value(named name: String) -> TemplateValue? {
        switch name {
        case "counts": TemplateValue(counts)
        case "scopes": TemplateValue(scopes)
        case "types": TemplateValue(types)
        case "coreTypes": TemplateValue(coreTypes)
        case "coverage": TemplateValue(coverage)
        default: nil
        }
    }
}

extension VariationOverviewPage.ScopeEntry: TemplateView, TemplateElement {
    func value(named name: String) -> TemplateValue? {
        switch name {
        case "link": TemplateValue(link)
        case "places": TemplateValue(places)
        case "unwarranted": TemplateValue(unwarranted)
        case "warranted": TemplateValue(warranted)
        default: nil
        }
    }
}

extension VariationOverviewPage.TypeEntry: TemplateView, TemplateElement {
    func value(named name: String) -> TemplateValue? {
        switch name {
        case "link": TemplateValue(link)
        case "fields": TemplateValue(fields)
        case "unwarranted": TemplateValue(unwarranted)
        case "warranted": TemplateValue(warranted)
        default: nil
        }
    }
}

extension CoverageGroup: TemplateView, TemplateElement {
    func value(named name: String) -> TemplateValue? {
        switch name {
        case "heading": TemplateValue(heading)
        case "anchor": TemplateValue(anchor)
        case "systems": TemplateValue(systems)
        default: nil
        }
    }
}

extension CoverageSystem: TemplateView, TemplateElement {
    func value(named name: String) -> TemplateValue? {
        switch name {
        case "system": TemplateValue(system)
        case "span": TemplateValue(span)
        case "rows": TemplateValue(rows)
        default: nil
        }
    }
}

extension CoverageRow: TemplateView, TemplateElement {
    func value(named name: String) -> TemplateValue? {
        switch name {
        case "place": TemplateValue(place)
        case "cells": TemplateValue(cells)
        default: nil
        }
    }
}

extension CoverageCell: TemplateView, TemplateElement {
    func value(named name: String) -> TemplateValue? {
        switch name {
        case "pathways": TemplateValue(pathways)
        case "gap": TemplateValue(gap)
        default: nil
        }
    }
}

extension VariationTypePage: TemplateView, TemplateElement {
    func value(named name: String) -> TemplateValue? {
        switch name {
        case "name": TemplateValue(self.name)
        case "type": TemplateValue(type)
        case "description": TemplateValue(description)
        case "columns": TemplateValue(columns)
        case "matrices": TemplateValue(matrices)
        case "counts": TemplateValue(counts)
        case "boundaries": TemplateValue(boundaries)
        case "england": TemplateValue(england)
        case "englandTypical": TemplateValue(englandTypical)
        case "unwarrantedSymbol": TemplateValue(unwarrantedSymbol)
        case "warrantedSymbol": TemplateValue(warrantedSymbol)
        default: nil
        }
    }
}

extension VariationTypePage.Column: TemplateView, TemplateElement {
    func value(named name: String) -> TemplateValue? {
        switch name {
        case "label": TemplateValue(label)
        case "note": TemplateValue(note)
        default: nil
        }
    }
}

extension VariationTypePage.Matrix: TemplateView, TemplateElement {
    func value(named name: String) -> TemplateValue? {
        switch name {
        case "heading": TemplateValue(heading)
        case "captionID": TemplateValue(captionID)
        case "caption": TemplateValue(caption)
        case "summary": TemplateValue(summary)
        case "systems": TemplateValue(systems)
        case "typicalLabel": TemplateValue(typicalLabel)
        case "typical": TemplateValue(typical)
        default: nil
        }
    }
}

extension VariationTypePage.MatrixSystem: TemplateView, TemplateElement {
    func value(named name: String) -> TemplateValue? {
        switch name {
        case "system": TemplateValue(system)
        case "span": TemplateValue(span)
        case "rows": TemplateValue(rows)
        default: nil
        }
    }
}

extension VariationTypePage.MatrixRow: TemplateView, TemplateElement {
    func value(named name: String) -> TemplateValue? {
        switch name {
        case "place": TemplateValue(place)
        case "pathway": TemplateValue(pathway)
        case "status": TemplateValue(status)
        case "note": TemplateValue(note)
        case "gap": TemplateValue(gap)
        case "span": TemplateValue(span)
        case "cells": TemplateValue(cells)
        default: nil
        }
    }
}

extension VariationTypePage.MatrixCell: TemplateView, TemplateElement {
    func value(named name: String) -> TemplateValue? {
        switch name {
        case "value": TemplateValue(value)
        case "key": TemplateValue(key)
        case "flags": TemplateValue(flags)
        default: nil
        }
    }
}

extension VariationScopePage: TemplateView, TemplateElement {
    func value(named name: String) -> TemplateValue? {
        switch name {
        case "name": TemplateValue(self.name)
        case "lead": TemplateValue(lead)
        case "trust": TemplateValue(trust)
        case "counts": TemplateValue(counts)
        case "types": TemplateValue(types)
        case "peers": TemplateValue(peers)
        case "baseline": TemplateValue(baseline)
        case "boundaries": TemplateValue(boundaries)
        case "coverage": TemplateValue(coverage)
        case "englandNote": TemplateValue(englandNote)
        case "unwarrantedSymbol": TemplateValue(unwarrantedSymbol)
        case "warrantedSymbol": TemplateValue(warrantedSymbol)
        default: nil
        }
    }
}

extension VariationScopePage.TypeSummary: TemplateView, TemplateElement {
    func value(named name: String) -> TemplateValue? {
        switch name {
        case "link": TemplateValue(link)
        case "captionID": TemplateValue(captionID)
        case "caption": TemplateValue(caption)
        case "rows": TemplateValue(rows)
        default: nil
        }
    }
}

extension VariationScopePage.FieldRow: TemplateView, TemplateElement {
    func value(named name: String) -> TemplateValue? {
        switch name {
        case "label": TemplateValue(label)
        case "kind": TemplateValue(kind)
        case "compared": TemplateValue(compared)
        case "typical": TemplateValue(typical)
        case "spread": TemplateValue(spread)
        case "unwarranted": TemplateValue(unwarranted)
        case "warranted": TemplateValue(warranted)
        default: nil
        }
    }
}

extension ComparisonPanel: TemplateView, TemplateElement {
    func value(named name: String) -> TemplateValue? {
        switch name {
        case "compared": TemplateValue(compared)
        case "notCompared": TemplateValue(notCompared)
        case "caption": TemplateValue(caption)
        case "scopes": TemplateValue(scopes)
        case "rows": TemplateValue(rows)
        case "baseline": TemplateValue(baseline)
        case "boundaries": TemplateValue(boundaries)
        case "matrix": TemplateValue(matrix)
        default: nil
        }
    }
}

extension ComparisonPanel.Row: TemplateView, TemplateElement {
    func value(named name: String) -> TemplateValue? {
        switch name {
        case "label": TemplateValue(label)
        case "value": TemplateValue(value)
        case "peers": TemplateValue(peers)
        case "flags": TemplateValue(flags)
        case "declaration": TemplateValue(declaration)
        default: nil
        }
    }
}

extension ComparisonPanel.BaselineView: TemplateView, TemplateElement {
    func value(named name: String) -> TemplateValue? {
        switch name {
        case "label": TemplateValue(label)
        case "standard": TemplateValue(standard)
        case "value": TemplateValue(value)
        case "flag": TemplateValue(flag)
        default: nil
        }
    }
}
