/// A local service a crew can refer a patient to instead of the emergency department
/// (`systems/<system>/<place>/<type>[--<name>].md`).
///
/// Its fields are kept once, in shared storage that no one changes: every stage passes pathways
/// around (indexes, variation scopes, pages), and a copy costs one reference, not one per field.
struct Pathway: Sendable, Hashable {
    /// Who provides the service.
    struct Provider: Sendable, Hashable {
        /// The provider organisation's name.
        var name: String
        /// The provider's NHS organisation (ODS) code.
        var odsCode: String?
    }

    /// Who qualifies.
    struct Eligibility: Sendable, Hashable {
        /// The youngest age in years, if limited.
        var ageMin: Int?
        /// The oldest age in years, if limited.
        var ageMax: Int?
        /// Criteria codes a patient must meet.
        var include: [String]
        /// Criteria codes that rule a patient out.
        var exclude: [String]
        /// Type-specific thresholds, such as `cfs_min` or `onset_within_hours`, in source order.
        var thresholds: [YAMLNode.Entry]
    }

    /// The promised response.
    struct Response: Sendable, Hashable {
        /// Minutes from referral to the service reaching the patient.
        var targetMinutes: Int?
    }

    /// How to refer.
    struct Referral: Sendable, Hashable {
        /// The ways a crew may refer, in the order the content lists them.
        var methods: [ReferralMethod]
        /// The crew referral line.
        var phone: String?
        /// A number safe to publish to the public, if any.
        var publicPhone: String?
        /// Role codes that may refer.
        var acceptsFrom: [String]
    }

    /// Who approved the pathway and when it is due for review.
    struct Approval: Sendable, Hashable {
        /// The approving governance body's id.
        var approvedBy: String
        /// When it was approved; never in the future.
        var approvedOn: CalendarDate
        /// When it must next be reviewed; an active pathway past this date is flagged.
        var reviewDue: CalendarDate
        /// The person or role accountable for the content.
        var owner: String
        /// How to reach the owner, usually an e-mail address.
        var contact: String?
        /// The content's version, as written (`3`, `"3.1"`).
        var version: String?
    }

    /// A deliberate, approved difference from peers or the baseline.
    struct Variation: Sendable, Hashable {
        /// The compared field that differs.
        var field: String
        /// Why.
        var rationale: String
        /// The body that approved the difference.
        var approvedBy: String
    }

    /// `place/type` or `place/type--name`: unique, and the page's path below `pathways/`.
    var id: String { storage.id }
    /// The system's id (the grandparent folder).
    var system: String { storage.system }
    /// The place's id (the parent folder).
    var place: String { storage.place }
    /// The pathway type's id (the file name).
    var type: String { storage.type }
    /// The name after `--` in the file name, for a second pathway of a type at a place.
    var name: String? { storage.name }
    /// The pathway's title, such as "Falls response, Leeds".
    var title: String { storage.title }
    /// Whether crews may refer: only `active` pathways take referrals.
    var status: PathwayStatus { storage.status }
    /// One sentence a crew reads first, when given: the schema may leave it out, and pages then
    /// take the first paragraph of the body (`displaySummary`).
    var summary: String? { storage.summary }
    /// Who runs the service, when given.
    var provider: Provider? { storage.provider }
    /// When it is open.
    var hours: Hours { storage.hours }
    /// Who qualifies.
    var eligibility: Eligibility { storage.eligibility }
    /// The promised response, when given.
    var response: Response? { storage.response }
    /// How to refer, and who may.
    var referral: Referral { storage.referral }
    /// Who approved it, when, and when it is due for review.
    var governance: Approval { storage.governance }
    /// Deliberate, approved differences from peers or the baseline.
    var variations: [Variation] { storage.variations }
    /// The file it came from.
    var source: SourceDocument { storage.source }

    /// Creates a pathway from its fields.
    init(
        id: String, system: String, place: String, type: String, name: String?, title: String, status: PathwayStatus,
        summary: String?, provider: Provider?, hours: Hours, eligibility: Eligibility, response: Response?,
        referral: Referral, governance: Approval, variations: [Variation], source: SourceDocument
    ) {
        storage = Storage(
            id: id, system: system, place: place, type: type, name: name, title: title, status: status,
            summary: summary, provider: provider, hours: hours, eligibility: eligibility, response: response,
            referral: referral, governance: governance, variations: variations, source: source)
    }

    private let storage: Storage

    /// The fields, held once.
    private final class Storage: Sendable, Hashable {
        let id: String
        let system: String
        let place: String
        let type: String
        let name: String?
        let title: String
        let status: PathwayStatus
        let summary: String?
        let provider: Provider?
        let hours: Hours
        let eligibility: Eligibility
        let response: Response?
        let referral: Referral
        let governance: Approval
        let variations: [Variation]
        let source: SourceDocument

        init(
            id: String, system: String, place: String, type: String, name: String?, title: String,
            status: PathwayStatus, summary: String?, provider: Provider?, hours: Hours, eligibility: Eligibility,
            response: Response?, referral: Referral, governance: Approval, variations: [Variation],
            source: SourceDocument
        ) {
            self.id = id
            self.system = system
            self.place = place
            self.type = type
            self.name = name
            self.title = title
            self.status = status
            self.summary = summary
            self.provider = provider
            self.hours = hours
            self.eligibility = eligibility
            self.response = response
            self.referral = referral
            self.governance = governance
            self.variations = variations
            self.source = source
        }

        static func == (lhs: Storage, rhs: Storage) -> Bool {
            lhs === rhs
                || (lhs.id == rhs.id && lhs.system == rhs.system && lhs.place == rhs.place && lhs.type == rhs.type
                    && lhs.name == rhs.name && lhs.title == rhs.title && lhs.status == rhs.status
                    && lhs.summary == rhs.summary && lhs.provider == rhs.provider && lhs.hours == rhs.hours
                    && lhs.eligibility == rhs.eligibility && lhs.response == rhs.response
                    && lhs.referral == rhs.referral && lhs.governance == rhs.governance
                    && lhs.variations == rhs.variations && lhs.source == rhs.source)
        }

        func hash(into hasher: inout Hasher) {
            hasher.combine(id)
            hasher.combine(system)
            hasher.combine(place)
            hasher.combine(type)
            hasher.combine(name)
            hasher.combine(title)
            hasher.combine(status)
            hasher.combine(summary)
            hasher.combine(provider)
            hasher.combine(hours)
            hasher.combine(eligibility)
            hasher.combine(response)
            hasher.combine(referral)
            hasher.combine(governance)
            hasher.combine(variations)
            hasher.combine(source)
        }
    }
}
