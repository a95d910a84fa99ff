/// Characters that change how text reads without being seen: bidirectional controls, which can
/// make a crew read a dose or a phone number other than the one approved, and invisible ones,
/// which make two identical-looking values differ. No content field allows them.
///
/// The line and paragraph separators (U+2028, U+2029) and NEXT LINE (U+0085) are among them: no
/// one sees them, and YAML counts them as line breaks where an editor does not.
///
/// The zero-width joiner and non-joiner (U+200D, U+200C) are allowed: they shape letters and emoji
/// within a word and cannot reorder or hide text.
enum HiddenCharacters {
    /// Whether `scalar` is a control, bidirectional or invisible character content may not hold.
    static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: false
        case 0x00...0x1F, 0x7F...0x9F: true
        case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: true
        case 0x00AD, 0x180E, 0x200B, 0x2028, 0x2029, 0x2060...0x2064, 0xFEFF: true
        default: false
        }
    }

    /// The first character of `text` that content may not hold, if any. Text in plain ASCII, most
    /// of any catalogue, is judged byte by byte.
    static func first(in text: String) -> Unicode.Scalar? {
        var text = text
        let onlyPlainASCII = text.withUTF8 { bytes in
            bytes.allSatisfy { byte in
                byte >= 0x20 ? byte < 0x7F : byte == 0x09 || byte == 0x0A || byte == 0x0D
            }
        }
        return onlyPlainASCII ? nil : text.unicodeScalars.first(where: isForbidden)
    }

    /// How a diagnostic names `scalar`: `U+202E RIGHT-TO-LEFT OVERRIDE`.
    static func name(of scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        let code = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        let name = scalar.properties.name ?? controlNames[scalar.value] ?? "CONTROL CHARACTER"
        return "\(code) \(name)"
    }

    /// Unicode gives control characters no name, only aliases; these are the ones people know.
    private static let controlNames: [UInt32: String] = [
        0x00: "NULL", 0x01: "START OF HEADING", 0x02: "START OF TEXT", 0x03: "END OF TEXT",
        0x04: "END OF TRANSMISSION", 0x05: "ENQUIRY", 0x06: "ACKNOWLEDGE", 0x07: "BELL", 0x08: "BACKSPACE",
        0x0B: "LINE TABULATION", 0x0C: "FORM FEED", 0x0E: "SHIFT OUT", 0x0F: "SHIFT IN",
        0x10: "DATA LINK ESCAPE", 0x11: "DEVICE CONTROL ONE", 0x12: "DEVICE CONTROL TWO",
        0x13: "DEVICE CONTROL THREE", 0x14: "DEVICE CONTROL FOUR", 0x15: "NEGATIVE ACKNOWLEDGE",
        0x16: "SYNCHRONOUS IDLE", 0x17: "END OF TRANSMISSION BLOCK", 0x18: "CANCEL", 0x19: "END OF MEDIUM",
        0x1A: "SUBSTITUTE", 0x1B: "ESCAPE", 0x1C: "FILE SEPARATOR", 0x1D: "GROUP SEPARATOR",
        0x1E: "RECORD SEPARATOR", 0x1F: "UNIT SEPARATOR", 0x7F: "DELETE", 0x85: "NEXT LINE",
    ]

    /// Where `scalar` is first written in `source` between two positions, if it is written there
    /// rather than escaped.
    static func position(
        of scalar: Unicode.Scalar, in source: SourceText, from start: SourcePosition, to end: SourcePosition
    ) -> SourcePosition? {
        let lines = source.lines
        guard start.line >= 1, start.line <= lines.count else { return nil }
        for lineNumber in start.line...min(max(end.line, start.line), lines.count) {
            var column = 1
            for character in lines[lineNumber - 1].unicodeScalars {
                let after = lineNumber > start.line || column >= start.column
                let before = lineNumber < end.line || column < end.column
                if after, before, character == scalar { return SourcePosition(line: lineNumber, column: column) }
                column += 1
            }
        }
        return nil
    }

    /// Every forbidden character in the lines of `source` from `firstLine` on (a Markdown body),
    /// or through `lastLine`.
    static func positions(in source: SourceText, from firstLine: Int, through lastLine: Int? = nil) -> [(
        Unicode.Scalar, SourcePosition
    )] {
        let lines = source.lines
        let last = min(lastLine ?? lines.count, lines.count)
        guard firstLine >= 1, firstLine <= last else { return [] }
        var found: [(Unicode.Scalar, SourcePosition)] = []
        for lineNumber in firstLine...last {
            let line = lines[lineNumber - 1]
            // Most lines are plain ASCII text: skip them without counting columns.
            guard line.utf8.contains(where: { $0 < 0x20 && $0 != 0x09 || $0 >= 0x7F }) else { continue }
            var column = 1
            for character in line.unicodeScalars {
                if isForbidden(character) {
                    found.append((character, SourcePosition(line: lineNumber, column: column)))
                }
                column += 1
            }
        }
        return found
    }

    /// A diagnostic for each of the first characters `found`, and one counting the rest.
    static func diagnostics(for found: [(Unicode.Scalar, SourcePosition)], in source: SourceText) -> [Diagnostic] {
        var diagnostics = found.prefix(ContentLimits.listedPerFile).map { character, position in
            Diagnostic.hiddenCharacter(character, field: nil, at: source.location(position))
        }
        if found.count > ContentLimits.listedPerFile {
            let next = found[ContentLimits.listedPerFile].1
            diagnostics.append(.yamlMoreProblems(found.count - ContentLimits.listedPerFile, at: source.location(next)))
        }
        return diagnostics
    }
}
