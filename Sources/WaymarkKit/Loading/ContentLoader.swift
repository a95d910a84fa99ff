import Foundation

#if canImport(Glibc)
    import Glibc

    private func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
        Glibc.read(descriptor, buffer, count)
    }
#elseif canImport(Darwin)
    import Darwin

    private func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
        Darwin.read(descriptor, buffer, count)
    }
#endif

/// Everything read from a content folder: the parsed documents and what went wrong reading them.
struct LoadedContent: Sendable {
    /// Every file that parsed, sorted by path.
    var documents: [SourceDocument]
    /// Problems with the layout, the files' encoding, their front matter and their YAML.
    var diagnostics: [Diagnostic]
    /// Every file found in the layout, including those that could not be read or parsed, so
    /// that a reference to a broken file is not also reported as a reference to nothing.
    var kinds: Set<SourceDocument.Kind>
    /// The JSON Schema files of `schema/`, by their path inside `schema/` (`types/frailty.schema.json`).
    var schemas: [String: SourceText]
    /// How diagnostics name the `schema/` folder.
    var schemaFolder: String

    /// Creates loaded content from already-parsed documents; `kinds` defaults to theirs.
    init(
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
enum ContentLoader {
    /// Why a content folder could not be loaded at all (as opposed to problems in its files).
    struct Failure: Error, CustomStringConvertible {
        /// What went wrong, for the person running the command.
        var description: String
    }

    /// Loads every file of the content folder at `folder`; diagnostics name files as
    /// `displayRoot/relative/path`.
    static func load(from folder: URL, displayRoot: String) throws(Failure) -> LoadedContent {
        parse(try read(from: folder, displayRoot: displayRoot))
    }

    /// Every file of a content folder as read from disk, before any is parsed: enough to tell
    /// whether anything changed since an earlier build.
    struct Files: Sendable {
        fileprivate var listing: Listing
        fileprivate var layout: ContentLayout
        fileprivate var bytes: [Result<Data, Unreadable>]
        fileprivate var schemas: [(path: String, bytes: Result<Data, Unreadable>)]
        fileprivate var display: @Sendable (String) -> String
        /// A digest of the folder's layout and every byte of every file in it.
        var digest: Fingerprint {
            var digest = Fingerprint()
            for names in [listing.files, listing.folders, listing.links, listing.others] {
                digest.combine("\(names.count)")
                for name in names { digest.combine(name) }
            }
            for (entry, bytes) in zip(layout.entries, bytes) {
                digest.combine(entry.relativePath)
                Self.combine(bytes, into: &digest)
            }
            for schema in schemas {
                digest.combine(schema.path)
                Self.combine(schema.bytes, into: &digest)
            }
            return digest
        }

        private static func combine(_ bytes: Result<Data, Unreadable>, into digest: inout Fingerprint) {
            switch bytes {
            case .success(let data):
                digest.combine("\(data.count)")
                digest.combine(data)
            case .failure(let problem): digest.combine("unreadable: \(problem.diagnostic.textDescription)")
            }
        }
    }

    /// Lists the content folder at `folder` and reads every file in it, without parsing any.
    static func read(from folder: URL, displayRoot: String) throws(Failure) -> Files {
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
        let root = folder.path.hasSuffix("/") ? folder.path : folder.path + "/"
        let bytes = layout.entries.concurrentMap { entry in
            readBytes(at: root + entry.relativePath, displayPath: display(entry.relativePath))
        }
        let schemas = layout.schemaFiles.map { path in
            (String(path.dropFirst("schema/".count)), readBytes(at: root + path, displayPath: display(path)))
        }
        return Files(
            listing: listing, layout: layout, bytes: bytes, schemas: schemas, display: display)
    }

    /// Parses every file that was read.
    static func parse(_ files: consuming Files) -> LoadedContent {
        let layout = files.layout
        let display = files.display
        // Decoded first, so that the bytes are let go before the files' trees are built.
        let bytes = files.bytes
        files.bytes = []
        let texts = Array(zip(layout.entries, bytes)).concurrentMap { entry, bytes in
            (entry.kind, bytes.flatMap { decode($0, displayPath: display(entry.relativePath)) })
        }
        _ = consume bytes
        let parsed = texts.concurrentMap { kind, text -> (SourceDocument?, [Diagnostic]) in
            switch text {
            case .success(let source): SourceDocument.parse(source, as: kind)
            case .failure(let problem): (nil, [problem.diagnostic])
            }
        }
        var schemas: [String: SourceText] = [:]
        var schemaProblems: [Diagnostic] = []
        for (path, bytes) in files.schemas {
            switch bytes.flatMap({ decode($0, displayPath: display("schema/" + path)) }) {
            case .success(let text): schemas[path] = text
            case .failure(let problem): schemaProblems.append(problem.diagnostic)
            }
        }
        let listing = files.listing
        return LoadedContent(
            documents: parsed.compactMap(\.0),
            diagnostics: layout.diagnostics + listing.links.map { .symbolicLink(at: SourceLocation(file: display($0))) }
                + listing.others.map { .notAFile(at: SourceLocation(file: display($0))) }
                + parsed.flatMap(\.1) + schemaProblems,
            kinds: Set(layout.entries.map(\.kind)), schemas: schemas,
            schemaFolder: display("schema"))
    }

    fileprivate struct Unreadable: Error {
        var diagnostic: Diagnostic
    }

    /// The bytes of the file at `path`, unless it cannot be read or is larger than the limit
    /// (reading stops one byte past the limit, so a huge file is never read whole).
    private static func readBytes(at path: String, displayPath: String) -> Result<Data, Unreadable> {
        func unreadable(_ code: Int32) -> Result<Data, Unreadable> {
            .failure(
                Unreadable(
                    diagnostic: .unreadableFile(
                        String(cString: strerror(code)), at: SourceLocation(file: displayPath))))
        }
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return unreadable(errno) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return unreadable(errno) }
        // One byte more than the size, to see the end; more if the file grew meanwhile.
        var data = Data(count: min(Int(status.st_size), ContentLimits.fileBytes) + 1)
        var count = 0
        while count <= ContentLimits.fileBytes {
            if count == data.count { data.count = min(data.count * 2, ContentLimits.fileBytes + 1) }
            let done = data.withUnsafeMutableBytes { buffer in
                systemRead(descriptor, buffer.baseAddress! + count, buffer.count - count)
            }
            if done < 0 {
                if errno == EINTR { continue }
                return unreadable(errno)
            }
            if done == 0 { break }
            count += done
        }
        data.count = count
        guard count <= ContentLimits.fileBytes else {
            return .failure(Unreadable(diagnostic: .fileTooLarge(at: SourceLocation(file: displayPath))))
        }
        return .success(data)
    }

    /// The text of a file's bytes, unless they are not UTF-8.
    private static func decode(_ data: Data, displayPath: String) -> Result<SourceText, Unreadable> {
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
        let root = folder.path.hasSuffix("/") ? folder.path : folder.path + "/"
        while let relative = pending.popLast() {
            let path = relative.isEmpty ? folder.path : root + relative
            let names: [String]
            do {
                names = try manager.contentsOfDirectory(atPath: path)
            } catch {
                throw Failure(description: "could not list \(path): \(error.localizedDescription)")
            }
            for name in names where !name.hasPrefix(".") {
                let child = relative.isEmpty ? name : relative + "/" + name
                // lstat rather than Foundation's attribute dictionary: cheaper, and a symbolic
                // link is neither a file nor a folder, so it is never followed.
                var status = stat()
                guard lstat(root + child, &status) == 0 else {
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
