/// The content layout of `CONTENT-FORMAT.md`: which relative path is which kind of file.
///
/// Classification is a pure function of the list of paths, so the rules can be tested without a
/// file system. A name that breaks the identifier rule is a diagnostic and never becomes an id.
struct ContentLayout: Sendable {
    /// A content file and what it is.
    struct Entry: Sendable, Hashable {
        /// The path relative to the content folder, with `/`.
        var relativePath: String
        /// What the file is.
        var kind: SourceDocument.Kind
    }

    /// The files to load, sorted by path.
    var entries: [Entry]
    /// The JSON Schema files under `schema/`, relative to the content folder, sorted.
    var schemaFiles: [String]
    /// Problems with the layout itself.
    var diagnostics: [Diagnostic]

    /// Classifies `relativePaths` (the files, relative to the content folder) and `folders` (every
    /// folder, empty ones too); `displayPath` turns a relative path into the path diagnostics print.
    /// Every file and folder is either part of the layout or reported.
    init(
        relativePaths: [String], folders: [String] = [], displayPath: @escaping @Sendable (String) -> String
    ) {
        var entries: [Entry] = []
        var schemaFiles: [String] = []
        var diagnostics: [Diagnostic] = []
        var classifier = Classifier(displayPath: displayPath)
        var holding = Set<Substring>()
        for path in relativePaths { Self.addEnclosingFolders(of: path, to: &holding) }
        for folder in folders.sorted() {
            if let problem = classifier.classifyFolder(folder, isEmpty: !holding.contains(Substring(folder))) {
                diagnostics.append(problem)
            }
        }
        for path in relativePaths.sorted() {
            switch classifier.classify(path) {
            case .file(let kind): entries.append(Entry(relativePath: path, kind: kind))
            case .schema: schemaFiles.append(path)
            case .ignored: break
            case .problem(let diagnostic): diagnostics.append(diagnostic)
            }
        }
        diagnostics += classifier.missingFiles(among: entries)
        diagnostics += Self.duplicatePlaces(in: entries, displayPath: displayPath)
        self.entries = entries
        self.schemaFiles = schemaFiles
        self.diagnostics = diagnostics
    }

    /// Adds `a` and `a/b` for `a/b/c.md`.
    private static func addEnclosingFolders(of path: String, to folders: inout Set<Substring>) {
        var index = path.utf8.startIndex
        while let slash = path.utf8[index...].firstIndex(of: UInt8(ascii: "/")) {
            folders.insert(path[..<slash])
            index = path.utf8.index(after: slash)
        }
    }

    /// The parts of a relative path between its slashes, leaving out empty ones.
    fileprivate static func parts(of path: String) -> [String] {
        path.utf8.split(separator: UInt8(ascii: "/")).map { String(Substring($0)) }
    }

    /// Place ids are unique across systems: the second (in path order) is an error.
    private static func duplicatePlaces(in entries: [Entry], displayPath: (String) -> String) -> [Diagnostic] {
        var firstPath: [String: String] = [:]
        var diagnostics: [Diagnostic] = []
        for entry in entries {
            guard case .place(_, let id) = entry.kind else { continue }
            if let first = firstPath[id] {
                diagnostics.append(
                    .duplicateIdentifier(
                        id, kind: "place", first: SourceLocation(file: displayPath(first)),
                        at: SourceLocation(file: displayPath(entry.relativePath))))
            } else {
                firstPath[id] = entry.relativePath
            }
        }
        return diagnostics
    }
}

/// The rules themselves, one folder at a time.
private struct Classifier {
    enum Outcome {
        case file(SourceDocument.Kind)
        case schema
        case ignored
        case problem(Diagnostic)
    }

    let displayPath: @Sendable (String) -> String
    /// Folders seen under `systems/`, to check each has its `system.md` or `place.md`.
    var systemFolders: Set<String> = []
    var placeFolders: Set<[String]> = []
    /// Folders named like a file, already reported, so that the file is not also called missing.
    var foldersNamedLikeFiles: Set<String> = []

    init(displayPath: @escaping @Sendable (String) -> String) {
        self.displayPath = displayPath
    }

    /// A folder: one named like a content file is an error; an empty one is a warning, unless it is
    /// a system or place folder, which is reported as missing its `system.md` or `place.md`.
    mutating func classifyFolder(_ path: String, isEmpty: Bool) -> Diagnostic? {
        let parts = ContentLayout.parts(of: path)
        guard let name = parts.last else { return nil }
        let location = SourceLocation(file: displayPath(path))
        if [".md", ".yaml", ".json"].contains(where: name.hasSuffix) {
            foldersNamedLikeFiles.insert(path)
            return .folderNotFile(name, at: location)
        }
        if parts.first == "systems", parts.count == 2 || parts.count == 3 {
            // A bad name is reported by the files inside; an empty folder has none to do it.
            guard Identifier.isValid(parts[1]) else {
                return isEmpty && parts.count == 2 ? .badIdentifier(name, role: "system", at: location) : nil
            }
            systemFolders.insert(parts[1])
            guard parts.count == 3 else { return nil }
            guard Identifier.isValid(name) else {
                return isEmpty ? .badIdentifier(name, role: "place", at: location) : nil
            }
            placeFolders.insert([parts[1], name])
            return nil
        }
        return isEmpty ? .emptyFolder(at: location) : nil
    }

