import Foundation

/// The site's templates and static assets, read from the templates folder.
///
/// `*.mustache` files are templates, named by their path without the extension
/// (`partials/header`); `service-worker.js` is the template of the site's service worker, named
/// `service-worker`; everything under `assets/` is copied to the site with a fingerprinted name.
struct TemplateSet: Sendable {
    /// Template text by name.
    var templates: [String: String]
    /// Asset bytes by path below `assets/`.
    var assets: [String: [UInt8]]
    /// How problems name the templates folder: `Templates`, as typed on the command line.
    var displayRoot: String = "Templates"

    /// Creates a template set from values, as tests do.
    init(templates: [String: String], assets: [String: [UInt8]] = [:]) {
        self.templates = templates
        self.assets = assets
    }

    /// Reads every template and asset below `folder`.
    init(loadingFrom folder: URL, displayRoot: String = "Templates") throws(ContentLoader.Failure) {
        self.displayRoot = displayRoot
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue
        else {
            throw ContentLoader.Failure(description: "the templates folder \(displayRoot) does not exist")
        }
        var templates: [String: String] = [:]
        var assets: [String: [UInt8]] = [:]
        for path in try ContentLoader.relativeFilePaths(in: folder) {
            let url = folder.appending(path: path)
            guard let data = try? Data(contentsOf: url) else {
                throw ContentLoader.Failure(description: "could not read the template file \(url.path)")
            }
            if path.hasPrefix("assets/") {
                assets[String(path.dropFirst("assets/".count))] = Array(data)
            } else if path.hasSuffix(".mustache") || path == "service-worker.js" {
                guard let text = String(data: data, encoding: .utf8) else {
                    throw ContentLoader.Failure(description: "the template \(url.path) is not UTF-8 text")
                }
                templates[path.hasSuffix(".mustache") ? String(path.dropLast(".mustache".count)) : "service-worker"] =
                    text
            }
        }
        self.templates = templates
        self.assets = assets
    }
}
