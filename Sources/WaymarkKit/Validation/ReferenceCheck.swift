/// Checks that every id a file names resolves to a file of the right kind: a place's system,
/// trust and neighbours; a pathway's type, approving body and vocabulary codes; a body's members.
/// Each unresolved reference is reported at the value that makes it.
enum ReferenceCheck: ValidationRule {
    static func run(_ input: RuleInput, earlier: EarlierDiagnostics) -> [Diagnostic] {
        let catalogue = input.catalogue
        var check = Checker(catalogue: catalogue, files: input.files)
        check.site()
        for trust in catalogue.trusts {
            check.ids("systems", in: trust.source, kind: .system)
        }
        for system in catalogue.systems {
            check.ids("trusts", in: system.source, kind: .trust)
        }
        for place in catalogue.places { check.place(place) }
        for body in catalogue.governanceBodies { check.body(body) }
        for pathway in catalogue.pathways { check.pathway(pathway) }
        return check.diagnostics
    }
}

/// The kinds of thing a reference can name, and where they live.
enum ReferenceKind: Sendable {
    case trust, system, place, pathwayType, governanceBody, criterion, role

    var noun: String {
        switch self {
        case .trust: "trust"
        case .system: "system"
        case .place: "place"
        case .pathwayType: "pathway type"
        case .governanceBody: "governance body"
        case .criterion: "criterion"
        case .role: "role"
        }
    }

    var home: String {
        switch self {
        case .trust: "trusts/<id>.md"
        case .system: "systems/<id>/system.md"
        case .place: "systems/<system>/<id>/place.md"
        case .pathwayType: "pathways/<id>.md"
        case .governanceBody: "governance/<id>.md"
        case .criterion: "vocabulary/criteria.yaml"
        case .role: "vocabulary/roles.yaml"
        }
    }
}

private struct Checker {
    let catalogue: Catalogue
    /// Ids whose files exist but did not decode, by kind.
    let broken: [ReferenceKind: Set<String>]
    var diagnostics: [Diagnostic] = []

    init(catalogue: Catalogue, files: Set<SourceDocument.Kind>) {
        self.catalogue = catalogue
        var broken: [ReferenceKind: Set<String>] = [:]
        for kind in files {
            switch kind {
            case .trust(let id) where catalogue.trust(id) == nil: broken[.trust, default: []].insert(id)
            case .system(let id) where catalogue.system(id) == nil: broken[.system, default: []].insert(id)
            case .place(_, let id) where catalogue.place(id) == nil: broken[.place, default: []].insert(id)
            case .pathwayType(let id) where catalogue.pathwayType(id) == nil:
                broken[.pathwayType, default: []].insert(id)
            case .governanceBody(let id) where catalogue.governanceBody(id) == nil:
                broken[.governanceBody, default: []].insert(id)
            default: continue
            }
        }
        self.broken = broken
        self.vocabulariesBroken = Set(
            files.compactMap { kind -> String? in
                guard case .vocabulary(let name) = kind, catalogue.vocabularies[name] == nil else { return nil }
                return name
            })
    }

    /// Vocabularies whose files exist but did not decode: their codes are not checked.
    let vocabulariesBroken: Set<String>

    func known(_ kind: ReferenceKind) -> [String] {
        switch kind {
        case .trust: catalogue.trusts.map(\.id)
        case .system: catalogue.systems.map(\.id)
        case .place: catalogue.places.map(\.id)
        case .pathwayType: catalogue.pathwayTypes.map(\.id)
        case .governanceBody: catalogue.governanceBodies.map(\.id)
        case .criterion: catalogue.criteria.terms.map(\.code)
        case .role: catalogue.roles.terms.map(\.code)
        }
    }

    func exists(_ id: String, _ kind: ReferenceKind) -> Bool {
        if broken[kind]?.contains(id) == true { return true }
        return switch kind {
        case .trust: catalogue.trust(id) != nil
        case .system: catalogue.system(id) != nil
        case .place: catalogue.place(id) != nil
        case .pathwayType: catalogue.pathwayType(id) != nil
        case .governanceBody: catalogue.governanceBody(id) != nil
        case .criterion: vocabulariesBroken.contains("criteria") || catalogue.criteria.term(id) != nil
        case .role: vocabulariesBroken.contains("roles") || catalogue.roles.term(id) != nil
        }
    }

    mutating func id(_ id: String?, field: String, in document: SourceDocument, kind: ReferenceKind) {
        guard let id, !exists(id, kind) else { return }
        let suggestion = Suggestion.closest(to: id, among: known(kind))
        diagnostics.append(
            .unknownReference(id, kind: kind, field: field, suggestion: suggestion, at: document.location(of: field)))
    }

