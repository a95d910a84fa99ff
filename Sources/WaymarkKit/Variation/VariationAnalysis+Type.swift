extension VariationAnalysis {
    /// The analysis of one pathway type: its active pathways, each compared value read once, and
    /// the locations of the values that turn out to be findings, read once each.
    struct TypeAnalysis {
        let type: PathwayType
        let rank: Int
        let context: Context
        /// Every pathway of the catalogue: the type's are referred to by position, never copied.
        let pathways: [Pathway]
        /// The positions in `pathways` of the type's active pathways, in id order; everything
        /// else refers to these by index.
        let active: [Int]
        /// `values[field][index]`, read as each field's kind compares it.
        let values: [[FieldValue?]]
        /// `members[scope]`: the indexes of the active pathways in each scope.
        let members: [[Int]]
        /// Each active pathway's place rank.
        let placeRanks: [Int]
        /// Each active pathway's place name.
        let placeNames: [String]
        /// Each compared field's path, split once, then the baseline's.
        let paths: [FieldPath]
        /// `locations[field][index]`, read when first needed; the baseline's field comes last.
        private var locations: [[SourceLocation?]]
        /// Whether each active pathway declares any variation: most do not.
        private let declares: [Bool]
        /// The declarations of pathways that declare, by `field × active.count + index`, worked
        /// out when first needed.
        private var declarations: [Int: VariationFinding.Declaration?] = [:]

        init(_ type: PathwayType, rank: Int, context: Context) {
            self.type = type
            self.rank = rank
            self.context = context
            let pathways = context.catalogue.pathways
            self.pathways = pathways
            // Read through the buffer so that no pathway is copied to look at one of its fields.
            let (active, values, places) = pathways.withUnsafeBufferPointer { pathways in
                let active = context.catalogue.pathwayIndexes(ofType: type.id).filter { pathways[$0].status == .active }
                let values = type.compare.map { field in
                    let path = FieldPath(field.field)
                    let derived = Pathway.derivedFields.contains(field.field)
                    return active.map { index in
                        // Reading the parts a value needs, rather than calling a method on the
                        // pathway, keeps the compiler from copying the whole pathway each time.
                        let value =
                            derived
                            ? Pathway.derivedValue(path, hours: pathways[index].hours)
                            : path.node(in: pathways[index].source.data).flatMap(Pathway.value(of:))
                        return value?.compared(as: field.kind)
                    }
                }
                return (active, values, active.map { pathways[$0].place })
            }
            self.active = active
            self.values = values
            let placeRanks = places.map { context.placeRank[$0] ?? Int.max }
            var members = [[Int]](repeating: [], count: context.scopes.count)
            for (index, rank) in placeRanks.enumerated() where rank < context.scopesByRank.count {
                for scope in context.scopesByRank[rank] { members[scope].append(index) }
            }
            self.members = members
            self.placeRanks = placeRanks
            placeNames = placeRanks.map {
                context.catalogue.places.indices.contains($0) ? context.catalogue.places[$0].name : ""
            }
            paths = type.compare.map { FieldPath($0.field) } + [FieldPath(type.baseline?.field ?? "")]
            locations = Array(repeating: Array(repeating: nil, count: active.count), count: type.compare.count + 1)
            declares = pathways.withUnsafeBufferPointer { pathways in active.map { !pathways[$0].variations.isEmpty } }
        }

        /// The location of the field at `fieldRank` (`compare.count` for the baseline's) in the
        /// pathway at `index`, read once: the value, else the nearest enclosing one.
        private mutating func location(rank fieldRank: Int, _ index: Int) -> SourceLocation {
            if let known = locations[fieldRank][index] { return known }
            let source = pathways[active[index]].source
            let location = source.location(paths[fieldRank].nearestNode(in: source.data).position)
            locations[fieldRank][index] = location
            return location
        }

        private static func kindRank(_ detail: VariationFinding.Detail) -> Int {
            switch detail {
            case .outlier: 0
            case .differs: 1
            case .set: 2
            case .coverage: 3
            case .baseline: 4
            case .boundary: 5
            }
        }

        /// The pathway's declared variation of the field at `fieldRank`, worked out once.
        private mutating func declaration(rank fieldRank: Int, _ field: String, in index: Int)
            -> VariationFinding.Declaration?
        {
            guard declares[index] else { return nil }
            let key = fieldRank * active.count + index
            if let known = declarations[key] { return known }
            let declaration = declaration(of: field, in: index)
            declarations[key] = .some(declaration)
            return declaration
        }

        /// The pathway's declared variation of `field`: one naming the field or a group holding it.
        private func declaration(of field: String, in index: Int) -> VariationFinding.Declaration? {
            guard !pathways[active[index]].variations.isEmpty else { return nil }
            let pathway = pathways[active[index]]
            let items = pathway.source.data["variations"]?.items ?? []
            for (position, variation) in pathway.variations.enumerated()
            where variation.field == field || field.hasPrefix(variation.field + ".") {
                // The decoder keeps only whole declarations, so find this one's own entry.
                let entry = items.firstIndex { $0["field"]?.string == variation.field } ?? position
                return VariationFinding.Declaration(
                    field: variation.field, rationale: variation.rationale, approvedBy: variation.approvedBy,
                    authorised: GovernanceCheck.mayApprove(variation.approvedBy, pathway, context.catalogue),
                    location: pathway.source.location(of: "variations[\(entry)].field"))
            }
            return nil
        }

        private mutating func append(
            _ detail: VariationFinding.Detail, scope: (rank: Int, scope: VariationScope),
            field: PathwayType.ComparedField,
            fieldRank: Int, index: Int, value: FieldValue?, neighbour: Int = -1, into output: inout Findings
        ) {
            var declaration = declaration(rank: fieldRank, field.field, in: index)
            if neighbour >= 0 {
                // A boundary is warranted by a declaration on either side.
                let declarations = [declaration, self.declaration(rank: fieldRank, field.field, in: neighbour)]
                    .compactMap { $0 }
                declaration = declarations.first { $0.authorised } ?? declarations.first
            }
            output.append(
                VariationFinding(
                    scope: scope.scope.id, scopeName: scope.scope.name, type: type.id, typeName: type.name,
                    field: field, place: pathways[active[index]].place, placeName: placeNames[index],
                    system: pathways[active[index]].system, pathway: pathways[active[index]].id, value: value,
                    detail: detail, declaration: declaration, location: location(rank: fieldRank, index)),
                .init(
                    scope: scope.rank, type: rank, field: fieldRank, kind: Self.kindRank(detail),
                    place: placeRanks[index], pathway: index, neighbour: neighbour))
        }

        /// Every comparison of the type, scope by scope and field by field, with the outliers,
        /// differing categories and differing sets each finds.
        mutating func peerFindings(into output: inout Findings) -> [FieldComparison] {
            var comparisons: [FieldComparison] = []
            for (scopeRank, scope) in context.scopes.enumerated() {
                let members = members[scopeRank]
                for (position, field) in type.compare.enumerated() {
                    let points = members.map { index in
                        FieldComparison.Point(pathway: pathways[active[index]].id, value: values[position][index])
                    }
                    let comparison = FieldComparison(scope: scope.id, type: type.id, field: field, points: points)
                    comparisons.append(comparison)
                    peerFindings(comparison, position: position, scope: scopeRank, members: members, into: &output)
                }
            }
            return comparisons
        }

        /// Outliers, differing categories and differing sets within one scope.
        private mutating func peerFindings(
            _ comparison: FieldComparison, position: Int, scope: Int, members: [Int], into output: inout Findings
        ) {
            // Work out once per comparison how a value is judged, then judge every value.
            let judge: (FieldValue?) -> VariationFinding.Detail?
            switch comparison.summary {
            case .number(nil): return
            case .number(let numbers?):
                judge = { value in
                    guard let number = value?.number, numbers.isOutlier(number) else { return nil }
                    return .outlier(median: numbers.median, score: numbers.score(number))
                }
            case .category(let categories):
                guard let mode = categories.mode else { return }
                let share = categories.share
                judge = { value in
                    guard let category = value?.category, category != mode else { return nil }
                    return .differs(mode: mode, share: share)
                }
            case .set(let sets):
                let list = sets.consensus
                let consensus = Set(list)
                judge = { value in
                    // Both lists are sorted without repeats, so they compare as arrays.
                    guard (value?.items ?? []) != list else { return nil }
                    let items = Set(value?.items ?? [])
                    return .set(
                        consensus: list, missing: consensus.subtracting(items).sorted(),
                        extra: items.subtracting(consensus).sorted(),
                        distance: 1 - Double(items.intersection(consensus).count) / Double(items.union(consensus).count)
                    )
                }
            }
            let scopeEntry = (scope, context.scopes[scope])
            for (point, index) in zip(comparison.points, members) {
                guard let detail = judge(point.value) else { continue }
                append(
                    detail, scope: scopeEntry, field: comparison.field, fieldRank: position, index: index,
                    value: point.value, into: &output)
            }
        }

        /// Active pathways that miss their type's baseline; a pathway that gives no value misses it too.
        mutating func baselineFindings(into output: inout Findings) {
            guard let baseline = type.baseline, baseline.minimum != nil || baseline.maximum != nil else { return }
            let position = type.compare.firstIndex { $0.field == baseline.field }
            let field =
                position.map { type.compare[$0] }
                ?? PathwayType.ComparedField(field: baseline.field, kind: .number, label: baseline.field)
            let detail = VariationFinding.Detail.baseline(
                minimum: baseline.minimum, maximum: baseline.maximum, source: baseline.origin)
            for index in active.indices {
                let value =
                    position.flatMap { type.compare[$0].kind == .number ? values[$0][index] : nil }
                    ?? pathways[active[index]].value(of: baseline.field)?.compared(as: .number)
                let number = value?.number
                if let number, number >= (baseline.minimum ?? -.infinity), number <= (baseline.maximum ?? .infinity) {
                    continue
                }
                guard let scope = context.homeScope[pathways[active[index]].place] else { continue }
                append(
                    detail, scope: scope, field: field, fieldRank: position ?? type.compare.count, index: index,
                    value: number.map { .number($0) }, into: &output)
            }
        }

        /// Pairs of active pathways in neighbouring places of different systems that disagree on a
        /// compared field. Each pair is reported once, from the place whose id sorts first, in the
        /// trust both places share (else England).
        mutating func boundaryFindings(into output: inout Findings) {
            let places = context.catalogue.places
            var byPlace: [Int: [Int]] = [:]
            for (index, rank) in placeRanks.enumerated() { byPlace[rank, default: []].append(index) }
            // A pair of place ranks, lower first, as one number.
            var pairs: Set<Int> = []
            for rank in byPlace.keys where places.indices.contains(rank) {
                for other in context.crossSystemNeighbours[rank] where byPlace[other] != nil {
                    pairs.insert(min(rank, other) * places.count + max(rank, other))
                }
            }
            let england = englandScope
            for pair in pairs {
                let (first, second) = (pair / places.count, pair % places.count)
                // The near and far pathways of a pair all share one place each.
                guard let nearPathways = byPlace[first], let farPathways = byPlace[second] else { continue }
                let shared = context.scopesByRank[second]
                let scope =
                    context.scopesByRank[first].first {
                        shared.contains($0) && !context.scopes[$0].isEngland
                    }
                    .map { ($0, context.scopes[$0]) } ?? england
                for near in nearPathways {
                    for far in farPathways {
                        for (position, field) in type.compare.enumerated()
                        where values[position][near] != values[position][far] {
                            let detail = VariationFinding.Detail.boundary(
                                .init(
                                    place: pathways[active[far]].place, placeName: placeNames[far],
                                    system: pathways[active[far]].system, pathway: pathways[active[far]].id,
                                    value: values[position][far], location: location(rank: position, far)))
                            append(
                                detail, scope: scope, field: field, fieldRank: position, index: near,
                                value: values[position][near], neighbour: far, into: &output)
                        }
                    }
                }
            }
        }

        /// England, as a scope for boundaries between trusts, even when the report leaves it out.
        private var englandScope: (rank: Int, scope: VariationScope) {
            if let rank = context.scopes.firstIndex(where: \.isEngland) { return (rank, context.scopes[rank]) }
            return (
                context.scopes.count,
                VariationScope(
                    id: VariationScope.englandID, name: "England", places: context.catalogue.places.map(\.id))
            )
        }
    }
}
