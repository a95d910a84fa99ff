import Foundation
import Synchronization

/// Finds, measures and explains variation between places, as `CONTENT-FORMAT.md` describes it:
/// for each scope (each trust's footprint, and England), each pathway type and each field in the
/// type's `compare` list, over active pathways. Nothing here knows a field by name: the types'
/// `compare` lists and baselines drive it all.
///
/// It runs on every check, so it is written to stay well under 100 ms for 10,000 pathways: each
/// value and location is read once, pathways are referred to by index rather than copied, and
/// findings are ordered by integer keys.
enum VariationAnalysis {
    /// The analysis of `catalogue`: every comparison and every finding, in a stable order.
    static func run(_ catalogue: Catalogue) -> VariationReport {
        let context = Context(catalogue)
        let types = catalogue.pathwayTypes
        // Types are independent, and coverage is a job of its own: run them side by side, each
        // sorting its own findings, then merge the parts in order.
        let results = Mutex(
            [(comparisons: [FieldComparison], findings: Findings)?](repeating: nil, count: types.count + 1))
        DispatchQueue.concurrentPerform(iterations: types.count + 1) { job in
            var output = Findings()
            var comparisons: [FieldComparison] = []
            if job < types.count {
                var analysis = TypeAnalysis(types[job], rank: job, context: context)
                comparisons = analysis.peerFindings(into: &output)
                analysis.baselineFindings(into: &output)
                analysis.boundaryFindings(into: &output)
            } else {
                context.coverageFindings(into: &output)
            }
            output.sort()
            results.withLock { $0[job] = (comparisons, output) }
        }
        let parts = results.withLock { $0 }.compactMap { $0 }
        return VariationReport(
            scopes: context.scopes, comparisons: parts.flatMap(\.comparisons),
            findings: Findings.merged(parts.map(\.findings)))
    }

    /// Findings with the keys they sort by: scope (trusts, then England), type, field in
    /// `compare` order, kind, place, pathway and neighbour, each as its rank.
    struct Findings {
        struct Key: Comparable {
            var scope: Int
            var type: Int
            var field: Int
            var kind: Int
            var place: Int
            var pathway: Int
            var neighbour: Int

            static func < (lhs: Key, rhs: Key) -> Bool {
                let left = (lhs.scope, lhs.type, lhs.field, lhs.kind)
                let right = (rhs.scope, rhs.type, rhs.field, rhs.kind)
                guard left == right else { return left < right }
                return (lhs.place, lhs.pathway, lhs.neighbour) < (rhs.place, rhs.pathway, rhs.neighbour)
            }
        }

        var keys: [Key] = []
        var findings: [VariationFinding] = []

        mutating func append(_ finding: VariationFinding, _ key: Key) {
            keys.append(key)
            findings.append(finding)
        }

        /// Puts this part's findings, and their keys, in order.
        mutating func sort() {
            let order = keys.indices.sorted { keys[$0] < keys[$1] }
            keys = order.map { keys[$0] }
            findings = order.map { findings[$0] }
        }

        /// The findings of every sorted part in one sorted list.
        static func merged(_ parts: [Findings]) -> [VariationFinding] {
            var result: [VariationFinding] = []
            result.reserveCapacity(parts.reduce(0) { $0 + $1.findings.count })
            var cursors = [Int](repeating: 0, count: parts.count)
            while true {
                var next = -1
                var best: Key?
                for part in parts.indices where cursors[part] < parts[part].keys.count {
                    let key = parts[part].keys[cursors[part]]
                    if best == nil || key < best! {
                        best = key
                        next = part
                    }
                }
                guard next >= 0 else { return result }
                result.append(parts[next].findings[cursors[next]])
                cursors[next] += 1
            }
        }
    }
}

extension VariationAnalysis {
    /// What every type's analysis needs to know about the catalogue, worked out once.
    struct Context {
        let catalogue: Catalogue
        let scopes: [VariationScope]
        /// The scopes each place belongs to, by rank.
        let placeScopes: [String: [Int]]
        /// Each place's rank in id order.
        let placeRank: [String: Int]
        /// By place rank: the scopes the place belongs to.
        let scopesByRank: [[Int]]
        /// By place rank: the ranks of the places that neighbour it in another system.
        let crossSystemNeighbours: [[Int]]
        /// Each place's scope for findings that do not depend on peers: the first trust serving
        /// it, else England.
        let homeScope: [String: (rank: Int, scope: VariationScope)]

        init(_ catalogue: Catalogue) {
            self.catalogue = catalogue
            let scopes = VariationScope.all(in: catalogue)
            self.scopes = scopes
            var placeScopes: [String: [Int]] = [:]
            for (rank, scope) in scopes.enumerated() {
                for place in scope.places { placeScopes[place, default: []].append(rank) }
            }
            self.placeScopes = placeScopes
            let placeRank = Dictionary(uniqueKeysWithValues: catalogue.places.enumerated().map { ($1.id, $0) })
            self.placeRank = placeRank
            scopesByRank = catalogue.places.map { placeScopes[$0.id] ?? [] }
            crossSystemNeighbours = catalogue.places.map { place in
                place.neighbours.compactMap { placeRank[$0] }.filter { catalogue.places[$0].system != place.system }
            }
            let england: (rank: Int, scope: VariationScope) =
                scopes.firstIndex(where: \.isEngland).map { ($0, scopes[$0]) }
                ?? (
                    scopes.count,
                    VariationScope(id: VariationScope.englandID, name: "England", places: catalogue.places.map(\.id))
                )
            var home: [String: (rank: Int, scope: VariationScope)] = [:]
            for place in catalogue.places {
                let rank = placeScopes[place.id]?.first { !scopes[$0].isEngland }
                home[place.id] = rank.map { ($0, scopes[$0]) } ?? england
            }
            homeScope = home
        }

        func placeName(_ id: String) -> String { catalogue.place(id)?.name ?? id }

        /// Places with no active pathway of a core type.
        func coverageFindings(into output: inout Findings) {
            let core = catalogue.coreTypes.compactMap { id in
                catalogue.pathwayTypes.firstIndex { $0.id == id }.map { ($0, catalogue.pathwayTypes[$0]) }
            }.sorted { $0.0 < $1.0 }
            let typeRanks = Dictionary(uniqueKeysWithValues: core.map { ($1.id, $0) })
            let typeCount = catalogue.pathwayTypes.count
            var statuses: [Int: [PathwayStatus]] = [:]
            catalogue.pathways.withUnsafeBufferPointer { pathways in
                for index in pathways.indices {
                    guard let type = typeRanks[pathways[index].type], let place = placeRank[pathways[index].place]
                    else { continue }
                    statuses[place * typeCount + type, default: []].append(pathways[index].status)
                }
            }
            for (placeIndex, place) in catalogue.places.enumerated() {
                for (typeRank, type) in core {
                    let found = statuses[placeIndex * typeCount + typeRank] ?? []
                    guard !found.contains(.active), let (scopeRank, scope) = homeScope[place.id] else { continue }
                    output.append(
                        VariationFinding(
                            scope: scope.id, scopeName: scope.name, type: type.id, typeName: type.name, field: nil,
                            place: place.id, placeName: place.name, system: place.system, pathway: nil,
                            value: found.isEmpty ? nil : .set(found.map(\.rawValue)),
                            detail: .coverage(statuses: found),
                            declaration: nil, location: place.source.location(place.source.data.position)),
                        .init(
                            scope: scopeRank, type: typeRank, field: -1, kind: 3, place: placeIndex, pathway: -1,
                            neighbour: -1))
                }
            }
        }
    }
}
