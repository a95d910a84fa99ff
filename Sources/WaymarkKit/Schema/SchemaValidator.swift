/// Validates instances against a compiled `SchemaGraph`, by the rules of JSON Schema draft 2020-12.
///
/// Two modes share one walk: a pass/fail check that stops at the first failure (inside `not`,
/// `if`, `contains`) and a detailed one that explains every failure. A failed `anyOf` or `oneOf`
/// is explained by its closest branch only, so a clinical lead reads one root cause.
struct SchemaValidator: Sendable {
    let graph: SchemaGraph

    /// Every violation of the schema at `root` by `instance`; empty when it is valid.
    func violations(of instance: YAMLNode, against root: Int) -> [SchemaViolation] {
        // Most files are valid, and the pass/fail walk, which builds no paths and stops at the
        // first failure, settles them; only a file that fails is walked again to explain why.
        guard !isValid(instance, against: root) else { return [] }
        var evaluation = Evaluation(graph: graph)
        _ = evaluation.evaluate(root, instance, path: [], detailed: true, collect: false)
        return evaluation.violations
    }

    /// Whether `instance` is valid against the schema at `root`.
    func isValid(_ instance: YAMLNode, against root: Int) -> Bool {
        var evaluation = Evaluation(graph: graph)
        return evaluation.evaluate(root, instance, path: [], detailed: false, collect: false).valid
    }
}

/// Which properties and items of one instance location the schemas evaluated, for
/// `unevaluatedProperties` and `unevaluatedItems`.
struct EvaluatedParts {
    var properties: Set<String> = []
    var itemPrefix = 0
    var items: Set<Int> = []

    mutating func merge(_ other: EvaluatedParts) {
        properties.formUnion(other.properties)
        itemPrefix = max(itemPrefix, other.itemPrefix)
        items.formUnion(other.items)
    }

    func includesItem(_ index: Int) -> Bool { index < itemPrefix || items.contains(index) }
}

/// The result of evaluating one schema at one instance location.
struct Outcome {
    var valid: Bool
    var evaluated: EvaluatedParts?

    static let invalid = Outcome(valid: false, evaluated: nil)
}

/// One validation's state: the dynamic scope for `$dynamicRef` and the violations found so far.
struct Evaluation {
    let graph: SchemaGraph
    var scope: [Int] = []
    var violations: [SchemaViolation] = []

    init(graph: SchemaGraph) { self.graph = graph }

    mutating func report(
        _ problem: SchemaViolation.Problem, _ instance: YAMLNode, path: [SchemaViolation.Step], schema: Int
    ) {
        violations.append(SchemaViolation(path: path, instance: instance, schema: schema, problem: problem))
    }

    /// Evaluates the schema at `index` against `instance`. With `collect`, the evaluated
    /// properties and items are returned for an enclosing `unevaluated*` keyword.
    mutating func evaluate(
        _ index: Int, _ instance: YAMLNode, path: [SchemaViolation.Step], detailed: Bool, collect: Bool
    ) -> Outcome {
        let node = graph.nodes[index]
        if let constant = node.constant {
            if !constant, detailed { report(.falseSchema, instance, path: path, schema: index) }
            return Outcome(valid: constant, evaluated: collect && constant ? EvaluatedParts() : nil)
        }
        let entered = scope.last != node.resource
        if entered { scope.append(node.resource) }
        defer { if entered { scope.removeLast() } }

        let tracking = collect || node.tracksEvaluation
        var evaluated = EvaluatedParts()
        var valid = true

        func fail() { valid = false }

        // References and the in-place applicators, whose evaluated parts count as this schema's.
        // `inPlace` is false when evaluation can stop: a failure in pass/fail mode.
        func inPlace(_ schema: Int) -> Bool {
            let outcome = evaluate(schema, instance, path: path, detailed: detailed, collect: tracking)
            if let parts = outcome.evaluated { evaluated.merge(parts) }
            if !outcome.valid { fail() }
            return outcome.valid || detailed
        }
        for schema in node.referenceAndAllOf {
            guard inPlace(schema) else { return .invalid }
        }
        if let dynamic = node.dynamicReference {
            guard inPlace(resolve(dynamic)) else { return .invalid }
        }
        if !node.anyOf.isEmpty || !node.oneOf.isEmpty {
            let outcome = evaluateBranches(node, index, instance, path: path, detailed: detailed, collect: tracking)
            if let parts = outcome.evaluated { evaluated.merge(parts) }
            if !outcome.valid {
                fail()
                if !detailed { return .invalid }
            }
        }
        if let not = node.not {
            var inner = Evaluation(graph: graph)
            inner.scope = scope
            if inner.evaluate(not, instance, path: path, detailed: false, collect: false).valid {
                fail()
                if !detailed { return .invalid }
                report(.not, instance, path: path, schema: index)
            }
        }
        if let condition = node.ifSchema {
            var inner = Evaluation(graph: graph)
            inner.scope = scope
            let test = inner.evaluate(condition, instance, path: path, detailed: false, collect: tracking)
            let branch = test.valid ? node.thenSchema : node.elseSchema
            if test.valid, let parts = test.evaluated { evaluated.merge(parts) }
            if let branch {
                let outcome = evaluate(branch, instance, path: path, detailed: detailed, collect: tracking)
                if let parts = outcome.evaluated { evaluated.merge(parts) }
                if !outcome.valid {
                    fail()
                    if !detailed { return .invalid }
                }
            }
        }

        if !assert(node, index, instance, path: path, detailed: detailed) {
            fail()
            if !detailed { return .invalid }
        }

        switch instance.value {
        case .mapping(let entries):
            if !evaluateObject(
                node, index, instance, entries, path: path, detailed: detailed, tracking: tracking,
                evaluated: &evaluated)
            {
                fail()
                if !detailed { return .invalid }
            }
        case .sequence(let items):
            if !evaluateArray(
                node, index, instance, items, path: path, detailed: detailed, evaluated: &evaluated)
            {
                fail()
                if !detailed { return .invalid }
            }
        default: break
        }
        // A failed schema's evaluated parts are kept only to explain failures (detailed mode):
        // without them, every field of a group with one bad value would also look unknown.
        return Outcome(valid: valid, evaluated: tracking && (valid || detailed) ? evaluated : nil)
    }

