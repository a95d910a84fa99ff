/// Columns of plain text for a terminal: a header, a rule under it, and rows whose cells are
/// padded to line up. A cell that is a list wraps between its items onto continuation lines: the
/// last column at whatever width is left, any other at its own limit.
struct TextGrid {
    /// One cell: text kept on one line, or items that may wrap.
    enum Cell {
        case text(String)
        case list([String])
    }

    /// The column headings.
    var headers: [String]
    /// The widest a wrapping column other than the last may be, by column; `nil` for no limit.
    var limits: [Int?]
    /// The rows, each with one cell per column.
    var rows: [[Cell]] = []

    /// Columns are this far apart.
    private static let gap = "  "
    /// The last column is never squeezed narrower than this.
    private static let narrowestLast = 30

    /// A grid with `headers`, wrapping the columns that have a limit in `limits`.
    init(headers: [String], limits: [Int?] = []) {
        self.headers = headers
        self.limits = limits + Array(repeating: nil, count: max(0, headers.count - limits.count))
    }

    /// Adds a row of cells, one per column.
    mutating func append(_ cells: [Cell]) { rows.append(cells) }

    /// The grid as lines no wider than `width` where the cells allow, each indented by `indent`,
    /// without trailing spaces.
    func lines(width: Int, indent: String = "") -> [String] {
        let last = headers.count - 1
        var cells = rows.map { $0.map { _ in [String]() } }
        var widths = headers.map(\.count)
        for column in 0..<last {
            for (index, row) in rows.enumerated() {
                cells[index][column] = Self.lines(of: row[column], width: limits[column] ?? .max)
                widths[column] = max(widths[column], cells[index][column].map(\.count).max() ?? 0)
            }
        }
        let used = indent.count + widths[..<last].reduce(0, +) + Self.gap.count * last
        let remaining = max(Self.narrowestLast, width - used)
        for (index, row) in rows.enumerated() {
            cells[index][last] = Self.lines(of: row[last], width: remaining)
            widths[last] = max(widths[last], cells[index][last].map(\.count).max() ?? 0)
        }
        var lines = [
            line(headers, widths, indent), line(widths.map { String(repeating: "-", count: $0) }, widths, indent),
        ]
        for row in cells {
            for position in 0..<(row.map(\.count).max() ?? 0) {
                lines.append(line(row.map { position < $0.count ? $0[position] : "" }, widths, indent))
            }
        }
        return lines
    }

    private func line(_ texts: [String], _ widths: [Int], _ indent: String) -> String {
        var line = indent
        for (column, text) in texts.enumerated() {
            if column > 0 { line += Self.gap }
            line += text + String(repeating: " ", count: max(0, widths[column] - text.count))
        }
        while line.last == " " { line.removeLast() }
        return line
    }

    /// A cell's lines: a list's items joined by commas, a line broken before an item that would
    /// pass `width` (an item longer than `width` has a line to itself).
    private static func lines(of cell: Cell, width: Int) -> [String] {
        switch cell {
        case .text(let text): return [text]
        case .list(let items):
            var lines: [String] = []
            var current = ""
            for (index, item) in items.enumerated() {
                let piece = index < items.count - 1 ? item + "," : item
                if current.isEmpty {
                    current = piece
                } else if current.count + 1 + piece.count <= width {
                    current += " " + piece
                } else {
                    lines.append(current)
                    current = piece
                }
            }
            if !current.isEmpty || lines.isEmpty { lines.append(current) }
            return lines
        }
    }
}
