/// The identifier rule for every file and folder name that becomes an id and, later, a path:
/// lower-case letters, digits and single hyphens, such as `north-tyneside`.
enum Identifier {
    /// The longest identifier accepted, so that output paths stay well inside file-system limits.
    static let maximumLength = 80

    /// Whether `text` is a valid identifier.
    static func isValid(_ text: some StringProtocol) -> Bool {
        guard !text.isEmpty, text.utf8.count <= maximumLength else { return false }
        var previousWasHyphen = true  // forbids a leading hyphen
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                previousWasHyphen = false
            case UInt8(ascii: "-"):
                if previousWasHyphen { return false }
                previousWasHyphen = true
            default:
                return false
            }
        }
        return !previousWasHyphen
    }

    /// The identifier a clinical lead most likely meant by `text`: `North Tyneside` → `north-tyneside`.
    static func suggestion(for text: some StringProtocol) -> String? {
        var result = ""
        for character in text.lowercased() {
            if character.isASCII, character.isLetter || character.isNumber {
                result.append(character)
            } else if !result.isEmpty, result.last != "-" {
                result.append("-")
            }
        }
        while result.last == "-" { result.removeLast() }
        return isValid(result) ? result : nil
    }
}
