/// The governance rules no schema can express: who may approve a pathway, how a joint committee
/// is made up, and whether an approval is in date.
///
/// A pathway (or a declared variation) is approved either by a joint committee of its place's
/// trust whose members include the place's system, or by the ICB board of the place's own
/// system; either way the body's `authority` must include the pathway's type.
enum GovernanceCheck: ValidationRule {
    static func run(_ input: RuleInput, earlier: EarlierDiagnostics) -> [Diagnostic] {
        let (catalogue, today) = (input.catalogue, input.today)
        var diagnostics: [Diagnostic] = []
        for pathway in catalogue.pathways {
            diagnostics += approverProblems(
                pathway, approver: pathway.governance.approvedBy, field: "governance.approved_by", catalogue)
            let variations = pathway.source.data["variations"]?.items ?? []
            for (index, item) in variations.enumerated() {
                guard let approver = item["approved_by"]?.string else { continue }
                diagnostics += approverProblems(
                    pathway, approver: approver, field: "variations[\(index)].approved_by", catalogue)
            }
            let approval = pathway.governance
            if approval.reviewDue < approval.approvedOn {
                diagnostics.append(
                    .reviewBeforeApproval(
                        approval.reviewDue, approvedOn: approval.approvedOn,
                        at: pathway.source.location(of: "governance.review_due")))
            }
            if let today { diagnostics += dateProblems(pathway, today: today) }
        }
        for body in catalogue.governanceBodies where body.kind == .jointCommittee {
            diagnostics += JointCommitteeCheck.run(body, catalogue)
        }
        return diagnostics
    }

    /// Whether `approver` is a known, soundly described body that may approve `pathway`: what
    /// makes a declared variation warranted.
    static func mayApprove(_ approver: String, _ pathway: Pathway, _ catalogue: Catalogue) -> Bool {
        guard let body = catalogue.governanceBody(approver), catalogue.place(pathway.place) != nil,
            catalogue.pathwayType(pathway.type) != nil, isSound(body, catalogue)
        else {
            return false
        }
        return approverProblems(pathway, approver: approver, field: "", catalogue).isEmpty
    }

    /// Whether `approver` may approve `pathway`: a body of the right kind and membership, with
    /// authority for its type. An unknown body is `ReferenceCheck`'s to report.
    private static func approverProblems(_ pathway: Pathway, approver: String, field: String, _ catalogue: Catalogue)
        -> [Diagnostic]
    {
        // An unknown body, place or type is reported once, by `ReferenceCheck`, and a body whose
        // members could not all be read is reported in its own file: neither is judged here.
        guard let body = catalogue.governanceBody(approver), let place = catalogue.place(pathway.place),
            catalogue.pathwayType(pathway.type) != nil, isSound(body, catalogue)
        else {
            return []
        }
        let location = pathway.source.location(of: field)
        let bodyFile = body.source.location(body.source.data.position)
        let placeTrusts = catalogue.trusts(serving: place)
        let systemName = catalogue.system(place.system)?.name ?? place.system
        switch body.kind {
        case .jointCommittee:
            guard let trust = body.trust, placeTrusts.contains(trust) else {
                return [
                    .notMember(
                        body, field: field,
                        reason:
                            "it is the joint committee of `\(body.trust ?? "no trust")`, and \(place.name) is served by \(placeTrusts.map { "`\($0)`" }.joined(separator: " and "))",
                        at: location, note: .init("\(body.name) is defined here", at: bodyFile))
                ]
            }
            guard body.members.contains(where: { $0.system == place.system }) else {
                let members = body.source.location(of: "members")
                return [
                    .notMember(
                        body, field: field, reason: "\(systemName) is not one of its members", at: location,
                        note: .init("its members are listed here", at: members))
                ]
            }
        case .icbBoard:
            guard body.members.contains(where: { $0.system == place.system }) else {
                return [
                    .notMember(
                        body, field: field,
                        reason: "it is not the ICB board of \(systemName), the system \(place.name) is in",
                        at: location,
                        note: .init("its members are listed here", at: body.source.location(of: "members")))
                ]
            }
        case .clinicalNetwork, .trustBoard:
            return [
                .notMember(
                    body, field: field,
                    reason:
                        "a \(body.kind.rawValue.replacingOccurrences(of: "-", with: " ")) may advise but not approve; only a joint committee of the place's trust or the ICB board of its system may",
                    at: location, note: .init("\(body.name) is defined here", at: bodyFile))
            ]
        }
        guard body.authority.contains(pathway.type) else {
            let authority = body.source.location(of: "authority")
            return [
                .noAuthority(
                    body, type: pathway.type, field: field, at: location,
                    note: .init("its authority is listed here", at: authority))
            ]
        }
        return []
    }

