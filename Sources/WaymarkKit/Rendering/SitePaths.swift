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

    /// Finding a place or pathway by name, postcode district or criterion.
    static let search = "search.html"
    /// What search looks through, built with the site so that search works offline.
    static let searchIndex = "search-index.json"
    /// "What's changed": pathways by the date their current version was approved.
    static let changes = "changes.html"
    /// The same as an Atom feed.
    static let changesFeed = "changes.atom"
    /// The page a web server shows for an address the site does not have.
    static let notFound = "404.html"
    static let sitemap = "sitemap.xml"
    static let robots = "robots.txt"
    /// The service worker; at the root, so that its scope is the whole site.
    static let serviceWorker = "sw.js"
    /// The build's version and date, never cached, so a page can tell it is offline or stale.
    static let version = "version.json"
    /// The folder of files listing each page's current revision (`revisions/<n>.json`).
    static let revisions = "revisions/"

    /// The path part of the site's base URL, ending in `/`: `https://example.org/waymark/` and
    /// `/waymark` both give `/waymark/`.
    static func basePath(of baseURL: String) -> String {
        var path = Substring(baseURL)
        if let scheme = path.range(of: "://") {
            let rest = path[scheme.upperBound...]
            path = rest.firstIndex(of: "/").map { rest[$0...] } ?? "/"
        }
        if !path.hasPrefix("/") { path = "/" + path }
        return path.hasSuffix("/") ? String(path) : path + "/"
    }

    /// The relative prefix from the page at `path` back to the site's root: `""`, `"../"`, ….
    /// Every link is relative, so the site works from `file://` and under any base path.
    static func root(for path: String) -> String {
        String(repeating: "../", count: path.split(separator: "/").count - 1)
    }
}
