import Synchronization

/// Every file of a built site, by path relative to the output folder: what rendering returns and
/// what `SiteWriter` writes.
struct RenderedSite: Sendable {
    /// A file published with the site but made apart from its pages, such as
    /// `reports/findings.json`: made while the pages are rendered, on a core of its own.
    struct Report: Sendable {
        /// The path below the output folder, with `/`.
        var path: String
        /// Makes the file, handing its bytes over piece by piece.
        var write: @Sendable (_ emit: ([UInt8]) -> Void) -> Void

        /// A report whose bytes `write` makes, piece by piece.
        init(path: String, write: @escaping @Sendable (_ emit: ([UInt8]) -> Void) -> Void) {
            self.path = path
            self.write = write
        }

        /// A report already made.
        init(_ file: File) {
            path = file.path
            write = { emit in emit(file.contents) }
        }
    }

    /// One output file.
    struct File: Sendable, Hashable {
        /// The path below the output folder, with `/`; built only from validated ids.
        var path: String
        /// The bytes.
        var contents: [UInt8]

        /// A text file, UTF-8.
        init(path: String, text: String) {
            self.path = path
            self.contents = Array(text.utf8)
        }

        /// A file of raw bytes.
        init(path: String, bytes: [UInt8]) {
            self.path = path
            self.contents = bytes
        }
    }

    /// The files, sorted by path.
    var files: [File]

    /// Creates a site, sorting its files by path.
    init(files: [File]) {
        self.files = files.sorted { $0.path < $1.path }
    }

    /// The file at `path`.
    subscript(path: String) -> File? { files.first { $0.path == path } }
}

extension RenderedSite {
    /// A sink that keeps every file in memory, for a site that is read rather than written.
    final class Collector: SiteSink {
        private let files = Mutex([File]())

        /// An empty collector.
        init() {}

        /// Keeps the file.
        func put(_ path: String, _ bytes: [UInt8]) {
            files.withLock { $0.append(File(path: path, bytes: bytes)) }
        }

        /// Everything put so far, sorted by path.
        var site: RenderedSite { RenderedSite(files: files.withLock { $0 }) }
    }
}
