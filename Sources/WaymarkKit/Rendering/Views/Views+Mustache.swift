// Templates look names up through `value(named:)`, which answers with a typed value, so
// rendering never reflects on a view or casts an `Any`. Each lookup lists the view's stored
// properties; a test checks, by reflection, that none is missing.

extension PageView: TemplateView, TemplateElement {
    func value(named name: String) -> TemplateValue? {
        switch name {
        case "root": TemplateValue(root)
        case "site": TemplateValue(site)
        case "title": TemplateValue(title)
        case "breadcrumbs": TemplateValue(breadcrumbs)
        case "buildDate": TemplateValue(buildDate)
        case "built": TemplateValue(built)
        case "page": TemplateValue(page)
        case "revision": TemplateValue(revision)
        case "check": TemplateValue(check)
        case "stylesheet": TemplateValue(stylesheet)
        case "scripts": TemplateValue(scripts)
        case "search": TemplateValue(search)
        case "changes": TemplateValue(changes)
        case "reference": TemplateValue(reference)
        case "variation": TemplateValue(variation)
        case "content": TemplateValue(content)
        default: nil
        }
    }
}

extension SiteView: TemplateView, TemplateElement {
    func value(named name: String) -> TemplateValue? {
        switch name {
        case "title": TemplateValue(title)
        case "sample": TemplateValue(sample)
        case "timeZone": TemplateValue(timeZone)
        default: nil
        }
    }
}

extension LinkView: TemplateView, TemplateElement {
    func value(named name: String) -> TemplateValue? {
        switch name {
        case "href": TemplateValue(href)
        case "label": TemplateValue(label)
        default: nil
        }
    }
}

extension StatusView: TemplateView, TemplateElement {
    func value(named name: String) -> TemplateValue? {
        switch name {
        case "key": TemplateValue(key)
        case "label": TemplateValue(label)
        case "warning": TemplateValue(warning)
        case "isActive": TemplateValue(isActive)
        default: nil
        }
    }
}

extension PathwayCardView: TemplateView, TemplateElement {
    func value(named name: String) -> TemplateValue? {
        switch name {
        case "href": TemplateValue(href)
        case "title": TemplateValue(title)
        case "typeName": TemplateValue(typeName)
        case "placeName": TemplateValue(placeName)
        case "status": TemplateValue(status)
        case "summary": TemplateValue(summary)
        case "hours": TemplateValue(hours)
        case "phone": TemplateValue(phone)
        case "telephoneHref": TemplateValue(telephoneHref)
        case "reviewWarning": TemplateValue(reviewWarning)
        case "hoursJSON": TemplateValue(hoursJSON)
        default: nil
        }
    }
}

extension TermView: TemplateView, TemplateElement {
    func value(named name: String) -> TemplateValue? {
        switch name {
        case "code": TemplateValue(code)
        case "label": TemplateValue(label)
        case "description": TemplateValue(description)
        default: nil
        }
    }
}

extension FactView: TemplateView, TemplateElement {
    func value(named name: String) -> TemplateValue? {
        switch name {
        case "label": TemplateValue(label)
        case "value": TemplateValue(value)
        case "href": TemplateValue(href)
        default: nil
        }
    }
}

extension PathwayPage: TemplateView, TemplateElement {
    func value(named name: String) -> TemplateValue? {
        switch name {
        case "title": TemplateValue(title)
        case "status": TemplateValue(status)
        case "summary": TemplateValue(summary)
        case "type": TemplateValue(type)
        case "place": TemplateValue(place)
        case "system": TemplateValue(system)
        case "provider": TemplateValue(provider)
        case "age": TemplateValue(age)
        case "include": TemplateValue(include)
        case "exclude": TemplateValue(exclude)
        case "thresholds": TemplateValue(thresholds)
        case "alwaysOpen": TemplateValue(alwaysOpen)
        case "hoursLines": TemplateValue(hoursLines)
        case "bankHolidays": TemplateValue(bankHolidays)
        case "closures": TemplateValue(closures)
        case "lastReferral": TemplateValue(lastReferral)
        case "responseTarget": TemplateValue(responseTarget)
        case "methods": TemplateValue(methods)
        case "phone": TemplateValue(phone)
        case "telephoneHref": TemplateValue(telephoneHref)
        case "publicPhone": TemplateValue(publicPhone)
        case "acceptsFrom": TemplateValue(acceptsFrom)
        case "bodyHTML": TemplateValue(bodyHTML)
        case "approver": TemplateValue(approver)
        case "approvedOn": TemplateValue(approvedOn)
        case "reviewDue": TemplateValue(reviewDue)
        case "review": TemplateValue(review)
        case "reviewWarning": TemplateValue(reviewWarning)
        case "reviewNotice": TemplateValue(reviewNotice)
        case "hoursJSON": TemplateValue(hoursJSON)
        case "version": TemplateValue(version)
        case "owner": TemplateValue(owner)
        case "contact": TemplateValue(contact)
        case "contactHref": TemplateValue(contactHref)
        case "variations": TemplateValue(variations)
        case "comparison": TemplateValue(comparison)
        default: nil
        }
    }
}