    /// Whether the body's file says enough to judge its approvals: every member it lists was read
    /// and names a known system, and a joint committee names a known trust.
    private static func isSound(_ body: GovernanceBody, _ catalogue: Catalogue) -> Bool {
        let listed = body.source.data["members"]?.items?.count ?? 0
        guard listed == body.members.count, body.members.allSatisfy({ catalogue.system($0.system) != nil }) else {
            return false
        }
        return body.kind != .jointCommittee || body.trust.flatMap { catalogue.trust($0) } != nil
    }

    /// An approval dated after today; an active pathway whose review is overdue or due soon.
    private static func dateProblems(_ pathway: Pathway, today: CalendarDate) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let approval = pathway.governance
        if approval.approvedOn > today {
            diagnostics.append(
                .approvedInFuture(
                    approval.approvedOn, today: today, at: pathway.source.location(of: "governance.approved_on")))
        }
        // A review due before the approval is an error of its own, not also an overdue review.
        guard pathway.status == .active, approval.reviewDue >= approval.approvedOn else { return diagnostics }
        let location = pathway.source.location(of: "governance.review_due")
        switch pathway.reviewState(on: today) {
        case .overdue(let days): diagnostics.append(.reviewOverdue(approval.reviewDue, days: days, at: location))
        case .dueSoon(let days): diagnostics.append(.reviewDueSoon(approval.reviewDue, days: days, at: location))
        case .inDate: break
        }
        return diagnostics
    }
}

extension Diagnostic {
    static func notMember(
        _ body: GovernanceBody, field: String, reason: String, at location: SourceLocation, note: Note
    ) -> Diagnostic {
        Diagnostic(
            .error, code: "governance.not-member",
            message: "`\(field)` is `\(body.id)`, which may not approve pathways here: \(reason)", at: location,
            field: field,
            hint:
                "name the joint committee of the place's trust (if the place's system is a member) or the ICB board of the place's system",
            notes: [note])
    }

    static func noAuthority(
        _ body: GovernanceBody, type: String, field: String, at location: SourceLocation, note: Note
    )
        -> Diagnostic
    {
        let listed = body.authority.isEmpty ? "nothing" : body.authority.map { "`\($0)`" }.joined(separator: ", ")
        return Diagnostic(
            .error, code: "governance.no-authority",
            message:
                "`\(field)` is `\(body.id)`, whose authority does not include `\(type)` pathways (it covers \(listed))",
            at: location, field: field,
            hint:
                "have a body with authority for `\(type)` approve it, or add `\(type)` to the `authority` of \(body.name) once its scheme of delegation allows",
            notes: [note])
    }

    static func approvedInFuture(_ date: CalendarDate, today: CalendarDate, at location: SourceLocation) -> Diagnostic {
        Diagnostic(
            .error, code: "governance.approved-in-future",
            message: "`governance.approved_on` is \(date.longDescription), after today (\(today.longDescription))",
            at: location, field: "governance.approved_on",
            hint: "give the date the approval was actually made; a pathway cannot be approved in advance")
    }

    static func reviewBeforeApproval(_ date: CalendarDate, approvedOn: CalendarDate, at location: SourceLocation)
        -> Diagnostic
    {
        // Most likely the year is mistyped: the same day and month, next falling after the approval.
        let sameDayAfter = (approvedOn.year...(approvedOn.year + 1)).lazy.compactMap {
            CalendarDate(year: $0, month: date.month, day: date.day)
        }.first { $0 > approvedOn }
        return Diagnostic(
            .error, code: "governance.review-before-approval",
            message:
                "`governance.review_due` is \(date.longDescription), before the approval it reviews (`approved_on` is \(approvedOn.longDescription))",
            at: location, field: "governance.review_due",
            hint: sameDayAfter.map { "check the year: did you mean \($0)?" }
                ?? "give the date the approving body set for the next review, after `approved_on`")
    }

    static func reviewOverdue(_ date: CalendarDate, days: Int, at location: SourceLocation) -> Diagnostic {
        Diagnostic(
            .warning, code: "governance.review-overdue",
            message:
                "the review was due on \(date.longDescription), \(days) day\(days == 1 ? "" : "s") ago; crews will see this pathway flagged as overdue",
            at: location, field: "governance.review_due",
            hint: "have the approving body review it, then update `approved_on`, `review_due` and `version`")
    }

    static func reviewDueSoon(_ date: CalendarDate, days: Int, at location: SourceLocation) -> Diagnostic {
        let when = days == 0 ? "today" : "in \(days) day\(days == 1 ? "" : "s")"
        return Diagnostic(
            .note, code: "governance.review-due-soon",
            message: "the review is due \(when), on \(date.longDescription)", at: location,
            field: "governance.review_due", hint: "put it on the approving body's agenda")
    }
}
