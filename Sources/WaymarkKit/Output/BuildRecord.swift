/// What the previous build wrote: each file's path, size and digest, kept in the output folder's
/// `.waymark-record` file beside the `.waymark-site` marker.
///
/// The next build renders every file (unless its inputs are those the record names and every
/// file is still as it was written, when it renders nothing), and writes only those whose digest or size differs from
/// the record (or whose file was changed by hand since: it is larger or smaller, or newer than the
/// record); every other file is carried over untouched. The record is a function of the site's
/// bytes alone, so two clean builds of the same content write the same record.
///
/// The record ends with a digest of its own lines. One that does not parse or whose digest does
/// not match is damaged: the build then writes every file, with a note. A missing record (an
/// empty folder, a site an older version built) costs only a full build.
struct BuildRecord: Sendable, Equatable {
    /// One file of the site.
    struct Entry: Sendable, Equatable {
        var size: Int
        var digest: UInt64
    }

    /// Every file of the site but the record's own, by path.
    var entries: [String: Entry] = [:]
    /// A digest of everything the site was made from (the content, the templates, the findings,
    /// the date, the options and the tool itself), when the build gave one: a build whose inputs
    /// have the same digest, into a site still as it was written, need not render anything.
    var inputs: String?
    /// What the check before the build reported (`CheckSummary.recordText`), so that a build
    /// from the same inputs can report it again without checking.
    var check: String?

    /// What reading the record found.
    enum Reading: Equatable {
        /// No record: a first build, or a site an older version built.
        case missing
        /// A record whose lines or digest are wrong, with what was wrong.
        case damaged(String)
        case read(BuildRecord)
    }

    /// The record's file in the output folder.
    static let file = ".waymark-record"

    static let header = "waymark-record 2"

    /// The record's text: a header, one line per file sorted by path, and a closing digest.
    var text: String {
        var digest = Fingerprint()
        var lines = [Self.header]
        if let inputs { lines.append("inputs \(inputs)") }
        if inputs != nil, let check { lines.append("check \(check)") }
        for path in entries.keys.sorted() {
            let entry = entries[path]!
            lines.append("\(Fingerprint.hex(entry.digest)) \(entry.size) \(path)")
        }
        for line in lines { digest.combine(line) }
        lines.append("end \(digest)")
        return lines.joined(separator: "\n") + "\n"
    }

    /// Reads the record from its file's text.
    static func reading(_ text: Substring) -> Reading {
        // Bytes, not characters: a site's record has a line per file.
        let lines = text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map(Substring.init)
        guard let start = lines.firstIndex(where: { $0 == header }) else { return .missing }
        var digest = Fingerprint()
        var record = BuildRecord()
        record.entries.reserveCapacity(lines.count)
        var index = start
        while index < lines.count {
            let line = lines[index]
            if line.isEmpty, index == lines.count - 1 { break }
            if line.utf8.starts(with: "end ".utf8) {
                guard line.dropFirst(4) == digest.description else {
                    return .damaged("its closing digest does not match its lines")
                }
                guard lines[(index + 1)...].allSatisfy(\.isEmpty) else {
                    return .damaged("it has lines after its closing digest")
                }
                return .read(record)
            }
            digest.combine(line.utf8)
            digest.combine(CollectionOfOne(0))
            if index == start + 1, line.utf8.starts(with: "inputs ".utf8) {
                record.inputs = String(line.dropFirst(7))
            } else if index == start + 2, record.inputs != nil, line.utf8.starts(with: "check ".utf8) {
                record.check = String(line.dropFirst(6))
            } else if index > start {
                guard let (path, entry) = Self.entry(line), SiteWriter.isSafe(path), record.entries[path] == nil else {
                    return .damaged("line \(index + 1) is not a file's digest, size and path")
                }
                record.entries[path] = entry
            }
            index += 1
        }
        return .damaged("it has no closing digest")
    }

    /// A file's line, `<16 hex digits> <size> <path>`, read byte by byte.
    private static func entry(_ line: Substring) -> (String, Entry)? {
        let bytes = line.utf8
        var index = bytes.startIndex
        var digest: UInt64 = 0
        for _ in 0..<16 {
            guard index != bytes.endIndex else { return nil }
            let byte = bytes[index]
            let value: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): value = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): value = byte - UInt8(ascii: "a") + 10
            default: return nil
            }
            digest = digest << 4 | UInt64(value)
            index = bytes.index(after: index)
        }
        guard index != bytes.endIndex, bytes[index] == UInt8(ascii: " ") else { return nil }
        index = bytes.index(after: index)
        var size = 0
        var digits = 0
        while index != bytes.endIndex, bytes[index] != UInt8(ascii: " ") {
            let byte = bytes[index]
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9"), digits < 18 else { return nil }
            size = size * 10 + Int(byte - UInt8(ascii: "0"))
            digits += 1
            index = bytes.index(after: index)
        }
        guard digits > 0, index != bytes.endIndex else { return nil }
        return (String(line[bytes.index(after: index)...]), Entry(size: size, digest: digest))
    }
}
