import Testing

@testable import WaymarkKit

/// The rules beyond the schemas, each with a case that passes near its edge and one that
/// breaks it, checked on 22 November 2026. Edits use `BrokenFile` from the schema tests.
@Suite("Governance, hours and age rules: each broken claim at its line, with the other side as a note")
struct GovernanceAndHoursRuleTests {
    @Test("Each rule's passing and failing case is reported exactly", arguments: BrokenFile.rules)
    func rule(_ file: BrokenFile) throws {
        try SchemaDiagnosticsTests().brokenFile(file)
    }

    @Test("Every rule code has a failing case, and there are passing cases")
    func everyRuleIsExercised() {
        let codes = [
            "governance.not-member", "governance.no-authority", "governance.missing-member", "governance.host-count",
            "governance.not-ratified", "governance.approved-in-future", "governance.review-before-approval",
            "governance.review-overdue",
            "governance.review-due-soon", "hours.crosses-midnight", "hours.overlap", "hours.last-referral-outside",
            "hours.closure-order", "eligibility.age-range",
        ]
        for code in codes {
            #expect(BrokenFile.rules.contains { $0.expected.contains { $0.contains("[\(code)]") } }, "\(code)")
        }
        #expect(BrokenFile.rules.filter(\.expected.isEmpty).count >= 8)
    }
}

