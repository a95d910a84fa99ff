import Foundation

#if canImport(Glibc)
    import Glibc

    private func systemWrite(_ descriptor: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
        Glibc.write(descriptor, buffer, count)
    }
#elseif canImport(Darwin)
    import Darwin

    private func systemWrite(_ descriptor: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
        Darwin.write(descriptor, buffer, count)
    }
#endif

/// Writes a rendered site so that nothing is ever lost or half-published.
///
/// The site is written into a temporary folder beside the output folder, then swapped in by
/// renaming; the previous output is removed only after the swap. If anything fails, the temporary
/// folder is removed and the previous output is left exactly as it was. Files are written with
/// plain `write(2)` and no per-file `fsync`: the swap is what makes the build safe, and syncing
/// every page would make large builds several times slower.
public struct SiteWriter: Sendable {
    /// Why the output could not be written.
    public struct Failure: Error, CustomStringConvertible, Equatable {
        /// What went wrong, for the person running the command.
        public var description: String
    }

    /// The folder the site goes to.
    public let output: URL
    /// Called once when another build is writing to the same folder and this one must wait.
    public var whenWaiting: @Sendable () -> Void = {}

    /// Prepares to write to `output`, refusing any folder whose replacement would lose work: one
    /// that is or contains a folder of `mustNotContain` (the content, the templates, the
    /// repository, the working folder) or that lies inside one of `mustNotBeInside` (the content
    /// and the templates, which must hold only source files).
    public init(output: URL, mustNotContain: [URL], mustNotBeInside: [URL]) throws(Failure) {
        let target = Self.canonical(output)
        guard target.count > 1 else {
            throw Failure(description: "refusing to write the site to \(output.path): choose a dedicated output folder")
        }
        for folder in mustNotContain where Self.canonical(folder).starts(with: target) {
            throw Failure(
                description:
                    "refusing to write the site to \(output.path): it holds \(folder.path), which replacing the output would delete"
            )
        }
        for folder in mustNotBeInside where target.starts(with: Self.canonical(folder)) {
            throw Failure(
                description:
                    "refusing to write the site to \(output.path): it is inside \(folder.path), which must hold only source files"
            )
        }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: output.path, isDirectory: &isDirectory), !isDirectory.boolValue {
            throw Failure(description: "refusing to write the site to \(output.path): it is a file, not a folder")
        }
        self.output = output.standardizedFileURL.resolvingSymlinksInPath()
        try Self.checkReplaceable(self.output)
    }

    /// The root of the git repository holding `folder`, if any: an output folder must never
    /// contain it.
    public static func repositoryRoot(containing folder: URL) -> [URL] {
        var current = folder.standardizedFileURL
        while current.pathComponents.count > 1 {
            if FileManager.default.fileExists(atPath: current.appending(path: ".git").path) { return [current] }
            current = current.deletingLastPathComponent()
        }
        return []
    }

    private static func canonical(_ url: URL) -> [String] {
        url.standardizedFileURL.resolvingSymlinksInPath().pathComponents
    }

    /// Writes `site` and swaps it in for the previous output. Only one build writes to an output
    /// folder at a time: when another holds it, `whenWaiting` is called and this one waits its turn.
    public func write(_ site: RenderedSite) throws(Failure) {
        let manager = FileManager.default
        let parent = output.deletingLastPathComponent()
        let name = output.lastPathComponent
        let staging = parent.appending(path: ".\(name).building-\(getpid())")
        let retired = parent.appending(path: ".\(name).previous-\(getpid())")
        do {
            try manager.createDirectory(at: parent, withIntermediateDirectories: true)
        } catch {
            throw Failure(description: "could not create \(parent.path): \(error.localizedDescription)")
        }
        let lock = try OutputLock.take(beside: output, waiting: whenWaiting)
        defer { OutputLock.release(lock) }
        // Checked again now that this build holds the folder: it may have changed while it waited.
        try Self.checkReplaceable(output)
        Self.removeLeftovers(in: parent, named: name)
        do {
            try writeFiles(of: site, into: staging)
            try Self.writeBytes(Array(Self.markerText.utf8), to: staging.appending(path: Self.marker).path)
        } catch {
            try? manager.removeItem(at: staging)
            throw error
        }
        try swap(staging, into: output, retiring: retired)
    }

    private func writeFiles(of site: RenderedSite, into folder: URL) throws(Failure) {
        let manager = FileManager.default
        do {
            try manager.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw Failure(description: "could not create \(folder.path): \(error.localizedDescription)")
        }
        var created: Set<String> = [folder.path]
        for file in site.files {
            guard Self.isSafe(file.path) else {
                throw Failure(description: "refusing to write \(file.path): not a path inside the output folder")
            }
            let url = folder.appending(path: file.path)
            let directory = url.deletingLastPathComponent().path
            if created.insert(directory).inserted {
                do {
                    try manager.createDirectory(atPath: directory, withIntermediateDirectories: true)
                } catch {
                    throw Failure(description: "could not create \(directory): \(error.localizedDescription)")
                }
            }
            try Self.writeBytes(file.contents, to: url.path)
        }
    }

    /// Relative, with no empty, `.` or `..` components: nothing can land outside the folder.
    static func isSafe(_ path: String) -> Bool {
        guard !path.isEmpty, !path.hasPrefix("/") else { return false }
        return path.split(separator: "/", omittingEmptySubsequences: false).allSatisfy {
            !$0.isEmpty && $0 != "." && $0 != ".."
        }
    }

    static func writeBytes(_ bytes: [UInt8], to path: String) throws(Failure) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw Failure(description: "could not create \(path): \(String(cString: strerror(errno)))")
        }
        defer { close(descriptor) }
        var written = 0
        while written < bytes.count {
            let result = bytes.withUnsafeBytes { buffer in
                systemWrite(descriptor, buffer.baseAddress! + written, buffer.count - written)
            }
            if result < 0 {
                if errno == EINTR { continue }
                throw Failure(description: "could not write \(path): \(String(cString: strerror(errno)))")
            }
            written += result
        }
    }

    /// Renames `staging` to `output`. The previous output is first renamed aside and removed only
    /// once the new one is in place; if the second rename fails it is put back.
    private func swap(_ staging: URL, into output: URL, retiring retired: URL) throws(Failure) {
        let manager = FileManager.default
        let hadPrevious = manager.fileExists(atPath: output.path)
        if hadPrevious, rename(output.path, retired.path) != 0 {
            try? manager.removeItem(at: staging)
            throw Failure(
                description: "could not move the previous \(output.path) aside: \(String(cString: strerror(errno)))")
        }
        if rename(staging.path, output.path) != 0 {
            let reason = String(cString: strerror(errno))
            if hadPrevious { _ = rename(retired.path, output.path) }
            try? manager.removeItem(at: staging)
            throw Failure(description: "could not move the new site into \(output.path): \(reason)")
        }
        if hadPrevious { try? manager.removeItem(at: retired) }
    }
}
