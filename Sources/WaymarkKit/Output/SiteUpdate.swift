import Foundation
import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Where rendered files go as they are made, from any thread.
public protocol SiteSink: Sendable {
    /// Takes the file at `path` (relative, `/`-separated) with its bytes.
    func put(_ path: String, _ bytes: [UInt8])

    /// Takes the file at `path` piece by piece, as `produce` hands the pieces over: for a file
    /// too large to hold whole, such as a large catalogue's `reports/findings.json`.
    func put(_ path: String, streaming produce: (_ emit: ([UInt8]) -> Void) -> Void)
}

extension SiteSink {
    /// Gathers the pieces and takes the file whole.
    public func put(_ path: String, streaming produce: (_ emit: ([UInt8]) -> Void) -> Void) {
        var bytes: [UInt8] = []
        produce { bytes += $0 }
        put(path, bytes)
    }
}

/// One build's writing into an output folder: files arrive as they are rendered, and only those
/// that differ from the previous build are written; the rest are carried over untouched.
///
/// The new site is assembled in a staging folder beside the output (`.Site.building-<pid>`):
/// changed files are written into it (held in memory first, up to a few megabytes, so that a
/// build that changes nothing creates nothing), and at the end every unchanged file is hard-linked
/// into it from the output, keeping its bytes, inode and modification time. The staging folder
/// then takes the output's place in one atomic exchange (`renameat2` with `RENAME_EXCHANGE`, or
/// `renamex_np` with `RENAME_SWAP`), so that a build killed at any moment leaves either the
/// previous complete site or the new one, never a mixture. The previous tree, now in the staging
/// folder's place, is deleted last; a build killed before that leaves it for the next build to
/// remove. A build that changes nothing swaps nothing and leaves the output exactly as it was.
///
/// The output's lock is held from the start of the update to its end.
public final class SiteUpdate: SiteSink {
    /// What an update did.
    public struct Outcome: Sendable, Equatable {
        /// Files written anew (changed, new, or carried over by copying where linking failed).
        public var written: Int
        /// Files carried over from the previous build untouched.
        public var unchanged: Int
        /// Files of the previous build that this one no longer has, deleted with it.
        public var removed: Int
        /// Said when the previous build's record was damaged, so every file was written.
        public var note: String?

        /// Every file of the new site (its record aside).
        public var files: Int { written + unchanged }
    }

    /// How many bytes of changed files are held before the staging folder is written to: enough
    /// for an edit's pages, so that a build that turns out to change nothing writes nothing.
    static let heldBytes = 8 << 20

    private let output: URL
    private let staging: URL
    private let retired: URL
    private let previous: BuildRecord
    /// The previous record's modification time: a file newer than it was changed by hand since.
    private let recordTime: timespec?
    private let note: String?
    private let lock: OutputLock.Held
    private let state = Mutex(State())
    private let directories = Mutex(Set<String>())
    /// The digest of the inputs the new site is made from, and what the check before it
    /// reported, recorded for the next build.
    private let inputs = Mutex<(digest: String, check: String?)?>(nil)

    /// The digest of the inputs the previous site was made from, if its record names one.
    public var previousInputs: String? { previous.inputs }

    /// What the check before the previous build reported, if its record keeps it.
    public var previousCheck: CheckSummary? { previous.check.flatMap(CheckSummary.init(recordText:)) }

    private struct State: ~Copyable {
        var entries: [String: BuildRecord.Entry] = [:]
        var unchanged: [String] = []
        var held: [(path: String, bytes: [UInt8])] = []
        var heldBytes = 0
        /// Whether changed files now go straight to the staging folder.
        var streaming = false
        var written = 0
        var failure: SiteWriter.Failure?
        var isOver = false
    }

