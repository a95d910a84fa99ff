/// The JSON Schemas in `Content/schema/`, read, checked against the 2020-12 metaschema and
/// compiled: the first check every content file meets.
///
/// Each kind of file has its schema (`pathway.schema.json`, ...); a pathway also meets its type's
/// `types/<type>.schema.json` when there is one. A schema file that is not valid JSON Schema is
/// reported in its own right and not used, so the files it governs are still read by the decoder.
public struct ContentSchemas: Sendable {
    /// The base URI schema files are known by, so relative `$ref`s resolve by file location.
    static let base = "waymark://content/schema/"

    /// The schema file for each kind, inside `schema/`.
    static func fileName(for kind: SourceDocument.Kind) -> String {
        switch kind {
        case .site: "site.schema.json"
        case .vocabulary: "vocabulary.schema.json"
        case .bankHolidays: "bank-holidays.schema.json"
        case .pathwayType: "pathway-type.schema.json"
        case .trust: "trust.schema.json"
        case .system: "system.schema.json"
        case .place: "place.schema.json"
        case .pathway: "pathway.schema.json"
        case .governanceBody: "governance.schema.json"
        }
    }

    /// Every schema file the content needs.
    static let requiredFiles = [
        "bank-holidays.schema.json", "governance.schema.json", "pathway-type.schema.json", "pathway.schema.json",
        "place.schema.json", "site.schema.json", "system.schema.json", "trust.schema.json", "vocabulary.schema.json",
    ]

    let validator: SchemaValidator
    /// The compiled root of each usable schema file, by its path inside `schema/`.
    let roots: [String: Int]
    /// Problems with the schema files themselves.
    public let diagnostics: [Diagnostic]
    /// The JSON of every usable schema file (valid and compiled), by its path inside `schema/`:
    /// what the "Writing pathways" reference is generated from, so it says what the build enforces.
    let documents: [String: YAMLNode]

    /// Reads `sources` (path inside `schema/` → text); `folder` is how diagnostics name the
    /// schema folder, and `pathwayTypes` the type ids that `types/` may have schemas for.
    public init(sources: [String: SourceText], folder: String, pathwayTypes: Set<String>) {
        var diagnostics: [Diagnostic] = []
        var parsed: [(path: String, root: YAMLNode)] = []
        for (path, source) in sources.sorted(by: { $0.key < $1.key }) {
            do throws(JSONReader.Failure) {
                parsed.append((path, try JSONReader.parse(source.text)))
            } catch {
                diagnostics.append(.schemaNotJSON(error.message, at: source.location(error.position)))
            }
        }
        var compiler = SchemaCompiler(
            documents: parsed.map { (Self.base + $0.path, $0.root) }, assertFormats: true)
        let messages: SchemaMessages
        var usable: [String] = []
        do {
            let metaschema = try compiler.compile(Metaschema.uri)
            let checker = SchemaValidator(graph: compiler.graph)
            messages = SchemaMessages(graph: compiler.graph)
            for (path, root) in parsed {
                guard let source = sources[path] else { continue }
                if let draft = root["$schema"]?.string, draft != Metaschema.uri {
                    diagnostics.append(.unsupportedDraft(draft, at: source.location(root["$schema"]!.position)))
                    continue
                }
                let violations = checker.violations(of: root, against: metaschema)
                diagnostics += messages.diagnostics(for: violations, in: source, code: "schema.invalid-schema")
                if violations.isEmpty { usable.append(path) }
            }
        } catch {
            preconditionFailure("the bundled metaschema does not compile: \(error.message)")
        }
        var roots: [String: Int] = [:]
        for path in usable {
            do {
                roots[path] = try compiler.compile(Self.base + path)
            } catch {
                diagnostics.append(Self.diagnostic(for: error, sources: sources))
            }
        }
        if sources.isEmpty {
            diagnostics.append(.schemaFolderMissing(at: SourceLocation(file: folder)))
        } else {
            for name in Self.requiredFiles where sources[name] == nil {
                diagnostics.append(.schemaMissing(name, at: SourceLocation(file: folder + "/" + name)))
            }
        }
        for path in sources.keys.sorted() where path.hasPrefix("types/") {
            let type = String(path.dropFirst("types/".count).prefix { $0 != "." })
            if !pathwayTypes.contains(type), let source = sources[path] {
                diagnostics.append(.schemaForUnknownType(type, known: pathwayTypes, at: source.fileLocation))
            }
        }
        self.validator = SchemaValidator(graph: compiler.graph)
        self.roots = roots
        self.documents = Dictionary(
            uniqueKeysWithValues: parsed.filter { roots[$0.path] != nil }.map { ($0.path, $0.root) })
        self.diagnostics = Array(Set(diagnostics)).sorted(by: Diagnostic.reportingOrder)
    }

