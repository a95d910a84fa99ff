/// A trust's `systems` and each system's `trusts` say the same thing from both ends: a trust
/// serves a system exactly when the system is served by the trust. When they disagree, which
/// crews cover a place is unclear, so both ends are errors: the file that lists, at its entry,
/// and the file that does not, at its list. An id that names nothing is `ReferenceCheck`'s to
/// report, and a file with errors of its own is not judged.
enum TrustSystemCheck: ValidationRule {
    /// One end of the relation: a file, its name and id, the list naming the other end, and
    /// the ids that list holds.
    struct End {
        let source: SourceDocument
        let name: String
        let id: String
        let list: String
        let names: [String]
    }

    static func run(_ input: RuleInput, earlier: EarlierDiagnostics) -> [Diagnostic] {
        let catalogue = input.catalogue
        let trusts = catalogue.trusts.map {
            End(source: $0.source, name: $0.name, id: $0.id, list: "systems", names: $0.systems)
        }
        let systems = catalogue.systems.map {
            End(source: $0.source, name: $0.name, id: $0.id, list: "trusts", names: $0.trusts)
        }
        let judged = { (end: End) in !input.filesWithErrors.contains(end.source.path) }
        /// Each entry of `listing`'s list naming an end of `others` that does not name it back.
        func disagreements(_ listing: [End], _ others: [End]) -> [Diagnostic] {
            let byID = Dictionary(others.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            return listing.filter(judged).flatMap { end in
                (end.source.data[end.list]?.items ?? []).enumerated().flatMap { index, item -> [Diagnostic] in
                    guard let id = item.string, let other = byID[id], judged(other), !other.names.contains(end.id)
                    else { return [] }
                    return disagreement(end, index, other)
                }
            }
        }
        return disagreements(trusts, systems) + disagreements(systems, trusts)
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
