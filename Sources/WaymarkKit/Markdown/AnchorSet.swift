/// The anchors used on one page so far, so that each new one is unique (`notes`, `notes-2`, …).
struct AnchorSet {
    var used: Set<String>

    /// A set that already holds `reserved`, the page's own anchors.
    init(reserved: Set<String>) { used = reserved }

    /// `base`, or `base-2`, `base-3`, … if it is taken; claimed from now on.
    mutating func claim(_ base: String) -> String {
        var candidate = base
        var suffix = 2
        while used.contains(candidate) {
            candidate = "\(base)-\(suffix)"
            suffix += 1
        }
        used.insert(candidate)
        return candidate
    }
}
