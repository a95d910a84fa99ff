import Foundation
import WaymarkKit

/// The JSON Schemas of the sample catalogue, read and compiled once for the whole run.
///
/// The content folder is `$WAYMARK_FUZZ_CONTENT`, or `Content` in the working directory (the
/// repository root, where `.ci/fuzz` runs).
enum SampleSchemas {
    /// The compiled schemas; a global, so built lazily and once, on first use.
    static let shared: ContentSchemas = load()

    private static func load() -> ContentSchemas {
        let content = URL(filePath: ProcessInfo.processInfo.environment["WAYMARK_FUZZ_CONTENT"] ?? "Content")
        let folder = content.appending(path: "schema")
        let files = (try? FileManager.default.subpathsOfDirectory(atPath: folder.path)) ?? []
        var sources: [String: SourceText] = [:]
        for path in files.sorted() where path.hasSuffix(".json") {
            guard let data = try? Data(contentsOf: folder.appending(path: path)),
                let source = SourceText(path: "schema/" + path, data: data)
            else { continue }
            sources[path] = source
        }
        guard !sources.isEmpty else {
            fail("no schema files in \(folder.path); run from the repository root or set WAYMARK_FUZZ_CONTENT")
        }
        let pathways = (try? FileManager.default.contentsOfDirectory(atPath: content.appending(path: "pathways").path))
        let types = Set((pathways ?? []).filter { $0.hasSuffix(".md") }.map { String($0.dropLast(".md".count)) })
        let schemas = ContentSchemas(sources: sources, folder: "schema", pathwayTypes: types)
        // A broken schema would quietly narrow what the fuzzer reaches, so it stops the run.
        guard schemas.diagnostics.isEmpty else {
            fail("the schemas in \(folder.path) have problems: \(schemas.diagnostics.map(\.message))")
        }
        log("\(sources.count) schema files from \(folder.path), \(types.count) pathway types")
        return schemas
    }

    private static func log(_ message: String) {
        FileHandle.standardError.write(Data("WaymarkFuzz: \(message)\n".utf8))
    }

    private static func fail(_ message: String) -> Never {
        log("error: " + message)
        exit(2)
    }
}
