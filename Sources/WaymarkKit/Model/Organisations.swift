/// An NHS ambulance trust (`trusts/<trust>.md`).
struct Trust: Sendable, Hashable {
    /// The id: the file name.
    var id: String
    /// The full name, such as "Yorkshire Ambulance Service NHS Trust".
    var name: String
    /// The usual abbreviation, such as "YAS".
    var shortName: String?
    /// The NHS organisation (ODS) code, such as "RX8".
    var odsCode: String?
    /// The NHS England region.
    var region: String
    /// The ids of the systems in its footprint.
    var systems: [String]
    /// The file it came from.
    var source: SourceDocument
}

/// An integrated care system and its ICB (`systems/<system>/system.md`).
struct System: Sendable, Hashable {
    /// The id: the folder name.
    var id: String
    /// The system's name.
    var name: String
    /// The integrated care board's name.
    var icbName: String?
    /// The ICB's ODS code, such as "QWO".
    var icbOdsCode: String?
    /// The NHS England region.
    var region: String
    /// The ids of the ambulance trusts serving it: usually one, sometimes two.
    var trusts: [String]
    /// The file it came from.
    var source: SourceDocument
}

/// A place inside a system, roughly one local authority area (`systems/<system>/<place>/place.md`).
struct Place: Sendable, Hashable {
    /// The id: the folder name, unique across systems.
    var id: String
    /// The id of the system it belongs to: its parent folder.
    var system: String
    /// The place's name.
    var name: String
    /// The local authority it matches.
    var localAuthority: String?
    /// The trust serving it, given when its system has more than one.
    var trust: String?
    /// Postcode districts, such as `NE25`.
    var postcodeDistricts: [String]
    /// The ids of places that share a boundary with it, in any system.
    var neighbours: [String]
    /// The file it came from.
    var source: SourceDocument
}
