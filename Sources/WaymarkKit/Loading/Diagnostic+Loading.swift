extension Diagnostic {
    static func unreadableFile(_ reason: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(
            .error, code: "file.unreadable", message: "this file could not be read: \(reason)", at: location,
            hint: "check that the file exists and that you may read it")
    }

    static func symbolicLink(at location: SourceLocation) -> Diagnostic {
        Diagnostic(
            .warning, code: "layout.symbolic-link",
            message: "this is a symbolic link; Waymark does not follow links, so it is ignored", at: location,
            hint: "put the file itself in Content/ (git keeps it in one place for everyone)")
    }

    static func notUTF8(at location: SourceLocation) -> Diagnostic {
        Diagnostic(
            .error, code: "file.encoding", message: "this file is not UTF-8 text", at: location,
            hint: "save the file with UTF-8 encoding (most editors offer it under Save As)")
    }

    static func frontMatterMissing(at location: SourceLocation) -> Diagnostic {
        Diagnostic(
            .error, code: "front-matter.missing",
            message: "this file has no front matter: its first line must be `---`", at: location,
            hint: "start the file with a line `---`, the fields (`title: ...`), then another line `---` before the text"
        )
    }

    static func frontMatterUnterminated(at location: SourceLocation) -> Diagnostic {
        Diagnostic(
            .error, code: "front-matter.unterminated",
            message: "the front matter that starts here is never closed", at: location,
            hint: "add a line with just `---` after the last field, before the text of the page")
    }

    static func frontMatterNotMapping(found: YAMLNode, at location: SourceLocation) -> Diagnostic {
        Diagnostic(
            .error, code: "front-matter.not-mapping",
            message: "the front matter must be a group of `field: value` lines, but found \(found.foundDescription)",
            at: location, hint: "write one `field: value` per line, each field name starting at the left margin")
    }

    static func yamlTab(at location: SourceLocation) -> Diagnostic {
        Diagnostic(
            .error, code: "yaml.tab", message: "a tab is used for indentation here; YAML allows only spaces",
            at: location, hint: "replace the tab with spaces (two spaces per level)")
    }

    static func yamlSyntax(_ problem: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(
            .error, code: "yaml.syntax", message: "this is not valid YAML: \(problem)", at: location,
            hint: yamlSyntaxHint(for: problem))
    }

    private static func yamlSyntaxHint(for problem: String) -> String {
        if problem.contains("mapping values are not allowed") {
            return "a value that contains `: ` must be put in quotes, like \"Note: bring the referral form\""
        }
        if problem.contains("cannot start any token") {
            return "a value that starts with @, ` or % must be put in quotes"
        }
        if problem.contains("did not find expected key") || problem.contains("did not find expected '-'") {
            return "check the indentation: fields of the same group must start in the same column"
        }
        if problem.contains("found unexpected end of stream") || problem.contains("found unknown escape") {
            return "check that every opening quote has a closing quote"
        }
        return "check the indentation and the quotes on this line and the line before it"
    }

    static func yamlDuplicateKey(_ key: String, first: SourceLocation, at location: SourceLocation) -> Diagnostic {
        Diagnostic(
            .error, code: "yaml.duplicate-key",
            message: "`\(key)` is given twice in the same group (first on line \(first.line))", at: location,
            hint: "keep the one you mean and delete the other",
            notes: location == first ? [] : [Diagnostic.Note("`\(key)` is first given here", at: first)])
    }

    static func yamlAnchor(_ name: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(
            .error, code: "yaml.anchor",
            message: "YAML anchors (`&\(name)`) are not allowed in content", at: location,
            hint: "remove `&\(name)` and write each value out in full where it is used, so every file reads on its own")
    }

    static func yamlAlias(_ name: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(
            .error, code: "yaml.alias",
            message: "YAML aliases (`*\(name)`) are not allowed in content", at: location,
            hint: "replace `*\(name)` with the value itself")
    }

    static func yamlTag(_ tag: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(
            .error, code: "yaml.tag", message: "YAML tags (`\(tag)`) are not allowed in content", at: location,
            hint: "remove `\(tag)`; to keep a value as text, put it in quotes instead")
    }

    static func yamlComplexKey(at location: SourceLocation) -> Diagnostic {
        Diagnostic(
            .error, code: "yaml.complex-key", message: "a field name must be plain text, not a list or a group",
            at: location, hint: "write the field name followed by `:` and its value")
    }

    static func badIdentifier(_ name: String, role: String, at location: SourceLocation) -> Diagnostic {
        let suggestion = Identifier.suggestion(for: name).map { ", such as `\($0)`" } ?? ""
        return Diagnostic(
            .error, code: "layout.bad-id",
            message: "`\(name)` is not a valid \(role) identifier, so this file is skipped", at: location,
            hint: "rename it using only lower-case letters, digits and single hyphens\(suggestion)")
    }

    static func unexpectedFile(expected: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(
            .warning, code: "layout.unexpected-file",
            message: "this file is not part of the content layout and is ignored", at: location,
            hint: expected)
    }

    static func missingFile(_ name: String, purpose: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(
            .error, code: "layout.missing-file", message: "`\(name)` is missing: \(purpose)", at: location,
            hint: "create `\(name)`")
    }

    static func duplicateIdentifier(_ id: String, kind: String, first: SourceLocation, at location: SourceLocation)
        -> Diagnostic
    {
        Diagnostic(
            .error, code: "layout.duplicate-id",
            message: "there is already a \(kind) with the id `\(id)`; ids must be unique", at: location,
            hint: "rename one of the two folders",
            notes: [Diagnostic.Note("the other \(kind) `\(id)` is here", at: first)])
    }
}
