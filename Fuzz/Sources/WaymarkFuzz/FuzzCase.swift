import Foundation
import WaymarkKit

/// One fuzz input: a kind of content file and the bytes of the file.
///
/// The kind is the first byte's value modulo the number of kinds, so every byte means something
/// and a one-byte mutation moves an input to a neighbouring kind. The seeds in `Fuzz/corpus/`
/// start with the letter for their kind (`h` is a frailty pathway, `r` is `site.yaml`, ...), so
/// appending a kind keeps the seeds' meaning but reordering the list does not.
struct FuzzCase {
    /// The kinds the first byte chooses between: Markdown with front matter first, then plain YAML.
    static let kinds: [SourceDocument.Kind] = [
        .pathway(system: "fuzz-system", place: "fuzz-place", type: "frailty", name: nil),  // h
        .pathway(system: "fuzz-system", place: "fuzz-place", type: "falls", name: nil),  // i
        .pathway(system: "fuzz-system", place: "fuzz-place", type: "stroke", name: nil),  // j
        .pathway(system: "fuzz-system", place: "fuzz-place", type: "sdec", name: nil),  // k
        .pathway(system: "fuzz-system", place: "fuzz-place", type: "urgent-community-response", name: "fuzz"),  // l
        .pathwayType(id: "frailty"),  // m
        .trust(id: "fuzz-trust"),  // n
        .system(id: "fuzz-system"),  // o
        .place(system: "fuzz-system", id: "fuzz-place"),  // p
        .governanceBody(id: "fuzz-board"),  // q
        .site,  // r
        .vocabulary(name: "roles"),  // s
        .bankHolidays,  // t
    ]

    /// What the file is.
    var kind: SourceDocument.Kind
    /// The file's bytes, after the byte that chose the kind.
    var bytes: Data

    /// Splits `input` into its kind and its file; `nil` for the empty input.
    init?(_ input: UnsafeBufferPointer<UInt8>) {
        guard let first = input.first else { return nil }
        kind = Self.kinds[Int(first) % Self.kinds.count]
        bytes = Data(input.dropFirst())
    }

    /// Runs the file through each stage that reads untrusted text: Markdown rendering of the raw
    /// text, the loader, the schema check and Markdown rendering of the body. Diagnostics are
    /// dropped; only crashes, hangs and memory matter here.
    func run(against schemas: ContentSchemas) {
        _ = Markdown.render(String(decoding: bytes, as: UTF8.self))
        guard let source = SourceText(path: "fuzz/input", data: bytes) else { return }
        guard let document = SourceDocument.parse(source, as: kind).document else { return }
        _ = schemas.check(document)
        _ = Markdown.render(document.body)
    }
}