    /// Takes `writer`'s output lock, clears what killed builds left and reads the previous record.
    init(writer: SiteWriter) throws(SiteWriter.Failure) {
        let manager = FileManager.default
        output = writer.output
        let parent = output.deletingLastPathComponent()
        let name = output.lastPathComponent
        staging = parent.appending(path: ".\(name).building-\(getpid())")
        retired = parent.appending(path: ".\(name).previous-\(getpid())")
        do {
            try manager.createDirectory(at: parent, withIntermediateDirectories: true)
        } catch {
            throw SiteWriter.Failure(description: "could not create \(parent.path): \(error.localizedDescription)")
        }
        lock = try OutputLock.take(beside: output, waiting: writer.whenWaiting)
        do {
            // Checked again now that this build holds the folder: it may have changed while it waited.
            try SiteWriter.checkReplaceable(output)
            SiteWriter.removeLeftovers(in: parent, named: name)
            try manager.createDirectory(at: staging, withIntermediateDirectories: false)
        } catch let failure as SiteWriter.Failure {
            OutputLock.release(lock)
            throw failure
        } catch {
            OutputLock.release(lock)
            throw SiteWriter.Failure(description: "could not create \(staging.path): \(error.localizedDescription)")
        }
        let recordPath = output.appending(path: BuildRecord.file).path
        let recordText = (try? String(contentsOfFile: recordPath, encoding: .utf8)) ?? ""
        switch BuildRecord.reading(Substring(recordText)) {
        case .missing:
            previous = BuildRecord()
            note = nil
        case .damaged(let reason):
            previous = BuildRecord()
            note =
                "the record of the previous build in \(recordPath) is damaged (\(reason)), so every file was written again"
        case .read(let record):
            previous = record
            note = nil
        }
        recordTime = Self.status(of: recordPath).map(\.modified)
    }

    deinit {
        let isOver = state.withLock { $0.isOver }
        if !isOver {
            try? FileManager.default.removeItem(at: staging)
            OutputLock.release(lock)
        }
    }

    /// Takes a file of the new site: carried over if the previous build wrote the same bytes and
    /// nobody changed them since, else written (or held, while little has changed).
    public func put(_ path: String, _ bytes: [UInt8]) {
        guard accepts(path) else { return }
        let entry = BuildRecord.Entry(size: bytes.count, digest: Fingerprint(bytes).value)
        guard !carriesOver(path, entry) else { return }
        let streaming = state.withLock { state -> Bool in
            state.entries[path] = entry
            state.written += 1
            if !state.streaming, state.heldBytes + bytes.count <= Self.heldBytes {
                state.held.append((path, bytes))
                state.heldBytes += bytes.count
                return false
            }
            state.streaming = true
            return true
        }
        guard streaming else { return }
        flushHeld()
        write(bytes, to: path)
    }

    /// Takes a large file piece by piece, writing each piece as it comes and digesting it on the
    /// way; when the whole file turns out as the previous build wrote it, the copy is deleted and
    /// the previous file is carried over instead.
    public func put(_ path: String, streaming produce: (_ emit: ([UInt8]) -> Void) -> Void) {
        guard accepts(path) else { return }
        ensureDirectory(of: path)
        let target = staging.appending(path: path).path
        var digest = Fingerprint()
        var size = 0
        do {
            try SiteWriter.writeStreaming(to: target) { write in
                withoutActuallyEscaping(write) { write in
                    produce { bytes in
                        digest.combine(bytes)
                        size += bytes.count
                        write(bytes)
                    }
                }
            }
        } catch {
            fail(error)
            return
        }
        let entry = BuildRecord.Entry(size: size, digest: digest.value)
        if carriesOver(path, entry) {
            unlink(target)
            return
        }
        state.withLock {
            $0.entries[path] = entry
            $0.written += 1
        }
    }

    /// Whether `path` may be written into the site; when it may not, the update fails.
    private func accepts(_ path: String) -> Bool {
        guard SiteWriter.isSafe(path), path != SiteWriter.marker, path != BuildRecord.file else {
            fail(SiteWriter.Failure(description: "refusing to write \(path): not a path inside the output folder"))
            return false
        }
        return true
    }

    /// Whether the previous build wrote `entry` at `path` and nobody changed it since: then it is
    /// recorded as unchanged, to be carried over untouched.
    private func carriesOver(_ path: String, _ entry: BuildRecord.Entry) -> Bool {
        guard previous.entries[path] == entry, isIntact(path, size: entry.size) else { return false }
        state.withLock {
            $0.entries[path] = entry
            $0.unchanged.append(path)
        }
        return true
    }

