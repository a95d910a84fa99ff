/// An NHS ambulance trust (`trusts/<trust>.md`).
public struct Trust: Sendable, Hashable {
    /// The id: the file name.
    public var id: String
    /// The full name, such as "Yorkshire Ambulance Service NHS Trust".
    public var name: String
    /// The usual abbreviation, such as "YAS".
    public var shortName: String?
    /// The NHS organisation (ODS) code, such as "RX8".
    public var odsCode: String?
    /// The NHS England region.
    public var region: String
    /// The ids of the systems in its footprint.
    public var systems: [String]
    /// The file it came from.
    public var source: SourceDocument
}

/// An integrated care system and its ICB (`systems/<system>/system.md`).
public struct System: Sendable, Hashable {
    /// The id: the folder name.
    public var id: String
    /// The system's name.
    public var name: String
    /// The integrated care board's name.
    public var icbName: String?
    /// The ICB's ODS code, such as "QWO".
    public var icbOdsCode: String?
    /// The NHS England region.
    public var region: String
    /// The ids of the ambulance trusts serving it: usually one, sometimes two.
    public var trusts: [String]
    /// The file it came from.
    public var source: SourceDocument
}

/// A place inside a system, roughly one local authority area (`systems/<system>/<place>/place.md`).
public struct Place: Sendable, Hashable {
    /// The id: the folder name, unique across systems.
    public var id: String
    /// The id of the system it belongs to: its parent folder.
    public var system: String
    /// The place's name.
    public var name: String
    /// The local authority it matches.
    public var localAuthority: String?
    /// The trust serving it, given when its system has more than one.
    public var trust: String?
    /// Postcode districts, such as `NE25`.
    public var postcodeDistricts: [String]
    /// The ids of places that share a boundary with it, in any system.
    public var neighbours: [String]
    /// The file it came from.
    public var source: SourceDocument
}
