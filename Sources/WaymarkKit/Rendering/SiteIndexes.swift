/// The files that describe the site to other programs: `sitemap.xml` and `robots.txt` for
/// search engines, and `changes.atom`, the "What's changed" feed.
struct SiteIndexes {
    let catalogue: Catalogue
    /// Every page's path, from the site root.
    let pages: [String]

    var files: [RenderedSite.File] {
        [
            RenderedSite.File(path: SitePaths.sitemap, text: sitemap),
            RenderedSite.File(path: SitePaths.robots, text: robots),
            RenderedSite.File(path: SitePaths.changesFeed, text: feed),
        ]
    }

    /// The site's base URL ending in `/`; absolute when `site.yaml` gives an absolute one.
    private var base: String {
        let url = catalogue.site.baseURL
        return url.hasSuffix("/") ? url : url + "/"
    }

    /// Every page but the 404 page, sorted.
    var sitemap: String {
        var text = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        text += "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for page in pages.sorted() where page != SitePaths.notFound {
            text += "<url><loc>\(XMLText.escaped(base + page))</loc></url>\n"
        }
        return text + "</urlset>\n"
    }

    /// A sample catalogue's invented numbers must not reach search engines, so its robots.txt
    /// turns every crawler away; a real catalogue points them at its sitemap.
    var robots: String {
        if catalogue.site.sample {
            return "# Sample data, not for clinical use: not for search engines.\nUser-agent: *\nDisallow: /\n"
        }
        return "User-agent: *\nAllow: /\nSitemap: \(base)\(SitePaths.sitemap)\n"
    }

    /// The most recent approvals as Atom entries, newest first; each entry's id names the
    /// pathway and its version, so a new version is a new entry.
    var feed: String {
        let recent = ChangesPage.recent(catalogue.pathways)
        let updated = recent.first.map { "\($0.governance.approvedOn)T00:00:00Z" } ?? "1970-01-01T00:00:00Z"
        var text = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n"
        text += "<title>\(XMLText.escaped(catalogue.site.title)): what's changed</title>\n"
        text += "<id>\(XMLText.escaped(base + SitePaths.changesFeed))</id>\n"
        text += "<updated>\(updated)</updated>\n"
        text += "<author><name>\(XMLText.escaped(catalogue.site.title))</name></author>\n"
        text += "<link rel=\"self\" href=\"\(XMLText.escaped(base + SitePaths.changesFeed))\"/>\n"
        text += "<link rel=\"alternate\" type=\"text/html\" href=\"\(XMLText.escaped(base + SitePaths.changes))\"/>\n"
        for pathway in recent {
            let page = base + SitePaths.pathway(pathway.id)
            let version = pathway.governance.version ?? pathway.governance.approvedOn.description
            let approver =
                catalogue.governanceBody(pathway.governance.approvedBy)?.name ?? pathway.governance.approvedBy
            let status = pathway.status == .active ? "" : " (\(StatusView(pathway.status).label))"
            text += "<entry>\n"
            text +=
                "<title>\(XMLText.escaped(pathway.title + status)): \(XMLText.escaped(ChangesPage.what(pathway)))</title>\n"
            text += "<id>\(XMLText.escaped(page))#version-\(XMLText.escaped(version))</id>\n"
            text += "<updated>\(pathway.governance.approvedOn)T00:00:00Z</updated>\n"
            text += "<link rel=\"alternate\" type=\"text/html\" href=\"\(XMLText.escaped(page))\"/>\n"
            text +=
                "<summary>\(XMLText.escaped("Approved by \(approver) on \(pathway.governance.approvedOn.longDescription). \(pathway.shownSummary)"))</summary>\n"
            text += "</entry>\n"
        }
        return text + "</feed>\n"
    }
}

/// Text made safe for XML content and attribute values.
enum XMLText {
    static func escaped(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&apos;"
            default: result.append(character)
            }
        }
        return result
    }
}
