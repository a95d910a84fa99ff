/// A short, stable digest of bytes: what names a fingerprinted asset and versions a build.
///
/// FNV-1a over 64 bits: not for security, only so that a changed file gets a changed name and a
/// changed build a changed version, the same on every machine.
struct Fingerprint: Sendable, Hashable, CustomStringConvertible {
    private var state: UInt64 = 0xcbf2_9ce4_8422_2325

    /// An empty digest, to be fed with `combine`.
    init() {}

    /// The digest of `bytes`.
    init(_ bytes: some Sequence<UInt8>) { combine(bytes) }

    /// Adds `bytes` to the digest.
    mutating func combine(_ bytes: some Sequence<UInt8>) {
        let done = bytes.withContiguousStorageIfAvailable { buffer in
            var state = self.state
            for byte in buffer {
                state ^= UInt64(byte)
                state &*= 0x100_0000_01b3
            }
            return state
        }
        if let done {
            state = done
            return
        }
        for byte in bytes {
            state ^= UInt64(byte)
            state &*= 0x100_0000_01b3
        }
    }

    /// Adds `text`'s UTF-8 bytes and a separator, so that ("ab", "c") and ("a", "bc") differ.
    mutating func combine(_ text: String) {
        combine(text.utf8)
        combine(CollectionOfOne(0))
    }

    /// The digest as a number.
    var value: UInt64 { state }

    /// Sixteen lower-case hex digits.
    var description: String { Self.hex(state) }

    /// `value` as sixteen lower-case hex digits.
    static func hex(_ value: UInt64) -> String {
        let hex = String(value, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    /// `name` with the digest of `bytes` before its extension: `css/waymark.css` becomes
    /// `css/waymark.0123456789abcdef.css`.
    static func name(_ name: String, for bytes: [UInt8]) -> String {
        let digest = Fingerprint(bytes).description
        let folderEnd = name.lastIndex(of: "/").map { name.index(after: $0) } ?? name.startIndex
        guard let dot = name[folderEnd...].lastIndex(of: "."), dot != folderEnd else { return name + "." + digest }
        return "\(name[..<dot]).\(digest)\(name[dot...])"
    }
}
