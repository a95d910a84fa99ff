import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What keeps a build from replacing a folder it did not build, and two builds from losing each
/// other's work.
extension SiteWriter {
    /// The file every site this tool writes carries at its root, so a later build knows the
    /// folder is one it may replace.
    static let marker = ".waymark-site"

    static let markerText = """
        This folder was built by waymark. `waymark build` replaces it whole: edit Content/ and
        Templates/, not these files.

        """

    /// An output folder may be replaced only when it is absent, empty, or a site this tool built.
    static func checkReplaceable(_ output: URL) throws(Failure) {
        let manager = FileManager.default
        guard let entries = try? manager.contentsOfDirectory(atPath: output.path), !entries.isEmpty else { return }
        var isDirectory: ObjCBool = false
        let markerPath = output.appending(path: marker).path
        if manager.fileExists(atPath: markerPath, isDirectory: &isDirectory), !isDirectory.boolValue { return }
        throw Failure(
            description: """
                refusing to replace \(output.path): it holds \(entries.count) item\(entries.count == 1 ? "" : "s") \
                and was not built by waymark (it has no \(marker) file), and a build replaces its output folder whole. \
                Choose an empty or new folder with --output; if it is a site an earlier version of waymark built, \
                delete it and build again
                """)
    }

    /// Removes the temporary folders of builds that were killed: `.Site.building-<pid>` and
    /// `.Site.previous-<pid>` whose process is gone. Called only while holding the output's lock,
    /// so no build of this version can be between its renames; a folder whose process still runs
    /// (an older version, which took no lock) is left alone, unless it is older than any build
    /// could take, when its process id has been given to another program since.
    static func removeLeftovers(in parent: URL, named name: String, now: Date = Date()) {
        let manager = FileManager.default
        let prefixes = [".\(name).building-", ".\(name).previous-"]
        for entry in (try? manager.contentsOfDirectory(atPath: parent.path)) ?? [] {
            guard let prefix = prefixes.first(where: entry.hasPrefix),
                let process = Int32(entry.dropFirst(prefix.count))
            else { continue }
            let url = parent.appending(path: entry)
            let modified = (try? manager.attributesOfItem(atPath: url.path))?[.modificationDate] as? Date
            let isStale = modified.map { now.timeIntervalSince($0) > staleAfter } ?? false
            if process != getpid(), isRunning(process), !isStale { continue }
            try? manager.removeItem(at: url)
        }
    }

    /// Longer than any build runs: a day.
    static let staleAfter: TimeInterval = 86_400

    /// Whether a process with this id exists (one that exists but is not ours answers EPERM).
    private static func isRunning(_ process: Int32) -> Bool {
        guard process > 0 else { return false }
        return kill(process, 0) == 0 || errno == EPERM
    }
}

/// An exclusive lock on an output folder, held from the clean-up of leftovers to the swap, so
/// that two builds into one folder take turns. It is an advisory `flock` on `.Site.lock` beside
/// the folder, which the system releases if the build is killed. The holder deletes the file as
/// it lets go, so nothing is left beside the site; a build that locked a file deleted meanwhile
/// notices (the path no longer names what it locked) and locks the new one.
enum OutputLock {
    /// The lock file's path and the descriptor holding it.
    struct Held {
        var path: String
        var descriptor: Int32
    }

    /// Takes the lock on `output`, calling `waiting` once if another build holds it, then waiting.
    static func take(beside output: URL, waiting: () -> Void) throws(SiteWriter.Failure) -> Held {
        let path = output.deletingLastPathComponent().appending(path: ".\(output.lastPathComponent).lock").path
        var hasWaited = false
        while true {
            let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
            guard descriptor >= 0 else { throw failure("could not create \(path)") }
            if flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
                if !hasWaited { waiting() }
                hasWaited = true
                while flock(descriptor, LOCK_EX) != 0 {
                    guard errno == EINTR else {
                        let error = failure("could not lock \(path)")
                        close(descriptor)
                        throw error
                    }
                }
            }
            var locked = stat()
            var named = stat()
            if fstat(descriptor, &locked) == 0, stat(path, &named) == 0, locked.st_ino == named.st_ino,
                locked.st_dev == named.st_dev
            {
                return Held(path: path, descriptor: descriptor)
            }
            close(descriptor)
        }
    }

    /// Deletes the lock file and lets the next build go ahead.
    static func release(_ held: Held) {
        unlink(held.path)
        flock(held.descriptor, LOCK_UN)
        close(held.descriptor)
    }

    private static func failure(_ what: String) -> SiteWriter.Failure {
        SiteWriter.Failure(description: "\(what): \(String(cString: strerror(errno)))")
    }
}
