/// The rules the build enforces beyond reading each file: run over the whole catalogue.
public enum Validation {
    /// Every rule's diagnostics. `files` are the kinds of every file found, readable or not: a
    /// reference to a file that exists but could not be decoded is not reported again, since that
    /// file's own errors are the root cause. Pathways of `typesWithSchemas` have their
    /// thresholds checked by their type's schema.
    /// Rules about dates (an approval after today, a review overdue) need `today`; without it
    /// they are not checked. `filesWithErrors` are the files whose own errors come first: what
    /// they hold is not judged across files.
    public static func run(
        _ catalogue: Catalogue, files: Set<SourceDocument.Kind>, typesWithSchemas: Set<String> = [],
        today: CalendarDate? = nil, filesWithErrors: Set<String> = []
    ) -> [Diagnostic] {
        // The rules are independent, so they run side by side; their diagnostics are gathered
        // in the same order every time.
        let rules: [@Sendable () -> [Diagnostic]] = [
            { ReferenceCheck.run(catalogue, files: files) + PlaceTrustCheck.run(catalogue) },
            {
                // A misspelt threshold is reported as such, not again as a compared field no
                // pathway gives.
                let thresholds = ThresholdCheck.run(catalogue, typesWithSchemas: typesWithSchemas)
                return thresholds
                    + CompareFieldCheck.run(
                        catalogue, files: files, filesWithErrors: filesWithErrors.union(thresholds.map(\.location.file))
                    )
            },
            { GovernanceCheck.run(catalogue, today: today) },
            { HoursCheck.run(catalogue) },
        ]
        return rules.concurrentMap { $0() }.flatMap { $0 }
    }
}

/// A place whose system is served by more than one trust says which trust serves it, and that
/// trust is one of its system's.
enum PlaceTrustCheck {
    static func run(_ catalogue: Catalogue) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for place in catalogue.places {
            guard let system = catalogue.system(place.system) else { continue }
            if let trust = place.trust {
                if catalogue.trust(trust) != nil, !system.trusts.contains(trust) {
                    diagnostics.append(
                        .placeTrustNotServing(trust, system: system, at: place.source.location(of: "trust")))
                }
            } else if system.trusts.count > 1 {
                diagnostics.append(
                    .placeTrustRequired(system: system, at: place.source.location(place.source.data.position)))
            }
        }
        return diagnostics
    }
}

extension Diagnostic {
    static func placeTrustRequired(system: System, at location: SourceLocation) -> Diagnostic {
        Diagnostic(
            .error, code: "place.trust-required",
            message:
                "`trust` is required because \(system.name) is served by more than one trust (\(system.trusts.joined(separator: ", ")))",
            at: location, field: "trust", hint: "add `trust:` with the id of the trust whose crews serve this place")
    }

    static func placeTrustNotServing(_ trust: String, system: System, at location: SourceLocation) -> Diagnostic {
        Diagnostic(
            .error, code: "place.trust-not-serving",
            message:
                "`trust` is `\(trust)`, but \(system.name) lists only \(system.trusts.map { "`\($0)`" }.joined(separator: ", ")) in its `trusts`",
            at: location, field: "trust",
            hint: "use one of the system's trusts, or add `\(trust)` to `trusts` in the system's system.md")
    }
}