    mutating func classify(_ path: String) -> Outcome {
        let parts = ContentLayout.parts(of: path)
        guard let name = parts.last, !parts.contains(where: { $0.hasPrefix(".") }) else { return .ignored }
        // Made only for a problem: most files have none.
        let displayPath = self.displayPath
        func location() -> SourceLocation { SourceLocation(file: displayPath(path)) }
        switch parts.first {
        case "site.yaml" where parts.count == 1: return .file(.site)
        case "README.md" where parts.count == 1: return .ignored
        case "schema":
            return name.hasSuffix(".json")
                ? .schema : unexpected(location(), "schema/ holds JSON Schema files (`*.schema.json`)")
        case "vocabulary" where parts.count == 2:
            return identified(name, extension: ".yaml", role: "vocabulary", location()) { .vocabulary(name: $0) }
        case "calendars" where parts == ["calendars", "bank-holidays.yaml"]: return .file(.bankHolidays)
        case "pathways" where parts.count == 2:
            return identified(name, extension: ".md", role: "pathway type", location()) { .pathwayType(id: $0) }
        case "trusts" where parts.count == 2:
            return identified(name, extension: ".md", role: "trust", location()) { .trust(id: $0) }
        case "governance" where parts.count == 2:
            return identified(name, extension: ".md", role: "governance body", location()) { .governanceBody(id: $0) }
        case "systems" where parts.count >= 3: return classifySystemFile(parts, location())
        default:
            return unexpected(
                location(),
                "see the layout of Content/ in the README: files belong in pathways/, trusts/, systems/, governance/, vocabulary/, calendars/ or schema/"
            )
        }
    }

    private mutating func classifySystemFile(_ parts: [String], _ location: @autoclosure () -> SourceLocation)
        -> Outcome
    {
        let system = parts[1]
        guard Identifier.isValid(system) else {
            return .problem(.badIdentifier(system, role: "system", at: location()))
        }
        systemFolders.insert(system)
        if parts.count == 3 {
            return parts[2] == "system.md"
                ? .file(.system(id: system))
                : unexpected(location(), "a system folder holds `system.md` and one folder per place")
        }
        let place = parts[2]
        guard Identifier.isValid(place) else {
            return .problem(.badIdentifier(place, role: "place", at: location()))
        }
        placeFolders.insert([system, place])
        guard parts.count == 4 else {
            return unexpected(
                location(), "a place folder holds `place.md` and one `<type>.md` file per pathway, with no sub-folders")
        }
        let name = parts[3]
        if name == "place.md" { return .file(.place(system: system, id: place)) }
        guard name.hasSuffix(".md") else {
            return unexpected(location(), "pathway files end in `.md`, such as `falls.md`")
        }
        let stem = String(name.dropLast(3))
        let pieces = Self.pieces(of: stem)
        guard pieces.count <= 2, Identifier.isValid(pieces[0]), pieces.count == 1 || Identifier.isValid(pieces[1])
        else {
            let suggestion = pieces.prefix(2).compactMap { Identifier.suggestion(for: $0) }.joined(separator: "--")
            return .problem(
                .badPathwayFileName(name, suggestion: suggestion.isEmpty ? nil : suggestion + ".md", at: location()))
        }
        return .file(.pathway(system: system, place: place, type: pieces[0], name: pieces.count == 2 ? pieces[1] : nil))
    }

    /// `falls--night` split at its `--`: `falls`, `night`.
    private static func pieces(of stem: String) -> [String] {
        var pieces: [String] = []
        var start = stem.utf8.startIndex
        var index = start
        let bytes = stem.utf8
        while index != bytes.endIndex {
            let next = bytes.index(after: index)
            if bytes[index] == UInt8(ascii: "-"), next != bytes.endIndex, bytes[next] == UInt8(ascii: "-") {
                pieces.append(String(stem[start..<index]))
                start = bytes.index(after: next)
                index = start
            } else {
                index = next
            }
        }
        pieces.append(String(stem[start...]))
        return pieces
    }

    private func identified(
        _ name: String, extension fileExtension: String, role: String, _ location: @autoclosure () -> SourceLocation,
        kind: (String) -> SourceDocument.Kind
    ) -> Outcome {
        guard name.hasSuffix(fileExtension) else {
            return unexpected(location(), "\(role) files end in `\(fileExtension)`")
        }
        let id = String(name.dropLast(fileExtension.count))
        guard Identifier.isValid(id) else { return .problem(.badIdentifier(id, role: role, at: location())) }
        return .file(kind(id))
    }

    private func unexpected(_ location: SourceLocation, _ expected: String) -> Outcome {
        .problem(.unexpectedFile(expected: expected, at: location))
    }

    /// Every system folder needs `system.md`, every place folder `place.md`, and the content
    /// folder `site.yaml`.
    func missingFiles(among entries: [ContentLayout.Entry]) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let kinds = Set(entries.map(\.kind))
        if !kinds.contains(.site), !foldersNamedLikeFiles.contains("site.yaml") {
            diagnostics.append(
                .missingFile(
                    "site.yaml", purpose: "every catalogue needs its site settings",
                    at: SourceLocation(file: displayPath("site.yaml"))))
        }
        for system in systemFolders.sorted() where !kinds.contains(.system(id: system)) {
            let path = "systems/\(system)/system.md"
            if foldersNamedLikeFiles.contains(path) { continue }
            diagnostics.append(
                .missingFile(
                    path, purpose: "every system folder describes its system",
                    at: SourceLocation(file: displayPath(path))))
        }
        for folder in placeFolders.sorted(by: { $0.lexicographicallyPrecedes($1) })
        where !kinds.contains(.place(system: folder[0], id: folder[1])) {
            let path = "systems/\(folder[0])/\(folder[1])/place.md"
            if foldersNamedLikeFiles.contains(path) { continue }
            diagnostics.append(
                .missingFile(
                    path, purpose: "every place folder describes its place", at: SourceLocation(file: displayPath(path))
                ))
        }
        return diagnostics
    }
}