extension PathwayPage.HoursLine: TemplateView, TemplateElement {
    func value(named name: String) -> TemplateValue? {
        switch name {
        case "days": TemplateValue(days)
        case "times": TemplateValue(times)
        default: nil
        }
    }
}

extension PathwayPage.ClosureView: TemplateView, TemplateElement {
    func value(named name: String) -> TemplateValue? {
        switch name {
        case "from": TemplateValue(from)
        case "to": TemplateValue(to)
        case "reason": TemplateValue(reason)
        default: nil
        }
    }
}

extension PathwayPage.VariationView: TemplateView, TemplateElement {
    func value(named name: String) -> TemplateValue? {
        switch name {
        case "field": TemplateValue(field)
        case "rationale": TemplateValue(rationale)
        case "approver": TemplateValue(approver)
        default: nil
        }
    }
}

extension HomePage: TemplateView, TemplateElement {
    func value(named name: String) -> TemplateValue? {
        switch name {
        case "trusts": TemplateValue(trusts)
        case "types": TemplateValue(types)
        case "bodies": TemplateValue(bodies)
        case "counts": TemplateValue(counts)
        case "variation": TemplateValue(variation)
        case "variationCounts": TemplateValue(variationCounts)
        default: nil
        }
    }
}

extension HomePage.TrustEntry: TemplateView, TemplateElement {
    func value(named name: String) -> TemplateValue? {
        switch name {
        case "link": TemplateValue(link)
        case "region": TemplateValue(region)
        case "systems": TemplateValue(systems)
        default: nil
        }
    }
}

extension HomePage.SystemEntry: TemplateView, TemplateElement {
    func value(named name: String) -> TemplateValue? {
        switch name {
        case "link": TemplateValue(link)
        case "places": TemplateValue(places)
        default: nil
        }
    }
}

extension PlacePage: TemplateView, TemplateElement {
    func value(named name: String) -> TemplateValue? {
        switch name {
        case "name": TemplateValue(self.name)
        case "facts": TemplateValue(facts)
        case "neighbours": TemplateValue(neighbours)
        case "postcodeDistricts": TemplateValue(postcodeDistricts)
        case "groups": TemplateValue(groups)
        case "bodyHTML": TemplateValue(bodyHTML)
        default: nil
        }
    }
}

extension PlacePage.TypeGroup: TemplateView, TemplateElement {
    func value(named name: String) -> TemplateValue? {
        switch name {
        case "type": TemplateValue(type)
        case "pathways": TemplateValue(pathways)
        case "missing": TemplateValue(missing)
        default: nil
        }
    }
}

extension PathwayTypePage: TemplateView, TemplateElement {
    func value(named name: String) -> TemplateValue? {
        switch name {
        case "name": TemplateValue(self.name)
        case "description": TemplateValue(description)
        case "core": TemplateValue(core)
        case "columns": TemplateValue(columns)
        case "rows": TemplateValue(rows)
        case "bodyHTML": TemplateValue(bodyHTML)
        case "variation": TemplateValue(variation)
        default: nil
        }
    }
}

