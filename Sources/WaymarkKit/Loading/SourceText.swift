import Foundation

/// The text of one content file, normalised for parsing: a leading byte order mark removed and
/// CRLF line endings turned into LF, so that lines and columns are the ones an editor shows.
public struct SourceText: Sendable, Hashable {
    /// The file's path as diagnostics print it.
    public let path: String
    /// The normalised text.
    public let text: String
    /// The lines of the text, without their line breaks; found once, by scanning the bytes.
    let lines: [Substring]

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
        if text.utf8.contains(UInt8(ascii: "\r")) { text = Self.unixLineEndings(text) }
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
    private static func lines(of text: String) -> [Substring] {
        var lines: [Substring] = []
        let bytes = text.utf8
        var start = bytes.startIndex
        var index = start
        while index != bytes.endIndex {
            if bytes[index] == UInt8(ascii: "\n") {
                lines.append(text[start..<index])
                start = bytes.index(after: index)
            }
            index = bytes.index(after: index)
        }
        lines.append(text[start..<bytes.endIndex])
        return lines
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
