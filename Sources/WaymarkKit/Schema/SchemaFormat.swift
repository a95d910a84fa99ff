/// The `format` values checked when formats are asserted (as Waymark does for content):
/// `date`, `time`, `date-time` (RFC 3339), `email` (RFC 5321 addresses), `uri` (RFC 3986),
/// `ipv4` and `uuid`. Unknown formats pass, as the standard asks; values that are not text pass.
enum SchemaFormat {
    static func isValid(_ text: String, as format: String) -> Bool {
        switch format {
        case "date": isDate(Array(text.utf8))
        case "time": isTime(Array(text.utf8))
        case "date-time": isDateTime(text)
        case "email": isEmail(text)
        case "uri": isURI(text)
        case "ipv4": isIPv4(text)
        case "uuid": isUUID(text)
        default: true
        }
    }

    /// The ASCII digits at `range` as a number, or `nil` if any is not a digit.
    private static func digits(_ bytes: [UInt8], _ range: Range<Int>) -> Int? {
        guard range.upperBound <= bytes.count else { return nil }
        var value = 0
        for index in range {
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) else { return nil }
            value = value * 10 + Int(bytes[index] - UInt8(ascii: "0"))
        }
        return value
    }

    /// `YYYY-MM-DD` naming a day that exists.
    static func isDate(_ bytes: [UInt8]) -> Bool {
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
            let year = digits(bytes, 0..<4), let month = digits(bytes, 5..<7), let day = digits(bytes, 8..<10),
            (1...12).contains(month)
        else { return false }
        return day >= 1 && day <= CalendarDate.daysIn(month: month, year: year)
    }

    /// `HH:MM:SS[.frac](Z|±HH:MM)`, with a leap second only at 23:59:60 UTC.
    static func isTime(_ bytes: [UInt8]) -> Bool {
        guard bytes.count >= 9, bytes[2] == UInt8(ascii: ":"), bytes[5] == UInt8(ascii: ":"),
            let hour = digits(bytes, 0..<2), let minute = digits(bytes, 3..<5), let second = digits(bytes, 6..<8),
            hour < 24, minute < 60, second <= 60
        else { return false }
        var index = 8
        if bytes[index] == UInt8(ascii: ".") {
            index += 1
            let start = index
            while index < bytes.count, digits(bytes, index..<(index + 1)) != nil { index += 1 }
            guard index > start else { return false }
        }
        guard index < bytes.count else { return false }
        var offset = 0
        switch bytes[index] {
        case UInt8(ascii: "Z"), UInt8(ascii: "z"):
            guard index + 1 == bytes.count else { return false }
        case UInt8(ascii: "+"), UInt8(ascii: "-"):
            guard bytes.count == index + 6, bytes[index + 3] == UInt8(ascii: ":"),
                let hours = digits(bytes, (index + 1)..<(index + 3)),
                let minutes = digits(bytes, (index + 4)..<(index + 6)), hours < 24, minutes < 60
            else { return false }
            offset = (hours * 60 + minutes) * (bytes[index] == UInt8(ascii: "+") ? 1 : -1)
        default: return false
        }
        guard second == 60 else { return true }
        let utc = ((hour * 60 + minute - offset) % 1440 + 1440) % 1440
        return utc == 23 * 60 + 59
    }

    static func isDateTime(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count > 11, bytes[10] == UInt8(ascii: "T") || bytes[10] == UInt8(ascii: "t") else { return false }
        return isDate(Array(bytes[0..<10])) && isTime(Array(bytes[11...]))
    }

    /// `local@domain`: a dot-atom or quoted local part, and a host name or an address literal.
    static func isEmail(_ text: String) -> Bool {
        guard let at = text.lastIndex(of: "@") else { return false }
        let local = text[..<at]
        let domain = text[text.index(after: at)...]
        guard !local.isEmpty, !domain.isEmpty else { return false }
        if local.hasPrefix("\""), local.hasSuffix("\""), local.count >= 2 {
            guard
                local.dropFirst().dropLast().unicodeScalars.allSatisfy({ $0.value >= 0x20 && $0 != "\\" && $0 != "\"" })
            else { return false }
        } else {
            let atext = Set("!#$%&'*+-/=?^_`{|}~".unicodeScalars)
            let parts = local.split(separator: ".", omittingEmptySubsequences: false)
            guard
                parts.allSatisfy({ part in
                    !part.isEmpty && part.unicodeScalars.allSatisfy { $0.isASCIIAlphanumeric || atext.contains($0) }
                })
            else { return false }
        }
        if domain.hasPrefix("["), domain.hasSuffix("]") {
            let literal = domain.dropFirst().dropLast()
            if literal.hasPrefix("IPv6:") { return isIPv6(String(literal.dropFirst(5))) }
            return isIPv4(String(literal))
        }
        return isHostname(String(domain))
    }

    static func isHostname(_ text: String) -> Bool {
        guard !text.isEmpty, text.utf8.count <= 253 else { return false }
        return text.split(separator: ".", omittingEmptySubsequences: false).allSatisfy { label in
            !label.isEmpty && label.utf8.count <= 63 && !label.hasPrefix("-") && !label.hasSuffix("-")
                && label.unicodeScalars.allSatisfy { $0.isASCIIAlphanumeric || $0 == "-" }
        }
    }

    static func isIPv4(_ text: String) -> Bool {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count == 4
            && parts.allSatisfy { part in
                guard (1...3).contains(part.count), part.unicodeScalars.allSatisfy({ $0.isASCIIDigit }),
                    let value = Int(part), value <= 255
                else { return false }
                return part == "0" || !part.hasPrefix("0")
            }
    }

    static func isIPv6(_ text: String) -> Bool {
        var text = Substring(text)
        var groupsAvailable = 8
        if let last = text.lastIndex(of: ":"), text[text.index(after: last)...].contains(".") {
            guard isIPv4(String(text[text.index(after: last)...])) else { return false }
            text = text[...last]
            if text.hasSuffix(":"), !text.hasSuffix("::") { text = text.dropLast() }
            groupsAvailable = 6
        }
        let halves = text.components(separatedBy: "::")
        guard halves.count <= 2 else { return false }
        func groups(_ part: String) -> [Substring]? {
            if part.isEmpty { return [] }
            let groups = part.split(separator: ":", omittingEmptySubsequences: false)
            let valid = groups.allSatisfy {
                (1...4).contains($0.count) && $0.unicodeScalars.allSatisfy(\.isASCIIHexDigit)
            }
            return valid ? groups : nil
        }
        guard let first = groups(halves[0]) else { return false }
        if halves.count == 1 { return first.count == groupsAvailable }
        guard let second = groups(halves[1]) else { return false }
        return first.count + second.count < groupsAvailable
    }

    static func isUUID(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        return parts.map(\.count) == [8, 4, 4, 4, 12]
            && parts.allSatisfy { $0.unicodeScalars.allSatisfy(\.isASCIIHexDigit) }
    }

    /// An absolute URI by RFC 3986: a scheme, then only characters a URI may hold, with
    /// well-formed percent escapes, port and bracketed IPv6 host.
    static func isURI(_ text: String) -> Bool {
        guard let colon = text.firstIndex(of: ":") else { return false }
        let scheme = text[..<colon]
        guard let first = scheme.unicodeScalars.first, first.isASCIILetter,
            scheme.unicodeScalars.allSatisfy({ $0.isASCIIAlphanumeric || $0 == "+" || $0 == "-" || $0 == "." })
        else { return false }
        let allowed = Set("-._~:/?#[]@!$&'()*+,;=%".unicodeScalars)
        let scalars = Array(text.unicodeScalars)
        for (offset, scalar) in scalars.enumerated() {
            guard scalar.isASCIIAlphanumeric || allowed.contains(scalar) else { return false }
            if scalar == "%" {
                guard offset + 2 < scalars.count, scalars[offset + 1].isASCIIHexDigit,
                    scalars[offset + 2].isASCIIHexDigit
                else { return false }
            }
        }
        var rest = text[text.index(after: colon)...]
        if let end = rest.firstIndex(where: { $0 == "?" || $0 == "#" }) { rest = rest[..<end] }
        guard rest.hasPrefix("//") else { return !rest.contains("[") && !rest.contains("]") }
        var authority = rest.dropFirst(2)
        if let slash = authority.firstIndex(of: "/") { authority = authority[..<slash] }
        if let at = authority.lastIndex(of: "@") {
            guard !authority[..<at].contains("[") else { return false }
            authority = authority[authority.index(after: at)...]
        }
        if authority.hasPrefix("[") {
            guard let close = authority.firstIndex(of: "]") else { return false }
            let host = authority[authority.index(after: authority.startIndex)..<close]
            guard host.hasPrefix("v") || isIPv6(String(host)) else { return false }
            let port = authority[authority.index(after: close)...]
            return port.isEmpty || (port.hasPrefix(":") && port.dropFirst().allSatisfy(\.isASCIIDigitCharacter))
        }
        guard !authority.contains("["), !authority.contains("]") else { return false }
        if let portColon = authority.lastIndex(of: ":") {
            return authority[authority.index(after: portColon)...].allSatisfy(\.isASCIIDigitCharacter)
        }
        return true
    }
}

extension Unicode.Scalar {
    fileprivate var isASCIIDigit: Bool { ("0"..."9").contains(self) }
    fileprivate var isASCIILetter: Bool { ("a"..."z").contains(self) || ("A"..."Z").contains(self) }
    fileprivate var isASCIIAlphanumeric: Bool { isASCIIDigit || isASCIILetter }
    fileprivate var isASCIIHexDigit: Bool { isASCIIDigit || ("a"..."f").contains(self) || ("A"..."F").contains(self) }
}

extension Character {
    fileprivate var isASCIIDigitCharacter: Bool { isASCII && isNumber }
}
