/// A place in a content file that a diagnostic or a model value points at.
///
/// `line` and `column` count from 1 in the whole file (front matter delimiters included), and
/// `column` counts Unicode scalars, as editors do. A location with `line == 0` names the file only.
public struct SourceLocation: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The file's path relative to the folder `waymark` was run in, with `/` separators.
    public var file: String
    /// The 1-based line, or 0 when the problem is about the file as a whole.
    public var line: Int
    /// The 1-based column, or 0 when the problem is about the file as a whole.
    public var column: Int

    /// Creates a location in `file` at `line` and `column`.
    public init(file: String, line: Int = 0, column: Int = 0) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// `path:line:col`, or just the path for a whole-file location.
    public var description: String {
        line > 0 ? "\(file):\(line):\(column)" : file
    }

    /// Orders by file, then line, then column: reading order.
    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.file, lhs.line, lhs.column) < (rhs.file, rhs.line, rhs.column)
    }
}

/// A line and column inside one file, before the file's path is attached.
///
/// Every value and key of every file carries one, so it is kept in eight bytes: a file is at most
/// 1 MiB, so no line or column comes near 2^31.
public struct SourcePosition: Sendable, Hashable, Comparable {
    private var storedLine: Int32
    private var storedColumn: Int32

    /// The 1-based line in the whole file.
    public var line: Int {
        get { Int(storedLine) }
        set { storedLine = Int32(clamping: newValue) }
    }
    /// The 1-based column, in Unicode scalars.
    public var column: Int {
        get { Int(storedColumn) }
        set { storedColumn = Int32(clamping: newValue) }
    }

    /// Creates a position at `line` and `column`.
    public init(line: Int, column: Int) {
        storedLine = Int32(clamping: line)
        storedColumn = Int32(clamping: column)
    }

    /// Orders by line, then column: reading order.
    public static func < (lhs: SourcePosition, rhs: SourcePosition) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }
}
