import Foundation

/// Why a file's bytes are not UTF-8 text, in terms a clinical lead can act on.
enum TextEncoding {
    /// The encoding `bytes` are recognisably in, when it is not UTF-8: a byte order mark, or the
    /// NUL byte beside each character that UTF-16 gives plain English text. (NUL bytes are
    /// valid UTF-8, so without this a UTF-16 file would be read as text full of NULs.)
    static func otherEncoding(of bytes: Data) -> String? {
        let head = Array(bytes.prefix(4))
        if head.starts(with: [0x00, 0x00, 0xFE, 0xFF]) { return "UTF-32 (big-endian)" }
        if head.starts(with: [0xFF, 0xFE, 0x00, 0x00]) { return "UTF-32 (little-endian)" }
        if head.starts(with: [0xFE, 0xFF]) { return "UTF-16 (big-endian)" }
        if head.starts(with: [0xFF, 0xFE]) { return "UTF-16 (little-endian)" }
        if head.count >= 2, head[0] == 0, head[1] != 0 { return "UTF-16 (big-endian)" }
        if head.count >= 2, head[0] != 0, head[1] == 0 { return "UTF-16 (little-endian)" }
        return nil
    }

    /// The first byte of `bytes` that is not UTF-8, with its line and column as an editor counts
    /// them (CRLF and lone CR are one line break, a leading byte order mark takes no column);
    /// `nil` when every byte is UTF-8.
    static func firstInvalidByte(in bytes: Data) -> (byte: UInt8, position: SourcePosition)? {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        var line = 1
        var column = 1
        var afterReturn = false
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .emptyInput: return nil
            case .error: return (bytes[bytes.startIndex + offset], SourcePosition(line: line, column: column))
            case .valid(let encoded):
                offset += encoded.count
                let byte = encoded.first
                if byte == UInt8(ascii: "\n") {
                    if !afterReturn { line += 1 }
                    column = 1
                } else if byte == UInt8(ascii: "\r") {
                    line += 1
                    column = 1
                } else if !(offset == 3 && encoded.elementsEqual([0xEF, 0xBB, 0xBF])) {
                    column += 1
                }
                afterReturn = byte == UInt8(ascii: "\r")
            }
        }
    }
}

extension String {
    /// Whether any of the text's UTF-8 bytes is `byte`: `memchr` over the bytes of a native
    /// string, which the generic `contains` scans one element at a time.
    func containsByte(_ byte: UInt8) -> Bool {
        let found = utf8.withContiguousStorageIfAvailable { buffer -> Bool in
            guard let base = buffer.baseAddress else { return false }
            return memchr(base, Int32(byte), buffer.count) != nil
        }
        return found ?? utf8.contains(byte)
    }
}
