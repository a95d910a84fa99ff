extension CatalogueDecoder {
    static func pathway(_ document: SourceDocument, system: String, place: String, type: String, name: String?) -> (
        Pathway?, [Diagnostic]
    ) {
        var reader = FieldReader(document: document)
        let title = reader.string("title", required: true)
        let status: PathwayStatus? = reader.choice("status", required: true)
        let summary = reader.string("summary")
        let provider = reader.group("provider") { fields -> Pathway.Provider? in
            let name = fields.string("name", required: true)
            let odsCode = fields.string("ods_code")
            guard let name else { return nil }
            return Pathway.Provider(name: name, odsCode: odsCode)
        }
        let hours = reader.group("hours", required: true) { readHours(&$0) }
        let eligibility = reader.group("eligibility", required: true) { readEligibility(&$0) }
        let response = reader.group("response") { fields in
            Pathway.Response(targetMinutes: fields.integer("target_minutes"))
        }
        let referral = reader.group("referral", required: true) { readReferral(&$0) }
        let governance = reader.group("governance", required: true) { readApproval(&$0) }
        let variations = reader.list("variations") { reader, item, field in
            reader.item(item, field: field) { fields -> Pathway.Variation? in
                let path = fields.string("field", required: true)
                let rationale = fields.string("rationale", required: true)
                let approvedBy = fields.identifier("approved_by", required: true, of: "governance body")
                guard let path, let rationale, let approvedBy else { return nil }
                return Pathway.Variation(field: path, rationale: rationale, approvedBy: approvedBy)
            }
        }
        guard let title, let status, let hours, let eligibility, let referral, let governance else {
            return (nil, reader.diagnostics)
        }
        let id = "\(place)/\(type)" + (name.map { "--\($0)" } ?? "")
        let pathway = Pathway(
            id: id, system: system, place: place, type: type, name: name, title: title, status: status,
            summary: summary,
            provider: provider, hours: hours, eligibility: eligibility, response: response, referral: referral,
            governance: governance, variations: variations, source: document)
        return (pathway, reader.diagnostics)
    }

    private static func readHours(_ fields: inout FieldReader) -> Hours? {
        let always = fields.bool("always") ?? false
        let sessions = fields.list("sessions") { reader, item, field in
            reader.item(item, field: field) { session -> Hours.Session? in
                let days: [Weekday] = session.choices("days", required: true)
                let from = session.time("from", required: true)
                let to = session.time("to", required: true)
                guard !days.isEmpty, let from, let to else { return nil }
                return Hours.Session(days: days, from: from, to: to)
            }
        }
        let bankHolidays: BankHolidayRule = fields.choice("bank_holidays") ?? .closed
        let closures = fields.list("closures") { reader, item, field in
            reader.item(item, field: field) { closure -> Hours.Closure? in
                let from = closure.date("from", required: true)
                let to = closure.date("to", required: true)
                let reason = closure.string("reason")
                guard let from, let to else { return nil }
                return Hours.Closure(from: from, to: to, reason: reason)
            }
        }
        let lastReferral = fields.time("last_referral")
        return Hours(
            always: always, sessions: sessions, bankHolidays: bankHolidays, closures: closures,
            lastReferral: lastReferral)
    }

    private static func readEligibility(_ fields: inout FieldReader) -> Pathway.Eligibility {
        let ageMin = fields.integer("age_min")
        let ageMax = fields.integer("age_max")
        let include = fields.identifiers("include", of: "criterion in vocabulary/criteria.yaml")
        let exclude = fields.identifiers("exclude", of: "criterion in vocabulary/criteria.yaml")
        var thresholds: [YAMLNode.Entry] = []
        for entry in fields.remainingEntries() {
            switch entry.value.value {
            case .integer, .number, .bool, .string: thresholds.append(entry)
            default: continue
            }
        }
        return Pathway.Eligibility(
            ageMin: ageMin, ageMax: ageMax, include: include, exclude: exclude, thresholds: thresholds)
    }

    private static func readReferral(_ fields: inout FieldReader) -> Pathway.Referral? {
        let methods: [ReferralMethod] = fields.choices("methods", required: true)
        let phone = fields.string("phone")
        let publicPhone = fields.string("public_phone")
        let acceptsFrom = fields.identifiers("accepts_from", required: true, of: "role in vocabulary/roles.yaml")
        return Pathway.Referral(methods: methods, phone: phone, publicPhone: publicPhone, acceptsFrom: acceptsFrom)
    }

    private static func readApproval(_ fields: inout FieldReader) -> Pathway.Approval? {
        let approvedBy = fields.identifier("approved_by", required: true, of: "governance body")
        let approvedOn = fields.date("approved_on", required: true)
        let reviewDue = fields.date("review_due", required: true)
        let owner = fields.string("owner", required: true)
        let contact = fields.string("contact")
        let version = fields.text("version")
        guard let approvedBy, let approvedOn, let reviewDue, let owner else { return nil }
        return Pathway.Approval(
            approvedBy: approvedBy, approvedOn: approvedOn, reviewDue: reviewDue, owner: owner, contact: contact,
            version: version)
    }
}
