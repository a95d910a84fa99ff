import Foundation
import Testing

@Suite("Hostile and careless input: nothing hangs, nothing is dropped in silence, nothing outside the site is touched")
struct HostileInputTests {
    static let cases: [HostileCase] =
        HostileCase.yaml + HostileCase.encodings + HostileCase.hiddenCharacters + HostileCase.numbers
        + HostileCase.layout + HostileCase.templates + HostileCase.outputs + HostileCase.markdown

    @Test("The suite tries at least a hundred inputs, each with its own name")
    func coverage() {
        #expect(Self.cases.count >= 100)
        #expect(Set(Self.cases.map(\.name)).count == Self.cases.count)
    }

    @Test(
        "Each input gives its exit code and its messages at their positions, and a failed build keeps the site",
        arguments: cases)
    func hostile(_ hostile: HostileCase) throws {
        try HostileRunner.run(hostile)
    }
}