    private static func diagnostic(for failure: SchemaCompileFailure, sources: [String: SourceText]) -> Diagnostic {
        let path = failure.document.hasPrefix(base) ? String(failure.document.dropFirst(base.count)) : nil
        let message = failure.message.replacingOccurrences(of: base, with: "schema/")
        guard let path, let source = sources[path] else {
            return .schemaBroken(
                message, kind: failure.kind, pointer: failure.pointer, at: SourceLocation(file: failure.document))
        }
        return .schemaBroken(
            message, kind: failure.kind, pointer: failure.pointer, at: source.location(failure.position))
    }

    /// The schema files that apply to files of `kind`, in the order they are checked.
    func schemaFiles(for kind: SourceDocument.Kind) -> [String] {
        var files = [Self.fileName(for: kind)]
        if case .pathway(_, _, let type, _) = kind { files.append("types/\(type).schema.json") }
        return files
    }

    /// Whether a file of `kind` is checked against a schema at all (its schema is present and valid).
    func covers(_ kind: SourceDocument.Kind) -> Bool { roots[Self.fileName(for: kind)] != nil }

    /// The types whose pathways meet a schema of their own in `types/`.
    var typesWithSchemas: Set<String> {
        Set(
            roots.keys.filter { $0.hasPrefix("types/") }.map {
                String($0.dropFirst("types/".count).prefix { $0 != "." })
            })
    }

    /// What checking one file against its schemas found.
    public struct FileCheck: Sendable {
        /// The problems, one per root cause.
        public var diagnostics: [Diagnostic] = []
    }

    /// Every problem `document` has against its schemas.
    public func check(_ document: SourceDocument) -> FileCheck {
        let violations = schemaFiles(for: document.kind).compactMap { roots[$0] }.flatMap {
            validator.violations(of: document.data, against: $0)
        }
        guard !violations.isEmpty else { return FileCheck() }
        let messages = SchemaMessages(graph: validator.graph)
        return FileCheck(
            diagnostics: messages.diagnostics(
                for: violations, in: document.source, root: document.kind.isMarkdown ? "the front matter" : "the file"))
    }
}

extension Diagnostic {
    static func schemaNotJSON(_ problem: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(
            .error, code: "schema.json-syntax", message: "this schema file is not valid JSON: \(problem)", at: location,
            hint: "JSON needs double quotes around keys and text, commas between items, and no trailing comma")
    }

    static func unsupportedDraft(_ draft: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(
            .error, code: "schema.unsupported-draft",
            message: "`$schema` is \"\(draft)\", but Waymark reads JSON Schema draft 2020-12 only", at: location,
            field: "$schema", hint: "set `\"$schema\": \"\(Metaschema.uri)\"`, or leave it out")
    }

    static func schemaBroken(
        _ problem: String, kind: SchemaCompileFailure.Kind, pointer: String, at location: SourceLocation
    ) -> Diagnostic {
        let hint =
            switch kind {
            case .reference:
                "a `$ref` names another schema file by its path relative to this one, then `#/$defs/<name>`"
            case .loop: "a `$ref` back to a schema that contains it must go through `properties` or `items`"
            case .pattern:
                "patterns are ECMAScript regular expressions; check the brackets and escape `\\` as `\\\\` in JSON"
            case .notASchema: "a schema is a JSON object (or true or false)"
            }
        return Diagnostic(
            .error, code: "schema.broken", message: "this schema cannot be used: \(problem)", at: location,
            field: pointer.isEmpty ? nil : pointer, hint: hint)
    }

    static func schemaMissing(_ name: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(
            .error, code: "schema.missing",
            message: "the schema \(name) is missing, so those files are checked only for what Waymark itself needs",
            at: location, hint: "restore it from the sample content's schema/ folder")
    }

    static func schemaFolderMissing(at location: SourceLocation) -> Diagnostic {
        Diagnostic(
            .error, code: "schema.missing",
            message: "there is no schema/ folder, so no file is checked against a JSON Schema", at: location,
            hint: "copy the schema/ folder from the sample content")
    }

    static func schemaForUnknownType(_ type: String, known: Set<String>, at location: SourceLocation) -> Diagnostic {
        let hint =
            Suggestion.closest(to: type, among: known).map { "did you mean types/\($0).schema.json?" }
            ?? "name it after a file in pathways/, such as types/\(known.sorted().first ?? "falls").schema.json"
        return Diagnostic(
            .warning, code: "schema.unknown-type",
            message:
                "this schema is for pathways of type `\(type)`, but there is no pathways/\(type).md, so it applies to nothing",
            at: location, hint: hint)
    }
}