    /// Checks every id in the list at `field`, walking the source rather than the model: decoding
    /// drops items that failed, so a model offset would name the wrong item. Ids that are not
    /// valid identifiers were already reported by decoding.
    mutating func ids(_ field: String, in document: SourceDocument, kind: ReferenceKind) {
        for (offset, item) in (document.data.node(at: field)?.items ?? []).enumerated() {
            guard let text = item.string, Identifier.isValid(text) else { continue }
            id(text, field: "\(field)[\(offset)]", in: document, kind: kind)
        }
    }

    /// Checks the id under `key` in every group of the list at `list`, such as `members[1].system`.
    mutating func ids(_ list: String, key: String, in document: SourceDocument, kind: ReferenceKind) {
        for (offset, item) in (document.data.node(at: list)?.items ?? []).enumerated() {
            guard let text = item[key]?.string, Identifier.isValid(text) else { continue }
            id(text, field: "\(list)[\(offset)].\(key)", in: document, kind: kind)
        }
    }

    mutating func site() {
        guard let source = catalogue.site.source else { return }
        ids("core_types", in: source, kind: .pathwayType)
    }

    mutating func place(_ place: Place) {
        id(place.trust, field: "trust", in: place.source, kind: .trust)
        ids("neighbours", in: place.source, kind: .place)
    }

    mutating func body(_ body: GovernanceBody) {
        id(body.trust, field: "trust", in: body.source, kind: .trust)
        ids("members", key: "system", in: body.source, kind: .system)
        ids("ratified", key: "system", in: body.source, kind: .system)
        ids("authority", in: body.source, kind: .pathwayType)
    }

    mutating func pathway(_ pathway: Pathway) {
        if !exists(pathway.type, .pathwayType) {
            let suggestion = Suggestion.closest(to: pathway.type, among: known(.pathwayType))
            diagnostics.append(
                .unknownPathwayType(
                    pathway.type, suggestion: suggestion,
                    at: pathway.source.location(SourcePosition(line: 1, column: 1))))
        }
        approver(pathway.governance.approvedBy, field: "governance.approved_by", of: pathway)
        ids("eligibility.include", in: pathway.source, kind: .criterion)
        ids("eligibility.exclude", in: pathway.source, kind: .criterion)
        ids("referral.accepts_from", in: pathway.source, kind: .role)
        for (offset, item) in (pathway.source.data["variations"]?.items ?? []).enumerated() {
            guard let text = item["approved_by"]?.string, Identifier.isValid(text) else { continue }
            approver(text, field: "variations[\(offset)].approved_by", of: pathway)
        }
    }

    /// An approving body: when unknown, the suggestion comes from the bodies that may approve
    /// this pathway, where it is, rather than from every body by spelling alone.
    mutating func approver(_ id: String, field: String, of pathway: Pathway) {
        guard !exists(id, .governanceBody) else { return }
        let eligible = catalogue.governanceBodies.map(\.id).filter {
            GovernanceCheck.mayApprove($0, pathway, catalogue)
        }
        let hint: String?
        if eligible.isEmpty {
            hint = Suggestion.closest(to: id, among: known(.governanceBody)).map { "did you mean `\($0)`?" }
        } else {
            let likely = Suggestion.closest(to: id, among: eligible)
            let place = catalogue.place(pathway.place)?.name ?? pathway.place
            let type = catalogue.pathwayType(pathway.type)?.name ?? pathway.type
            if eligible.count == 1 {
                hint = "did you mean `\(eligible[0])`, the one body that may approve a \(type) pathway in \(place)?"
            } else {
                let listed = eligible.map { "`\($0)`" }.joined(separator: ", ")
                hint =
                    (likely.map { "did you mean `\($0)`? " } ?? "")
                    + "the bodies that may approve a \(type) pathway in \(place) are \(listed)"
            }
        }
        var diagnostic = Diagnostic.unknownReference(
            id, kind: .governanceBody, field: field, suggestion: nil, at: pathway.source.location(of: field))
        if let hint { diagnostic.hint = hint }
        diagnostics.append(diagnostic)
    }
}

extension Diagnostic {
    static func unknownReference(
        _ id: String, kind: ReferenceKind, field: String, suggestion: String?, at location: SourceLocation
    ) -> Diagnostic {
        Diagnostic(
            .error, code: "reference.unknown",
            message: "`\(field)` names the \(kind.noun) `\(id)`, but there is no \(kind.noun) with that id",
            at: location,
            field: field,
            hint: suggestion.map { "did you mean `\($0)`?" }
                ?? "each \(kind.noun) is defined in \(kind.home); check the spelling or add it there")
    }

    static func unknownPathwayType(_ type: String, suggestion: String?, at location: SourceLocation) -> Diagnostic {
        Diagnostic(
            .error, code: "reference.unknown",
            message: "the file name makes this a `\(type)` pathway, but there is no pathway type `\(type)`",
            at: location,
            hint: suggestion.map { "did you mean `\($0)`? rename the file to `\($0).md`" }
                ?? "name the file after a pathway type in pathways/ (such as `falls.md`), or add `pathways/\(type).md`")
    }
}
