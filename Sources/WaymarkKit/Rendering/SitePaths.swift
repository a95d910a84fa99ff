/// Where each page lives in the site. Every path is built from ids that passed the identifier
/// rule, so none can escape the output folder.
enum SitePaths {
    static let home = "index.html"
    static let stylesheet = "assets/waymark.css"
    static let findings = "reports/findings.json"
    /// "Writing pathways": every field of every content file, generated from the schemas.
    static let reference = "reference/index.html"

    static func trust(_ id: String) -> String { "trusts/\(id).html" }
    static func system(_ id: String) -> String { "systems/\(id).html" }
    static func place(_ id: String) -> String { "places/\(id).html" }
    static func pathwayType(_ id: String) -> String { "types/\(id).html" }
    /// A pathway's id is `place/type` or `place/type--name`.
    static func pathway(_ id: String) -> String { "pathways/\(id).html" }
    static func governanceBody(_ id: String) -> String { "governance/\(id).html" }

    /// The Variation section: counts, the coverage matrix, and links to every matrix and summary.
    static let variation = "variation/index.html"
    /// One pathway type's matrix of places against its compared fields.
    static func variationType(_ id: String) -> String { "variation/types/\(id).html" }
    /// One scope's summary: a trust's footprint under `trusts/`, England on its own, so that no
    /// trust id can take England's page.
    static func variationScope(_ scope: VariationScope) -> String {
        scope.isEngland ? "variation/england.html" : "variation/trusts/\(scope.id).html"
    }

    /// The relative prefix from the page at `path` back to the site's root: `""`, `"../"`, ….
    /// Every link is relative, so the site works from `file://` and under any base path.
    static func root(for path: String) -> String {
        String(repeating: "../", count: path.split(separator: "/").count - 1)
    }
}
