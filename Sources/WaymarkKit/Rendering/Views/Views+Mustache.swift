import Mustache

// Templates look names up through `child(named:)` rather than swift-mustache's default
// reflection, which took two thirds of a large build. Each lookup lists the view's stored
// properties; a test checks, by reflection, that none is missing.

extension PageView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "root": root
        case "site": site
        case "title": title
        case "breadcrumbs": breadcrumbs
        case "buildDate": buildDate
        case "built": built
        case "page": page
        case "revision": revision
        case "check": check
        case "bankHolidays": bankHolidays
        case "stylesheet": stylesheet
        case "scripts": scripts
        case "search": search
        case "changes": changes
        case "reference": reference
        case "variation": variation
        case "content": content
        default: nil
        }
    }
}

extension SiteView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "title": title
        case "sample": sample
        case "timeZone": timeZone
        default: nil
        }
    }
}

extension LinkView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "href": href
        case "label": label
        default: nil
        }
    }
}

extension StatusView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "key": key
        case "label": label
        case "warning": warning
        case "isActive": isActive
        default: nil
        }
    }
}

extension PathwayCardView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "href": href
        case "title": title
        case "typeName": typeName
        case "placeName": placeName
        case "status": status
        case "summary": summary
        case "hours": hours
        case "phone": phone
        case "telephoneHref": telephoneHref
        case "reviewWarning": reviewWarning
        case "hoursJSON": hoursJSON
        default: nil
        }
    }
}

extension TermView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "code": code
        case "label": label
        case "description": description
        default: nil
        }
    }
}

extension FactView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "label": label
        case "value": value
        case "href": href
        default: nil
        }
    }
}

extension PathwayPage: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "title": title
        case "status": status
        case "summary": summary
        case "type": type
        case "place": place
        case "system": system
        case "provider": provider
        case "age": age
        case "include": include
        case "exclude": exclude
        case "thresholds": thresholds
        case "alwaysOpen": alwaysOpen
        case "hoursLines": hoursLines
        case "bankHolidays": bankHolidays
        case "closures": closures
        case "lastReferral": lastReferral
        case "responseTarget": responseTarget
        case "methods": methods
        case "phone": phone
        case "telephoneHref": telephoneHref
        case "publicPhone": publicPhone
        case "acceptsFrom": acceptsFrom
        case "bodyHTML": bodyHTML
        case "approver": approver
        case "approvedOn": approvedOn
        case "reviewDue": reviewDue
        case "review": review
        case "reviewWarning": reviewWarning
        case "reviewNotice": reviewNotice
        case "hoursJSON": hoursJSON
        case "version": version
        case "owner": owner
        case "contact": contact
        case "contactHref": contactHref
        case "variations": variations
        case "comparison": comparison
        default: nil
        }
    }
}

extension PathwayPage.HoursLine: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "days": days
        case "times": times
        default: nil
        }
    }
}

extension PathwayPage.ClosureView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "from": from
        case "to": to
        case "reason": reason
        default: nil
        }
    }
}

extension PathwayPage.VariationView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "field": field
        case "rationale": rationale
        case "approver": approver
        default: nil
        }
    }
}

extension HomePage: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "trusts": trusts
        case "types": types
        case "bodies": bodies
        case "counts": counts
        case "variation": variation
        case "variationCounts": variationCounts
        default: nil
        }
    }
}

extension HomePage.TrustEntry: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "link": link
        case "region": region
        case "systems": systems
        default: nil
        }
    }
}

extension HomePage.SystemEntry: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "link": link
        case "places": places
        default: nil
        }
    }
}

extension PlacePage: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "name": self.name
        case "facts": facts
        case "neighbours": neighbours
        case "postcodeDistricts": postcodeDistricts
        case "groups": groups
        case "bodyHTML": bodyHTML
        default: nil
        }
    }
}

extension PlacePage.TypeGroup: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "type": type
        case "pathways": pathways
        case "missing": missing
        default: nil
        }
    }
}

extension PathwayTypePage: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "name": self.name
        case "description": description
        case "core": core
        case "columns": columns
        case "rows": rows
        case "bodyHTML": bodyHTML
        case "variation": variation
        default: nil
        }
    }
}

extension PathwayTypePage.Row: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "place": place
        case "system": system
        case "pathway": pathway
        case "status": status
        case "values": values
        case "hours": hours
        case "hoursJSON": hoursJSON
        default: nil
        }
    }
}

extension TrustPage: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "name": self.name
        case "facts": facts
        case "systems": systems
        case "committees": committees
        case "boards": boards
        case "otherBodies": otherBodies
        case "approvals": approvals
        case "reviewCounts": reviewCounts
        case "asOf": asOf
        case "bodyHTML": bodyHTML
        case "variation": variation
        default: nil
        }
    }
}

extension TrustPage.SystemEntry: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "link": link
        case "places": places
        default: nil
        }
    }
}

extension SystemPage: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "name": self.name
        case "facts": facts
        case "places": places
        case "bodies": bodies
        case "bodyHTML": bodyHTML
        default: nil
        }
    }
}

extension SystemPage.PlaceEntry: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "link": link
        case "pathways": pathways
        default: nil
        }
    }
}

extension GovernanceBodyPage: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "name": self.name
        case "isJointCommittee": isJointCommittee
        case "facts": facts
        case "members": members
        case "authority": authority
        case "approvals": approvals
        case "reviewCounts": reviewCounts
        case "asOf": asOf
        case "bodyHTML": bodyHTML
        default: nil
        }
    }
}

extension ReviewView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "key": key
        case "label": label
        case "isOverdue": isOverdue
        case "isDueSoon": isDueSoon
        default: nil
        }
    }
}

extension MemberView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "system": system
        case "host": host
        case "ratifiedOn": ratifiedOn
        default: nil
        }
    }
}

extension BodySummaryView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "link": link
        case "anchor": anchor
        case "isJointCommittee": isJointCommittee
        case "facts": facts
        case "members": members
        case "authority": authority
        default: nil
        }
    }
}

extension ApprovalRowView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "pathway": pathway
        case "place": place
        case "type": type
        case "status": status
        case "approver": approver
        case "approvedOn": approvedOn
        case "reviewDue": reviewDue
        case "review": review
        case "rowKey": rowKey
        case "version": version
        case "owner": owner
        default: nil
        }
    }
}
