import Foundation

/// The text of one content file, normalised for parsing: a leading byte order mark removed and
/// CRLF line endings turned into LF, so that lines and columns are the ones an editor shows.
public struct SourceText: Sendable, Hashable {
    /// The file's path as diagnostics print it.
    public let path: String
    /// The normalised text.
    public let text: String
    /// The lines of the text, without their line breaks; found once, by scanning the bytes.
    let lines: Lines

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
        if text.containsByte(UInt8(ascii: "\r")) { text = Self.unixLineEndings(text) }
        self.text = text
        self.lines = Self.lines(of: text)
    }

    /// CRLF and lone CR turned into LF, byte by byte. (Foundation's string replacement compares
    /// characters, and leaves a CR that a combining mark follows, which YAML still counts as a
    /// line break: lines would no longer agree.)
    private static func unixLineEndings(_ text: String) -> String {
        let bytes = Array(text.utf8)
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "\r") {
                result.append(UInt8(ascii: "\n"))
                if index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "\n") { index += 1 }
            } else {
                result.append(bytes[index])
            }
            index += 1
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// Splits at every LF. Working on the UTF-8 bytes avoids grapheme breaking, which made
    /// splitting the largest cost of loading.
    private static func lines(of text: String) -> Lines {
        var starts: [UInt32] = [0]
        var offset: UInt32 = 0
        for byte in text.utf8 {
            offset += 1
            if byte == UInt8(ascii: "\n") { starts.append(offset) }
        }
        return Lines(text: text, starts: starts)
    }

    /// The lines of a text, each without its line break, found by where each starts: four bytes
    /// a line rather than a substring's thirty-two, for the tens of thousands of files of a
    /// large catalogue.
    struct Lines: RandomAccessCollection, Sendable {
        let text: String
        /// The UTF-8 offset at which each line starts (a file is never over 1 MiB).
        let starts: [UInt32]

        var startIndex: Int { 0 }
        var endIndex: Int { starts.count }

        subscript(position: Int) -> Substring {
            let utf8 = text.utf8
            let start = utf8.index(utf8.startIndex, offsetBy: Int(starts[position]))
            let end =
                position + 1 < starts.count
                ? utf8.index(utf8.startIndex, offsetBy: Int(starts[position + 1]) - 1) : utf8.endIndex
            return text[start..<end]
        }
    }

    /// Two texts are the same when their path and text are.
    public static func == (lhs: SourceText, rhs: SourceText) -> Bool { lhs.path == rhs.path && lhs.text == rhs.text }

    /// Hashes the path and the text, consistently with `==`.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(path)
        hasher.combine(text)
    }

    /// The location of `position` in this file.
    func location(_ position: SourcePosition) -> SourceLocation {
        SourceLocation(file: path, line: position.line, column: position.column)
    }

    /// The location of the file as a whole.
    var fileLocation: SourceLocation { SourceLocation(file: path) }
}
