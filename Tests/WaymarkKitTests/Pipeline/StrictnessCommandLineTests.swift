import Foundation
import Testing

/// `--strict` turns warnings into errors; `--warn-only` keeps chosen codes as warnings, so a
/// catalogue can plant a known warning (an overdue review in the sample) and still build strictly.
@Suite("Strictness on the command line")
struct StrictnessCommandLineTests {
    static let overdue =
        "Content/systems/north/alpha/falls.md:26:15: %@: the review was due on 1 March 2027, 92 days ago; crews will see this pathway flagged as overdue [governance.review-overdue]"

    @Test("--strict fails on an overdue review; --warn-only keeps it a warning and the run passes")
    func warnOnly() throws {
        let repository = try CommandLine.repository()
        defer { try? FileManager.default.removeItem(at: repository) }
        let strict = try CommandLine.run(["check", "--today", "2027-06-01", "--strict"], in: repository)
        #expect(strict.status == 1)
        #expect(strict.output.contains(String(format: Self.overdue, "error")))
        let kept = try CommandLine.run(
            ["check", "--today", "2027-06-01", "--strict", "--warn-only", "governance.review-overdue"], in: repository)
        #expect(kept.status == 0)
        #expect(kept.output.contains(String(format: Self.overdue, "warning")))
        let other = try CommandLine.run(
            ["check", "--today", "2027-06-01", "--strict", "--warn-only", "governance.review-due-soon"], in: repository)
        #expect(other.status == 1)
    }
}
