import Foundation
import Testing

@testable import WaymarkKit

@Suite("The sample is checked as of its own date, so CI's verdict does not move with the calendar")
struct SampleDateTests {
    /// Seconds since 1970 at midnight UTC on `date`.
    static func epoch(_ date: String) -> String {
        String(CalendarDate(date)!.daysSinceEpoch * 86_400)
    }

    @Test("The shipped sample builds strictly, as CI builds it, with the commit dated after 28 February 2027")
    func sampleBuildsAfterTheReviewsFallDue() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let root = TestSupport.packageRoot.path
        let run = try CommandLine.run(
            [
                "build", "--strict", "--warn-only", "governance.review-overdue", "--content", root + "/Content",
                "--templates", root + "/Templates", "--output", folder.appending(path: "Site").path,
            ], in: folder, environment: ["SOURCE_DATE_EPOCH": Self.epoch("2027-06-01")])
        #expect(run.status == 0, "\(run.output)\(run.error)")
        let summary = run.output.split(separator: "\n").last.map(String.init) ?? ""
        #expect(summary.contains("for 2026-12-01:"), "\(summary)")
        #expect(summary.contains("0 errors, 14 warnings"), "\(summary)")
    }

    @Test("--today still overrides the sample's date")
    func todayOverrides() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try CommandLine.run(
            ["check", "--content", TestSupport.shippedContent.path, "--today", "2027-06-01"], in: folder,
            environment: ["SOURCE_DATE_EPOCH": Self.epoch("2026-12-01")])
        let summary = run.output.split(separator: "\n").last.map(String.init) ?? ""
        #expect(summary.hasPrefix("waymark: checked for 2027-06-01:"), "\(summary)")
        #expect(!summary.contains(" 14 warnings"), "more reviews are overdue by June 2027: \(summary)")
    }

    @Test("A catalogue that is not a sample may not fix its date")
    func onlyForSamples() throws {
        let site = "title: Test catalogue\nsample: false\nsample_as_of: 2026-12-01\n"
        let result = try TestSupport.checkMinimal(["site.yaml": site])
        #expect(
            TestSupport.lines(result.report.diagnostics) == [
                "Content/site.yaml:3:1: error: `sample_as_of` fixes the date a sample catalogue is checked as of, but this catalogue is not a sample (`sample: true` is not set) [site.sample-date]"
            ])
        #expect(result.today == CalendarDate("2026-11-22"))
    }

    @Test("Without --today, a sample's sample_as_of is the date it is checked and built as of")
    func sampleDateUsed() throws {
        let site = "title: Test catalogue\nsample: true\nsample_as_of: 2026-12-01\n"
        let given = try TestSupport.checkMinimal(["site.yaml": site])
        #expect(given.today == CalendarDate("2026-11-22"))
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try TestSupport.copyFixture(to: folder.appending(path: "Content"))
        try TestSupport.write(["Content/site.yaml": site], into: folder)
        let result = try Pipeline.check(
            content: folder.appending(path: "Content"), displayRoot: "Content",
            options: .init(today: CalendarDate("2030-01-01"), todayIsGiven: false))
        #expect(result.today == CalendarDate("2026-12-01"))
    }
}
