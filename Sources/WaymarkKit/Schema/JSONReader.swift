/// Reads JSON text (a schema file, a test suite file) into the same position-carrying tree that
/// front matter is read into, so schemas and content share one data model.
///
/// Strict RFC 8259: no comments, no trailing commas; a repeated key is an error too, because in
/// a schema the second silently replacing the first is always a mistake.
struct JSONReader {
    /// Why the text is not JSON, and where.
    struct Failure: Error, Sendable, Equatable {
        /// What was wrong, in plain words.
        var message: String
        /// Where reading stopped.
        var position: SourcePosition
    }

    private let bytes: [UInt8]
    private var index = 0
    private var line = 1
    private var column = 1

    private init(_ text: String) { bytes = Array(text.utf8) }

    /// Parses `text` as one JSON value.
    static func parse(_ text: String) throws(Failure) -> YAMLNode {
        var reader = JSONReader(text)
        reader.skipWhitespace()
        let value = try reader.value(depth: 0)
        reader.skipWhitespace()
        guard reader.index == reader.bytes.count else { throw reader.failure("unexpected text after the JSON value") }
        return value
    }

    private var position: SourcePosition { SourcePosition(line: line, column: column) }

    private func failure(_ message: String) -> Failure { Failure(message: message, position: position) }

    private var current: UInt8? { index < bytes.count ? bytes[index] : nil }

    private mutating func advance() {
        let byte = bytes[index]
        index += 1
        if byte == UInt8(ascii: "\n") {
            line += 1
            column = 1
        } else if byte & 0xC0 != 0x80 {
            column += 1
        }
    }

    private mutating func skipWhitespace() {
        while let byte = current, byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 { advance() }
    }

    private mutating func expect(_ character: Character) throws(Failure) {
        guard let byte = current, byte == character.asciiValue else { throw failure("expected `\(character)`") }
        advance()
    }

    private mutating func value(depth: Int) throws(Failure) -> YAMLNode {
        guard depth < 512 else { throw failure("the JSON is nested too deeply") }
        let start = position
        guard let byte = current else { throw failure("expected a value, but the text ended") }
        switch byte {
        case UInt8(ascii: "{"): return YAMLNode(.mapping(try object(depth: depth)), at: start)
        case UInt8(ascii: "["): return YAMLNode(.sequence(try array(depth: depth)), at: start)
        case UInt8(ascii: "\""): return YAMLNode(.string(try string()), at: start)
        case UInt8(ascii: "t"):
            try literal("true")
            return YAMLNode(.bool(true), at: start)
        case UInt8(ascii: "f"):
            try literal("false")
            return YAMLNode(.bool(false), at: start)
        case UInt8(ascii: "n"):
            try literal("null")
            return YAMLNode(.null, at: start)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return YAMLNode(try number(), at: start)
        default: throw failure("expected a value (an object, list, text, number, true, false or null)")
        }
    }

    private mutating func literal(_ word: String) throws(Failure) {
        for expected in word.utf8 {
            guard current == expected else { throw failure("expected `\(word)`") }
            advance()
        }
    }

    private mutating func object(depth: Int) throws(Failure) -> [YAMLNode.Entry] {
        advance()
        skipWhitespace()
        var entries: [YAMLNode.Entry] = []
        var seen: Set<String> = []
        if current == UInt8(ascii: "}") {
            advance()
            return entries
        }
        while true {
            skipWhitespace()
            let keyPosition = position
            guard current == UInt8(ascii: "\"") else { throw failure("expected a key in double quotes") }
            let key = try string()
            guard seen.insert(key).inserted else {
                throw Failure(message: "the key \"\(key)\" is given twice in this object", position: keyPosition)
            }
            skipWhitespace()
            try expect(":")
            skipWhitespace()
            entries.append(YAMLNode.Entry(key: key, keyPosition: keyPosition, value: try value(depth: depth + 1)))
            skipWhitespace()
            if current == UInt8(ascii: ",") {
                advance()
                continue
            }
            try expect("}")
            return entries
        }
    }

