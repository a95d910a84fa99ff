import Foundation
import Testing

@testable import WaymarkKit

/// Governance in the site: review warnings on pathway pages, the trust's joint committee and ICB
/// boards, and the approvals register, each as built on a given date.
///
/// In the `minimal` fixture, Alpha's falls pathway (active) is due for review on 1 March 2027 and
/// Beta's (suspended) on 10 January 2027; both were approved by the north ICB board.
@Suite("Governance shows on the trust, body and pathway pages")
struct GovernancePageTests {
    /// A joint committee for the fixture's one-system footprint, hosted by that system.
    static let jointCommittee = """
        ---
        name: North Test Ambulance Joint Committee
        kind: joint-committee
        trust: test-trust
        members:
          - {system: north, host: true}
        authority: [falls]
        ratified:
          - {system: north, on: 2022-08-25}
        chair: Chair of NHS North Test ICB
        established: 2022-07-01
        ---
        Terms of reference.

        """

    /// The site for `checked` as built on `date`.
    static func render(_ checked: Pipeline.CheckResult, on date: String) throws -> RenderedSite {
        let renderer = try SiteRenderer(templates: try TemplateSet(loadingFrom: TestSupport.shippedTemplates))
        return renderer.render(
            checked.catalogue, schemas: checked.schemas.documents, buildDate: try #require(CalendarDate(date)))
    }

    /// The `minimal` fixture as built on `date`.
    static func renderMinimal(on date: String) throws -> RenderedSite {
        let checked = Pipeline.check(try TestSupport.loadFixture())
        #expect(checked.report.diagnostics.isEmpty)
        return try render(checked, on: date)
    }

    /// The text of the page at `path`.
    static func page(_ path: String, in site: RenderedSite) throws -> String {
        String(decoding: try #require(site[path], "no page \(path)").contents, as: UTF8.self)
    }

    /// Expects `page` to contain the text of `parts` joined: long lines of markup, written in pieces.
    static func expect(
        _ page: String, contains parts: String..., sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) {
        let text = parts.joined()
        #expect(page.contains(text), "the page does not contain \(text)", sourceLocation: sourceLocation)
    }

    static let alphaOverdue: String =
        "<div class=\"warning review-warning\" role=\"alert\"><p><strong>"
        + "Review overdue since 1 March 2027, 20 days ago: "
        + "these details may be out of date. Check with the clinical hub before referring.</strong></p>"

    @Test("An active pathway past its review date warns near the top, and its card warns too")
    func overdueWarning() throws {
        let site = try Self.renderMinimal(on: "2027-03-21")
        let alpha = try Self.page("pathways/alpha/falls.html", in: site)
        #expect(alpha.contains(Self.alphaOverdue))
        let warning = try #require(alpha.range(of: "review-warning"))
        let summary = try #require(alpha.range(of: "<section id=\"summary\""))
        #expect(warning.lowerBound < summary.lowerBound, "the warning comes before the summary")
        #expect(!alpha.contains("class=\"notice\""))
        Self.expect(
            alpha, contains: "<div><dt>Review due</dt><dd>1 March 2027 <span class=\"review review-overdue\">",
            "<span aria-hidden=\"true\">⚠ </span>Overdue by 20 days</span></dd></div>")
        let place = try Self.page("places/alpha.html", in: site)
        Self.expect(
            place, contains: "<p class=\"card-warning\"><strong>Review overdue since 1 March 2027, 20 days ago: ",
            "these details may be out of date. Check with the clinical hub before referring.</strong></p>")
    }

    @Test("A suspended pathway past its review date says its details may be stale, not to check before referring")
    func overdueSuspended() throws {
        let site = try Self.renderMinimal(on: "2027-03-21")
        let beta = try Self.page("pathways/beta/falls.html", in: site)
        Self.expect(
            beta, contains: "<p><strong>Review overdue since 10 January 2027, 70 days ago: ",
            "these details may be out of date.</strong>")
        #expect(!beta.contains("Check with the clinical hub before referring"))
        #expect(beta.contains("Suspended: this pathway is not taking referrals."))
    }

    @Test(
        "A review due within 60 days shows a milder notice, and one further away shows none",
        arguments: [
            ("2026-12-30", nil),
            ("2026-12-31", "Review due in 60 days, on 1 March 2027: these details are in date until then."),
            ("2027-02-28", "Review due in 1 day, on 1 March 2027: these details are in date until then."),
            ("2027-03-01", "Review due today, 1 March 2027: these details are in date until the end of today."),
        ] as [(String, String?)])
    func dueSoonNotice(date: String, notice: String?) throws {
        let site = try Self.renderMinimal(on: date)
        let alpha = try Self.page("pathways/alpha/falls.html", in: site)
        #expect(!alpha.contains("review-warning"))
        #expect(!alpha.contains("Review overdue"))
        if let notice {
            #expect(alpha.contains("<div class=\"notice\" role=\"note\"><p>\(notice)</p></div>"))
            #expect(alpha.contains("<span class=\"review review-due-soon\">Due "))
        } else {
            #expect(!alpha.contains("class=\"notice\""))
            #expect(alpha.contains("<dd>1 March 2027 <span class=\"review review-in-date\">In date</span></dd>"))
        }
    }

    @Test("A retired pathway is never called overdue or due soon")
    func retiredSaysNothing() throws {
        let retired = try TestSupport.minimal(
            "systems/north/beta/falls.md", replacing: "status: suspended", with: "status: retired")
        let checked = try TestSupport.checkMinimal(["systems/north/beta/falls.md": retired])
        let site = try Self.render(checked, on: "2027-03-21")
        let beta = try Self.page("pathways/beta/falls.html", in: site)
        #expect(beta.contains("Retired: this pathway no longer exists. Do not refer."))
        #expect(!beta.contains("Review overdue"))
        #expect(!beta.contains("class=\"notice\""))
        #expect(beta.contains("<div><dt>Review due</dt><dd>10 January 2027</dd></div>"))
        let trust = try Self.page("trusts/test-trust.html", in: site)
        #expect(
            trust.contains(
                "<tr class=\"review-row-not-in-use\"><th scope=\"row\"><a href=\"../pathways/beta/falls.html\">"))
        #expect(trust.contains("<td class=\"review-due\">10 January 2027</td>"))
    }

    @Test("The trust page names its joint committee, the host ICB, each ratification and the committee's authority")
    func jointCommitteeOnTrustPage() throws {
        let checked = try TestSupport.checkMinimal(["governance/north-joint-committee.md": Self.jointCommittee])
        #expect(TestSupport.lines(checked.report.diagnostics) == [])
        let trust = try Self.page("trusts/test-trust.html", in: try Self.render(checked, on: "2026-11-22"))
        Self.expect(
            trust,
            contains: "<h4 id=\"body-north-joint-committee\"><a href=\"../governance/north-joint-committee.html\">",
            "North Test Ambulance Joint Committee</a></h4>")
        #expect(
            trust.contains(
                "<div><dt>Host ICB</dt><dd><a href=\"../systems/north.html\">NHS North Test ICB</a></dd></div>"))
        Self.expect(
            trust, contains: "<tr><th scope=\"row\"><a href=\"../systems/north.html\">North Test System</a></th>",
            "<td><strong>Host ICB</strong></td><td>Ratified on 25 August 2022</td></tr>")
        #expect(
            trust.contains(
                "<p><span class=\"label\">May approve:</span> <a href=\"../types/falls.html\">Falls response</a></p>"))
        #expect(!trust.contains("No joint committee is recorded for this trust"))
        // The ICB board follows, with its own authority.
        Self.expect(
            trust,
            contains: "<tr><th scope=\"row\"><a href=\"../governance/north-icb-board.html\">",
            "NHS North Test ICB Board</a></th>",
            "<td><a href=\"../systems/north.html\">North Test System</a></td>",
            "<td><a href=\"../types/falls.html\">Falls response</a></td></tr>")
        let committee = try #require(trust.range(of: "id=\"committees\""))
        let boards = try #require(trust.range(of: "id=\"boards\""))
        #expect(committee.lowerBound < boards.lowerBound)
    }

    @Test("A member whose ICB board has not ratified is marked in words, on the trust and committee pages")
    func notRatified() throws {
        let unratified = Self.jointCommittee.replacingOccurrences(
            of: "ratified:\n  - {system: north, on: 2022-08-25}\n", with: "")
        #expect(unratified != Self.jointCommittee)
        let checked = try TestSupport.checkMinimal(["governance/north-joint-committee.md": unratified])
        let site = try Self.render(checked, on: "2026-11-22")
        let cell: String =
            "<td><strong class=\"not-ratified\"><span aria-hidden=\"true\">✗ </span>Not ratified</strong>: "
            + "no ratification by its ICB board is recorded</td>"
        #expect(try Self.page("trusts/test-trust.html", in: site).contains(cell))
        #expect(try Self.page("governance/north-joint-committee.html", in: site).contains(cell))
    }

    @Test(
        "The register lists every pathway of the footprint, earliest review first, with overdue and due-soon in words")
    func approvalsRegister() throws {
        let site = try Self.renderMinimal(on: "2026-12-01")
        let trust = try Self.page("trusts/test-trust.html", in: site)
        let rows = trust.components(separatedBy: "\n").filter { $0.hasPrefix("<tr class=\"review-row-") }
        #expect(rows.count == 2)
        let first: String = [
            "<tr class=\"review-row-due-soon\"><th scope=\"row\"><a href=\"../pathways/beta/falls.html\">",
            "Falls response, Beta</a></th><td><a href=\"../places/beta.html\">Beta &amp; &lt;Gamma&gt;</a></td>",
            "<td><a href=\"../types/falls.html\">Falls response</a></td>",
            "<td><span class=\"status status-suspended\">Suspended</span>",
        ].joined()
        #expect(rows.first == first)
        Self.expect(
            trust, contains: "<td><a href=\"../governance/north-icb-board.html\">NHS North Test ICB Board</a></td>",
            "<td>10 January 2026</td><td class=\"review-due\">10 January 2027 ",
            "<span class=\"review review-due-soon\">Due in 40 days</span></td>",
            "<td><span class=\"meta\">Not stated</span></td>",
            "<td>Clinical lead for falls</td></tr>")
        #expect(
            rows.last?.hasPrefix(
                "<tr class=\"review-row-in-date\"><th scope=\"row\"><a href=\"../pathways/alpha/falls.html\">") == true)
        Self.expect(
            trust,
            contains:
                "<td>1 March 2026</td><td class=\"review-due\">1 March 2027 <span class=\"review review-in-date\">",
            "In date</span></td><td>2</td><td>Clinical lead for falls</td></tr>")
        #expect(trust.contains("<div><dt>Review due within 60 days</dt><dd>1</dd></div>"))
        #expect(
            trust.contains(
                "<div class=\"table-scroll\" tabindex=\"0\" role=\"region\" aria-labelledby=\"approvals-caption\">"))

        let later = try Self.page("trusts/test-trust.html", in: try Self.renderMinimal(on: "2027-03-21"))
        Self.expect(
            later, contains: "<span class=\"review review-overdue\"><span aria-hidden=\"true\">⚠ </span>",
            "Overdue by 70 days</span>")
        Self.expect(
            later, contains: "<span class=\"review review-overdue\"><span aria-hidden=\"true\">⚠ </span>",
            "Overdue by 20 days</span>")
        #expect(later.contains("<div><dt>Review overdue</dt><dd>2</dd></div>"))
    }

    @Test("In a system served by two trusts, each register lists only the places that trust serves")
    func registerFootprintOfSharedSystem() throws {
        let checked = try TestSupport.checkMinimal([
            "trusts/other-trust.md": """
            ---
            name: Other Ambulance Service NHS Trust
            short_name: OAS
            region: North East and Yorkshire
            systems: [north]
            ---
            Another trust.

            """,
            "systems/north/system.md": try TestSupport.minimal(
                "systems/north/system.md", replacing: "trusts: [test-trust]",
                with: "trusts: [test-trust, other-trust]"),
            "systems/north/alpha/place.md": try TestSupport.minimal(
                "systems/north/alpha/place.md", replacing: "name: Alpha\n", with: "name: Alpha\ntrust: test-trust\n"),
            "systems/north/beta/place.md": try TestSupport.minimal(
                "systems/north/beta/place.md", replacing: "name: Beta & <Gamma>\n",
                with: "name: Beta & <Gamma>\ntrust: other-trust\n"),
        ])
        #expect(TestSupport.lines(checked.report.diagnostics) == [])
        let site = try Self.render(checked, on: "2026-11-22")
        let test = try Self.page("trusts/test-trust.html", in: site)
        #expect(test.contains("href=\"../pathways/alpha/falls.html\""))
        #expect(!test.contains("href=\"../pathways/beta/falls.html\""))
        let other = try Self.page("trusts/other-trust.html", in: site)
        #expect(other.contains("href=\"../pathways/beta/falls.html\""))
        #expect(!other.contains("href=\"../pathways/alpha/falls.html\""))
        #expect(other.contains("No joint committee is recorded for this trust"))
    }

    @Test("A governance body's page shows its kind, host and members, and highlights overdue approvals in words")
    func bodyPage() throws {
        let checked = try TestSupport.checkMinimal(["governance/north-joint-committee.md": Self.jointCommittee])
        let site = try Self.render(checked, on: "2027-03-21")
        let committee = try Self.page("governance/north-joint-committee.html", in: site)
        #expect(committee.contains("<div><dt>Kind</dt><dd>Joint committee</dd></div>"))
        #expect(
            committee.contains(
                "<div><dt>Host ICB</dt><dd><a href=\"../systems/north.html\">NHS North Test ICB</a></dd></div>"))
        #expect(committee.contains("<td><strong>Host ICB</strong></td><td>Ratified on 25 August 2022</td>"))
        let board = try Self.page("governance/north-icb-board.html", in: site)
        #expect(board.contains("<div><dt>Kind</dt><dd>ICB board</dd></div>"))
        #expect(!board.contains("Ratified by its ICB board"))
        #expect(
            board.contains(
                "<tr class=\"review-row-overdue\"><th scope=\"row\"><a href=\"../pathways/beta/falls.html\">"))
        #expect(board.contains("<span aria-hidden=\"true\">⚠ </span>Overdue by 70 days</span>"))
        #expect(board.contains("<div><dt>Review overdue</dt><dd>2</dd></div>"))
    }
}
