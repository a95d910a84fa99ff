/// One difference the analysis found: a pathway (or a place) that departs from its peers, its
/// neighbour, its type's baseline, or the core offer.
///
/// A finding is **warranted** when the pathway declares the field in `variations` with a
/// rationale and an approver that may approve it, else **unwarranted**.
struct VariationFinding: Sendable, Hashable {
    /// What kind of difference it is; the raw values are the documented `kind`s.
    enum Kind: String, Sendable, Hashable, CaseIterable {
        /// A number far from the scope's median.
        case outlier
        /// A category other than the scope's most common one.
        case differs
        /// A set other than the scope's consensus set.
        case set
        /// A place with no active pathway of a core type.
        case coverage
        /// A pathway that misses its type's baseline standard.
        case baseline
        /// Two neighbouring places in different systems that disagree.
        case boundary
    }

    /// The other side of a boundary.
    struct Neighbour: Sendable, Hashable {
        /// The neighbouring place's id.
        var place: String
        /// Its name.
        var placeName: String
        /// Its system's id.
        var system: String
        /// Its pathway's id.
        var pathway: String
        /// Its value.
        var value: FieldValue?
        /// Where its value is written.
        var location: SourceLocation
    }

    /// What the finding measured, by kind.
    enum Detail: Sendable, Hashable {
        /// The scope's median, and the robust z-score (`nil` when the MAD is 0).
        case outlier(median: Double, score: Double?)
        /// The scope's modal value and its share.
        case differs(mode: String, share: Double)
        /// The scope's consensus set, what this pathway lacks and adds, and its Jaccard distance.
        case set(consensus: [String], missing: [String], extra: [String], distance: Double)
        /// The type is missing; `statuses` are those of the place's pathways of it that are not active.
        case coverage(statuses: [PathwayStatus])
        /// The standard missed.
        case baseline(minimum: Double?, maximum: Double?, source: String?)
        /// The neighbour that disagrees.
        case boundary(Neighbour)
    }

    /// A difference the pathway declares in its `variations`.
    struct Declaration: Sendable, Hashable {
        /// The field as declared (it may enclose the compared field: `hours` covers `hours.weekends`).
        var field: String
        /// Why.
        var rationale: String
        /// The approving body's id.
        var approvedBy: String
        /// Whether that body may approve this pathway: a declaration without authority does not
        /// make the difference warranted.
        var authorised: Bool
        /// Where the declaration is written.
        var location: SourceLocation
    }

    /// What the finding says, held once and shared by every copy: findings are sorted, merged
    /// and filtered in their tens of thousands, and a copy is then one reference.
    private final class Storage: Sendable {
        let scope: String
        let scopeName: String
        let type: String
        let typeName: String
        let field: PathwayType.ComparedField?
        let place: String
        let placeName: String
        let system: String
        let pathway: String?
        let value: FieldValue?
        let detail: Detail
        let declaration: Declaration?
        let location: SourceLocation

        init(
            scope: String, scopeName: String, type: String, typeName: String, field: PathwayType.ComparedField?,
            place: String, placeName: String, system: String, pathway: String?, value: FieldValue?, detail: Detail,
            declaration: Declaration?, location: SourceLocation
        ) {
            self.scope = scope
            self.scopeName = scopeName
            self.type = type
            self.typeName = typeName
            self.field = field
            self.place = place
            self.placeName = placeName
            self.system = system
            self.pathway = pathway
            self.value = value
            self.detail = detail
            self.declaration = declaration
            self.location = location
        }
    }

    private let storage: Storage

    /// The scope's id: a trust id or `england`.
    var scope: String { storage.scope }
    /// The scope's name.
    var scopeName: String { storage.scopeName }
    /// The pathway type's id.
    var type: String { storage.type }
    /// The pathway type's name.
    var typeName: String { storage.typeName }
    /// The compared field, or `nil` for a coverage finding.
    var field: PathwayType.ComparedField? { storage.field }
    /// The place's id.
    var place: String { storage.place }
    /// The place's name.
    var placeName: String { storage.placeName }
    /// The place's system.
    var system: String { storage.system }
    /// The pathway's id, or `nil` for a coverage finding.
    var pathway: String? { storage.pathway }
    /// The pathway's value, or `nil` when it gives none.
    var value: FieldValue? { storage.value }
    /// What was measured.
    var detail: Detail { storage.detail }
    /// The pathway's declared variation of the field, if any.
    var declaration: Declaration? { storage.declaration }
    /// Where to look: the value in the pathway's file, or the place's file for coverage.
    var location: SourceLocation { storage.location }
    /// Whether the finding is new since a previous report, when one was given.
    var isNew: Bool?

    /// A finding about `place` (and `pathway`, unless it is about coverage).
    init(
        scope: String, scopeName: String, type: String, typeName: String, field: PathwayType.ComparedField?,
        place: String, placeName: String, system: String, pathway: String?, value: FieldValue?, detail: Detail,
        declaration: Declaration?, location: SourceLocation
    ) {
        storage = Storage(
            scope: scope, scopeName: scopeName, type: type, typeName: typeName, field: field, place: place,
            placeName: placeName, system: system, pathway: pathway, value: value, detail: detail,
            declaration: declaration, location: location)
    }

    /// Two findings are equal when they say the same thing and are equally new.
    static func == (lhs: VariationFinding, rhs: VariationFinding) -> Bool {
        guard lhs.isNew == rhs.isNew else { return false }
        if lhs.storage === rhs.storage { return true }
        return lhs.key == rhs.key && lhs.scopeName == rhs.scopeName && lhs.typeName == rhs.typeName
            && lhs.field == rhs.field && lhs.placeName == rhs.placeName && lhs.system == rhs.system
            && lhs.value == rhs.value && lhs.detail == rhs.detail && lhs.declaration == rhs.declaration
            && lhs.location == rhs.location
    }

    /// Hashes what identifies the finding and its value.
    func hash(into hasher: inout Hasher) {
        hasher.combine(key)
        hasher.combine(value)
        hasher.combine(isNew)
    }

    /// The finding's kind.
    var kind: Kind {
        switch detail {
        case .outlier: .outlier
        case .differs: .differs
        case .set: .set
        case .coverage: .coverage
        case .baseline: .baseline
        case .boundary: .boundary
        }
    }

    /// Whether the difference is declared and approved by a body that may approve it.
    var warranted: Bool { declaration?.authorised == true }

    /// What the value was measured against: the median, the modal value, the consensus set, the
    /// baseline's limit, or the neighbour's value; for coverage, `active`.
    var expected: FieldValue? {
        switch detail {
        case .outlier(let median, _): .number(median)
        case .differs(let mode, _): .category(mode)
        case .set(let consensus, _, _, _): .set(consensus)
        case .coverage: .category(PathwayStatus.active.rawValue)
        case .baseline(let minimum, let maximum, _): (maximum ?? minimum).map { .number($0) }
        case .boundary(let neighbour): neighbour.value
        }
    }

    /// The identity a later report recognises the finding by: what differs where, not by how much.
    var key: String {
        var neighbour = ""
        if case .boundary(let other) = detail { neighbour = other.pathway }
        return Self.key(
            kind: kind.rawValue, scope: scope, type: type, field: field?.field, place: place, pathway: pathway,
            neighbour: neighbour)
    }

    /// The identity of a finding from its parts, as `key` and an earlier report's JSON give them.
    static func key(
        kind: String, scope: String, type: String, field: String?, place: String, pathway: String?, neighbour: String?
    ) -> String {
        [kind, scope, type, field ?? "", place, pathway ?? "", neighbour ?? ""].joined(separator: "|")
    }
}
