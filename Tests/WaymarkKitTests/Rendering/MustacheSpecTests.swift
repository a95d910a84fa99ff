import Foundation
import Testing

@testable import WaymarkKit

/// The Mustache specification's test files, read from `../shared/conformance/mustache-spec/`:
/// every test of the required modules (comments, delimiters, interpolation, inverted, partials,
/// sections) and of inheritance, rendered by `MustacheRenderer`.
@Suite("The Mustache specification")
struct MustacheSpecTests {
    static let specs = TestSupport.packageRoot.appending(path: "../shared/conformance/mustache-spec/specs")
    static let present = FileManager.default.fileExists(atPath: specs.path)
    static let modules = [
        "comments", "delimiters", "interpolation", "inverted", "partials", "sections", "~inheritance",
    ]

    /// A JSON object as a view.
    struct Object: TemplateView {
        let entries: [YAMLNode.Entry]
        func value(named name: String) -> TemplateValue? {
            entries.first { $0.key == name }.map { Self.value($0.value) }
        }

        static func value(_ node: YAMLNode) -> TemplateValue {
            switch node.value {
            case .null: .null
            case .bool(let flag): .bool(flag)
            case .integer(let number): .number(String(number))
            case .number(let number): .number(YAMLNode.format(number))
            case .string(let text): .text(text)
            case .sequence(let items): .list(items.map(Self.value))
            case .mapping(let entries): .view(Object(entries: entries))
            }
        }
    }

    struct Case: CustomTestStringConvertible, Sendable {
        let module: String
        let name: String
        let test: YAMLNode
        var testDescription: String { "\(module): \(name)" }
    }

    static var cases: [Case] {
        guard present else { return [] }
        return modules.flatMap { module -> [Case] in
            let url = specs.appending(path: "\(module).json")
            guard let text = try? String(contentsOf: url, encoding: .utf8), let root = try? JSONReader.parse(text),
                let tests = root["tests"]?.items
            else { return [] }
            return tests.map { Case(module: module, name: $0["name"]?.string ?? "?", test: $0) }
        }
    }

    @Test("Every required and inheritance test file is there, with its tests")
    func filesArePresent() {
        #expect(Self.present, "the Mustache spec is not beside this repository at ../shared/conformance")
        #expect(Self.cases.count == 163)
    }

    @Test("Each test renders its expected output", arguments: cases)
    func spec(_ example: Case) throws {
        let test = example.test
        var templates: [String: ParsedTemplate] = [:]
        templates["test"] = try ParsedTemplate(try #require(test["template"]?.string))
        for entry in test["partials"]?.entries ?? [] {
            templates[entry.key] = try ParsedTemplate(try #require(entry.value.string))
        }
        let renderer = MustacheRenderer(templates: templates)
        let data = Object.value(try #require(test["data"]))
        let output = try #require(renderer.render(data, withTemplate: "test"))
        #expect(String(decoding: output, as: UTF8.self) == test["expected"]?.string)
    }
}
