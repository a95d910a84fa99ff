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
    /// (an older version, which took no lock) is left alone.
    static func removeLeftovers(in parent: URL, named name: String) {
        let manager = FileManager.default
        let prefixes = [".\(name).building-", ".\(name).previous-"]
        for entry in (try? manager.contentsOfDirectory(atPath: parent.path)) ?? [] {
            guard let prefix = prefixes.first(where: entry.hasPrefix),
                let process = Int32(entry.dropFirst(prefix.count))
            else { continue }
            if process != getpid(), isRunning(process) { continue }
            try? manager.removeItem(at: parent.appending(path: entry))
        }
    }

    /// Whether a process with this id exists (one that exists but is not ours answers EPERM).
    private static func isRunning(_ process: Int32) -> Bool {
        guard process > 0 else { return false }
        return kill(process, 0) == 0 || errno == EPERM
    }
}

/// An exclusive lock on an output folder, held from the clean-up of leftovers to the swap, so
/// that two builds into one folder take turns. It is an advisory `flock` on `.Site.lock` beside
/// the folder, which the system releases if the build is killed.
enum OutputLock {
    /// Takes the lock on `output` and returns its descriptor, calling `waiting` once if another
    /// build holds it, then waiting for it.
    static func take(beside output: URL, waiting: () -> Void) throws(SiteWriter.Failure) -> Int32 {
        let path = output.deletingLastPathComponent().appending(path: ".\(output.lastPathComponent).lock").path
        let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw SiteWriter.Failure(description: "could not create \(path): \(String(cString: strerror(errno)))")
        }
        if flock(descriptor, LOCK_EX | LOCK_NB) == 0 { return descriptor }
        waiting()
        while flock(descriptor, LOCK_EX) != 0 {
            guard errno == EINTR else {
                let reason = String(cString: strerror(errno))
                close(descriptor)
                throw SiteWriter.Failure(description: "could not lock \(path): \(reason)")
            }
        }
        return descriptor
    }

    /// Lets the next build go ahead.
    static func release(_ descriptor: Int32) {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
