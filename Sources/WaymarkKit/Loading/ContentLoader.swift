import Foundation
import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Everything read from a content folder: the parsed documents and what went wrong reading them.
public struct LoadedContent: Sendable {
    /// Every file that parsed, sorted by path.
    public var documents: [SourceDocument]
    /// Problems with the layout, the files' encoding, their front matter and their YAML.
    public var diagnostics: [Diagnostic]
    /// Every file found in the layout, including those that could not be read or parsed, so
    /// that a reference to a broken file is not also reported as a reference to nothing.
    public var kinds: Set<SourceDocument.Kind>
    /// The JSON Schema files of `schema/`, by their path inside `schema/` (`types/frailty.schema.json`).
    public var schemas: [String: SourceText]
    /// How diagnostics name the `schema/` folder.
    public var schemaFolder: String

    /// Creates loaded content from already-parsed documents; `kinds` defaults to theirs.
    public init(
        documents: [SourceDocument], diagnostics: [Diagnostic], kinds: Set<SourceDocument.Kind>? = nil,
        schemas: [String: SourceText] = [:], schemaFolder: String = "schema"
    ) {
        self.documents = documents
        self.diagnostics = diagnostics
        self.kinds = kinds ?? Set(documents.map(\.kind))
        self.schemas = schemas
        self.schemaFolder = schemaFolder
    }
}

/// Reads a content folder from disk. With `Output`, the only stage that touches the file system.
public enum ContentLoader {
    /// Why a content folder could not be loaded at all (as opposed to problems in its files).
    public struct Failure: Error, CustomStringConvertible {
        /// What went wrong, for the person running the command.
        public var description: String
    }

    /// Loads every file of the content folder at `folder`; diagnostics name files as
    /// `displayRoot/relative/path`.
    public static func load(from folder: URL, displayRoot: String) throws(Failure) -> LoadedContent {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue
        else {
            throw Failure(description: "the content folder \(displayRoot) does not exist")
        }
        let listing = try listing(of: folder)
        let display: @Sendable (String) -> String = { relative in
            displayRoot.isEmpty || displayRoot == "." ? relative : displayRoot + "/" + relative
        }
        let layout = ContentLayout(relativePaths: listing.files, folders: listing.folders, displayPath: display)
        let results = Mutex([(SourceDocument?, [Diagnostic])](repeating: (nil, []), count: layout.entries.count))
        DispatchQueue.concurrentPerform(iterations: layout.entries.count) { index in
            let entry = layout.entries[index]
            let result = read(
                entry, at: folder.appending(path: entry.relativePath), displayPath: display(entry.relativePath))
            results.withLock { $0[index] = result }
        }
        let parsed = results.withLock { $0 }
        var schemas: [String: SourceText] = [:]
        var schemaProblems: [Diagnostic] = []
        for path in layout.schemaFiles {
            switch readText(at: folder.appending(path: path), displayPath: display(path)) {
            case .success(let text): schemas[String(path.dropFirst("schema/".count))] = text
            case .failure(let problem): schemaProblems.append(problem.diagnostic)
            }
        }
        return LoadedContent(
            documents: parsed.compactMap(\.0),
            diagnostics: layout.diagnostics + listing.links.map { .symbolicLink(at: SourceLocation(file: display($0))) }
                + listing.others.map { .notAFile(at: SourceLocation(file: display($0))) }
                + parsed.flatMap(\.1) + schemaProblems,
            kinds: Set(layout.entries.map(\.kind)), schemas: schemas,
            schemaFolder: display("schema"))
    }

    private struct Unreadable: Error {
        var diagnostic: Diagnostic
    }

    private static func readText(at url: URL, displayPath: String) -> Result<SourceText, Unreadable> {
        let data: Data
        do {
            // Read one byte past the limit, so a huge file is never read whole.
            let handle = try FileHandle(forReadingFrom: url)
            defer { try? handle.close() }
            data = try handle.read(upToCount: ContentLimits.fileBytes + 1) ?? Data()
        } catch {
            return .failure(
                Unreadable(
                    diagnostic: .unreadableFile(error.localizedDescription, at: SourceLocation(file: displayPath))))
        }
        guard data.count <= ContentLimits.fileBytes else {
            return .failure(Unreadable(diagnostic: .fileTooLarge(at: SourceLocation(file: displayPath))))
        }
        let start = SourceLocation(file: displayPath, line: 1, column: 1)
        if let encoding = TextEncoding.otherEncoding(of: data) {
            return .failure(Unreadable(diagnostic: .otherEncoding(encoding, at: start)))
        }
        guard let source = SourceText(path: displayPath, data: data) else {
            let invalid = TextEncoding.firstInvalidByte(in: data)
            let position = invalid?.position ?? SourcePosition(line: 1, column: 1)
            return .failure(
                Unreadable(
                    diagnostic: .invalidByte(
                        invalid?.byte ?? 0,
                        at: SourceLocation(file: displayPath, line: position.line, column: position.column))))
        }
        return .success(source)
    }

    private static func read(_ entry: ContentLayout.Entry, at url: URL, displayPath: String) -> (
        SourceDocument?, [Diagnostic]
    ) {
        switch readText(at: url, displayPath: displayPath) {
        case .success(let source): SourceDocument.parse(source, as: entry.kind)
        case .failure(let problem): (nil, [problem.diagnostic])
        }
    }

    /// Every regular file below `folder`, relative to it, sorted. Hidden files and folders are
    /// skipped; symbolic links are not followed, so nothing outside the folder is read.
    static func relativeFilePaths(in folder: URL) throws(Failure) -> [String] {
        try listing(of: folder).files
    }

    /// What a folder holds, below it and relative to it, each list sorted.
    struct Listing {
        /// Regular files.
        var files: [String] = []
        /// Folders, including empty ones.
        var folders: [String] = []
        /// Symbolic links, which are never followed.
        var links: [String] = []
        /// Anything else: named pipes, sockets, devices. Never opened, since reading one can block.
        var others: [String] = []
    }

    /// Everything below `folder` but hidden names (which start with `.`).
    static func listing(of folder: URL) throws(Failure) -> Listing {
        let manager = FileManager.default
        var listing = Listing()
        var pending = [""]
        while let relative = pending.popLast() {
            let url = relative.isEmpty ? folder : folder.appending(path: relative)
            let names: [String]
            do {
                names = try manager.contentsOfDirectory(atPath: url.path)
            } catch {
                throw Failure(description: "could not list \(url.path): \(error.localizedDescription)")
            }
            for name in names where !name.hasPrefix(".") {
                let child = relative.isEmpty ? name : relative + "/" + name
                // lstat rather than Foundation's attribute dictionary: cheaper, and a symbolic
                // link is neither a file nor a folder, so it is never followed.
                var status = stat()
                guard lstat(folder.appending(path: child).path, &status) == 0 else {
                    listing.others.append(child)
                    continue
                }
                switch status.st_mode & S_IFMT {
                case S_IFDIR:
                    pending.append(child)
                    listing.folders.append(child)
                case S_IFREG: listing.files.append(child)
                case S_IFLNK: listing.links.append(child)
                default: listing.others.append(child)
                }
            }
        }
        listing.files.sort()
        listing.folders.sort()
        listing.links.sort()
        listing.others.sort()
        return listing
    }
}