    private mutating func array(depth: Int) throws(Failure) -> [YAMLNode] {
        advance()
        skipWhitespace()
        var items: [YAMLNode] = []
        if current == UInt8(ascii: "]") {
            advance()
            return items
        }
        while true {
            skipWhitespace()
            items.append(try value(depth: depth + 1))
            skipWhitespace()
            if current == UInt8(ascii: ",") {
                advance()
                continue
            }
            try expect("]")
            return items
        }
    }

    private mutating func string() throws(Failure) -> String {
        advance()
        var scalars = String.UnicodeScalarView()
        var run: [UInt8] = []
        func flush() {
            if !run.isEmpty {
                scalars.append(contentsOf: String(decoding: run, as: UTF8.self).unicodeScalars)
                run.removeAll(keepingCapacity: true)
            }
        }
        while true {
            guard let byte = current else { throw failure("the text in quotes is not closed") }
            switch byte {
            case UInt8(ascii: "\""):
                advance()
                flush()
                return String(scalars)
            case UInt8(ascii: "\\"):
                flush()
                advance()
                scalars.append(try escape())
            case 0..<0x20: throw failure("a control character must be escaped inside quotes")
            default:
                run.append(byte)
                advance()
            }
        }
    }

    private mutating func escape() throws(Failure) -> Unicode.Scalar {
        guard let byte = current else { throw failure("the escape is not finished") }
        advance()
        switch byte {
        case UInt8(ascii: "\""): return "\""
        case UInt8(ascii: "\\"): return "\\"
        case UInt8(ascii: "/"): return "/"
        case UInt8(ascii: "b"): return "\u{8}"
        case UInt8(ascii: "f"): return "\u{C}"
        case UInt8(ascii: "n"): return "\n"
        case UInt8(ascii: "r"): return "\r"
        case UInt8(ascii: "t"): return "\t"
        case UInt8(ascii: "u"):
            let first = try hexQuad()
            if (0xD800..<0xDC00).contains(first), current == UInt8(ascii: "\\") {
                let saved = (index, line, column)
                advance()
                if current == UInt8(ascii: "u") {
                    advance()
                    let second = try hexQuad()
                    if (0xDC00..<0xE000).contains(second) {
                        return Unicode.Scalar(0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00))!
                    }
                }
                (index, line, column) = saved
            }
            return Unicode.Scalar(first) ?? "\u{FFFD}"
        default: throw failure("`\\\(Character(Unicode.Scalar(byte)))` is not a JSON escape")
        }
    }

    private mutating func hexQuad() throws(Failure) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard let byte = current, let digit = Character(Unicode.Scalar(byte)).hexDigitValue else {
                throw failure("`\\u` needs four hexadecimal digits")
            }
            value = value * 16 + UInt32(digit)
            advance()
        }
        return value
    }

    private mutating func number() throws(Failure) -> YAMLNode.Value {
        let start = index
        var isInteger = true
        if current == UInt8(ascii: "-") { advance() }
        guard let first = current, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first) else {
            throw failure("expected a digit")
        }
        if first == UInt8(ascii: "0") { advance() } else { skipDigits() }
        if current == UInt8(ascii: ".") {
            isInteger = false
            advance()
            guard requireDigit() else { throw failure("expected a digit after the decimal point") }
        }
        if current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
            isInteger = false
            advance()
            if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") { advance() }
            guard requireDigit() else { throw failure("expected a digit in the exponent") }
        }
        let text = String(decoding: bytes[start..<index], as: UTF8.self)
        if isInteger, let integer = Int(text) { return .integer(integer) }
        return .number(Double(text) ?? .nan)
    }

    private mutating func requireDigit() -> Bool {
        guard let byte = current, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return false }
        skipDigits()
        return true
    }

    private mutating func skipDigits() {
        while let byte = current, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) { advance() }
    }
}
