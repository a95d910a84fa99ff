/// "Did you mean …?" for a misspelt key, value or id.
enum Suggestion {
    /// The candidate closest to `text` by edit distance, if it is close enough to be a likely
    /// typo: at most 2 edits, and fewer than half the length of the text.
    static func closest(to text: String, among candidates: some Sequence<String>) -> String? {
        let lowered = text.lowercased()
        var best: (candidate: String, distance: Int)?
        for candidate in Set(candidates).sorted() {
            let distance = editDistance(lowered, candidate.lowercased())
            if distance <= 2, distance * 2 < max(text.count, 2), distance < (best?.distance ?? .max) {
                best = (candidate, distance)
            }
        }
        if best == nil {
            // A key in the wrong case or with spaces for underscores: `Age Min` for `age_min`.
            let normalised = lowered.replacingOccurrences(of: " ", with: "_").replacingOccurrences(of: "-", with: "_")
            return candidates.first { $0.lowercased().replacingOccurrences(of: "-", with: "_") == normalised }
        }
        return best?.candidate
    }

    /// Damerau-Levenshtein distance (optimal string alignment): insertions, deletions,
    /// substitutions and swaps of two neighbouring characters each count one.
    static func editDistance(_ first: String, _ second: String) -> Int {
        let a = Array(first.unicodeScalars)
        let b = Array(second.unicodeScalars)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previousPrevious = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], previousPrevious[j - 2] + 1)
                }
            }
            (previousPrevious, previous, current) = (previous, current, previousPrevious)
        }
        return previous[b.count]
    }
}