    /// Records the digest of the inputs the new site is made from, for the next build to
    /// compare, and what the check of those inputs reported, for it to report again.
    public func record(inputs digest: String, check: CheckSummary? = nil) {
        inputs.withLock { $0 = (digest, check?.recordText) }
    }

    /// Whether every file of the previous site is still as the record says it was written: then a
    /// build from the same inputs may keep it without rendering anything.
    public var previousIsIntact: Bool {
        guard recordTime != nil, note == nil, !previous.entries.isEmpty else { return false }
        return previous.entries.allSatisfy { isIntact($0.key, size: $0.value.size) }
    }

    /// Keeps the previous site as it is, writing nothing, and releases the output: for a build
    /// whose inputs are those the previous site was made from, when `previousIsIntact`.
    public func keepPrevious() -> Outcome {
        state.withLock { $0.isOver = true }
        try? FileManager.default.removeItem(at: staging)
        OutputLock.release(lock)
        return Outcome(written: 0, unchanged: previous.entries.count, removed: 0, note: nil)
    }

    /// Swaps the new site in, unless nothing changed, and releases the output.
    public func finish() throws(SiteWriter.Failure) -> Outcome {
        flushHeld()
        let (failure, written, unchanged, entries) = state.withLock { state in
            state.isOver = true
            return (state.failure, state.written, state.unchanged, state.entries)
        }
        defer { OutputLock.release(lock) }
        let manager = FileManager.default
        if let failure {
            try? manager.removeItem(at: staging)
            throw failure
        }
        let removed = previous.entries.keys.count { entries[$0] == nil }
        let outputExists = manager.fileExists(atPath: output.path)
        let inputs = self.inputs.withLock { $0 }
        if written == 0, removed == 0, outputExists, note == nil,
            previous.entries.count == entries.count, recordTime != nil
        {
            try? manager.removeItem(at: staging)
            if inputs?.digest != previous.inputs || inputs?.check != previous.check {
                // The same site from other inputs: only the record changes, replaced in one rename.
                let record = output.appending(path: BuildRecord.file).path
                let replacement = output.appending(path: BuildRecord.file + ".new").path
                try SiteWriter.writeBytes(
                    Array(BuildRecord(entries: entries, inputs: inputs?.digest, check: inputs?.check).text.utf8),
                    to: replacement)
                guard rename(replacement, record) == 0 else {
                    unlink(replacement)
                    throw SiteWriter.Failure(
                        description: "could not replace \(record): \(String(cString: strerror(errno)))")
                }
            }
            return Outcome(written: 0, unchanged: unchanged.count, removed: 0, note: nil)
        }
        var copied = 0
        for path in unchanged.sorted() {
            ensureDirectory(of: path)
            if link(output.appending(path: path).path, staging.appending(path: path).path) != 0 {
                guard let bytes = FileManager.default.contents(atPath: output.appending(path: path).path) else {
                    try? manager.removeItem(at: staging)
                    throw SiteWriter.Failure(
                        description: "could not carry \(output.appending(path: path).path) over to the new site")
                }
                write(Array(bytes), to: path)
                copied += 1
            }
        }
        if let failure = state.withLock({ $0.failure }) {
            try? manager.removeItem(at: staging)
            throw failure
        }
        let record = BuildRecord(entries: entries, inputs: inputs?.digest, check: inputs?.check)
        do {
            // The marker is carried over like any unchanged file.
            let marker = output.appending(path: SiteWriter.marker).path
            let markerText = try? String(contentsOfFile: marker, encoding: .utf8)
            if markerText != SiteWriter.markerText || link(marker, staging.appending(path: SiteWriter.marker).path) != 0
            {
                try SiteWriter.writeBytes(
                    Array(SiteWriter.markerText.utf8), to: staging.appending(path: SiteWriter.marker).path)
            }
            try SiteWriter.writeBytes(Array(record.text.utf8), to: staging.appending(path: BuildRecord.file).path)
        } catch {
            try? manager.removeItem(at: staging)
            throw error
        }
        try swap(outputExists: outputExists)
        return Outcome(written: written + copied, unchanged: unchanged.count - copied, removed: removed, note: note)
    }

    // MARK: Files

