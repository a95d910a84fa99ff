/// Where a pathway's review stands on the build date, in words: the pages never rely on colour
/// to say that a review is overdue or due soon.
struct ReviewView {
    /// The CSS class suffix: `overdue`, `due-soon` or `in-date`.
    let key: String
    /// "Overdue by 40 days", "Due in 12 days", "Due today" or "In date".
    let label: String
    let isOverdue: Bool
    let isDueSoon: Bool

    init(_ state: ReviewState) {
        switch state {
        case .overdue(let days):
            key = "overdue"
            label = "Overdue by \(Self.days(days))"
        case .dueSoon(let days):
            key = "due-soon"
            label = days == 0 ? "Due today" : "Due in \(Self.days(days))"
        case .inDate:
            key = "in-date"
            label = "In date"
        }
        isOverdue = key == "overdue"
        isDueSoon = key == "due-soon"
    }

    /// "1 day", "12 days".
    static func days(_ count: Int) -> String { count == 1 ? "1 day" : "\(count) days" }
}

/// One system on a governance body, with its ICB board's ratification when the body is a joint
/// committee.
struct MemberView {
    let system: LinkView
    let host: Bool
    /// The date in words, or `nil` when no ratification is recorded.
    let ratifiedOn: String?
}

/// A governance body in brief, as a trust page shows it: its facts, members and authority.
struct BodySummaryView {
    let link: LinkView
    /// A stable anchor for the body's heading on the page: `body-<id>`.
    let anchor: String
    let isJointCommittee: Bool
    let facts: [FactView]
    let members: [MemberView]
    /// The pathway types it may approve.
    let authority: [LinkView]
}

/// One pathway in an approvals register: who approved it, when, and when it is due for review.
struct ApprovalRowView {
    let pathway: LinkView
    let place: LinkView
    let type: LinkView
    let status: StatusView
    let approver: LinkView
    let approvedOn: String
    let reviewDue: String
    /// Where the review stands on the build date; `nil` for a pathway not in use (draft or
    /// retired), whose review date warns nobody.
    let review: ReviewView?
    /// The row's CSS class suffix: the review's key, or `not-in-use`.
    let rowKey: String
    let version: String?
    let owner: String
}

extension ViewBuilder {
    /// Where `pathway`'s review stands on the build date, for a pathway crews may meet (active or
    /// suspended); `nil` for a draft or retired one, so that no page calls a withdrawn pathway overdue.
    func reviewState(of pathway: Pathway) -> ReviewState? {
        switch pathway.status {
        case .active, .suspended: pathway.reviewState(on: today)
        case .draft, .retired: nil
        }
    }

    /// The warning for a pathway in use whose review is overdue on the build date, else `nil`.
    /// A suspended pathway already says not to refer, so its warning only says the details may be stale.
    func reviewWarning(for pathway: Pathway) -> String? {
        guard case .overdue(let days) = reviewState(of: pathway) else { return nil }
        let stale =
            "Review overdue since \(pathway.governance.reviewDue.longDescription), \(ReviewView.days(days)) ago: "
            + "these details may be out of date."
        return pathway.status == .active ? stale + " Check with the clinical hub before referring." : stale
    }

    /// The milder notice for a pathway in use whose review is due within `ReviewState.soonDays`
    /// days of the build date, else `nil`.
    func reviewNotice(for pathway: Pathway) -> String? {
        guard case .dueSoon(let days) = reviewState(of: pathway) else { return nil }
        let due = pathway.governance.reviewDue.longDescription
        if days == 0 { return "Review due today, \(due): these details are in date until the end of today." }
        return "Review due in \(ReviewView.days(days)), on \(due): these details are in date until then."
    }

    /// A member of `body`, with its ratification.
    func member(_ member: GovernanceBody.Member, of body: GovernanceBody) -> MemberView {
        MemberView(
            system: systemLink(member.system), host: member.host,
            ratifiedOn: body.ratified.first { $0.system == member.system }?.date.longDescription)
    }

    /// The facts that say what a body is: its host ICB, chair and date of establishment.
    func hostAndChair(of body: GovernanceBody) -> [FactView] {
        var facts: [FactView] = []
        if body.kind == .jointCommittee {
            let hosts = body.members.filter(\.host).map { member in
                let system = catalogue.system(member.system)
                return link(SitePaths.system(member.system), system?.icbName ?? system?.name ?? member.system)
            }
            if hosts.isEmpty {
                facts.append(.text("Host ICB", "None named"))
            }
            for host in hosts { facts.append(.link("Host ICB", host)) }
        }
        if let chair = body.chair { facts.append(.text("Chair", chair)) }
        if let established = body.established {
            facts.append(.text("Established", established.longDescription))
        }
        return facts
    }

    /// `body` in brief, for a trust page.
    func summary(of body: GovernanceBody) -> BodySummaryView {
        BodySummaryView(
            link: bodyLink(body.id), anchor: "body-" + body.id, isJointCommittee: body.kind == .jointCommittee,
            facts: hostAndChair(of: body), members: body.members.map { member($0, of: body) },
            authority: body.authority.map(typeLink))
    }

    /// A register row for each of `pathways`, earliest review first, then by place, type and id,
    /// so that the same content always gives the same order.
    func approvalRows(_ pathways: [Pathway]) -> [ApprovalRowView] {
        func placeName(_ pathway: Pathway) -> String { catalogue.place(pathway.place)?.name ?? pathway.place }
        func typeName(_ pathway: Pathway) -> String { catalogue.pathwayType(pathway.type)?.name ?? pathway.type }
        let sorted = pathways.sorted {
            ($0.governance.reviewDue, placeName($0), typeName($0), $0.id)
                < ($1.governance.reviewDue, placeName($1), typeName($1), $1.id)
        }
        return sorted.map { pathway in
            let review = reviewState(of: pathway).map(ReviewView.init)
            let approval = pathway.governance
            return ApprovalRowView(
                pathway: pathwayLink(pathway), place: placeLink(pathway.place), type: typeLink(pathway.type),
                status: StatusView(pathway.status), approver: bodyLink(approval.approvedBy),
                approvedOn: approval.approvedOn.longDescription, reviewDue: approval.reviewDue.longDescription,
                review: review, rowKey: review?.key ?? "not-in-use", version: approval.version,
                owner: approval.owner)
        }
    }

    /// How many of `rows` there are, and how many in use are overdue for review or due soon.
    func reviewCounts(_ rows: [ApprovalRowView]) -> [FactView] {
        [
            .text("Pathways", "\(rows.count)"),
            .text("Review overdue", "\(rows.filter { $0.review?.isOverdue == true }.count)"),
            .text(
                "Review due within \(ReviewState.soonDays) days",
                "\(rows.filter { $0.review?.isDueSoon == true }.count)"),
        ]
    }
}
