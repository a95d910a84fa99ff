import Foundation

extension CatalogueDecoder {
    static func site(_ document: SourceDocument) -> (SiteSettings?, [Diagnostic]) {
        var reader = FieldReader(document: document)
        guard document.data.entries != nil else { return (nil, []) }
        let title = reader.string("title", required: true)
        let baseURL = reader.string("base_url") ?? "/"
        var zone = reader.string("time_zone") ?? "Europe/London"
        if TimeZone(identifier: zone) == nil, let value = document.data["time_zone"] {
            reader.report(.unknownTimeZone(zone, at: document.location(value.position)))
            zone = "Europe/London"
        }
        let sample = reader.bool("sample") ?? false
        let coreTypes = document.data["core_types"] == nil ? nil : reader.identifiers("core_types", of: "pathway type")
        var sampleAsOf = reader.date("sample_as_of")
        if sampleAsOf != nil, !sample, let entry = document.data.entry("sample_as_of") {
            reader.report(.sampleDateWithoutSample(at: document.location(entry.keyPosition)))
            sampleAsOf = nil
        }
        let settings = SiteSettings(
            title: title ?? "Waymark", baseURL: baseURL, timeZone: zone, sample: sample, coreTypes: coreTypes,
            sampleAsOf: sampleAsOf, source: document)
        return (settings, reader.diagnostics)
    }

    static func vocabulary(_ document: SourceDocument, name: String) -> (Vocabulary?, [Diagnostic]) {
        var reader = FieldReader(document: document)
        guard let entries = document.data.entries else { return (nil, []) }
        var terms: [Vocabulary.Term] = []
        for entry in entries {
            guard Identifier.isValid(entry.key) else { continue }
            // A term without a label is still defined: it is reported once here, not again at
            // every pathway that uses its code.
            let term = reader.group(entry.key, required: true) { fields -> Vocabulary.Term? in
                let label = fields.string("label", required: true)
                let description = fields.string("description")
                return Vocabulary.Term(code: entry.key, label: label ?? entry.key, description: description)
            }
            terms.append(term ?? Vocabulary.Term(code: entry.key, label: entry.key))
        }
        return (Vocabulary(name: name, terms: terms), reader.diagnostics)
    }

    static func bankHolidays(_ document: SourceDocument) -> ([BankHoliday], [Diagnostic]) {
        var reader = FieldReader(document: document)
        guard let items = document.data.items else { return ([], []) }
        var holidays: [BankHoliday] = []
        for (offset, item) in items.enumerated() {
            let holiday = reader.item(item, field: "[\(offset)]") { fields -> BankHoliday? in
                let date = fields.date("date", required: true)
                let name = fields.string("name", required: true)
                guard let date, let name else { return nil }
                return BankHoliday(date: date, name: name)
            }
            if let holiday { holidays.append(holiday) }
        }
        return (holidays, reader.diagnostics)
    }

    static func trust(_ document: SourceDocument, id: String) -> (Trust?, [Diagnostic]) {
        var reader = FieldReader(document: document)
        let name = reader.string("name", required: true)
        let shortName = reader.string("short_name")
        let odsCode = reader.string("ods_code")
        let region = reader.string("region", required: true)
        let systems = reader.identifiers("systems", required: true, of: "system")
        guard let name, let region else { return (nil, reader.diagnostics) }
        let trust = Trust(
            id: id, name: name, shortName: shortName, odsCode: odsCode, region: region, systems: systems,
            source: document)
        return (trust, reader.diagnostics)
    }

    static func system(_ document: SourceDocument, id: String) -> (System?, [Diagnostic]) {
        var reader = FieldReader(document: document)
        let name = reader.string("name", required: true)
        let icbName = reader.string("icb_name")
        let icbOdsCode = reader.string("icb_ods_code")
        let region = reader.string("region", required: true)
        let trusts = reader.identifiers("trusts", required: true, of: "trust")
        guard let name, let region else { return (nil, reader.diagnostics) }
        let system = System(
            id: id, name: name, icbName: icbName, icbOdsCode: icbOdsCode, region: region, trusts: trusts,
            source: document)
        return (system, reader.diagnostics)
    }

    static func place(_ document: SourceDocument, system: String, id: String) -> (Place?, [Diagnostic]) {
        var reader = FieldReader(document: document)
        let name = reader.string("name", required: true)
        let localAuthority = reader.string("local_authority")
        let trust = reader.identifier("trust", of: "trust")
        let districts = reader.strings("postcode_districts")
        let neighbours = reader.identifiers("neighbours", of: "place")
        guard let name else { return (nil, reader.diagnostics) }
        let place = Place(
            id: id, system: system, name: name, localAuthority: localAuthority, trust: trust,
            postcodeDistricts: districts, neighbours: neighbours, source: document)
        return (place, reader.diagnostics)
    }

    static func governanceBody(_ document: SourceDocument, id: String) -> (GovernanceBody?, [Diagnostic]) {
        var reader = FieldReader(document: document)
        let name = reader.string("name", required: true)
        let kind: GovernanceKind? = reader.choice("kind", required: true)
        let trust = reader.identifier("trust", required: kind == .jointCommittee, of: "trust")
        let members = reader.list("members", required: true) { reader, item, field in
            reader.item(item, field: field) { fields -> GovernanceBody.Member? in
                let system = fields.identifier("system", required: true, of: "system")
                let host = fields.bool("host") ?? false
                guard let system else { return nil }
                return GovernanceBody.Member(system: system, host: host)
            }
        }
        let authority = reader.identifiers("authority", required: true, of: "pathway type")
        let ratified = reader.list("ratified") { reader, item, field in
            reader.item(item, field: field) { fields -> GovernanceBody.Ratification? in
                let system = fields.identifier("system", required: true, of: "system")
                let date = fields.date("on", required: true)
                guard let system, let date else { return nil }
                return GovernanceBody.Ratification(system: system, date: date)
            }
        }
        let chair = reader.string("chair")
        let established = reader.date("established")
        guard let name, let kind else { return (nil, reader.diagnostics) }
        let body = GovernanceBody(
            id: id, name: name, kind: kind, trust: trust, members: members, authority: authority, ratified: ratified,
            chair: chair, established: established, source: document)
        return (body, reader.diagnostics)
    }

    static func pathwayType(_ document: SourceDocument, id: String) -> (PathwayType?, [Diagnostic]) {
        var reader = FieldReader(document: document)
        let name = reader.string("name", required: true)
        let shortName = reader.string("short_name")
        let core = reader.bool("core", required: true)
        let description = reader.string("description")
        let compare = reader.list("compare", required: true) { reader, item, field in
            reader.item(item, field: field) { fields -> PathwayType.ComparedField? in
                let path = fields.string("field", required: true)
                let kind: ComparisonKind? = fields.choice("kind", required: true)
                let label = fields.string("label", required: true)
                guard let path, let kind, let label else { return nil }
                return PathwayType.ComparedField(field: path, kind: kind, label: label)
            }
        }
        let baseline = reader.group("baseline") { fields -> PathwayType.Baseline? in
            let field = fields.string("field", required: true)
            let minimum = fields.number("min")
            let maximum = fields.number("max")
            let origin = fields.string("source")
            guard let field else { return nil }
            return PathwayType.Baseline(field: field, minimum: minimum, maximum: maximum, origin: origin)
        }
        guard let name, let core else { return (nil, reader.diagnostics) }
        let type = PathwayType(
            id: id, name: name, shortName: shortName, core: core, description: description, compare: compare,
            baseline: baseline, source: document)
        return (type, reader.diagnostics)
    }
}