extension BrokenFile {
    static let rules: [BrokenFile] = [
        BrokenFile(
            "pass: approved by the joint committee of the place's trust, of which its system is a member",
            [
                .init(
                    path: "governance/north-jc.md", find: nil,
                    replace:
                        "---\nname: North Joint Committee\nkind: joint-committee\ntrust: test-trust\nmembers:\n  - {system: north, host: true}\nauthority: [falls]\nratified:\n  - {system: north, on: 2022-09-14}\n---\nTerms of reference.\n"
                ),
                .init(
                    path: "systems/north/alpha/falls.md", find: "  approved_by: north-icb-board\n  approved_on",
                    replace: "  approved_by: north-jc\n  approved_on"),
            ],
            []),
        BrokenFile(
            "governance.not-member: the joint committee of another trust",
            [
                .init(
                    path: "governance/north-jc.md", find: nil,
                    replace:
                        "---\nname: North Joint Committee\nkind: joint-committee\ntrust: other\nmembers:\n  - {system: north, host: true}\nauthority: [falls]\nratified:\n  - {system: north, on: 2022-09-14}\n---\nTerms of reference.\n"
                ),
                .init(
                    path: "trusts/other.md", find: nil,
                    replace:
                        "---\nname: Other Ambulance Service\nregion: North East and Yorkshire\nsystems: [north]\n---\n"),
                // North is served by both trusts, so each of its places says which serves it.
                .init(
                    path: "systems/north/system.md", find: "trusts: [test-trust]",
                    replace: "trusts: [test-trust, other]"),
                .init(
                    path: "systems/north/alpha/place.md", find: "name: Alpha\n",
                    replace: "name: Alpha\ntrust: test-trust\n"),
                .init(
                    path: "systems/north/beta/place.md", find: "neighbours:", replace: "trust: test-trust\nneighbours:"),
                .init(
                    path: "systems/north/alpha/falls.md", find: "  approved_by: north-icb-board\n  approved_on",
                    replace: "  approved_by: north-jc\n  approved_on"),
            ],
            [
                "Content/systems/north/alpha/falls.md:24:16: error: `governance.approved_by` is `north-jc`, which may not approve pathways here: it is the joint committee of `other`, and Alpha is served by `test-trust` [governance.not-member]\n    hint: name the joint committee of the place's trust (if the place's system is a member) or the ICB board of the place's system\nContent/governance/north-jc.md:2:1: note: North Joint Committee is defined here"
            ]),
        BrokenFile(
            "governance.not-member: a joint committee of which the place's system is not a member",
            [
                .init(
                    path: "governance/north-jc.md", find: nil,
                    replace:
                        "---\nname: North Joint Committee\nkind: joint-committee\ntrust: test-trust\nmembers:\n  - {system: south, host: true}\nauthority: [falls]\nratified:\n  - {system: south, on: 2022-09-14}\n---\nTerms of reference.\n"
                ),
                .init(
                    path: "systems/south/system.md", find: nil,
                    replace:
                        "---\nname: South Test System\nregion: North East and Yorkshire\ntrusts: [test-trust]\n---\nA second system.\n"
                ),
                .init(path: "trusts/test-trust.md", find: "systems: [north]", replace: "systems: [north, south]"),
                .init(
                    path: "systems/north/alpha/falls.md", find: "  approved_by: north-icb-board\n  approved_on",
                    replace: "  approved_by: north-jc\n  approved_on"),
                .init(path: "trusts/test-trust.md", find: "systems: [north]", replace: "systems: [north, south]"),
            ],
            [
                "Content/governance/north-jc.md:6:3: error: North Joint Committee does not list `north` (North Test System) among its `members`, but it is in the footprint of Test Ambulance Service NHS Trust, which the committee serves [governance.missing-member]\n    hint: add `- {system: north}` to `members`: every system in the trust's footprint has an equal voice\nContent/trusts/test-trust.md:6:11: note: Test Ambulance Service NHS Trust lists `north` in its footprint here",
                "Content/systems/north/alpha/falls.md:24:16: error: `governance.approved_by` is `north-jc`, which may not approve pathways here: North Test System is not one of its members [governance.not-member]\n    hint: name the joint committee of the place's trust (if the place's system is a member) or the ICB board of the place's system\nContent/governance/north-jc.md:6:3: note: its members are listed here",
            ]),
        BrokenFile(
            "governance.not-member: the ICB board of another system",
            [
                .init(
                    path: "governance/south-icb-board.md", find: nil,
                    replace:
                        "---\nname: South ICB Board\nkind: icb-board\nmembers: [{system: south}]\nauthority: [falls]\n---\n"
                ),
                .init(
                    path: "systems/south/system.md", find: nil,
                    replace:
                        "---\nname: South Test System\nregion: North East and Yorkshire\ntrusts: [test-trust]\n---\nA second system.\n"
                ),
                .init(path: "trusts/test-trust.md", find: "systems: [north]", replace: "systems: [north, south]"),
                .init(
                    path: "systems/north/alpha/falls.md", find: "  approved_by: north-icb-board\n  approved_on",
                    replace: "  approved_by: south-icb-board\n  approved_on"),
            ],
            [
                "Content/systems/north/alpha/falls.md:24:16: error: `governance.approved_by` is `south-icb-board`, which may not approve pathways here: it is not the ICB board of North Test System, the system Alpha is in [governance.not-member]\n    hint: name the joint committee of the place's trust (if the place's system is a member) or the ICB board of the place's system\nContent/governance/south-icb-board.md:4:10: note: its members are listed here"
            ]),
        BrokenFile(
            "governance.not-member: a clinical network, which may advise but not approve",
            [
                .init(
                    path: "governance/stroke-network.md", find: nil,
                    replace:
                        "---\nname: Northern Clinical Network\nkind: clinical-network\nmembers: [{system: north}]\nauthority: [falls]\n---\n"
                ),
                .init(
                    path: "systems/north/alpha/falls.md", find: "  approved_by: north-icb-board\n  approved_on",
                    replace: "  approved_by: stroke-network\n  approved_on"),
            ],
            [
                "Content/systems/north/alpha/falls.md:24:16: error: `governance.approved_by` is `stroke-network`, which may not approve pathways here: a clinical network may advise but not approve; only a joint committee of the place's trust or the ICB board of its system may [governance.not-member]\n    hint: name the joint committee of the place's trust (if the place's system is a member) or the ICB board of the place's system\nContent/governance/stroke-network.md:2:1: note: Northern Clinical Network is defined here"
            ]),
        BrokenFile(
            "governance.no-authority: a body without authority for the type",
            [
                .init(
                    path: "pathways/sdec.md", find: nil,
                    replace: "---\nname: Same day emergency care\ncore: false\ncompare: []\n---\nSDEC.\n"),
                .init(path: "governance/north-icb-board.md", find: "authority: [falls]", replace: "authority: [sdec]"),
            ],
            [
                "Content/systems/north/alpha/falls.md:24:16: error: `governance.approved_by` is `north-icb-board`, whose authority does not include `falls` pathways (it covers `sdec`) [governance.no-authority]\n    hint: have a body with authority for `falls` approve it, or add `falls` to the `authority` of NHS North Test ICB Board once its scheme of delegation allows\nContent/governance/north-icb-board.md:6:12: note: its authority is listed here",
                "Content/systems/north/alpha/falls.md:33:18: error: `variations[0].approved_by` is `north-icb-board`, whose authority does not include `falls` pathways (it covers `sdec`) [governance.no-authority]\n    hint: have a body with authority for `falls` approve it, or add `falls` to the `authority` of NHS North Test ICB Board once its scheme of delegation allows\nContent/governance/north-icb-board.md:6:12: note: its authority is listed here",
                "Content/systems/north/beta/falls.md:13:16: error: `governance.approved_by` is `north-icb-board`, whose authority does not include `falls` pathways (it covers `sdec`) [governance.no-authority]\n    hint: have a body with authority for `falls` approve it, or add `falls` to the `authority` of NHS North Test ICB Board once its scheme of delegation allows\nContent/governance/north-icb-board.md:6:12: note: its authority is listed here",
            ]),
        BrokenFile(
            "governance.no-authority: a declared variation's approver without authority",
            [
                .init(
                    path: "pathways/sdec.md", find: nil,
                    replace: "---\nname: Same day emergency care\ncore: false\ncompare: []\n---\nSDEC.\n"),
                .init(
                    path: "governance/north-jc.md", find: nil,
                    replace:
                        "---\nname: North Joint Committee\nkind: joint-committee\ntrust: test-trust\nmembers:\n  - {system: north, host: true}\nauthority: [sdec]\nratified:\n  - {system: north, on: 2022-09-14}\n---\nTerms of reference.\n"
                ),
                .init(
                    path: "systems/north/alpha/falls.md",
                    find: "    rationale: Older population.\n    approved_by: north-icb-board",
                    replace: "    rationale: Older population.\n    approved_by: north-jc"),
            ],
            [
                "Content/systems/north/alpha/falls.md:33:18: error: `variations[0].approved_by` is `north-jc`, whose authority does not include `falls` pathways (it covers `sdec`) [governance.no-authority]\n    hint: have a body with authority for `falls` approve it, or add `falls` to the `authority` of North Joint Committee once its scheme of delegation allows\nContent/governance/north-jc.md:7:12: note: its authority is listed here"
            ]),
        BrokenFile(
            "pass: a joint committee that lists, hosts and is ratified by its whole footprint",
            [
                .init(
                    path: "governance/north-jc.md", find: nil,
                    replace:
                        "---\nname: North Joint Committee\nkind: joint-committee\ntrust: test-trust\nmembers:\n  - {system: north, host: true}\n  - {system: south}\nauthority: [falls]\nratified:\n  - {system: north, on: 2022-09-14}\n  - {system: south, on: 2022-09-20}\n---\nTerms of reference.\n"
                ),
                .init(
                    path: "systems/south/system.md", find: nil,
                    replace:
                        "---\nname: South Test System\nregion: North East and Yorkshire\ntrusts: [test-trust]\n---\nA second system.\n"
                ),
                .init(path: "trusts/test-trust.md", find: "systems: [north]", replace: "systems: [north, south]"),
                .init(path: "trusts/test-trust.md", find: "systems: [north]", replace: "systems: [north, south]"),
            ],
            []),
        BrokenFile(
            "governance.missing-member: a system of the trust's footprint left out",
            [
                .init(
                    path: "governance/north-jc.md", find: nil,
                    replace:
                        "---\nname: North Joint Committee\nkind: joint-committee\ntrust: test-trust\nmembers:\n  - {system: north, host: true}\nauthority: [falls]\nratified:\n  - {system: north, on: 2022-09-14}\n---\nTerms of reference.\n"
                ),
                .init(
                    path: "systems/south/system.md", find: nil,
                    replace:
                        "---\nname: South Test System\nregion: North East and Yorkshire\ntrusts: [test-trust]\n---\nA second system.\n"
                ),
                .init(path: "trusts/test-trust.md", find: "systems: [north]", replace: "systems: [north, south]"),
                .init(path: "trusts/test-trust.md", find: "systems: [north]", replace: "systems: [north, south]"),
            ],
            [
                "Content/governance/north-jc.md:6:3: error: North Joint Committee does not list `south` (South Test System) among its `members`, but it is in the footprint of Test Ambulance Service NHS Trust, which the committee serves [governance.missing-member]\n    hint: add `- {system: south}` to `members`: every system in the trust's footprint has an equal voice\nContent/trusts/test-trust.md:6:18: note: Test Ambulance Service NHS Trust lists `south` in its footprint here"
            ]),
        BrokenFile(
            "governance.host-count: no host",
            [
                .init(
                    path: "governance/north-jc.md", find: nil,
                    replace:
                        "---\nname: North Joint Committee\nkind: joint-committee\ntrust: test-trust\nmembers:\n  - {system: north}\nauthority: [falls]\nratified:\n  - {system: north, on: 2022-09-14}\n---\nTerms of reference.\n"
                )
            ],
            [
                "Content/governance/north-jc.md:6:3: error: North Joint Committee has no host: exactly one member should have `host: true` [governance.host-count]\n    hint: add `host: true` to the member whose ICB hosts the committee"
            ]),
        BrokenFile(
            "governance.host-count: two hosts",
            [
                .init(
                    path: "governance/north-jc.md", find: nil,
                    replace:
                        "---\nname: North Joint Committee\nkind: joint-committee\ntrust: test-trust\nmembers:\n  - {system: north, host: true}\n  - {system: south, host: true}\nauthority: [falls]\nratified:\n  - {system: north, on: 2022-09-14}\n  - {system: south, on: 2022-09-20}\n---\nTerms of reference.\n"
                ),
                .init(
                    path: "systems/south/system.md", find: nil,
                    replace:
                        "---\nname: South Test System\nregion: North East and Yorkshire\ntrusts: [test-trust]\n---\nA second system.\n"
                ),
                .init(path: "trusts/test-trust.md", find: "systems: [north]", replace: "systems: [north, south]"),
                .init(path: "trusts/test-trust.md", find: "systems: [north]", replace: "systems: [north, south]"),
            ],
            [
                "Content/governance/north-jc.md:7:5: error: North Joint Committee has 2 hosts, but a joint committee has exactly one host ICB [governance.host-count]\n    hint: keep `host: true` on the host ICB only\nContent/governance/north-jc.md:6:5: note: the first host is here"
            ]),
        BrokenFile(
            "governance.not-ratified: a member whose board has not ratified",
            [
                .init(
                    path: "governance/north-jc.md", find: nil,
                    replace:
                        "---\nname: North Joint Committee\nkind: joint-committee\ntrust: test-trust\nmembers:\n  - {system: north, host: true}\n  - {system: south}\nauthority: [falls]\nratified:\n  - {system: north, on: 2022-09-14}\n---\nTerms of reference.\n"
                ),
                .init(
                    path: "systems/south/system.md", find: nil,
                    replace:
                        "---\nname: South Test System\nregion: North East and Yorkshire\ntrusts: [test-trust]\n---\nA second system.\n"
                ),
                .init(path: "trusts/test-trust.md", find: "systems: [north]", replace: "systems: [north, south]"),
                .init(path: "trusts/test-trust.md", find: "systems: [north]", replace: "systems: [north, south]"),
            ],
            [
                "Content/governance/north-jc.md:7:5: error: `south` (South Test System) is a member of North Joint Committee, but `ratified` records no ratification by its ICB board [governance.not-ratified]\n    hint: add `- {system: south, on: YYYY-MM-DD}` to `ratified` with the date its board ratified the committee"
            ]),
        BrokenFile(
            "pass: approved today",
            [
                .init(
                    path: "systems/north/alpha/falls.md", find: "approved_on: 2026-03-01",
                    replace: "approved_on: 2026-11-22")
            ],
            []),
        BrokenFile(
            "governance.approved-in-future: approved after today",
            [
                .init(
                    path: "systems/north/alpha/falls.md", find: "approved_on: 2026-03-01",
                    replace: "approved_on: 2026-12-01")
            ],
            [
                "Content/systems/north/alpha/falls.md:25:16: error: `governance.approved_on` is 1 December 2026, after today (22 November 2026) [governance.approved-in-future]\n    hint: give the date the approval was actually made; a pathway cannot be approved in advance"
            ]),
        BrokenFile(
            "governance.review-before-approval: a review due a year before the approval, an error rather than overdue",
            [
                .init(
                    path: "systems/north/alpha/falls.md", find: "review_due: 2027-03-01",
                    replace: "review_due: 2025-03-01")
            ],
            [
                "Content/systems/north/alpha/falls.md:26:15: error: `governance.review_due` is 1 March 2025, before the approval it reviews (`approved_on` is 1 March 2026) [governance.review-before-approval]\n    hint: check the year: did you mean 2027-03-01?"
            ]),
        BrokenFile(
            "governance.review-before-approval: on a suspended pathway too, and 29 February with no such day after",
            [
                .init(
                    path: "systems/north/beta/falls.md", find: "review_due: 2027-01-10",
                    replace: "review_due: 2024-02-29")
            ],
            [
                "Content/systems/north/beta/falls.md:15:15: error: `governance.review_due` is 29 February 2024, before the approval it reviews (`approved_on` is 10 January 2026) [governance.review-before-approval]\n    hint: give the date the approving body set for the next review, after `approved_on`"
            ]),
        BrokenFile(
            "pass: an overdue review on a suspended pathway is not flagged as a problem",
            [
                .init(
                    path: "systems/north/beta/falls.md", find: "review_due: 2027-01-10",
                    replace: "review_due: 2026-10-01")
            ],
            []),
        BrokenFile(
            "governance.review-overdue: an active pathway past its review date",
            [
                .init(
                    path: "systems/north/alpha/falls.md", find: "review_due: 2027-03-01",
                    replace: "review_due: 2026-10-01")
            ],
            [
                "Content/systems/north/alpha/falls.md:26:15: warning: the review was due on 1 October 2026, 52 days ago; crews will see this pathway flagged as overdue [governance.review-overdue]\n    hint: have the approving body review it, then update `approved_on`, `review_due` and `version`"
            ]),
        BrokenFile(
            "governance.review-due-soon: a review due within 60 days is a note",
            [
                .init(
                    path: "systems/north/alpha/falls.md", find: "review_due: 2027-03-01",
                    replace: "review_due: 2027-01-01")
            ],
            [
                "Content/systems/north/alpha/falls.md:26:15: note: the review is due in 40 days, on 1 January 2027 [governance.review-due-soon]\n    hint: put it on the approving body's agenda"
            ]),
        BrokenFile(
            "pass: a session that ends at midnight",
            [
                .init(
                    path: "systems/north/alpha/falls.md", find: "from: \"08:00\", to: \"20:00\"",
                    replace: "from: \"08:00\", to: \"24:00\"")
            ],
            []),
        BrokenFile(
            "hours.crosses-midnight: a session that runs past midnight",
            [
                .init(
                    path: "systems/north/alpha/falls.md", find: "from: \"08:00\", to: \"20:00\"",
                    replace: "from: \"20:00\", to: \"02:00\"")
            ],
            [
                "Content/systems/north/alpha/falls.md:8:60: error: `hours.sessions[0]` runs from 20:00 to 02:00, which crosses midnight [hours.crosses-midnight]\n    hint: split it in two: `from: \"20:00\", to: \"24:00\"` and a session from \"00:00\" to \"02:00\" on the following days"
            ]),
        BrokenFile(
            "hours.crosses-midnight: a session that starts and ends at the same time",
            [
                .init(
                    path: "systems/north/alpha/falls.md", find: "from: \"08:00\", to: \"20:00\"",
                    replace: "from: \"08:00\", to: \"08:00\"")
            ],
            [
                "Content/systems/north/alpha/falls.md:8:60: error: `hours.sessions[0]` starts and ends at 08:00, so it is never open [hours.crosses-midnight]\n    hint: give the time it closes in `to`"
            ]),
        BrokenFile(
            "pass: sessions that meet without overlapping",
            [
                .init(
                    path: "systems/north/alpha/falls.md",
                    find: "    - {days: [sat, sun], from: \"09:00\", to: \"17:00\"}\n",
                    replace:
                        "    - {days: [sat, sun], from: \"09:00\", to: \"17:00\"}\n    - {days: [fri], from: \"20:00\", to: \"22:00\"}\n"
                )
            ],
            []),
        BrokenFile(
            "hours.overlap: two sessions overlapping on a day",
            [
                .init(
                    path: "systems/north/alpha/falls.md",
                    find: "    - {days: [sat, sun], from: \"09:00\", to: \"17:00\"}\n",
                    replace:
                        "    - {days: [sat, sun], from: \"09:00\", to: \"17:00\"}\n    - {days: [fri, sat], from: \"19:00\", to: \"22:00\"}\n"
                )
            ],
            [
                "Content/systems/north/alpha/falls.md:10:7: error: on Friday this session (19:00 to 22:00) overlaps another (08:00 to 20:00) [hours.overlap]\n    hint: merge them into one session, or change the times so one ends before the other starts\nContent/systems/north/alpha/falls.md:8:7: note: the session it overlaps"
            ]),
        BrokenFile(
            "pass: a last referral time at closing",
            [
                .init(
                    path: "systems/north/alpha/falls.md", find: "last_referral: \"16:00\"",
                    replace: "last_referral: \"20:00\"")
            ],
            []),
        BrokenFile(
            "hours.last-referral-outside: a last referral time when closed",
            [
                .init(
                    path: "systems/north/alpha/falls.md", find: "last_referral: \"16:00\"",
                    replace: "last_referral: \"21:00\"")
            ],
            [
                "Content/systems/north/alpha/falls.md:13:18: error: `hours.last_referral` is 21:00, when the pathway is closed (its sessions run 08:00 to 20:00, 09:00 to 17:00) [hours.last-referral-outside]\n    hint: give a time inside a session, such as half an hour before it closes, or remove it"
            ]),
        BrokenFile(
            "hours.closure-order: a closure that ends before it starts",
            [
                .init(
                    path: "systems/north/alpha/falls.md", find: "from: 2026-12-24, to: 2026-12-26",
                    replace: "from: 2026-12-26, to: 2026-12-24")
            ],
            [
                "Content/systems/north/alpha/falls.md:12:30: error: this closure ends on 24 December 2026, before it starts on 26 December 2026 [hours.closure-order]\n    hint: swap `from` and `to`"
            ]),
        BrokenFile(
            "pass: minimum and maximum age equal",
            [
                .init(
                    path: "systems/north/alpha/falls.md", find: "  age_min: 65\n",
                    replace: "  age_min: 65\n  age_max: 65\n")
            ],
            []),
        BrokenFile(
            "eligibility.age-range: a maximum age below the minimum",
            [
                .init(
                    path: "systems/north/alpha/falls.md", find: "  age_min: 65\n",
                    replace: "  age_min: 65\n  age_max: 60\n")
            ],
            [
                "Content/systems/north/alpha/falls.md:16:12: error: `eligibility.age_max` is 60, below `eligibility.age_min` (65), so no one is eligible [eligibility.age-range]\n    hint: check both ages; one is probably mistyped\nContent/systems/north/alpha/falls.md:15:12: note: the minimum age is given here"
            ]),
    ]
}
