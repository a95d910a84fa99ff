/// A joint committee speaks for every system in its trust's footprint with an equal voice: it
/// lists each of them as a member, exactly one of them hosts it, and each member's ICB board has
/// ratified it.
enum JointCommitteeCheck {
    static func run(_ body: GovernanceBody, _ catalogue: Catalogue) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let source = body.source
        let items = source.data["members"]?.items ?? []
        let membersLocation = source.location(of: "members")

        if let trustID = body.trust, let trust = catalogue.trust(trustID) {
            let members = Set(body.members.map(\.system))
            let trustSystems = trust.source.data["systems"]?.items ?? []
            for (index, system) in trust.systems.enumerated() where !members.contains(system) {
                let listed =
                    trustSystems.indices.contains(index)
                    ? trust.source.location(trustSystems[index].position)
                    : trust.source.location(of: "systems")
                diagnostics.append(
                    .missingMember(
                        system, name: catalogue.system(system)?.name, body: body, trust: trust, at: membersLocation,
                        note: .init("\(trust.name) lists `\(system)` in its footprint here", at: listed)))
            }
        }

        let hosts = items.indices.filter { items[$0]["host"]?.value == .bool(true) }
        if hosts.isEmpty, !items.isEmpty {  // An empty list is the schema's to report.
            diagnostics.append(.hostCount(0, body: body, at: membersLocation, note: nil))
        } else if hosts.count > 1 {
            let first = source.location(items[hosts[0]].position)
            for index in hosts.dropFirst() {
                diagnostics.append(
                    .hostCount(
                        hosts.count, body: body, at: source.location(items[index].position),
                        note: .init("the first host is here", at: first)))
            }
        }

        let ratified = Set(body.ratified.map(\.system))
        for item in items {
            guard let system = item["system"]?.string, !ratified.contains(system) else { continue }
            diagnostics.append(
                .notRatified(
                    system, name: catalogue.system(system)?.name, body: body, at: source.location(item.position)))
        }
        return diagnostics
    }
}

extension Diagnostic {
    static func missingMember(
        _ system: String, name: String?, body: GovernanceBody, trust: Trust, at location: SourceLocation, note: Note
    ) -> Diagnostic {
        Diagnostic(
            .error, code: "governance.missing-member",
            message:
                "\(body.name) does not list `\(system)`\(name.map { " (\($0))" } ?? "") among its `members`, but it is in the footprint of \(trust.name), which the committee serves",
            at: location, field: "members",
            hint: "add `- {system: \(system)}` to `members`: every system in the trust's footprint has an equal voice",
            notes: [note])
    }

    static func hostCount(_ count: Int, body: GovernanceBody, at location: SourceLocation, note: Note?) -> Diagnostic {
        Diagnostic(
            .error, code: "governance.host-count",
            message: count == 0
                ? "\(body.name) has no host: exactly one member should have `host: true`"
                : "\(body.name) has \(count) hosts, but a joint committee has exactly one host ICB",
            at: location, field: "members",
            hint: count == 0
                ? "add `host: true` to the member whose ICB hosts the committee"
                : "keep `host: true` on the host ICB only",
            notes: note.map { [$0] } ?? [])
    }

    static func notRatified(_ system: String, name: String?, body: GovernanceBody, at location: SourceLocation)
        -> Diagnostic
    {
        Diagnostic(
            .error, code: "governance.not-ratified",
            message:
                "`\(system)`\(name.map { " (\($0))" } ?? "") is a member of \(body.name), but `ratified` records no ratification by its ICB board",
            at: location, field: "ratified",
            hint:
                "add `- {system: \(system), on: YYYY-MM-DD}` to `ratified` with the date its board ratified the committee"
        )
    }
}
