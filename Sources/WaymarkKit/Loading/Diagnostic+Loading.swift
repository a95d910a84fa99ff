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

    static func notAFile(at location: SourceLocation) -> Diagnostic {
        Diagnostic(
            .warning, code: "layout.not-a-file",
            message: "this is neither a file nor a folder (a named pipe, socket or device), so it is ignored",
            at: location, hint: "remove it from Content/")
    }

    static func folderNotFile(_ name: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(
            .error, code: "layout.folder-not-file",
            message: "`\(name)` is a folder, but a file belongs here, so none of it is read", at: location,
            hint:
                "replace the folder with the file `\(name)`, or give the folder a name without `.md`, `.yaml` or `.json`"
        )
    }

    static func emptyFolder(at location: SourceLocation) -> Diagnostic {
        Diagnostic(
            .warning, code: "layout.empty-folder", message: "this folder is empty, so nothing in it is published",
            at: location, hint: "add the files it is meant to hold, or remove it")
    }

    static func otherEncoding(_ encoding: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(
            .error, code: "file.encoding",
            message: "this file is saved as \(encoding), but content files must be UTF-8 text", at: location,
            hint: "save the file with UTF-8 encoding (most editors offer it under Save As or in the status bar)")
    }

    static func invalidByte(_ byte: UInt8, at location: SourceLocation) -> Diagnostic {
        let hex = String(byte, radix: 16, uppercase: true)
        return Diagnostic(
            .error, code: "file.encoding",
            message:
                "this file is not UTF-8 text: the byte 0x\(hex.count < 2 ? "0" + hex : hex) here is not UTF-8 (it may be saved as Windows-1252 or Latin-1)",
            at: location,
            hint:
                "save the file with UTF-8 encoding, then check the characters at this position (often £, é or a curly quote)"
        )
    }

    static func fileTooLarge(at location: SourceLocation) -> Diagnostic {
        Diagnostic(
            .error, code: "limit.file-size",
            message:
                "this file is larger than \(ContentLimits.fileBytes / 1_048_576) MiB, the most Waymark reads in one file",
            at: location, hint: "split it into several files; a pathway file is usually a few kilobytes")
    }

    static func lineTooLong(at location: SourceLocation) -> Diagnostic {
        Diagnostic(
            .error, code: "limit.line-length",
            message:
                "this line is longer than \(ContentLimits.lineLength) characters, the most Waymark reads on one line",
            at: location, hint: "break the text into several lines or paragraphs")
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

    /// A line indented wrongly, found by `IndentationMistake` at the line that is wrong.
    static func yamlIndentation(_ message: String, hint: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(.error, code: "yaml.indentation", message: message, at: location, hint: hint)
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

    static func yamlMergeKey(at location: SourceLocation) -> Diagnostic {
        Diagnostic(
            .error, code: "yaml.merge-key", message: "YAML merge keys (`<<`) are not allowed in content", at: location,
            hint: "remove the `<<` line and write each field out in full, so every file reads on its own")
    }

    static func yamlMoreProblems(_ count: Int, at location: SourceLocation) -> Diagnostic {
        Diagnostic(
            .error, code: "yaml.more-problems",
            message:
                "\(count) more problems of the kinds listed above follow from here; only the first \(ContentLimits.listedPerFile) in a file are listed",
            at: location, hint: "fix the ones listed, then run the check again to see the rest")
    }

    static func yamlSecondDocument(at location: SourceLocation) -> Diagnostic {
        Diagnostic(
            .error, code: "yaml.second-document",
            message: "a second YAML document starts here, but a content file holds one", at: location,
            hint: "remove this `---` line, or move what follows into a file of its own")
    }

    static func yamlTooDeep(at location: SourceLocation) -> Diagnostic {
        Diagnostic(
            .error, code: "limit.depth",
            message:
                "groups and lists are nested more than \(ContentLimits.depth) levels deep here; Waymark reads no deeper",
            at: location,
            hint: "content needs only a few levels: check the indentation and the brackets above this line")
    }

    static func yamlTooManyValues(at location: SourceLocation) -> Diagnostic {
        Diagnostic(
            .error, code: "limit.values",
            message:
                "this file holds more than \(ContentLimits.values) values; Waymark reads at most that many in one file",
            at: location, hint: "split the content into several files, one per pathway, place or body")
    }

    static func numberTooLarge(_ written: String, field: String, at location: SourceLocation) -> Diagnostic {
        let whole = !written.contains(where: { ".eE".contains($0) })
        return Diagnostic(
            .error, code: "yaml.number-too-large",
            message: whole
                ? "`\(field)` is the whole number \(written), which is too large: whole numbers in content must lie between -9223372036854775808 and 9223372036854775807"
                : "`\(field)` is the number \(written), which is too large to be held as a number",
            at: location, field: field,
            hint:
                "check the number; if it is a code or a reference rather than an amount, put it in quotes: \"\(written)\""
        )
    }

    static func hiddenCharacter(_ character: Unicode.Scalar, field: String?, at location: SourceLocation) -> Diagnostic
    {
        let place = field.map { $0.isEmpty ? "a field name" : "`\($0)`" } ?? "the text"
        let kind =
            (0x202A...0x202E).contains(character.value) || (0x2066...0x2069).contains(character.value)
                || [0x061C, 0x200E, 0x200F].contains(character.value)
            ? "a bidirectional control character, which can make text read differently from what was approved"
            : character.value < 0xA0 && character.value != 0xAD
                ? "a control character, which is not text" : "an invisible character, which no reader can see"
        return Diagnostic(
            .error, code: "text.hidden-character",
            message: "\(place) contains \(HiddenCharacters.name(of: character)), \(kind)", at: location, field: field,
            hint: "delete the character (it may have come from copying text out of another document)")
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

    static func badPathwayFileName(_ name: String, suggestion: String?, at location: SourceLocation) -> Diagnostic {
        Diagnostic(
            .error, code: "layout.bad-id",
            message:
                "`\(name)` is not a pathway file name, so this file is skipped: a pathway file is named after its type, `<type>.md` or `<type>--<name>.md`, in lower-case letters, digits and single hyphens",
            at: location,
            hint: suggestion.map { "rename it `\($0)`" } ?? "rename it after its pathway type, such as `falls.md`")
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
