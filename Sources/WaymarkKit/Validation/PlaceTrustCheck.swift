/// A place whose system is served by more than one trust says which trust serves it, and that
/// trust is one of its system's.
enum PlaceTrustCheck: ValidationRule {
    static func run(_ input: RuleInput, earlier: EarlierDiagnostics) -> [Diagnostic] {
        let catalogue = input.catalogue
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
