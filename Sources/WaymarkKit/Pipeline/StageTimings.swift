/// How long each stage of a run took, for `--timings`. Measured with a monotonic clock and
/// printed to standard error only: nothing of it reaches the site, which stays deterministic.
public struct StageTimings: Sendable {
    /// One stage and its wall-clock duration.
    public struct Stage: Sendable {
        /// The stage's name: `read`, `digest`, `parse`, `schemas`, `decode`, `rules`, `variation`,
        /// `render`, `write`.
        public var name: String
        /// How long it took.
        public var duration: Duration
    }

    /// The stages in the order they ran.
    public private(set) var stages: [Stage] = []

    /// No stages yet.
    public init() {}

    /// Runs `work`, recording its duration as stage `name`.
    mutating func measure<Value, Failure: Error>(_ name: String, _ work: () throws(Failure) -> Value) throws(Failure)
        -> Value
    {
        let clock = ContinuousClock()
        let start = clock.now
        defer { stages.append(Stage(name: name, duration: clock.now - start)) }
        return try work()
    }

    /// `read 0.12 s, parse 0.30 s, …, total 0.80 s`.
    public var summary: String {
        func seconds(_ duration: Duration) -> String {
            let value = Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
            return String(format: "%.3f s", value)
        }
        let total = stages.reduce(Duration.zero) { $0 + $1.duration }
        return (stages.map { "\($0.name) \(seconds($0.duration))" } + ["total \(seconds(total))"])
            .joined(separator: ", ")
    }
}
