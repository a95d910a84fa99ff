extension VariationReport {
    /// Why a `--type` or `--scope` cannot be shown: no pathway type or scope has that id.
    public struct SelectionFailure: Error, Sendable, CustomStringConvertible {
        /// What was asked for, a likely meaning, and the ids there are.
        public var description: String
    }

    /// Only what concerns pathway type `type` and scope `scope` (either `nil` for all), after
    /// making sure each names a pathway type of `catalogue` or a scope of the report.
    func selecting(type: String?, scope: String?, in catalogue: Catalogue) throws(SelectionFailure)
        -> VariationReport
    {
        if let type {
            try Self.require(type, among: catalogue.pathwayTypes.map(\.id), option: "--type", noun: "pathway type")
        }
        if let scope {
            let note =
                scope == VariationScope.englandID
                ? "; England is compared on its own only when its places are in more than one trust" : ""
            try Self.require(scope, among: scopes.map(\.id), option: "--scope", noun: "scope", note: note)
        }
        return filtered(type: type, scope: scope)
    }

    private static func require(
        _ id: String, among ids: [String], option: String, noun: String, note: String = ""
    ) throws(SelectionFailure) {
        guard !ids.contains(id) else { return }
        var text = "\(option) \(id): there is no \(noun) `\(id)`"
        if let suggestion = Suggestion.closest(to: id, among: ids) { text += "; did you mean `\(suggestion)`?" }
        text += ids.isEmpty ? " (the content has none)" : " (the \(noun)s are \(ids.joined(separator: ", ")))"
        throw SelectionFailure(description: text + note)
    }
}
