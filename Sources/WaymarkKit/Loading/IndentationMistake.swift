/// Explains in plain words the YAML errors that come from a line indented wrongly, at the line
/// that is wrong, which is often not the line libyaml stops at.
///
/// libyaml reports where parsing became impossible: a field indented too far is "mapping values
/// are not allowed" (and the usual cause of that message, a `: ` in a value, sends the author the
/// wrong way), and a field moved out of its group is reported on the line after it. This looks at
/// the lines around the error, as an author would, and names the line whose indentation differs
/// from its neighbours'. When the lines do not show an indentation mistake, it says nothing and
/// libyaml's own message stands.
struct IndentationMistake {
    /// One line of the YAML that holds something (not blank, not only a comment).
    struct Line {
        var number: Int
        /// Leading spaces.
        var indent: Int
        /// The field it starts, such as `status` in `status: active` or `- status: active`.
        var key: String?
        /// Whether it is a list item (`- …`).
        var isItem: Bool
        /// Whether it ends with a field and a colon, so the lines below belong to that field.
        var opensGroup: Bool

        var column: Int { indent + 1 }
    }

    let source: SourceText
    let lines: [Line]

    /// The lines from `firstLine` to `lastLine` of `source`.
    init(source: SourceText, firstLine: Int, lastLine: Int) {
        self.source = source
        var lines: [Line] = []
        for number in firstLine...min(lastLine, source.lines.count) {
            if let line = Self.line(source.lines[number - 1], number: number) { lines.append(line) }
        }
        self.lines = lines
    }

    private static func line(_ text: Substring, number: Int) -> Line? {
        let indent = text.prefix { $0 == " " }.count
        var rest = text.dropFirst(indent)
        guard let first = rest.first, first != "#" else { return nil }
        var isItem = false
        if rest == "-" || rest.hasPrefix("- ") {
            isItem = true
            rest = rest.dropFirst().drop { $0 == " " }
        }
        var key: String?
        if let first = rest.first, !"\"'[{#&*!|>%@`".contains(first), let colon = rest.firstIndex(of: ":") {
            let after = rest[rest.index(after: colon)...]
            if after.isEmpty || after.first == " " {
                key = String(rest[..<colon]).trimmingCharacters(in: .whitespaces)
            }
        }
        let content =
            rest.split(separator: " #", maxSplits: 1).first.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
        return Line(
            number: number, indent: indent, key: key, isItem: isItem, opensGroup: key != nil && content.hasSuffix(":"))
    }

    /// A diagnostic for `problem`, found at `position`, when the lines show an indentation
    /// mistake; `nil` when they do not.
    func explain(_ problem: String, at position: SourcePosition) -> Diagnostic? {
        guard let index = lines.firstIndex(where: { $0.number == position.line }) else { return nil }
        let line = lines[index]
        let previous = index > 0 ? lines[index - 1] : nil
        if problem.contains("mapping values are not allowed") {
            return indentedTooFar(line, after: previous)
        }
        if problem.contains("did not find expected key") {
            return outOfLine(at: index)
        }
        if problem.contains("did not find expected '-' indicator") {
            return amongItems(line, at: index)
        }
        return nil
    }

    /// `status: active` indented under `title: …`, whose value is on its own line already.
    private func indentedTooFar(_ line: Line, after previous: Line?) -> Diagnostic? {
        guard let key = line.key, let previous, let above = previous.key, previous.indent < line.indent,
            !previous.opensGroup, !line.isItem
        else { return nil }
        return .yamlIndentation(
            "`\(key)` is indented further than `\(above)` on the line above, so YAML reads it as more of that field's value",
            hint:
                "start `\(key)` in column \(previous.column), like `\(above)`; if it is part of `\(above)`'s text, put the whole text in quotes",
            at: source.location(SourcePosition(line: line.number, column: line.column)))
    }

    /// A field whose column matches none of the groups above it: either this line, or the one
    /// before it, is the odd one out.
    private func outOfLine(at index: Int) -> Diagnostic? {
        let line = lines[index]
        guard index > 0 else { return nil }
        let previous = lines[index - 1]
        // A field moved out to the left between two fields of a group: the moved field is wrong.
        if previous.indent < line.indent, index > 1, lines[index - 2].indent == line.indent, !previous.opensGroup,
            let moved = previous.key
        {
            let group = owner(of: index - 2)
            let sibling = lines[index - 2]
            return .yamlIndentation(
                "`\(moved)` starts in column \(previous.column), so it ends \(group.map { "the `\($0)` group" } ?? "the group above it"), whose fields around it start in column \(line.column)",
                hint:
                    "indent `\(moved)` to column \(line.column), like \(sibling.key.map { "`\($0)`" } ?? "the line") on line \(sibling.number)",
                at: source.location(SourcePosition(line: previous.number, column: previous.column)))
        }
        // The first field of a group set further in than the fields after it.
        if previous.indent > line.indent, index > 1, lines[index - 2].opensGroup, lines[index - 2].indent < line.indent,
            let first = previous.key, let group = lines[index - 2].key
        {
            return .yamlIndentation(
                "`\(first)` is indented to column \(previous.column), but the next field of `\(group)` starts in column \(line.column)",
                hint:
                    "start the fields of `\(group)` in one column: `\(first)` in column \(line.column), like \(line.key.map { "`\($0)`" } ?? "the line") on line \(line.number)",
                at: source.location(SourcePosition(line: previous.number, column: previous.column)))
        }
        guard let key = line.key else { return nil }
        // The columns it could mean: the line above's, and each group's that line is in.
        var columns = [previous.column]
        for above in lines[..<(index - 1)].reversed() where above.column < columns[columns.count - 1] {
            columns.append(above.column)
        }
        return .yamlIndentation(
            "`\(key)` starts in column \(line.column), which lines up with no group above it",
            hint: "start `\(key)` in the column of the fields it belongs with"
                + " (column \(columns.map(String.init).joined(separator: " or ")))",
            at: source.location(SourcePosition(line: line.number, column: line.column)))
    }

    /// A field in the column of a list's items, which is not an item.
    private func amongItems(_ line: Line, at index: Int) -> Diagnostic? {
        guard let key = line.key, !line.isItem,
            let item = lines[..<index].last(where: { $0.indent == line.indent && $0.isItem })
        else { return nil }
        let list = lines[..<index].last { $0.indent < line.indent && $0.opensGroup }
        let listName = list?.key.map { "the `\($0)` list" } ?? "a list"
        var hint = "if it is an item, start it with `- `"
        if let list, let name = list.key {
            hint = "if `\(key)` is a field beside `\(name)`, start it in column \(list.column), like `\(name)`; " + hint
        }
        return .yamlIndentation(
            "`\(key)` is in the column of the items of \(listName) (line \(item.number)), but is not an item",
            hint: hint, at: source.location(SourcePosition(line: line.number, column: line.column)))
    }

    /// The field whose group the line at `index` is in: the nearest line above, further out,
    /// that opens a group.
    private func owner(of index: Int) -> String? {
        let line = lines[index]
        return lines[..<index].last { $0.indent < line.indent && $0.opensGroup }?.key
    }
}
