/// The rules the build enforces beyond reading each file, run over the whole catalogue.
enum Validation {
    /// Every rule, in the order their diagnostics are listed.
    static let rules: [any ValidationRule.Type] = [
        ReferenceCheck.self, PlaceTrustCheck.self, TrustSystemCheck.self, NeighbourCheck.self,
        PostcodeDistrictCheck.self, ThresholdCheck.self, CompareFieldCheck.self, GovernanceCheck.self, HoursCheck.self,
    ]

    /// Every rule's diagnostics, in the order of `rules`. `RuleInput` says what the arguments mean.
    static func run(
        _ catalogue: Catalogue, files: Set<SourceDocument.Kind>, typesWithSchemas: Set<String> = [],
        today: CalendarDate? = nil, filesWithErrors: Set<String> = []
    ) -> [Diagnostic] {
        run(
            rules,
            RuleInput(
                catalogue: catalogue, files: files, typesWithSchemas: typesWithSchemas, today: today,
                filesWithErrors: filesWithErrors))
    }

    /// Runs `rules` in rounds: each round, side by side, every rule whose needs have run.
    static func run(_ rules: [any ValidationRule.Type], _ input: RuleInput) -> [Diagnostic] {
        var done: [ObjectIdentifier: [Diagnostic]] = [:]
        var pending = Array(rules.indices)
        while !pending.isEmpty {
            let ready = pending.filter { rules[$0].needs.allSatisfy { done[ObjectIdentifier($0)] != nil } }
            precondition(!ready.isEmpty, "the rules' needs go round in a circle or name a rule that is not listed")
            let finished = done
            let results = ready.concurrentMap { index in
                let rule = rules[index]
                let needed = rule.needs.map { ObjectIdentifier($0) }
                return rule.run(input, earlier: EarlierDiagnostics(byRule: finished.filter { needed.contains($0.key) }))
            }
            for (index, result) in zip(ready, results) { done[ObjectIdentifier(rules[index])] = result }
            pending.removeAll { ready.contains($0) }
        }
        return rules.flatMap { done[ObjectIdentifier($0)] ?? [] }
    }
}
