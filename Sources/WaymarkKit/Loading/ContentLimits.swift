/// The largest content Waymark reads. Real pathway files are a few kilobytes with a handful of
/// levels; these bounds sit far above that, and keep a careless or hostile file from costing
/// minutes or gigabytes. Each is reported in plain words, at the place it is crossed, and the
/// README lists them.
enum ContentLimits {
    /// The largest content or schema file, in bytes: 1 MiB.
    static let fileBytes = 1_048_576
    /// The longest line, in characters.
    static let lineLength = 10_000
    /// How deeply groups and lists may nest in a file's fields.
    static let depth = 32
    /// How many values (each field's value and each list item, at any depth) one file may hold.
    static let values = 10_000
    /// How many anchors, aliases, tags or hidden characters one file lists before the rest are counted.
    static let listedPerFile = 20
}
