/// The files that let crews keep the catalogue on their phones and know when a page is out of
/// date: `version.json`, which names the build; `sw.js`, the service worker that precaches every
/// page and asset of it, each with its revision; and `revisions/<n>.json`, which give the current
/// revision of each page.
///
/// No page names the build: a page changes only when what it shows changes, so a rebuild
/// rewrites only the pages an edit touched and a phone downloads only those. Instead each page
/// carries its own revision (`data-revision`, a digest of the page) and the file its current
/// revision is listed in (`data-check`); the site script compares the two to know whether the
/// page it shows is still current.
extension SiteRenderer {
    /// What pages carry in `data-revision` while they are rendered: the revision is a digest of
    /// the page, so it can only be worked out afterwards. As long as a revision, so that it is
    /// overwritten in place.
    static let revisionPlaceholder = "revisiontocome.."

    /// The offline files for a site whose pages and other files have these revisions. The files
    /// in `reports` are counted in the version but not kept offline.
    func publishedOffline(
        pages: [(path: String, revision: String)], others: [(path: String, revision: String)],
        checks: PageRevisions, builtOn date: CalendarDate, reports: Set<String>
    ) -> [RenderedSite.File] {
        let everything = (pages + others).sorted { $0.path < $1.path }
        var digest = Fingerprint()
        for file in everything {
            digest.combine(file.path)
            digest.combine(file.revision)
        }
        let version = digest.description
        var files = checks.files(for: pages)
        let offline: Set<String> = reports.union([SitePaths.sitemap, SitePaths.robots, SitePaths.changesFeed])
        let precached = everything.filter { !offline.contains($0.path) }
        files.append(
            RenderedSite.File(
                path: SitePaths.version,
                text: JSONValue.object([("build", .string(version)), ("built", .string(date.description))])
                    .serialized(pretty: true)))
        let list = precached.map { "[" + JSONValue.string($0.path).serialized() + ",\"\($0.revision)\"]" }
        let worker = ServiceWorkerView(
            version: JSONValue.string(version).serialized(), built: JSONValue.string(date.description).serialized(),
            files: "[\n" + list.joined(separator: ",\n") + "\n]")
        if let script = renderer.render(TemplateValue(worker), withTemplate: "service-worker") {
            files.append(RenderedSite.File(path: SitePaths.serviceWorker, bytes: script))
        }
        return files
    }

    /// Overwrites the first occurrence of `target` in `bytes` with `replacement`, which has the
    /// same length. The placeholder sits in `<body>`, near the top of every page, so the search
    /// stops early.
    static func overwriteFirst(_ target: [UInt8], with replacement: [UInt8], in bytes: inout [UInt8]) {
        precondition(target.count == replacement.count, "the placeholder and the revision differ in length")
        guard let first = target.first, bytes.count >= target.count else { return }
        for start in 0...(bytes.count - target.count)
        where bytes[start] == first && bytes[start..<start + target.count].elementsEqual(target) {
            bytes.replaceSubrange(start..<start + target.count, with: replacement)
            return
        }
    }
}

/// Which `revisions/<n>.json` lists each page's current revision.
///
/// Pages are spread over a power of two of files by a digest of their path, about fifty to a
/// file, so that a page's check downloads a few kilobytes and an edit rewrites only the files
/// listing the pages it changed.
struct PageRevisions: Sendable {
    /// How many files the pages are spread over.
    let count: Int

    init(pages: Int) {
        var count = 1
        while count < 1024, count * 50 < pages { count *= 2 }
        self.count = count
    }

    /// The file from the site root that lists the revision of the page at `path`.
    func file(for path: String) -> String {
        SitePaths.revisions + "\(Fingerprint(path.utf8).value % UInt64(count)).json"
    }

    /// The files for pages with these revisions: each a JSON object of path to revision, sorted.
    func files(for pages: [(path: String, revision: String)]) -> [RenderedSite.File] {
        let grouped = Dictionary(grouping: pages) { file(for: $0.path) }
        return grouped.keys.sorted().map { name in
            let entries = grouped[name]!.sorted { $0.path < $1.path }
            return RenderedSite.File(
                path: name,
                text: JSONValue.object(entries.map { ($0.path, .string($0.revision)) }).serialized())
        }
    }
}

/// What `Templates/service-worker.js` is filled with, each value already JSON.
struct ServiceWorkerView: TemplateView {
    /// The build's version, a JSON string.
    let version: String
    /// The build's date, a JSON string.
    let built: String
    /// Every file to precache with its revision, a JSON array of `[path, revision]` pairs.
    let files: String

    func value(named name: String) -> TemplateValue? {
        switch name {
        case "version": TemplateValue(version)
        case "built": TemplateValue(built)
        case "files": TemplateValue(files)
        default: nil
        }
    }
}
