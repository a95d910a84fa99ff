import Testing

/// Text that is not what it seems: other encodings, bytes that are not UTF-8, characters that
/// reorder or hide text, and numbers too large to hold.
extension HostileCase {
    /// The minimal fixture's trust file, re-encoded.
    private static let trustText = "---\nname: Test Ambulance Service NHS Trust\n---\n"
    private static let trust = "Content/trusts/test-trust.md"

    private static func encoding(_ name: String, _ bytes: [UInt8], _ message: String, at position: String = "1:1")
        -> HostileCase
    {
        writing(name, bytes, in: "trusts/test-trust.md", ["\(trust):\(position): error: \(message) [file.encoding]"])
    }

    private static func utf16(bigEndian: Bool, mark: Bool) -> [UInt8] {
        let units = Array(trustText.utf16)
        let bytes = units.flatMap {
            bigEndian ? [UInt8($0 >> 8), UInt8($0 & 0xFF)] : [UInt8($0 & 0xFF), UInt8($0 >> 8)]
        }
        return (mark ? (bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]) : []) + bytes
    }

    private static func utf32(bigEndian: Bool) -> [UInt8] {
        let scalars = trustText.unicodeScalars.map(\.value)
        let bytes = scalars.flatMap { value in
            let little = [UInt8(value & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value >> 16 & 0xFF), UInt8(value >> 24)]
            return bigEndian ? little.reversed() : little
        }
        return (bigEndian ? [0x00, 0x00, 0xFE, 0xFF] : [0xFF, 0xFE, 0x00, 0x00]) + bytes
    }

    /// The trust file with `bytes` in place of the `A` of `Ambulance` (line 2, column 12).
    private static func trustWith(_ bytes: [UInt8]) -> [UInt8] {
        Array("---\nname: Test ".utf8) + bytes + Array("mbulance Service NHS Trust\n---\n".utf8)
    }

    private static let notUTF8 = "this file is not UTF-8 text: the byte"
    private static let latin = "here is not UTF-8 (it may be saved as Windows-1252 or Latin-1)"

    static let encodings: [HostileCase] = [
        encoding(
            "UTF-16, little-endian with a byte order mark", utf16(bigEndian: false, mark: true),
            "this file is saved as UTF-16 (little-endian), but content files must be UTF-8 text"),
        encoding(
            "UTF-16, big-endian with a byte order mark", utf16(bigEndian: true, mark: true),
            "this file is saved as UTF-16 (big-endian), but content files must be UTF-8 text"),
        encoding(
            "UTF-16 with no byte order mark", utf16(bigEndian: false, mark: false),
            "this file is saved as UTF-16 (little-endian), but content files must be UTF-8 text"),
        encoding(
            "UTF-32, little-endian", utf32(bigEndian: false),
            "this file is saved as UTF-32 (little-endian), but content files must be UTF-8 text"),
        encoding(
            "UTF-32, big-endian", utf32(bigEndian: true),
            "this file is saved as UTF-32 (big-endian), but content files must be UTF-8 text"),
        encoding(
            "Latin-1: é as one byte", trustWith([0xE9]), "\(notUTF8) 0xE9 \(latin)", at: "2:12"),
        encoding(
            "Windows-1252: a curly quote", trustWith([0x93]), "\(notUTF8) 0x93 \(latin)", at: "2:12"),
        encoding(
            "a sequence cut short", trustWith([0xE2, 0x82]), "\(notUTF8) 0xE2 \(latin)", at: "2:12"),
        encoding(
            "an overlong encoding of /", trustWith([0xC0, 0xAF]), "\(notUTF8) 0xC0 \(latin)", at: "2:12"),
        encoding(
            "an encoded surrogate", trustWith([0xED, 0xA0, 0x80]), "\(notUTF8) 0xED \(latin)", at: "2:12"),
        encoding(
            "a bad byte after a line of accented text",
            Array("---\nname: Tést Ambulance\n".utf8) + [0xFF] + Array(": x\n---\n".utf8),
            "\(notUTF8) 0xFF \(latin)", at: "3:1"),
        HostileCase(
            name: "a UTF-8 byte order mark and Windows line endings are fine",
            setUp: { repository in
                let text =
                    "\u{FEFF}---\r\nname: Test Ambulance Service NHS Trust\r\nshort_name: TAS\r\nods_code: RX0\r\n"
                    + "region: North East and Yorkshire\r\nsystems: [north]\r\n---\r\nA test trust.\r\n"
                try repository.write("Content/trusts/test-trust.md", text)
            }, exit: 0, expected: []),
        HostileCase(
            name: "old Mac line endings are fine",
            setUp: { repository in
                let text =
                    "---\rname: Test Ambulance Service NHS Trust\rshort_name: TAS\rods_code: RX0\r"
                    + "region: North East and Yorkshire\rsystems: [north]\r---\rA test trust.\r"
                try repository.write("Content/trusts/test-trust.md", text)
            }, exit: 0, expected: []),
        HostileCase(
            name: "a schema file in UTF-16",
            setUp: { try $0.write("Content/schema/trust.schema.json", [0xFF, 0xFE, 0x7B, 0x00, 0x7D, 0x00]) },
            exit: 1,
            expected: [
                "Content/schema/trust.schema.json:1:1: error: this file is saved as UTF-16 (little-endian), but content files must be UTF-8 text [file.encoding]"
            ]),
    ]

    private static func hidden(_ field: String, _ character: String, _ kind: String) -> String {
        "\(field) contains \(character), \(kind) [text.hidden-character]"
    }

    private static let bidi =
        "a bidirectional control character, which can make text read differently from what was approved"
    private static let invisible = "an invisible character, which no reader can see"
    private static let control = "a control character, which is not text"

    static let hiddenCharacters: [HostileCase] = [
        editing(
            "a right-to-left override in a title", "title: Falls response", "title: Falls \u{202E}response",
            ["\(falls):2:14: error: " + hidden("`title`", "U+202E RIGHT-TO-LEFT OVERRIDE", bidi)]),
        editing(
            "a zero-width space in a summary", "summary: Lift", "summary: Li\u{200B}ft",
            ["\(falls):4:12: error: " + hidden("`summary`", "U+200B ZERO WIDTH SPACE", invisible)]),
        editing(
            "a left-to-right isolate in the body", "Lift safely.", "Lift \u{2066}safely.",
            ["\(falls):37:6: error: " + hidden("the text", "U+2066 LEFT-TO-RIGHT ISOLATE", bidi)]),
        editing(
            "a byte order mark in the middle of a title", "title: Falls", "title: Fa\u{FEFF}lls",
            ["\(falls):2:10: error: " + hidden("`title`", "U+FEFF ZERO WIDTH NO-BREAK SPACE", invisible)]),
        editing(
            "a soft hyphen in the owner", "owner: Clinical lead", "owner: Clin\u{00AD}ical lead",
            ["\(falls):27:14: error: " + hidden("`governance.owner`", "U+00AD SOFT HYPHEN", invisible)]),
        editing(
            "a right-to-left override written as an escape", "phone: \"0113 496 0001\"",
            "phone: \"0113 \\u202E496 0001\"",
            ["\(falls):21:10: error: " + hidden("`referral.phone`", "U+202E RIGHT-TO-LEFT OVERRIDE", bidi)]),
        editing(
            "an Arabic letter mark in a list item", "include: [fall-no-injury]", "include: [fall\u{061C}-no-injury]",
            ["\(falls):16:17: error: " + hidden("`eligibility.include[0]`", "U+061C ARABIC LETTER MARK", bidi)]),
        editing(
            "a word joiner in a field name", "  age_min: 65", "  age\u{2060}_min: 65",
            ["\(falls):15:6: error: " + hidden("`eligibility`", "U+2060 WORD JOINER", invisible)]),
        editing(
            "a right-to-left mark in a vocabulary label", "label: Paramedic", "label: Para\u{200F}medic",
            in: "vocabulary/roles.yaml",
            [
                "Content/vocabulary/roles.yaml:2:14: error: "
                    + hidden("`paramedic.label`", "U+200F RIGHT-TO-LEFT MARK", bidi)
            ]),
        editing(
            "a bell character in the body", "Lift safely.", "Lift \u{07} safely.",
            ["\(falls):37:6: error: " + hidden("the text", "U+0007 BELL", control)]),
        editing(
            "an escape character in front matter", "summary: Lift", "summary: \u{1B}[31mLift",
            ["\(falls):4:10: error: " + hidden("the text", "U+001B ESCAPE", control)]),
        editing(
            "a NUL byte in front matter", "summary: Lift", "summary: Li\u{0}ft",
            ["\(falls):4:12: error: " + hidden("the text", "U+0000 NULL", control)]),
        editing(
            "a line separator in a title", "title: Falls response", "title: Falls\u{2028}response",
            ["\(falls):2:13: error: " + hidden("the text", "U+2028 LINE SEPARATOR", invisible)]),
        editing(
            "a carriage return before a combining mark", "summary: Lift", "summary: Lift\r\u{308}\u{7}",
            ["\(falls):5:2: error: " + hidden("the text", "U+0007 BELL", control)]),
        HostileCase(
            name: "a zero-width joiner inside an emoji is allowed",
            setUp: {
                try $0.replace(
                    "systems/north/alpha/falls.md", "Lift safely.",
                    with: "Lift safely \u{1F469}\u{200D}\u{2695}\u{FE0F}.")
            },
            exit: 0, expected: [],
            verify: { repository in
                let page = try repository.page("pathways/alpha/falls.html")
                #expect(page.contains("\u{1F469}\u{200D}\u{2695}\u{FE0F}"))
            }),
    ]

    static let numbers: [HostileCase] = [
        editing(
            "a number past the largest double", "age_min: 65", "age_min: 1e400",
            [
                "\(falls):15:12: error: `eligibility.age_min` is the number 1e400, which is too large to be held as a number [yaml.number-too-large]"
            ]),
        editing(
            "a whole number past 64 bits", "age_min: 65", "age_min: 99999999999999999999",
            [
                "\(falls):15:12: error: `eligibility.age_min` is the whole number 99999999999999999999, which is too large: whole numbers in content must lie between -9223372036854775808 and 9223372036854775807 [yaml.number-too-large]"
            ]),
        editing(
            "a version past 64 bits", "version: 2", "version: 99999999999999999999",
            [
                "\(falls):29:12: error: `governance.version` is the whole number 99999999999999999999, which is too large: whole numbers in content must lie between -9223372036854775808 and 9223372036854775807 [yaml.number-too-large]"
            ]),
        editing(
            "a negative whole number past 64 bits", "target_minutes: 120", "target_minutes: -99999999999999999999",
            [
                "\(falls):18:28: error: `response.target_minutes` is the whole number -99999999999999999999, which is too large: whole numbers in content must lie between -9223372036854775808 and 9223372036854775807 [yaml.number-too-large]"
            ]),
        editing(
            "infinity written as such", "age_min: 65", "age_min: .inf",
            [
                "\(falls):15:12: error: `eligibility.age_min` should be a whole number of years from 0 to 130, but found the number .inf [schema.type]"
            ]),
        editing(
            "not a number", "age_min: 65", "age_min: .nan",
            [
                "\(falls):15:12: error: `eligibility.age_min` should be a whole number of years from 0 to 130, but found the number .nan [schema.type]"
            ]),
        editing(
            "a large number is quoted as written", "age_min: 65", "age_min: 1e20",
            [
                "\(falls):15:12: error: `eligibility.age_min` should be a whole number of years from 0 to 130, but found the number 1e20 [schema.range]"
            ]),
        editing(
            "a hexadecimal age is quoted as written", "age_min: 65", "age_min: 0x7FFF",
            [
                "\(falls):15:12: error: `eligibility.age_min` should be a whole number of years from 0 to 130, but found the number 0x7FFF [schema.range]"
            ]),
        editing(
            "a leading zero keeps a number as text", "age_min: 65", "age_min: 065",
            [
                "\(falls):15:12: error: `eligibility.age_min` should be a whole number of years from 0 to 130, but found the text \"065\" [schema.type]"
            ]),
        HostileCase(
            name: "a version is published as written",
            setUp: { try $0.replace("systems/north/alpha/falls.md", "version: 2", with: "version: 1.50") },
            exit: 0, expected: [],
            verify: { repository in
                let page = try repository.page("pathways/alpha/falls.html")
                #expect(page.contains("1.50"))
            }),
    ]
}
