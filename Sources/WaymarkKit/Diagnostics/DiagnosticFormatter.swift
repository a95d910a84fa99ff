/// The ways diagnostics are printed: for people, for tools and for GitHub Actions.
public enum DiagnosticFormat: String, Sendable, CaseIterable {
    /// `path:line:col: error: message [code]`, then an indented hint and notes.
    case text
    /// One JSON object: the shape of `Site/reports/findings.json`.
    case json
    /// GitHub Actions workflow commands: `::error file=…,line=…,col=…::message`.
    case github
}

extension Diagnostic {
    /// `path:line:col: error: message [code]`, with the hint and notes on the lines after it.
    public var textDescription: String {
        var lines = ["\(location): \(severity.rawValue): \(message) [\(code)]"]
        if let hint { lines.append("    hint: \(hint)") }
        for note in notes { lines.append("\(note.location): note: \(note.message)") }
        return lines.joined(separator: "\n")
    }

    /// A GitHub Actions workflow command that annotates the file and line.
    public var githubDescription: String {
        let command: String
        switch severity {
        case .error: command = "error"
        case .warning: command = "warning"
        case .note: command = "notice"
        }
        var properties = ["file=\(Self.escapeProperty(location.file))"]
        if location.line > 0 {
            properties.append("line=\(location.line)")
            properties.append("col=\(location.column)")
        }
        properties.append("title=\(Self.escapeProperty(code))")
        var text = message
        if let hint { text += "\nhint: \(hint)" }
        for note in notes { text += "\nnote: \(note.location): \(note.message)" }
        return "::\(command) \(properties.joined(separator: ","))::\(Self.escapeData(text))"
    }

    /// The diagnostic as a JSON object, in the documented shape.
    public var json: JSONValue {
        var members: [(String, JSONValue)] = [
            ("severity", .string(severity.rawValue)),
            ("code", .string(code)),
            ("message", .string(message)),
            ("file", .string(location.file)),
            ("line", .integer(location.line)),
            ("column", .integer(location.column)),
        ]
        if let field { members.append(("field", .string(field))) }
        if let hint { members.append(("hint", .string(hint))) }
        if !notes.isEmpty {
            members.append(
                (
                    "notes",
                    .array(
                        notes.map { note in
                            .object([
                                ("message", .string(note.message)), ("file", .string(note.location.file)),
                                ("line", .integer(note.location.line)), ("column", .integer(note.location.column)),
                            ])
                        })
                ))
        }
        return .object(members)
    }

    private static func escapeData(_ text: String) -> String {
        text.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D")
            .replacingOccurrences(of: "\n", with: "%0A")
    }

    private static func escapeProperty(_ text: String) -> String {
        escapeData(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }
}
