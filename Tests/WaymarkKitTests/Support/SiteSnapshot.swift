import Foundation

/// Every file below a folder with its bytes, for comparing whole builds.
struct SiteSnapshot: Equatable {
    var files: [String: Data]

    init(files: [String: Data]) {
        self.files = files
    }

    init(of folder: URL) throws {
        var files: [String: Data] = [:]
        let manager = FileManager.default
        guard let enumerator = manager.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey]) else {
            self.files = [:]
            return
        }
        let base = folder.standardizedFileURL.resolvingSymlinksInPath().path + "/"
        for case let url as URL in enumerator
        where (try url.resourceValues(forKeys: [.isRegularFileKey])).isRegularFile == true {
            let path = url.standardizedFileURL.resolvingSymlinksInPath().path
            files[String(path.dropFirst(base.count))] = try Data(contentsOf: url)
        }
        self.files = files
    }
}
