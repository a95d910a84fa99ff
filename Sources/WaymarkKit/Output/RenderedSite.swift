/// Every file of a built site, by path relative to the output folder: what rendering returns and
/// what `SiteWriter` writes.
public struct RenderedSite: Sendable {
    /// One output file.
    public struct File: Sendable, Hashable {
        /// The path below the output folder, with `/`; built only from validated ids.
        public var path: String
        /// The bytes.
        public var contents: [UInt8]

        /// A text file, UTF-8.
        public init(path: String, text: String) {
            self.path = path
            self.contents = Array(text.utf8)
        }

        /// A file of raw bytes.
        public init(path: String, bytes: [UInt8]) {
            self.path = path
            self.contents = bytes
        }
    }

    /// The files, sorted by path.
    public var files: [File]

    /// Creates a site, sorting its files by path.
    public init(files: [File]) {
        self.files = files.sorted { $0.path < $1.path }
    }

    /// The file at `path`.
    public subscript(path: String) -> File? { files.first { $0.path == path } }
}
