/// A JSON Schema `pattern` compiled to a small automaton and run in time proportional to the
/// text's length times the pattern's: the engine for the patterns schemas almost always use.
///
/// It takes the ECMAScript syntax without back-references or look-around: characters and
/// escapes (`\d`, `\w`, `\s`, their negations, `\t`, `\n`, `\uFFFF`, `\xFF`, an escaped syntax
/// character), classes (`[a-z0-9]`, `[^\t ]`), `.`, groups (`(…)`, `(?:…)`), alternation,
/// every quantifier (greedy or lazy, which cannot change whether text matches) and `^` and `$`.
/// `init?` returns `nil` for anything else (word boundaries, look-around, back-references,
/// property escapes, a pattern so repetitive its automaton would be large), which
/// `SchemaNode.Pattern` hands to Foundation's engine instead.
///
/// The text is read as Unicode scalars, so `.` and a class match a whole emoji, and the escapes
/// mean what ECMAScript says: `\d` is `[0-9]` and `\w` is `[A-Za-z0-9_]`, whatever the script.
struct PatternProgram: Sendable {
    /// One step of the automaton.
    private enum Instruction: Sendable {
        /// Takes one scalar in the set, then goes on to the next instruction.
        case scalar(ScalarSet)
        /// Goes on at both instructions.
        case split(Int, Int)
        case jump(Int)
        /// Goes on only at the start of the text (`^`).
        case atStart
        /// Goes on only at the end of the text (`$`).
        case atEnd
        /// The pattern has matched.
        case accept
    }

    private let instructions: [Instruction]

    /// The most instructions a pattern may compile to: past it, `{m,n}` copies would make
    /// matching slower than the general engine.
    private static let limit = 4096

    /// Compiles `pattern`, or `nil` when it uses what this engine does not take.
    init?(_ pattern: String) {
        var parser = PatternParser(scalars: Array(pattern.unicodeScalars))
        guard let tree = parser.parse() else { return nil }
        var program = Compiler()
        guard program.emit(tree), program.instructions.count < Self.limit else { return nil }
        program.instructions.append(.accept)
        instructions = program.instructions
    }

    /// Whether the pattern matches anywhere in `text`.
    func matches(_ text: String) -> Bool {
        let count = instructions.count
        return withUnsafeTemporaryAllocation(of: Int32.self, capacity: count * 3) { buffer in
            // Two lists of live instructions, and the step at which each instruction was last
            // added, so that none is added twice at one position.
            var current = UnsafeMutableBufferPointer(rebasing: buffer[0..<count])
            var next = UnsafeMutableBufferPointer(rebasing: buffer[count..<(2 * count)])
            let added = UnsafeMutableBufferPointer(rebasing: buffer[(2 * count)...])
            added.initialize(repeating: -1)
            var currentCount = 0
            var step: Int32 = 0
            var atStart = true
            var iterator = text.unicodeScalars.makeIterator()
            var scalar = iterator.next()
            while true {
                // A search, not an anchored match: a new attempt starts at every position.
                if add(0, to: current, count: &currentCount, added: added, step: step, atStart, scalar == nil) {
                    return true
                }
                guard let taken = scalar else { return false }
                let following = iterator.next()
                step += 1
                var nextCount = 0
                for slot in 0..<currentCount {
                    let index = Int(current[slot])
                    guard case .scalar(let set) = instructions[index], set.contains(taken) else { continue }
                    if add(index + 1, to: next, count: &nextCount, added: added, step: step, false, following == nil) {
                        return true
                    }
                }
                swap(&current, &next)
                currentCount = nextCount
                scalar = following
                atStart = false
            }
        }
    }

    /// Adds the instruction at `index` and every instruction reachable from it without taking a
    /// scalar; returns whether one of them accepts.
    private func add(
        _ index: Int, to list: UnsafeMutableBufferPointer<Int32>, count: inout Int,
        added: UnsafeMutableBufferPointer<Int32>, step: Int32, _ atStart: Bool, _ atEnd: Bool
    ) -> Bool {
        guard added[index] != step else { return false }
        added[index] = step
        switch instructions[index] {
        case .scalar:
            list[count] = Int32(index)
            count += 1
            return false
        case .split(let first, let second):
            return add(first, to: list, count: &count, added: added, step: step, atStart, atEnd)
                || add(second, to: list, count: &count, added: added, step: step, atStart, atEnd)
        case .jump(let target):
            return add(target, to: list, count: &count, added: added, step: step, atStart, atEnd)
        case .atStart:
            return atStart && add(index + 1, to: list, count: &count, added: added, step: step, atStart, atEnd)
        case .atEnd:
            return atEnd && add(index + 1, to: list, count: &count, added: added, step: step, atStart, atEnd)
        case .accept:
            return true
        }
    }

