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

    static let header = "waymark-record 1"

    /// The record's text: a header, one line per file sorted by path, and a closing digest.
    var text: String {
        var digest = Fingerprint()
        var lines = [Self.header]
        if let inputs { lines.append("inputs \(inputs)") }
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
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard let start = lines.firstIndex(where: { $0 == header }) else { return .missing }
        var digest = Fingerprint()
        var record = BuildRecord()
        var index = start
        while index < lines.count {
            let line = lines[index]
            if line.isEmpty, index == lines.count - 1 { break }
            if line.hasPrefix("end ") {
                guard line.dropFirst(4) == digest.description else {
                    return .damaged("its closing digest does not match its lines")
                }
                guard lines[(index + 1)...].allSatisfy(\.isEmpty) else {
                    return .damaged("it has lines after its closing digest")
                }
                return .read(record)
            }
            digest.combine(String(line))
            if index == start + 1, line.hasPrefix("inputs ") {
                record.inputs = String(line.dropFirst(7))
            } else if index > start {
                let parts = line.split(separator: " ", maxSplits: 2)
                guard parts.count == 3, parts[0].count == 16, let value = UInt64(parts[0], radix: 16),
                    let size = Int(parts[1]), size >= 0, SiteWriter.isSafe(String(parts[2])),
                    record.entries[String(parts[2])] == nil
                else {
                    return .damaged("line \(index + 1) is not a file's digest, size and path")
                }
                record.entries[String(parts[2])] = Entry(size: size, digest: value)
            }
            index += 1
        }
        return .damaged("it has no closing digest")
    }
}
