import CYaml

/// libyaml's event parser, behind one door: the only code that calls libyaml.
///
/// Reading events rather than a composed tree is what keeps hostile YAML harmless: an alias is an
/// event like any other, never expanded, so a "billion laughs" file costs what its text costs.
struct YAMLEvents: ~Copyable {
    /// One parsing event, copied out of libyaml.
    enum Event {
        case documentStart(SourcePosition)
        case documentEnd
        case scalar(Scalar)
        case sequenceStart(Properties)
        case mappingStart(Properties)
        case collectionEnd
        case alias(name: String, at: SourcePosition)
        case streamEnd
    }

    /// What a node may carry before its value: its position, and any anchor or tag.
    struct Properties {
        var position: SourcePosition
        var anchor: String?
        var tag: String?
    }

    /// A scalar value as written.
    struct Scalar {
        var properties: Properties
        var text: String
        var isPlain: Bool
        /// Where the scalar's text ends, to find a character inside it.
        var end: SourcePosition
    }

    /// Why the text could not be parsed, with libyaml's words and position.
    struct Failure: Error {
        enum Stage { case reader, scanner, parser }
        var stage: Stage
        var problem: String
        var context: String?
        /// Where the problem is; for the reader, derived from the byte offset.
        var position: SourcePosition?
        /// Where the construct being read when the problem was found starts, when libyaml says.
        var contextPosition: SourcePosition?
        /// The byte offset of a reader problem.
        var offset: Int
        /// The character a reader problem is about, when there is one.
        var value: Int32
    }

    /// libyaml keeps pointers to both, so each has an address of its own for the reader's life.
    private let parser: UnsafeMutablePointer<yaml_parser_t>
    private let buffer: UnsafeMutableBufferPointer<UInt8>
    private let firstLine: Int

    /// Starts reading `yaml`, whose first line is line `firstLine` of the file.
    init(yaml: String, firstLine: Int) {
        _ = Self.nestingLimit
        self.firstLine = firstLine
        buffer = .allocate(capacity: max(yaml.utf8.count, 1))
        _ = buffer.initialize(from: yaml.utf8)
        parser = .allocate(capacity: 1)
        parser.initialize(to: yaml_parser_t())
        yaml_parser_initialize(parser)
        yaml_parser_set_input_string(parser, buffer.baseAddress, yaml.utf8.count)
        yaml_parser_set_encoding(parser, YAML_UTF8_ENCODING)
    }

    /// libyaml's own nesting limit, set once for the process just past the content's, so that
    /// flow lists nested thousands deep stop there (libyaml scans a line's flow tokens ahead of
    /// its events, so only its own limit can stop them in time).
    private static let nestingLimit: Void = { yaml_set_max_nest_level(Int32(ContentLimits.depth + 1)) }()

    deinit {
        yaml_parser_delete(parser)
        parser.deallocate()
        buffer.deallocate()
    }

    /// The next event, skipping the stream's start.
    mutating func next() throws(Failure) -> Event {
        while true {
            var event = yaml_event_t()
            guard yaml_parser_parse(parser, &event) == 1 else { throw failure() }
            defer { yaml_event_delete(&event) }
            switch event.type {
            case YAML_STREAM_START_EVENT, YAML_NO_EVENT: continue
            case YAML_STREAM_END_EVENT: return .streamEnd
            case YAML_DOCUMENT_START_EVENT: return .documentStart(position(event.start_mark))
            case YAML_DOCUMENT_END_EVENT: return .documentEnd
            case YAML_ALIAS_EVENT:
                return .alias(name: Self.string(event.data.alias.anchor) ?? "", at: position(event.start_mark))
            case YAML_SCALAR_EVENT:
                let scalar = event.data.scalar
                let properties = self.properties(event.start_mark, scalar.anchor, scalar.tag)
                let text = scalar.value.map {
                    String(decoding: UnsafeBufferPointer(start: $0, count: scalar.length), as: UTF8.self)
                }
                return .scalar(
                    Scalar(
                        properties: properties, text: text ?? "", isPlain: scalar.style == YAML_PLAIN_SCALAR_STYLE,
                        end: position(event.end_mark)))
            case YAML_SEQUENCE_START_EVENT:
                let start = event.data.sequence_start
                return .sequenceStart(properties(event.start_mark, start.anchor, start.tag))
            case YAML_MAPPING_START_EVENT:
                let start = event.data.mapping_start
                return .mappingStart(properties(event.start_mark, start.anchor, start.tag))
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT: return .collectionEnd
            default: continue
            }
        }
    }

    private func properties(
        _ mark: yaml_mark_t, _ anchor: UnsafeMutablePointer<yaml_char_t>?, _ tag: UnsafeMutablePointer<yaml_char_t>?
    ) -> Properties {
        Properties(position: position(mark), anchor: Self.string(anchor), tag: Self.string(tag).map(Self.writtenTag))
    }

    private func position(_ mark: yaml_mark_t) -> SourcePosition {
        SourcePosition(line: Int(mark.line) + firstLine, column: Int(mark.column) + 1)
    }

    private func failure() -> Failure {
        let stage: Failure.Stage =
            switch parser.pointee.error {
            case YAML_READER_ERROR: .reader
            case YAML_SCANNER_ERROR: .scanner
            default: .parser
            }
        let parser = self.parser.pointee
        let problem = parser.problem.map { String(cString: $0) } ?? "the text could not be read"
        let context = parser.context.map { String(cString: $0) }
        let position = stage == .reader ? nil : self.position(parser.problem_mark)
        let contextPosition = context == nil ? nil : self.position(parser.context_mark)
        return Failure(
            stage: stage, problem: problem, context: context, position: position, contextPosition: contextPosition,
            offset: Int(parser.problem_offset), value: parser.problem_value)
    }

    private static func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        pointer.map { String(cString: UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self)) }
    }

    /// A tag as its author wrote it: `!!str` rather than libyaml's `tag:yaml.org,2002:str`.
    private static func writtenTag(_ tag: String) -> String {
        let core = "tag:yaml.org,2002:"
        return tag.hasPrefix(core) ? "!!" + tag.dropFirst(core.count) : tag
    }
}
