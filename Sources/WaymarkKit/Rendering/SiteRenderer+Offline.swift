import Mustache

/// The files that let crews keep the catalogue on their phones: `version.json`, which names the
/// build, and `sw.js`, the service worker that precaches every page and asset of it.
extension SiteRenderer {
    /// What pages carry in `data-build` while they are rendered, before the build's version is
    /// known; the version is a digest of every file, so it can only be worked out afterwards.
    static let buildPlaceholder = "waymark-build-version-to-come"

    /// `site` with its version in every page, `version.json` and the service worker added.
    /// The files in `reports` are counted in the version but not kept offline.
    func publishedOffline(_ site: RenderedSite, builtOn date: CalendarDate, reports: Set<String>) -> RenderedSite {
        var digest = Fingerprint()
        for file in site.files {
            digest.combine(file.path)
            digest.combine(file.contents)
        }
        let version = digest.description
        let placeholder = Array(Self.buildPlaceholder.utf8)
        var files = site.files.map { file in
            guard file.path.hasSuffix(".html") else { return file }
            return RenderedSite.File(
                path: file.path, bytes: Self.replacingFirst(placeholder, with: Array(version.utf8), in: file.contents))
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

    /// `bytes` with the first occurrence of `target` replaced; the placeholder sits in `<body>`,
    /// near the top of every page, so the search stops early.
    static func replacingFirst(_ target: [UInt8], with replacement: [UInt8], in bytes: [UInt8]) -> [UInt8] {
        guard let first = target.first, bytes.count >= target.count else { return bytes }
        var start = 0
        while start <= bytes.count - target.count {
            if bytes[start] == first, bytes[start..<start + target.count].elementsEqual(target) {
                var result = bytes
                result.replaceSubrange(start..<start + target.count, with: replacement)
                return result
            }
            start += 1
        }
        return bytes
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
