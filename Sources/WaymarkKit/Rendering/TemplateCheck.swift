/// Problems in the templates folder, reported the way content problems are: the template's file,
/// line and column, and what is wrong in words. A template that does not parse, or a partial or
/// parent template that does not exist, fails the build, since rendering would silently drop
/// whatever it was meant to show on every page.
enum TemplateCheck {
    /// A problem in one template.
    struct Problem: Error {
        /// The diagnostic's code: `template.syntax`, `template.missing-partial` or `template.missing`.
        var code: String
        /// The template's name (`place`, `partials/flag`).
        var template: String
        /// Where in the template, when known.
        var line: Int
        var column: Int
        /// What is wrong.
        var message: String

        /// The problem as a diagnostic in the templates folder `folder`.
        func diagnostic(in folder: String) -> Diagnostic {
            let file = (folder.isEmpty || folder == "." ? "" : folder + "/") + template + ".mustache"
            let hint =
                switch code {
                case "template.syntax": "check the tags on this line against the Mustache manual"
                case "template.missing": "restore \(template).mustache from the templates Waymark ships"
                default: "check the name, or add the template"
                }
            return Diagnostic(
                .error, code: code, message: message, at: SourceLocation(file: file, line: line, column: column),
                hint: hint)
        }
    }

    /// The problem a template that does not parse has.
    static func problem(parsing failure: ParsedTemplate.Failure, template: String) -> Problem {
        Problem(
            code: "template.syntax", template: template, line: failure.line, column: failure.column,
            message: failure.message)
    }

    /// Every partial (`{{> name}}`) and parent (`{{< name}}`) a template names that is not among
    /// `names`, in template order.
    static func missingReferences(in templates: [String: String], names: Set<String>) -> [Problem] {
        var problems: [Problem] = []
        for (template, text) in templates.sorted(by: { $0.key < $1.key }) where template != "service-worker" {
            for reference in references(in: text) where !names.contains(reference.name) {
                let kind = reference.isParent ? "parent template" : "partial"
                problems.append(
                    Problem(
                        code: "template.missing-partial", template: template, line: reference.line,
                        column: reference.column,
                        message:
                            "the \(kind) `\(reference.name)` does not exist: there is no \(reference.name).mustache in the templates folder"
                    ))
            }
        }
        return problems
    }

    /// The `{{> name}}` and `{{< name}}` tags of a template, with their positions. Dynamic
    /// partials (`{{>*name}}`) are chosen at render time and not checked.
    private static func references(in text: String) -> [(name: String, isParent: Bool, line: Int, column: Int)] {
        var found: [(String, Bool, Int, Int)] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var rest = line[...]
            while let open = rest.range(of: "{{") {
                let tag = rest[open.upperBound...]
                guard let close = tag.range(of: "}}") else { break }
                let inside = tag[..<close.lowerBound].drop { $0 == " " }
                if let sigil = inside.first, sigil == ">" || sigil == "<" {
                    let name = inside.dropFirst().drop { $0 == " " }
                    let trimmed = String(name.reversed().drop { $0 == " " }.reversed())
                    if !trimmed.isEmpty, !trimmed.hasPrefix("*") {
                        let column = line.distance(from: line.startIndex, to: open.lowerBound) + 1
                        found.append((trimmed, sigil == "<", index + 1, column))
                    }
                }
                rest = tag[close.upperBound...]
            }
        }
        return found
    }
}
