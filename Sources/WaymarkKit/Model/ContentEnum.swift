/// A closed list of values that content writes as text, such as a pathway's `status`.
protocol ContentEnum: RawRepresentable, CaseIterable, Sendable, Hashable where RawValue == String {}

extension ContentEnum {
    /// "one of: draft, active, suspended, retired", for messages.
    static var choices: String { "one of: " + allCases.map(\.rawValue).joined(separator: ", ") }
}

/// Where a pathway is in its life.
enum PathwayStatus: String, ContentEnum {
    /// Being written; not yet for crews.
    case draft
    /// In use.
    case active
    /// Temporarily not taking referrals.
    case suspended
    /// Withdrawn for good.
    case retired
}

/// What a pathway does on a bank holiday.
enum BankHolidayRule: String, ContentEnum {
    case closed
    case open
    /// Runs its Sunday sessions.
    case asSunday = "as-sunday"
}

/// How a crew refers into a pathway.
enum ReferralMethod: String, ContentEnum {
    case phone
    /// Directly from the computer-aided dispatch system.
    case cad
    case booking
    case email
    case online
}

/// What kind of body a governance body is.
enum GovernanceKind: String, ContentEnum {
    case jointCommittee = "joint-committee"
    case icbBoard = "icb-board"
    case clinicalNetwork = "clinical-network"
    case trustBoard = "trust-board"
}

/// How a compared field is compared across places.
enum ComparisonKind: String, ContentEnum {
    case number
    case category
    case set
}

extension Weekday: ContentEnum {}
