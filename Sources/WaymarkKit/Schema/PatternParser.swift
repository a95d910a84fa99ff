/// Reads the ECMAScript regular expressions `PatternProgram` runs into a tree; `nil` for a
/// pattern outside that syntax, or not a pattern at all, which Foundation's engine then judges.
struct PatternParser {
    indirect enum Node {
        case scalars(ScalarSet)
        case start
        case end
        case sequence([Node])
        case choice([Node])
        case repeated(Node, minimum: Int, maximum: Int?)
    }

    let scalars: [Unicode.Scalar]
    private var offset = 0
    private var depth = 0

    /// The deepest nesting of groups taken; deeper patterns go to the general engine.
    private static let maximumDepth = 32
    /// The largest count a quantifier may give; larger ones go to the general engine.
    private static let maximumCount = 1000

    init(scalars: [Unicode.Scalar]) { self.scalars = scalars }

    mutating func parse() -> Node? {
        guard let node = choice(), offset == scalars.count else { return nil }
        return node
    }

    private var current: Unicode.Scalar? { offset < scalars.count ? scalars[offset] : nil }

    private mutating func choice() -> Node? {
        var branches: [Node] = []
        while true {
            guard let branch = sequence() else { return nil }
            branches.append(branch)
            guard current == "|" else { break }
            offset += 1
        }
        return branches.count == 1 ? branches[0] : .choice(branches)
    }

    private mutating func sequence() -> Node? {
        var parts: [Node] = []
        while let scalar = current, scalar != "|", scalar != ")" {
            guard let atom = atom() else { return nil }
            guard let quantified = quantified(atom) else { return nil }
            parts.append(quantified)
        }
        return parts.count == 1 ? parts[0] : .sequence(parts)
    }

    private mutating func atom() -> Node? {
        guard let scalar = current else { return nil }
        offset += 1
        switch scalar {
        case "^": return .start
        case "$": return .end
        case ".": return .scalars(ScalarSet(ScalarSet.lineTerminators, negated: true))
        case "(":
            if current == "?" {
                // Only the non-capturing group; look-around and named groups go elsewhere.
                guard offset + 1 < scalars.count, scalars[offset + 1] == ":" else { return nil }
                offset += 2
            }
            depth += 1
            guard depth <= Self.maximumDepth, let inner = choice(), current == ")" else { return nil }
            offset += 1
            depth -= 1
            return inner
        case "[": return characterClass()
        case "\\": return escape(inClass: false).map { .scalars($0) }
        // A quantifier with nothing before it, or a bracket or brace standing alone, which
        // ECMAScript's web compatibility rules read in ways best left to the general engine.
        case "*", "+", "?", "{", "}", "]", ")": return nil
        default: return .scalars(ScalarSet(scalar))
        }
    }

    private mutating func quantified(_ atom: Node) -> Node? {
        var node = atom
        guard let scalar = current else { return node }
        let bounds: (Int, Int?)
        switch scalar {
        case "*": bounds = (0, nil)
        case "+": bounds = (1, nil)
        case "?": bounds = (0, 1)
        case "{":
            offset += 1
            guard let minimum = number() else { return nil }
            var maximum: Int? = minimum
            if current == "," {
                offset += 1
                maximum = current == "}" ? nil : number()
                if maximum == nil, current != "}" { return nil }
            }
            guard current == "}", maximum.map({ $0 >= minimum }) ?? true else { return nil }
            bounds = (minimum, maximum)
        default: return node
        }
        offset += 1
        switch atom {
        case .start, .end: return nil
        default: break
        }
        node = .repeated(atom, minimum: bounds.0, maximum: bounds.1)
        // Lazy or greedy, whether the text matches is the same.
        if current == "?" { offset += 1 }
        switch current {
        case "*", "+", "?", "{": return nil
        default: return node
        }
    }

    private mutating func number() -> Int? {
        var value = 0
        var digits = 0
        while let scalar = current, ("0"..."9").contains(scalar) {
            value = value * 10 + Int(scalar.value - 0x30)
            digits += 1
            offset += 1
            guard value <= Self.maximumCount else { return nil }
        }
        return digits > 0 ? value : nil
    }

    private mutating func characterClass() -> Node? {
        var negated = false
        if current == "^" {
            negated = true
            offset += 1
        }
        // `[]` and `[^]` mean "nothing" and "anything" in ECMAScript: left to the general engine.
        guard current != "]" else { return nil }
        var ranges: [ClosedRange<UInt32>] = []
        while let scalar = current, scalar != "]" {
            guard let first = classMember() else { return nil }
            if current == "-", offset + 1 < scalars.count, scalars[offset + 1] != "]" {
                offset += 1
                guard let low = first.single, let last = classMember(), let high = last.single, low <= high else {
                    return nil
                }
                ranges.append(low...high)
            } else {
                ranges += first.ranges
            }
        }
        guard current == "]" else { return nil }
        offset += 1
        return .scalars(ScalarSet(ranges, negated: negated))
    }

    /// One member of a class: a scalar, or a class escape such as `\d`.
    private mutating func classMember() -> (ranges: [ClosedRange<UInt32>], single: UInt32?)? {
        guard let scalar = current else { return nil }
        offset += 1
        guard scalar == "\\" else { return ([scalar.value...scalar.value], scalar.value) }
        guard let set = escape(inClass: true), let ranges = set.positiveRanges else { return nil }
        let single = ranges.count == 1 && ranges[0].count == 1 ? ranges[0].lowerBound : nil
        return (ranges, single)
    }

    /// The escape after a `\`.
    private mutating func escape(inClass: Bool) -> ScalarSet? {
        guard let scalar = current else { return nil }
        offset += 1
        switch scalar {
        case "d": return ScalarSet(ScalarSet.digits)
        case "D": return ScalarSet(ScalarSet.digits, negated: true)
        case "w": return ScalarSet(ScalarSet.wordCharacters)
        case "W": return ScalarSet(ScalarSet.wordCharacters, negated: true)
        case "s": return ScalarSet(ScalarSet.whiteSpace)
        case "S": return ScalarSet(ScalarSet.whiteSpace, negated: true)
        case "t": return ScalarSet("\t")
        case "n": return ScalarSet("\n")
        case "r": return ScalarSet("\r")
        case "f": return ScalarSet("\u{0C}")
        case "v": return ScalarSet("\u{0B}")
        case "u": return hexadecimal(digits: 4)
        case "x": return hexadecimal(digits: 2)
        case "-" where inClass: return ScalarSet("-")
        default:
            // An escaped syntax character stands for itself; every other escape (`\b`, `\1`,
            // `\p{…}`, `\c`) means something this engine does not do.
            guard "^$\\.*+?()[]{}|/".unicodeScalars.contains(scalar) else { return nil }
            return ScalarSet(scalar)
        }
    }

    private mutating func hexadecimal(digits: Int) -> ScalarSet? {
        guard offset + digits <= scalars.count else { return nil }
        var value: UInt32 = 0
        for scalar in scalars[offset..<(offset + digits)] {
            guard let digit = Int(String(scalar), radix: 16) else { return nil }
            value = value * 16 + UInt32(digit)
        }
        offset += digits
        // A lone surrogate half is not a scalar this engine can compare with.
        guard let scalar = Unicode.Scalar(value) else { return nil }
        return ScalarSet(scalar)
    }
}
