/// A local service a crew can refer a patient to instead of the emergency department
/// (`systems/<system>/<place>/<type>[--<name>].md`).
public struct Pathway: Sendable, Hashable {
    /// Who provides the service.
    public struct Provider: Sendable, Hashable {
        /// The provider organisation's name.
        public var name: String
        /// The provider's NHS organisation (ODS) code.
        public var odsCode: String?
    }

    /// Who qualifies.
    public struct Eligibility: Sendable, Hashable {
        /// The youngest age in years, if limited.
        public var ageMin: Int?
        /// The oldest age in years, if limited.
        public var ageMax: Int?
        /// Criteria codes a patient must meet.
        public var include: [String]
        /// Criteria codes that rule a patient out.
        public var exclude: [String]
        /// Type-specific thresholds, such as `cfs_min` or `onset_within_hours`, in source order.
        public var thresholds: [YAMLNode.Entry]
    }

    /// The promised response.
    public struct Response: Sendable, Hashable {
        /// Minutes from referral to the service reaching the patient.
        public var targetMinutes: Int?
    }

    /// How to refer.
    public struct Referral: Sendable, Hashable {
        /// The ways a crew may refer, in the order the content lists them.
        public var methods: [ReferralMethod]
        /// The crew referral line.
        public var phone: String?
        /// A number safe to publish to the public, if any.
        public var publicPhone: String?
        /// Role codes that may refer.
        public var acceptsFrom: [String]
    }

    /// Who approved the pathway and when it is due for review.
    public struct Approval: Sendable, Hashable {
        /// The approving governance body's id.
        public var approvedBy: String
        /// When it was approved; never in the future.
        public var approvedOn: CalendarDate
        /// When it must next be reviewed; an active pathway past this date is flagged.
        public var reviewDue: CalendarDate
        /// The person or role accountable for the content.
        public var owner: String
        /// How to reach the owner, usually an e-mail address.
        public var contact: String?
        /// The content's version, as written (`3`, `"3.1"`).
        public var version: String?
    }

    /// A deliberate, approved difference from peers or the baseline.
    public struct Variation: Sendable, Hashable {
        /// The compared field that differs.
        public var field: String
        /// Why.
        public var rationale: String
        /// The body that approved the difference.
        public var approvedBy: String
    }

    /// `place/type` or `place/type--name`: unique, and the page's path below `pathways/`.
    public var id: String
    /// The system's id (the grandparent folder).
    public var system: String
    /// The place's id (the parent folder).
    public var place: String
    /// The pathway type's id (the file name).
    public var type: String
    /// The name after `--` in the file name, for a second pathway of a type at a place.
    public var name: String?
    /// The pathway's title, such as "Falls response, Leeds".
    public var title: String
    /// Whether crews may refer: only `active` pathways take referrals.
    public var status: PathwayStatus
    /// One sentence a crew reads first.
    public var summary: String
    /// Who runs the service, when given.
    public var provider: Provider?
    /// When it is open.
    public var hours: Hours
    /// Who qualifies.
    public var eligibility: Eligibility
    /// The promised response, when given.
    public var response: Response?
    /// How to refer, and who may.
    public var referral: Referral
    /// Who approved it, when, and when it is due for review.
    public var governance: Approval
    /// Deliberate, approved differences from peers or the baseline.
    public var variations: [Variation]
    /// The file it came from.
    public var source: SourceDocument
}
