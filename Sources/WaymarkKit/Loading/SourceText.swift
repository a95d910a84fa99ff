import Foundation

/// The text of one content file, normalised for parsing: a leading byte order mark removed and
/// CRLF line endings turned into LF, so that lines and columns are the ones an editor shows.
public struct SourceText: Sendable, Hashable {
    /// The file's path as diagnostics print it.
    public var path: String
    /// The normalised text.
    public var text: String

    /// Decodes `data` as UTF-8, or returns `nil` when it is not UTF-8.
    public init?(path: String, data: Data) {
        var bytes = data[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        guard let decoded = String(validating: bytes, as: UTF8.self) else { return nil }
        self.init(path: path, text: decoded)
    }

    /// Wraps `text`, normalising its line endings.
    public init(path: String, text: String) {
        self.path = path
        var text = text
        if text.unicodeScalars.first == "\u{FEFF}" { text.unicodeScalars.removeFirst() }
        if text.contains("\r") {
            text = text.replacingOccurrences(of: "\r\n", with: "\n")
                .replacingOccurrences(of: "\r", with: "\n")
        }
        self.text = text
    }

    /// The lines of the text, without their line breaks.
    var lines: [Substring] {
        text.split(separator: "\n", omittingEmptySubsequences: false)
    }

    /// The location of `position` in this file.
    func location(_ position: SourcePosition) -> SourceLocation {
        SourceLocation(file: path, line: position.line, column: position.column)
    }

    /// The location of the file as a whole.
    var fileLocation: SourceLocation { SourceLocation(file: path) }
}
