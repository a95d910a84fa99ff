/// Finds, measures and explains variation between places, as `CONTENT-FORMAT.md` describes it:
/// for each scope (each trust's footprint, and England), each pathway type and each field in the
/// type's `compare` list, over active pathways. Nothing here knows a field by name: the types'
/// `compare` lists and baselines drive it all.
public enum VariationAnalysis {
    /// The analysis of `catalogue`: every comparison and every finding, in a stable order.
    public static func run(_ catalogue: Catalogue) -> VariationReport {
        let context = Context(catalogue)
        var comparisons: [FieldComparison] = []
        var findings: [VariationFinding] = []
        for type in catalogue.pathwayTypes {
            let active = catalogue.pathways(ofType: type.id).filter { $0.status == .active }
            let values = type.compare.map { field in active.map { $0.value(of: field.field)?.compared(as: field.kind) }
            }
            for scope in context.scopes {
                let members = active.indices.filter {
                    context.scopePlaces[scope.id]?.contains(active[$0].place) == true
                }
                for (position, field) in type.compare.enumerated() {
                    let points = members.map { index in
                        FieldComparison.Point(
                            pathway: active[index].id, place: active[index].place, system: active[index].system,
                            value: values[position][index], location: active[index].source.location(of: field.field))
                    }
                    let comparison = FieldComparison(scope: scope.id, type: type.id, field: field, points: points)
                    comparisons.append(comparison)
                    findings += context.peerFindings(
                        comparison, scope: scope, type: type, pathways: members.map { active[$0] })
                }
            }
            findings += context.baselineFindings(type, active)
            findings += context.boundaryFindings(type, active, values: values)
        }
        findings += context.coverageFindings()
        let order = Dictionary(uniqueKeysWithValues: context.scopes.enumerated().map { ($1.id, $0) })
        findings.sort { sortKey($0, catalogue, scopeOrder: order) < sortKey($1, catalogue, scopeOrder: order) }
        return VariationReport(scopes: context.scopes, comparisons: comparisons, findings: findings)
    }

    /// Findings sort by scope (trusts, then England), type, field in `compare` order, kind, place,
    /// pathway and neighbour.
    private static func sortKey(_ finding: VariationFinding, _ catalogue: Catalogue, scopeOrder: [String: Int])
        -> SortKey
    {
        let compare = catalogue.pathwayType(finding.type)?.compare ?? []
        let fieldRank = finding.field.map { field in compare.firstIndex { $0.field == field.field } ?? compare.count }
        var neighbour = ""
        if case .boundary(let other) = finding.detail { neighbour = other.pathway }
        return SortKey(
            scope: scopeOrder[finding.scope] ?? Int.max, type: finding.type, field: fieldRank ?? -1,
            kind: VariationFinding.Kind.allCases.firstIndex(of: finding.kind) ?? 0, place: finding.place,
            pathway: finding.pathway ?? "", neighbour: neighbour)
    }

    private struct SortKey: Comparable {
        var scope: Int
        var type: String
        var field: Int
        var kind: Int
        var place: String
        var pathway: String
        var neighbour: String

        static func < (lhs: SortKey, rhs: SortKey) -> Bool {
            (lhs.scope, lhs.type, lhs.field, lhs.kind) < (rhs.scope, rhs.type, rhs.field, rhs.kind)
                || (lhs.scope, lhs.type, lhs.field, lhs.kind) == (rhs.scope, rhs.type, rhs.field, rhs.kind)
                    && (lhs.place, lhs.pathway, lhs.neighbour) < (rhs.place, rhs.pathway, rhs.neighbour)
        }
    }
}

