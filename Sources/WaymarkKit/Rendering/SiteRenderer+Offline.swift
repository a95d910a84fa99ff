import Mustache

/// The files that let crews keep the catalogue on their phones: `version.json`, which names the
/// build, and `sw.js`, the service worker that precaches every page and asset of it.
extension SiteRenderer {
    /// What pages carry in `data-build` while they are rendered, before the build's version is
    /// known; the version is a digest of every file, so it can only be worked out afterwards.
    /// As long as a version, so that it is overwritten in place, never copied.
    static let buildPlaceholder = "versiontocome..."

    /// `site` with its version in every page, `version.json` and the service worker added.
    /// The files in `reports` are counted in the version but not kept offline.
    func publishedOffline(_ site: consuming RenderedSite, builtOn date: CalendarDate, reports: Set<String>)
        -> RenderedSite
    {
        var digest = Fingerprint()
        for file in site.files {
            digest.combine(file.path)
            digest.combine(file.contents)
        }
        let version = digest.description
        let placeholder = Array(Self.buildPlaceholder.utf8)
        let replacement = Array(version.utf8)
        var files = site.files
        site = RenderedSite(files: [])
        for index in files.indices where files[index].path.hasSuffix(".html") {
            Self.overwriteFirst(placeholder, with: replacement, in: &files[index].contents)
        }
        let offline: Set<String> = reports.union([SitePaths.sitemap, SitePaths.robots, SitePaths.changesFeed])
        let precached = files.map(\.path).filter { !offline.contains($0) }
        files.append(
            RenderedSite.File(
                path: SitePaths.version,
                text: JSONValue.object([("build", .string(version)), ("built", .string(date.description))])
                    .serialized(pretty: true)))
        let worker = ServiceWorkerView(
            version: JSONValue.string(version).serialized(), built: JSONValue.string(date.description).serialized(),
            files: JSONValue.array(precached.map(JSONValue.string)).serialized())
        if let script = library.render(worker, withTemplate: "service-worker") {
            files.append(RenderedSite.File(path: SitePaths.serviceWorker, text: script))
        }
        return RenderedSite(files: files)
    }

    /// Overwrites the first occurrence of `target` in `bytes` with `replacement`, which has the
    /// same length. The placeholder sits in `<body>`, near the top of every page, so the search
    /// stops early.
    static func overwriteFirst(_ target: [UInt8], with replacement: [UInt8], in bytes: inout [UInt8]) {
        precondition(target.count == replacement.count, "the placeholder and the version differ in length")
        guard let first = target.first, bytes.count >= target.count else { return }
        for start in 0...(bytes.count - target.count)
        where bytes[start] == first && bytes[start..<start + target.count].elementsEqual(target) {
            bytes.replaceSubrange(start..<start + target.count, with: replacement)
            return
        }
    }
}

/// What `Templates/service-worker.js` is filled with, each value already JSON.
struct ServiceWorkerView: MustacheParent {
    /// The build's version, a JSON string.
    let version: String
    /// The build's date, a JSON string.
    let built: String
    /// Every file to precache, a JSON array of paths from the site root.
    let files: String

    func child(named name: String) -> Any? {
        switch name {
        case "version": version
        case "built": built
        case "files": files
        default: nil
        }
    }
}