    private func fail(_ failure: SiteWriter.Failure) {
        state.withLock { state in
            if state.failure == nil { state.failure = failure }
        }
    }

    private func flushHeld() {
        let held = state.withLock { state in
            state.streaming = true
            defer {
                state.held = []
                state.heldBytes = 0
            }
            return state.held
        }
        for file in held { write(file.bytes, to: file.path) }
    }

    private func write(_ bytes: [UInt8], to path: String) {
        ensureDirectory(of: path)
        do {
            try SiteWriter.writeBytes(bytes, to: staging.appending(path: path).path)
        } catch {
            fail(error)
        }
    }

    /// Creates the folder `path` goes in, under a lock, so that no other thread writes into a
    /// folder that another is still creating.
    private func ensureDirectory(of path: String) {
        guard let slash = path.lastIndex(of: "/") else { return }
        let folder = String(path[..<slash])
        let failure = directories.withLock { created -> SiteWriter.Failure? in
            guard !created.contains(folder) else { return nil }
            let url = staging.appending(path: folder)
            do {
                try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
            } catch {
                return SiteWriter.Failure(description: "could not create \(url.path): \(error.localizedDescription)")
            }
            created.insert(folder)
            return nil
        }
        if let failure { fail(failure) }
    }

    /// Whether the previous build's file at `path` is as it left it: a regular file of the
    /// recorded size, not modified after the record was written.
    private func isIntact(_ path: String, size: Int) -> Bool {
        guard let recordTime, let status = Self.status(of: output.appending(path: path).path) else { return false }
        return status.isRegular && status.size == size
            && (status.modified.tv_sec, status.modified.tv_nsec) <= (recordTime.tv_sec, recordTime.tv_nsec)
    }

    private static func status(of path: String) -> (size: Int, modified: timespec, isRegular: Bool)? {
        var result = stat()
        guard lstat(path, &result) == 0 else { return nil }
        #if canImport(Darwin)
            let modified = result.st_mtimespec
        #else
            let modified = result.st_mtim
        #endif
        return (Int(result.st_size), modified, (result.st_mode & S_IFMT) == S_IFREG)
    }

    // MARK: Swapping

    /// Puts the staging folder in the output's place and deletes the previous tree.
    private func swap(outputExists: Bool) throws(SiteWriter.Failure) {
        let manager = FileManager.default
        if !outputExists {
            guard rename(staging.path, output.path) == 0 else {
                let reason = String(cString: strerror(errno))
                try? manager.removeItem(at: staging)
                throw SiteWriter.Failure(description: "could not move the new site into \(output.path): \(reason)")
            }
            return
        }
        if Self.exchange(staging.path, output.path) {
            try? manager.removeItem(at: staging)
            return
        }
        // No atomic exchange on this file system: the previous output is renamed aside first and
        // put back if the new one cannot take its place.
        guard rename(output.path, retired.path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? manager.removeItem(at: staging)
            throw SiteWriter.Failure(description: "could not move the previous \(output.path) aside: \(reason)")
        }
        guard rename(staging.path, output.path) == 0 else {
            let reason = String(cString: strerror(errno))
            _ = rename(retired.path, output.path)
            try? manager.removeItem(at: staging)
            throw SiteWriter.Failure(description: "could not move the new site into \(output.path): \(reason)")
        }
        try? manager.removeItem(at: retired)
    }

    #if canImport(Glibc)
        private typealias RenameAt2 =
            @convention(c) (
                Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32
            ) -> Int32

        /// `renameat2`, looked up at run time: older C libraries do not have it.
        private static let renameAt2: RenameAt2? = dlsym(nil, "renameat2").map {
            unsafeBitCast($0, to: RenameAt2.self)
        }
    #endif

    /// Swaps the two folders' names in one step; false when the system cannot.
    private static func exchange(_ first: String, _ second: String) -> Bool {
        #if canImport(Glibc)
            // RENAME_EXCHANGE
            guard let renameAt2 else { return false }
            return renameAt2(AT_FDCWD, first, AT_FDCWD, second, 2) == 0
        #elseif canImport(Darwin)
            return renamex_np(first, second, UInt32(RENAME_SWAP)) == 0
        #else
            return false
        #endif
    }
}