extension VariationAnalysis {
    /// What every finding needs to know about the catalogue, worked out once.
    fileprivate struct Context {
        let catalogue: Catalogue
        let scopes: [VariationScope]
        let scopePlaces: [String: Set<String>]
        /// Each place's scope for findings that do not depend on peers: the first trust serving
        /// it, else England.
        let homeScope: [String: VariationScope]

        init(_ catalogue: Catalogue) {
            self.catalogue = catalogue
            scopes = VariationScope.all(in: catalogue)
            scopePlaces = Dictionary(uniqueKeysWithValues: scopes.map { ($0.id, Set($0.places)) })
            let england = VariationScope(
                id: VariationScope.englandID, name: "England", places: catalogue.places.map(\.id))
            var home: [String: VariationScope] = [:]
            for scope in scopes.reversed() where !scope.isEngland {
                for place in scope.places { home[place] = scope }
            }
            for place in catalogue.places where home[place.id] == nil { home[place.id] = england }
            homeScope = home
        }

        func placeName(_ id: String) -> String { catalogue.place(id)?.name ?? id }

        /// The pathway's declared variation of `field`: one naming the field or a group holding it.
        func declaration(of field: String, in pathway: Pathway) -> VariationFinding.Declaration? {
            let items = pathway.source.data["variations"]?.items ?? []
            for (index, variation) in pathway.variations.enumerated()
            where variation.field == field || field.hasPrefix(variation.field + ".") {
                // The decoder keeps only whole declarations, so find this one's own entry.
                let position = items.firstIndex { $0["field"]?.string == variation.field } ?? index
                return VariationFinding.Declaration(
                    field: variation.field, rationale: variation.rationale, approvedBy: variation.approvedBy,
                    authorised: GovernanceCheck.mayApprove(variation.approvedBy, pathway, catalogue),
                    location: pathway.source.location(of: "variations[\(position)].field"))
            }
            return nil
        }

        func finding(
            _ detail: VariationFinding.Detail, scope: VariationScope, type: PathwayType,
            field: PathwayType.ComparedField, pathway: Pathway, value: FieldValue?
        ) -> VariationFinding {
            VariationFinding(
                scope: scope.id, scopeName: scope.name, type: type.id, typeName: type.name, field: field,
                place: pathway.place, placeName: placeName(pathway.place), system: pathway.system,
                pathway: pathway.id, value: value, detail: detail,
                declaration: declaration(of: field.field, in: pathway),
                location: pathway.source.location(of: field.field))
        }

        /// Outliers, differing categories and differing sets within one scope.
        func peerFindings(
            _ comparison: FieldComparison, scope: VariationScope, type: PathwayType, pathways: [Pathway]
        ) -> [VariationFinding] {
            var findings: [VariationFinding] = []
            for (point, pathway) in zip(comparison.points, pathways) {
                let detail: VariationFinding.Detail?
                switch comparison.summary {
                case .number(let numbers?):
                    guard let value = point.value?.number, numbers.isOutlier(value) else { continue }
                    detail = .outlier(median: numbers.median, score: numbers.score(value))
                case .number(nil): detail = nil
                case .category(let categories):
                    guard let mode = categories.mode, let value = point.value?.category, value != mode else {
                        continue
                    }
                    detail = .differs(mode: mode, share: categories.share)
                case .set(let sets):
                    let items = Set(point.value?.items ?? [])
                    let consensus = Set(sets.consensus)
                    guard items != consensus else { continue }
                    let union = items.union(consensus).count
                    detail = .set(
                        consensus: sets.consensus, missing: consensus.subtracting(items).sorted(),
                        extra: items.subtracting(consensus).sorted(),
                        distance: 1 - Double(items.intersection(consensus).count) / Double(union))
                }
                guard let detail else { continue }
                findings.append(
                    finding(
                        detail, scope: scope, type: type, field: comparison.field, pathway: pathway, value: point.value)
                )
            }
            return findings
        }

        /// Active pathways that miss their type's baseline; a pathway that gives no value misses it too.
        func baselineFindings(_ type: PathwayType, _ active: [Pathway]) -> [VariationFinding] {
            guard let baseline = type.baseline, baseline.minimum != nil || baseline.maximum != nil else { return [] }
            let field =
                type.compare.first { $0.field == baseline.field }
                ?? PathwayType.ComparedField(field: baseline.field, kind: .number, label: baseline.field)
            return active.compactMap { pathway in
                let value = pathway.value(of: baseline.field)?.compared(as: .number)
                if let number = value?.number, number >= (baseline.minimum ?? -.infinity),
                    number <= (baseline.maximum ?? .infinity)
                {
                    return nil
                }
                guard let scope = homeScope[pathway.place] else { return nil }
                return finding(
                    .baseline(minimum: baseline.minimum, maximum: baseline.maximum, source: baseline.origin),
                    scope: scope, type: type, field: field, pathway: pathway, value: value)
            }
        }

        /// Pairs of active pathways in neighbouring places of different systems that disagree on a
        /// compared field. Each pair is reported once, from the place whose id sorts first, in the
        /// trust both places share (else England); a declaration on either side warrants it.
        func boundaryFindings(_ type: PathwayType, _ active: [Pathway], values: [[FieldValue?]]) -> [VariationFinding] {
            var byPlace: [String: [Int]] = [:]
            for (index, pathway) in active.enumerated() { byPlace[pathway.place, default: []].append(index) }
            var pairs: Set<[String]> = []
            for place in catalogue.places where byPlace[place.id] != nil {
                for neighbour in place.neighbours {
                    guard let other = catalogue.place(neighbour), other.system != place.system,
                        byPlace[other.id] != nil
                    else { continue }
                    pairs.insert([place.id, other.id].sorted())
                }
            }
            var findings: [VariationFinding] = []
            for pair in pairs.sorted(by: { $0.lexicographicallyPrecedes($1) }) {
                guard let first = catalogue.place(pair[0]), let second = catalogue.place(pair[1]) else { continue }
                let shared = Set(catalogue.trusts(serving: second))
                let scope =
                    scopes.first {
                        !$0.isEngland && shared.contains($0.id) && scopePlaces[$0.id]?.contains(first.id) == true
                    }
                    ?? VariationScope(
                        id: VariationScope.englandID, name: "England", places: catalogue.places.map(\.id))
                for near in byPlace[first.id] ?? [] {
                    for far in byPlace[second.id] ?? [] {
                        for (position, field) in type.compare.enumerated()
                        where values[position][near] != values[position][far] {
                            let pathway = active[near]
                            let neighbour = active[far]
                            var found = finding(
                                .boundary(
                                    .init(
                                        place: second.id, placeName: second.name, system: second.system,
                                        pathway: neighbour.id, value: values[position][far],
                                        location: neighbour.source.location(of: field.field))),
                                scope: scope, type: type, field: field, pathway: pathway, value: values[position][near])
                            let declarations = [found.declaration, declaration(of: field.field, in: neighbour)]
                                .compactMap { $0 }
                            found.declaration = declarations.first { $0.authorised } ?? declarations.first
                            findings.append(found)
                        }
                    }
                }
            }
            return findings
        }

        /// Places with no active pathway of a core type.
        func coverageFindings() -> [VariationFinding] {
            let core = catalogue.coreTypes.compactMap { catalogue.pathwayType($0) }.sorted { $0.id < $1.id }
            var findings: [VariationFinding] = []
            for place in catalogue.places {
                let pathways = catalogue.pathways(atPlace: place.id)
                for type in core {
                    let ofType = pathways.filter { $0.type == type.id }
                    guard !ofType.contains(where: { $0.status == .active }), let scope = homeScope[place.id] else {
                        continue
                    }
                    findings.append(
                        VariationFinding(
                            scope: scope.id, scopeName: scope.name, type: type.id, typeName: type.name, field: nil,
                            place: place.id, placeName: place.name, system: place.system, pathway: nil,
                            value: ofType.isEmpty ? nil : .set(ofType.map(\.status.rawValue)),
                            detail: .coverage(statuses: ofType.map(\.status)), declaration: nil,
                            location: place.source.location(place.source.data.position)))
                }
            }
            return findings
        }
    }
}
