import Foundation

/// Finds every `href` and `src` in a built site's HTML and checks that each relative one names a
/// file of the site and, with a `#fragment`, an element with that `id` in it.
enum LinkChecker {
    static func links(in html: String) -> [String] {
        var found: [String] = []
        for attribute in ["href=\"", "src=\""] {
            for piece in html.components(separatedBy: attribute).dropFirst() {
                if let end = piece.firstIndex(of: "\"") { found.append(String(piece[..<end])) }
            }
        }
        return found
    }

    static func linkCount(in site: SiteSnapshot) -> Int {
        site.files.filter { $0.key.hasSuffix(".html") }.reduce(0) {
            $0 + links(in: String(decoding: $1.value, as: UTF8.self)).count
        }
    }

    /// `page: link` for each link that does not resolve.
    static func brokenLinks(in site: SiteSnapshot) -> [String] {
        var broken: [String] = []
        // The 404 page may be shown at any address, so its links start from the base path: `/`
        // in every fixture.
        for (page, data) in site.files.sorted(by: { $0.key < $1.key }) where page.hasSuffix(".html") {
            let fromBase = page == "404.html"
            let html = String(decoding: data, as: UTF8.self)
            for link in links(in: html) {
                if link.hasPrefix("tel:") || link.hasPrefix("mailto:") { continue }
                if link.contains("://") || (link.hasPrefix("/") != fromBase && !link.hasPrefix("#")) {
                    broken.append("\(page): \(link) (not relative)")
                    continue
                }
                let parts = link.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
                let target =
                    parts[0].isEmpty
                    ? page : fromBase ? String(parts[0].dropFirst()) : resolve(String(parts[0]), from: page)
                guard let targetData = site.files[target] else {
                    broken.append("\(page): \(link)")
                    continue
                }
                if parts.count == 2 {
                    let targetHTML = String(decoding: targetData, as: UTF8.self)
                    if !targetHTML.contains("id=\"\(parts[1])\"") { broken.append("\(page): \(link) (no such anchor)") }
                }
            }
        }
        return broken
    }

    private static func resolve(_ relative: String, from page: String) -> String {
        var components = page.split(separator: "/").dropLast().map(String.init)
        for part in relative.split(separator: "/") {
            if part == ".." { _ = components.popLast() } else if part != "." { components.append(String(part)) }
        }
        return components.joined(separator: "/")
    }
}
