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

/// Writes a rendered site so that nothing is ever lost or half-published, rewriting only what
/// changed (`SiteUpdate` says how).
///
/// If anything fails, the staging folder is removed and the previous output is left exactly as
/// it was. Files are written with plain `write(2)` and no per-file `fsync`: the swap is what
/// makes the build safe, and syncing every page would make large builds several times slower.
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

    /// Starts writing a new site into the output: the returned update takes files as they are
    /// rendered and swaps the site in when finished. Only one build writes to an output folder at
    /// a time: when another holds it, `whenWaiting` is called and this one waits its turn.
    public func begin() throws(Failure) -> SiteUpdate {
        try SiteUpdate(writer: self)
    }

    /// The digest of the inputs the site in the output was built from, as its record names it,
    /// read without waiting for the output: a hint that a build may have nothing to do, which
    /// `SiteUpdate` confirms once it holds the output.
    public var recordedInputs: String? {
        guard let handle = FileHandle(forReadingAtPath: output.appending(path: BuildRecord.file).path) else {
            return nil
        }
        defer { try? handle.close() }
        let start = String(decoding: (try? handle.read(upToCount: 128)) ?? Data(), as: UTF8.self)
        let lines = start.split(separator: "\n", maxSplits: 2)
        guard lines.count > 1, lines[0] == BuildRecord.header, lines[1].hasPrefix("inputs ") else { return nil }
        return String(lines[1].dropFirst("inputs ".count))
    }

    /// Writes `site` and swaps it in for the previous output, writing only the files that changed.
    @discardableResult
    func write(_ site: RenderedSite) throws(Failure) -> SiteUpdate.Outcome {
        let update = try begin()
        for file in site.files { update.put(file.path, file.contents) }
        return try update.finish()
    }

    /// Relative, with no empty, `.` or `..` components: nothing can land outside the folder.
    static func isSafe(_ path: String) -> Bool {
        guard !path.isEmpty, !path.hasPrefix("/") else { return false }
        return path.utf8.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false).allSatisfy {
            !$0.isEmpty && !$0.elementsEqual(".".utf8) && !$0.elementsEqual("..".utf8)
        }
    }

    static func writeBytes(_ bytes: [UInt8], to path: String) throws(Failure) {
        try writeStreaming(to: path) { emit in emit(bytes) }
    }

    /// Creates the file at `path` and writes into it each piece `produce` hands over, so that a
    /// large file is never held whole.
    static func writeStreaming(to path: String, _ produce: (_ emit: ([UInt8]) -> Void) -> Void) throws(Failure) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw Failure(description: "could not create \(path): \(String(cString: strerror(errno)))")
        }
        defer { close(descriptor) }
        var failure: Failure?
        produce { bytes in
            var written = 0
            while failure == nil, written < bytes.count {
                let result = bytes.withUnsafeBytes { buffer in
                    systemWrite(descriptor, buffer.baseAddress! + written, buffer.count - written)
                }
                if result < 0 {
                    if errno == EINTR { continue }
                    failure = Failure(description: "could not write \(path): \(String(cString: strerror(errno)))")
                }
                written += max(result, 0)
            }
        }
        if let failure { throw failure }
    }
}
