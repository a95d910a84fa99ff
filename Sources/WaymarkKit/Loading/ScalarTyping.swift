/// Types plain YAML scalars by the YAML 1.2 core schema, the way JSON would read them.
///
/// `20:00`, `no`, `on`, `yes` and `2026-03-01` stay strings (YAML 1.1 would have made them a
/// sexagesimal number, booleans and a timestamp). One deliberate narrowing: an integer written with
/// a leading zero, such as `08`, stays a string "as written", because in this content it is always a
/// code or a clock time, never a number.
enum ScalarTyping {
    /// The typed value of a plain (unquoted) scalar.
    static func value(ofPlain text: String) -> YAMLNode.Value {
        // Most plain scalars are words: only these first characters can start anything else.
        guard let first = text.utf8.first else { return .null }
        switch first {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "."),
            UInt8(ascii: "~"), UInt8(ascii: "n"), UInt8(ascii: "N"), UInt8(ascii: "t"), UInt8(ascii: "T"),
            UInt8(ascii: "f"), UInt8(ascii: "F"):
            break
        default: return .string(text)
        }
        switch text {
        case "", "~", "null", "Null", "NULL": return .null
        case "true", "True", "TRUE": return .bool(true)
        case "false", "False", "FALSE": return .bool(false)
        case ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF": return .number(.infinity)
        case "-.inf", "-.Inf", "-.INF": return .number(-.infinity)
        case ".nan", ".NaN", ".NAN": return .number(.nan)
        default: break
        }
        guard
            first == UInt8(ascii: "-") || first == UInt8(ascii: "+")
                || first == UInt8(ascii: ".") || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first)
        else { return .string(text) }
        if let integer = integer(text) { return .integer(integer) }
        if isDecimal(text), let number = Double(text) { return .number(number) }
        return .string(text)
    }

    /// Whether a plain scalar typed as `value` is a number too large to hold: a whole number past
    /// 64 bits (which would otherwise be rounded to a decimal such as 1e+20) or a decimal past the
    /// largest double (which would otherwise become infinity). `.inf` written as such is not.
    static func isTooLarge(_ text: String, typed value: YAMLNode.Value) -> Bool {
        guard case .number(let number) = value else { return false }
        if number.isInfinite { return !text.lowercased().hasSuffix(".inf") }
        let digits = text.first == "-" || text.first == "+" ? text.dropFirst() : Substring(text)
        return !digits.isEmpty && digits.allSatisfy(\.isASCIIDigit)
    }

    /// `[-+]?[0-9]+` without a superfluous leading zero, `0o` octal or `0x` hexadecimal.
    private static func integer(_ text: String) -> Int? {
        if text.hasPrefix("0x"), text.count > 2 { return Int(text.dropFirst(2), radix: 16) }
        if text.hasPrefix("0o"), text.count > 2 { return Int(text.dropFirst(2), radix: 8) }
        let digits = text.first == "-" || text.first == "+" ? text.dropFirst() : Substring(text)
        guard !digits.isEmpty, digits.allSatisfy(\.isASCIIDigit) else { return nil }
        if digits.count > 1, digits.first == "0" { return nil }
        return Int(text)
    }

    /// `[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?`, again without a leading zero before
    /// further digits.
    private static func isDecimal(_ text: String) -> Bool {
        var scalars = Substring(text).unicodeScalars[...]
        if let sign = scalars.first, sign == "-" || sign == "+" { scalars = scalars.dropFirst() }
        let integerDigits = scalars.prefix { ("0"..."9").contains($0) }
        scalars = scalars.dropFirst(integerDigits.count)
        if integerDigits.count > 1, integerDigits.first == "0" { return false }
        var fractionDigits = 0
        if scalars.first == "." {
            scalars = scalars.dropFirst()
            fractionDigits = scalars.prefix { ("0"..."9").contains($0) }.count
            scalars = scalars.dropFirst(fractionDigits)
        }
        guard integerDigits.count + fractionDigits > 0 else { return false }
        if let marker = scalars.first, marker == "e" || marker == "E" {
            scalars = scalars.dropFirst()
            if let sign = scalars.first, sign == "-" || sign == "+" { scalars = scalars.dropFirst() }
            let exponent = scalars.prefix { ("0"..."9").contains($0) }.count
            guard exponent > 0 else { return false }
            scalars = scalars.dropFirst(exponent)
        }
        return scalars.isEmpty
    }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}
