/// The variation findings of an earlier report (a `findings.json` that `build` wrote, or the
/// output of `check --format json`), so that a run can tell which of its findings are new.
public struct PreviousFindings: Sendable {
    /// Why the file cannot be used as a baseline.
    public struct Failure: Error, Sendable, CustomStringConvertible {
        /// What was wrong, naming the file.
        public var description: String
    }

    /// The keys of the earlier findings (`VariationFinding.key`).
    public var keys: Set<String>

    /// Reads the report in `text`, which came from `path`.
    public init(parsing text: String, path: String) throws(Failure) {
        let root: YAMLNode
        do {
            root = try JSONReader.parse(text)
        } catch {
            throw Failure(
                description:
                    "\(path):\(error.position.line):\(error.position.column): the baseline is not JSON: \(error.message)"
            )
        }
        guard let findings = root["variation"]?.items else {
            throw Failure(
                description:
                    "\(path): the baseline has no `variation` list; give a findings.json that waymark build wrote, or the output of waymark check --format json"
            )
        }
        var keys: Set<String> = []
        for finding in findings {
            guard let kind = finding["kind"]?.string, let scope = finding["scope"]?.string,
                let type = finding["type"]?.string, let place = finding["place"]?.string
            else {
                let position = finding.position
                throw Failure(
                    description:
                        "\(path):\(position.line):\(position.column): a finding in the baseline lacks `kind`, `scope`, `type` or `place`"
                )
            }
            keys.insert(
                VariationFinding.key(
                    kind: kind, scope: scope, type: type, field: finding["field"]?.string, place: place,
                    pathway: finding["pathway"]?.string, neighbour: finding["neighbour"]?["pathway"]?.string))
        }
        self.keys = keys
    }
}