    /// The schema a `$dynamicRef` lands on: the outermost resource in the dynamic scope that
    /// declares the anchor, else the static target.
    private func resolve(_ reference: SchemaNode.DynamicReference) -> Int {
        guard let anchor = reference.anchor else { return reference.target }
        for resource in scope {
            if let target = graph.dynamicAnchors[resource]?[anchor] { return target }
        }
        return reference.target
    }

    /// `anyOf` and `oneOf`. When they fail in detailed mode, only the closest branch's violations
    /// are kept: the one with the fewest, preferring branches that matched the value's shape.
    private mutating func evaluateBranches(
        _ node: SchemaNode, _ index: Int, _ instance: YAMLNode, path: [SchemaViolation.Step], detailed: Bool,
        collect: Bool
    ) -> Outcome {
        var evaluated = EvaluatedParts()
        var valid = true
        for (keyword, branches) in [("anyOf", node.anyOf), ("oneOf", node.oneOf)] where !branches.isEmpty {
            var passed: [Int] = []
            var failures: [(branch: Int, violations: [SchemaViolation])] = []
            var failedParts = EvaluatedParts()
            for (offset, branch) in branches.enumerated() {
                let before = violations.count
                let outcome = evaluate(branch, instance, path: path, detailed: detailed, collect: collect)
                if outcome.valid {
                    passed.append(offset)
                    if let parts = outcome.evaluated { evaluated.merge(parts) }
                    if keyword == "anyOf", !collect { break }
                } else if detailed {
                    failures.append((offset, Array(violations[before...])))
                    if let parts = outcome.evaluated { failedParts.merge(parts) }
                }
                violations.removeSubrange(before...)
            }
            if passed.isEmpty {
                valid = false
                guard detailed else { return .invalid }
                evaluated.merge(failedParts)
                let closest = failures.min {
                    Self.distance($0.violations, depth: path.count) < Self.distance($1.violations, depth: path.count)
                }
                if let closest {
                    violations += closest.violations.map { violation in
                        var violation = violation
                        if violation.branch == nil { violation.branch = (index, closest.branch) }
                        return violation
                    }
                }
            } else if keyword == "oneOf", passed.count > 1 {
                valid = false
                guard detailed else { return .invalid }
                report(.severalBranches(passed), instance, path: path, schema: index)
            }
        }
        return Outcome(valid: valid, evaluated: valid || detailed ? evaluated : nil)
    }

    /// How far a branch was from matching: whether it failed on the value's own type or value,
    /// or on a fixed value of one of its fields (a discriminator such as `always: true`), so is
    /// a different shape altogether; then how many problems it had.
    private static func distance(_ violations: [SchemaViolation], depth: Int) -> (Int, Int) {
        let shapeMismatch = violations.contains { violation in
            switch (violation.problem, violation.path.count - depth) {
            case (.type, 0), (.falseSchema, 0), (.constant, 0...1), (.enumeration, 0...1): return true
            default: return false
            }
        }
        return (shapeMismatch ? 1 : 0, violations.count)
    }
}
