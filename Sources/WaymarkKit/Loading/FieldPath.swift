/// A dotted field path (`eligibility.age_min`, `hours.sessions[0].from`) split once into its
/// steps, for looking the same field up in many pathways.
struct FieldPath: Sendable, Hashable {
    enum Step: Sendable, Hashable {
        case key(String)
        case index(Int)
    }

    /// The path as written.
    let text: String
    let steps: [Step]

    init(_ text: String) {
        self.text = text
        var steps: [Step] = []
        for segment in text.split(separator: ".", omittingEmptySubsequences: true) {
            var name = Substring(segment)
            var indexes: [Int] = []
            while name.hasSuffix("]"), let open = name.lastIndex(of: "["),
                let index = Int(name[name.index(after: open)..<name.index(before: name.endIndex)])
            {
                indexes.insert(index, at: 0)
                name = name[..<open]
            }
            if !name.isEmpty { steps.append(.key(String(name))) }
            steps += indexes.map { .index($0) }
        }
        self.steps = steps
    }

    /// The node at this path below `root`, if there is one.
    func node(in root: YAMLNode) -> YAMLNode? {
        var current = root
        for step in steps {
            switch (step, current.value) {
            case (.key(let key), .mapping(let entries)):
                guard let entry = entries.first(where: { $0.key == key }) else { return nil }
                current = entry.value
            case (.index(let index), .sequence(let items)) where items.indices.contains(index):
                current = items[index]
            default: return nil
            }
        }
        return current
    }

    /// The node at this path, else the nearest enclosing node that exists (the root at worst):
    /// where a diagnostic about the field points.
    func nearestNode(in root: YAMLNode) -> YAMLNode {
        var current = root
        for step in steps {
            switch (step, current.value) {
            case (.key(let key), .mapping(let entries)):
                guard let entry = entries.first(where: { $0.key == key }) else { return current }
                current = entry.value
            case (.index(let index), .sequence(let items)) where items.indices.contains(index):
                current = items[index]
            default: return current
            }
        }
        return current
    }
}
