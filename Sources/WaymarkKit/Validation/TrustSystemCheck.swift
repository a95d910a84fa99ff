/// A trust's `systems` and each system's `trusts` say the same thing from both ends: a trust
/// serves a system exactly when the system is served by the trust. When they disagree, which
/// crews cover a place is unclear, so both ends are errors: the file that lists, at its entry,
/// and the file that does not, at its list. An id that names nothing is `ReferenceCheck`'s to
/// report, and a file with errors of its own is not judged.
enum TrustSystemCheck: ValidationRule {
    /// One end of the relation: a file, its name and id, and the list naming the other end.
    struct End {
        let source: SourceDocument
        let name: String
        let id: String
        let list: String
    }

    static func run(_ input: RuleInput, earlier: EarlierDiagnostics) -> [Diagnostic] {
        let catalogue = input.catalogue
        var diagnostics: [Diagnostic] = []
        let judged = { (source: SourceDocument) in !input.filesWithErrors.contains(source.path) }
        for trust in catalogue.trusts where judged(trust.source) {
            let listing = End(source: trust.source, name: trust.name, id: trust.id, list: "systems")
            for (index, item) in (trust.source.data["systems"]?.items ?? []).enumerated() {
                guard let id = item.string, let system = catalogue.system(id), judged(system.source),
                    !system.trusts.contains(trust.id)
                else { continue }
                let listed = End(source: system.source, name: system.name, id: system.id, list: "trusts")
                diagnostics += disagreement(listing, index, listed)
            }
        }
        for system in catalogue.systems where judged(system.source) {
            let listing = End(source: system.source, name: system.name, id: system.id, list: "trusts")
            for (index, item) in (system.source.data["trusts"]?.items ?? []).enumerated() {
                guard let id = item.string, let trust = catalogue.trust(id), judged(trust.source),
                    !trust.systems.contains(system.id)
                else { continue }
                let listed = End(source: trust.source, name: trust.name, id: trust.id, list: "systems")
                diagnostics += disagreement(listing, index, listed)
            }
        }
        return diagnostics
    }

    /// The two errors of one disagreement: at the entry of `listing`, and at the list of `listed` that lacks it.
    private static func disagreement(_ listing: End, _ index: Int, _ listed: End) -> [Diagnostic] {
        let entry = "\(listing.list)[\(index)]"
        let entryLocation = listing.source.location(of: entry)
        let listLocation =
            listed.source.data[listed.list] == nil
            ? listed.source.location(listed.source.data.position) : listed.source.location(of: listed.list)
        return [
            Diagnostic(
                .error, code: "organisation.lists-disagree",
                message:
                    "`\(entry)` names \(listed.name), but \(listed.name) does not name \(listing.name) in its `\(listed.list)`",
                at: entryLocation, field: entry,
                hint: "add `\(listing.id)` to `\(listed.list)` in \(listed.source.path), or remove this entry",
                notes: [Diagnostic.Note("\(listed.name)'s `\(listed.list)`", at: listLocation)]),
            Diagnostic(
                .error, code: "organisation.lists-disagree",
                message:
                    "`\(listed.list)` does not name \(listing.name) (`\(listing.id)`), although \(listing.name) names \(listed.name) in its `\(listing.list)`",
                at: listLocation, field: listed.list,
                hint:
                    "add `\(listing.id)` to `\(listed.list)`, or remove `\(listed.id)` from `\(listing.list)` in \(listing.source.path)",
                notes: [Diagnostic.Note("\(listing.name) names \(listed.name) here", at: entryLocation)]),
        ]
    }
}