    /// Turns a parsed pattern into instructions.
    private struct Compiler {
        var instructions: [Instruction] = []

        /// Emits `node`; `false` when the program grows past the limit.
        mutating func emit(_ node: PatternParser.Node) -> Bool {
            guard instructions.count < PatternProgram.limit else { return false }
            switch node {
            case .scalars(let set):
                instructions.append(.scalar(set))
            case .start:
                instructions.append(.atStart)
            case .end:
                instructions.append(.atEnd)
            case .sequence(let parts):
                for part in parts where !emit(part) { return false }
            case .choice(let branches):
                // split L1, next; L1: branch; jump end; next: split L2, … ; last branch; end:
                var jumps: [Int] = []
                for (offset, branch) in branches.enumerated() {
                    let isLast = offset == branches.count - 1
                    let split = instructions.count
                    if !isLast { instructions.append(.split(split + 1, -1)) }
                    guard emit(branch) else { return false }
                    if !isLast {
                        jumps.append(instructions.count)
                        instructions.append(.jump(-1))
                        instructions[split] = .split(split + 1, instructions.count)
                    }
                }
                for jump in jumps { instructions[jump] = .jump(instructions.count) }
            case .repeated(let inner, let minimum, let maximum):
                for _ in 0..<minimum where !emit(inner) { return false }
                if let maximum {
                    // Each optional copy: split into it or past the rest.
                    var splits: [Int] = []
                    for _ in minimum..<maximum {
                        splits.append(instructions.count)
                        instructions.append(.split(instructions.count + 1, -1))
                        guard emit(inner) else { return false }
                    }
                    for split in splits { instructions[split] = .split(split + 1, instructions.count) }
                } else {
                    // loop: split body, end; body; jump loop; end:
                    let loop = instructions.count
                    instructions.append(.split(loop + 1, -1))
                    guard emit(inner) else { return false }
                    instructions.append(.jump(loop))
                    instructions[loop] = .split(loop + 1, instructions.count)
                }
            }
            return true
        }
    }
}

/// A set of Unicode scalars: ranges, possibly negated, with a bitmap for ASCII.
struct ScalarSet: Sendable {
    private var ranges: [ClosedRange<UInt32>]
    private var negated: Bool
    private var low: UInt64 = 0
    private var high: UInt64 = 0

    init(_ ranges: [ClosedRange<UInt32>], negated: Bool = false) {
        self.ranges = ranges
        self.negated = negated
        for range in ranges where range.lowerBound < 128 {
            for value in range.lowerBound...min(range.upperBound, 127) {
                if value < 64 { low |= 1 << UInt64(value) } else { high |= 1 << UInt64(value - 64) }
            }
        }
    }

    init(_ scalar: Unicode.Scalar) { self.init([scalar.value...scalar.value]) }

    func contains(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        let inside: Bool
        if value < 64 {
            inside = low & (1 << UInt64(value)) != 0
        } else if value < 128 {
            inside = high & (1 << UInt64(value - 64)) != 0
        } else {
            inside = ranges.contains { $0.contains(value) }
        }
        return inside != negated
    }

    /// The ranges of a set that is not negated, to merge it into a class.
    var positiveRanges: [ClosedRange<UInt32>]? { negated ? nil : ranges }

    /// ECMAScript's `\d`, `\w` and `\s`.
    static let digits: [ClosedRange<UInt32>] = [0x30...0x39]
    static let wordCharacters: [ClosedRange<UInt32>] = [0x30...0x39, 0x41...0x5A, 0x5F...0x5F, 0x61...0x7A]
    static let whiteSpace: [ClosedRange<UInt32>] = [
        0x09...0x0D, 0x20...0x20, 0xA0...0xA0, 0x1680...0x1680, 0x2000...0x200A, 0x2028...0x2029,
        0x202F...0x202F, 0x205F...0x205F, 0x3000...0x3000, 0xFEFF...0xFEFF,
    ]
    /// What `.` does not match: the line terminators.
    static let lineTerminators: [ClosedRange<UInt32>] = [0x0A...0x0A, 0x0D...0x0D, 0x2028...0x2029]
}
