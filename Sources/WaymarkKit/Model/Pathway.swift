/// A local service a crew can refer a patient to instead of the emergency department
/// (`systems/<system>/<place>/<type>[--<name>].md`).
public struct Pathway: Sendable, Hashable {
    /// Who provides the service.
    public struct Provider: Sendable, Hashable {
        public var name: String
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
        public var approvedOn: CalendarDate
        public var reviewDue: CalendarDate
        /// The person or role accountable for the content.
        public var owner: String
        public var contact: String?
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
    public var title: String
    public var status: PathwayStatus
    /// One sentence a crew reads first.
    public var summary: String
    public var provider: Provider?
    public var hours: Hours
    public var eligibility: Eligibility
    public var response: Response?
    public var referral: Referral
    public var governance: Approval
    public var variations: [Variation]
    /// The file it came from.
    public var source: SourceDocument
}