extension PathwayTypePage.Row: TemplateView, TemplateElement {
    func value(named name: String) -> TemplateValue? {
        switch name {
        case "place": TemplateValue(place)
        case "system": TemplateValue(system)
        case "pathway": TemplateValue(pathway)
        case "status": TemplateValue(status)
        case "values": TemplateValue(values)
        case "hours": TemplateValue(hours)
        case "hoursJSON": TemplateValue(hoursJSON)
        default: nil
        }
    }
}

extension TrustPage: TemplateView, TemplateElement {
    func value(named name: String) -> TemplateValue? {
        switch name {
        case "name": TemplateValue(self.name)
        case "facts": TemplateValue(facts)
        case "systems": TemplateValue(systems)
        case "committees": TemplateValue(committees)
        case "boards": TemplateValue(boards)
        case "otherBodies": TemplateValue(otherBodies)
        case "approvals": TemplateValue(approvals)
        case "reviewCounts": TemplateValue(reviewCounts)
        case "asOf": TemplateValue(asOf)
        case "bodyHTML": TemplateValue(bodyHTML)
        case "variation": TemplateValue(variation)
        default: nil
        }
    }
}

extension TrustPage.SystemEntry: TemplateView, TemplateElement {
    func value(named name: String) -> TemplateValue? {
        switch name {
        case "link": TemplateValue(link)
        case "places": TemplateValue(places)
        default: nil
        }
    }
}

extension SystemPage: TemplateView, TemplateElement {
    func value(named name: String) -> TemplateValue? {
        switch name {
        case "name": TemplateValue(self.name)
        case "facts": TemplateValue(facts)
        case "places": TemplateValue(places)
        case "bodies": TemplateValue(bodies)
        case "bodyHTML": TemplateValue(bodyHTML)
        default: nil
        }
    }
}

extension SystemPage.PlaceEntry: TemplateView, TemplateElement {
    func value(named name: String) -> TemplateValue? {
        switch name {
        case "link": TemplateValue(link)
        case "pathways": TemplateValue(pathways)
        default: nil
        }
    }
}

extension GovernanceBodyPage: TemplateView, TemplateElement {
    func value(named name: String) -> TemplateValue? {
        switch name {
        case "name": TemplateValue(self.name)
        case "isJointCommittee": TemplateValue(isJointCommittee)
        case "facts": TemplateValue(facts)
        case "members": TemplateValue(members)
        case "authority": TemplateValue(authority)
        case "approvals": TemplateValue(approvals)
        case "reviewCounts": TemplateValue(reviewCounts)
        case "asOf": TemplateValue(asOf)
        case "bodyHTML": TemplateValue(bodyHTML)
        default: nil
        }
    }
}

extension ReviewView: TemplateView, TemplateElement {
    func value(named name: String) -> TemplateValue? {
        switch name {
        case "key": TemplateValue(key)
        case "label": TemplateValue(label)
        case "isOverdue": TemplateValue(isOverdue)
        case "isDueSoon": TemplateValue(isDueSoon)
        default: nil
        }
    }
}

extension MemberView: TemplateView, TemplateElement {
    func value(named name: String) -> TemplateValue? {
        switch name {
        case "system": TemplateValue(system)
        case "host": TemplateValue(host)
        case "ratifiedOn": TemplateValue(ratifiedOn)
        default: nil
        }
    }
}

extension BodySummaryView: TemplateView, TemplateElement {
    func value(named name: String) -> TemplateValue? {
        switch name {
        case "link": TemplateValue(link)
        case "anchor": TemplateValue(anchor)
        case "isJointCommittee": TemplateValue(isJointCommittee)
        case "facts": TemplateValue(facts)
        case "members": TemplateValue(members)
        case "authority": TemplateValue(authority)
        default: nil
        }
    }
}

extension ApprovalRowView: TemplateView, TemplateElement {
    func value(named name: String) -> TemplateValue? {
        switch name {
        case "pathway": TemplateValue(pathway)
        case "place": TemplateValue(place)
        case "type": TemplateValue(type)
        case "status": TemplateValue(status)
        case "approver": TemplateValue(approver)
        case "approvedOn": TemplateValue(approvedOn)
        case "reviewDue": TemplateValue(reviewDue)
        case "review": TemplateValue(review)
        case "rowKey": TemplateValue(rowKey)
        case "version": TemplateValue(version)
        case "owner": TemplateValue(owner)
        default: nil
        }
    }
}
