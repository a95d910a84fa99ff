import Foundation
import Testing

@testable import WaymarkKit

@Suite("The Writing pathways reference says what the schemas enforce")
struct SchemaReferenceTests {
    /// The shipped schema documents, read straight from `Content/schema/`, by path inside it.
    static func shippedDocuments() throws -> [String: YAMLNode] {
        let folder = TestSupport.shippedContent.appending(path: "schema")
        var documents: [String: YAMLNode] = [:]
        for path in try ContentLoader.relativeFilePaths(in: folder) where path.hasSuffix(".schema.json") {
            documents[path] = try JSONReader.parse(String(contentsOf: folder.appending(path: path), encoding: .utf8))
        }
        return documents
    }

    /// The reference page rendered for the minimal fixture's catalogue with `documents` as the schemas.
    static func page(_ documents: [String: YAMLNode]) throws -> String {
        let catalogue = Pipeline.check(try TestSupport.loadFixture()).catalogue
        let renderer = try SiteRenderer(templates: try TemplateSet(loadingFrom: TestSupport.shippedTemplates))
        let site = renderer.render(catalogue, schemas: documents, buildDate: CalendarDate("2026-11-22")!)
        return String(decoding: try #require(site[SitePaths.reference]).contents, as: UTF8.self)
    }

    /// Every property path of the document `file`, found by a walk written apart from `SchemaWalker`:
    /// it follows `$ref` (JSON Pointers, across files), the applicators, `if`/`then`/`else`, list
    /// items and the schemas for keys a clinical lead chooses (written `<*>`).
    static func propertyPaths(in documents: [String: YAMLNode], file: String) -> Set<String> {
        var paths: Set<String> = []
        func join(_ path: String, _ key: String) -> String { path.isEmpty ? key : path + "." + key }
        func walk(_ node: YAMLNode, file: String, path: String, depth: Int) {
            guard depth < 40, node.entries != nil else { return }
            if let reference = node["$ref"]?.string {
                let pieces = reference.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
                var target = file
                if !pieces[0].isEmpty {
                    var folder = file.split(separator: "/").dropLast().map(String.init)
                    for part in pieces[0].split(separator: "/") {
                        if part == ".." { folder.removeLast() } else { folder.append(String(part)) }
                    }
                    target = folder.joined(separator: "/")
                }
                var resolved = documents[target]
                for token in pieces.count > 1 ? pieces[1].split(separator: "/") : [] {
                    resolved = resolved?[String(token)]
                }
                if let resolved { walk(resolved, file: target, path: path, depth: depth + 1) }
            }
            for keyword in ["allOf", "anyOf", "oneOf"] {
                for branch in node[keyword]?.items ?? [] { walk(branch, file: file, path: path, depth: depth + 1) }
            }
            for keyword in ["if", "then", "else"] {
                if let branch = node[keyword] { walk(branch, file: file, path: path, depth: depth + 1) }
            }
            for entry in node["properties"]?.entries ?? [] {
                paths.insert(join(path, entry.key))
                walk(entry.value, file: file, path: join(path, entry.key), depth: depth + 1)
            }
            for keyword in ["additionalProperties", "unevaluatedProperties"] {
                if let schema = node[keyword], schema.entries != nil {
                    paths.insert(join(path, "<*>"))
                    walk(schema, file: file, path: join(path, "<*>"), depth: depth + 1)
                }
            }
            if let items = node["items"] { walk(items, file: file, path: path + "[]", depth: depth + 1) }
        }
        if let root = documents[file] { walk(root, file: file, path: "", depth: 0) }
        return paths
    }

    /// Every key of every `properties` object anywhere in a document, reachable or not.
    static func propertyKeys(_ node: YAMLNode) -> Set<String> {
        var keys: Set<String> = []
        for entry in node.entries ?? [] {
            if entry.key == "properties" { keys.formUnion(entry.value.entries?.map(\.key) ?? []) }
            keys.formUnion(propertyKeys(entry.value))
        }
        for item in node.items ?? [] { keys.formUnion(propertyKeys(item)) }
        return keys
    }

    /// A reference path with each chosen key (`<term>`) written `<*>`.
    static func normalised(_ path: String) -> String {
        path.split(separator: ".", omittingEmptySubsequences: false).map { $0.hasPrefix("<") ? "<*>" : String($0) }
            .joined(separator: ".")
    }

    @Test("The shipped schemas are all usable, and each kind of file has its section, in the content format's order")
    func sectionsInOrder() throws {
        let documents = try Self.shippedDocuments()
        let loaded = try ContentLoader.load(from: TestSupport.shippedContent, displayRoot: "Content")
        #expect(Set(Pipeline.check(loaded).schemas.documents.keys) == Set(documents.keys))
        let reference = SchemaReference(documents: documents)
        #expect(
            reference.sections.map(\.schemaFile) == [
                "site.schema.json", "vocabulary.schema.json", "bank-holidays.schema.json", "pathway-type.schema.json",
                "trust.schema.json", "system.schema.json", "place.schema.json", "pathway.schema.json",
                "governance.schema.json",
            ])
        #expect(reference.types.map(\.type) == ["falls", "frailty", "sdec", "stroke"])
        for section in reference.sections {
            #expect(section.title == documents[section.schemaFile]?["title"]?.string)
            #expect(section.description == documents[section.schemaFile]?["description"]?.string)
        }
    }

    @Test("Every property path in any schema is a row of its kind's section, and nothing else is")
    func everyPropertyPathIsListed() throws {
        let documents = try Self.shippedDocuments()
        let reference = SchemaReference(documents: documents)
        for section in reference.sections {
            let listed = section.fields.map { Self.normalised($0.path) }
            #expect(Set(listed).count == listed.count, "\(section.schemaFile) lists a field twice")
            #expect(Set(listed) == Self.propertyPaths(in: documents, file: section.schemaFile), "\(section.schemaFile)")
            let lastSegments = Set(section.fields.map { String($0.path.split(separator: ".").last ?? "") })
            let keys = Self.propertyKeys(try #require(documents[section.schemaFile]))
            #expect(keys.isSubset(of: lastSegments), "\(section.schemaFile): \(keys.subtracting(lastSegments))")
        }
        let pathway = Set(
            try #require(reference.sections.first { $0.schemaFile == "pathway.schema.json" }).fields.map(\.path))
        #expect(pathway.contains("hours.sessions[].from"))
        #expect(pathway.contains("eligibility.age_min"))
        for type in reference.types {
            let walked = Self.propertyPaths(in: documents, file: type.schemaFile)
            #expect(Set(type.added.map(\.path)) == walked.subtracting(pathway), "\(type.schemaFile)")
            #expect(walked.isSubset(of: pathway.union(type.added.map(\.path))))
            let keys = Self.propertyKeys(try #require(documents[type.schemaFile]))
            let named = Set(pathway.union(type.added.map(\.path)).map { String($0.split(separator: ".").last!) })
            #expect(keys.isSubset(of: named), "\(type.schemaFile): \(keys.subtracting(named))")
        }
    }

    @Test("A $ref across files is followed: a type schema's eligibility has the shared fields")
    func referenceAcrossFiles() throws {
        let documents = try Self.shippedDocuments()
        let walker = SchemaWalker(documents: documents)
        let frailty = walker.fields(
            of: SchemaLocation(
                file: "types/frailty.schema.json", node: try #require(documents["types/frailty.schema.json"])))
        let ageMin = try #require(frailty.first { $0.path == "eligibility.age_min" })
        #expect(ageMin.title == "Minimum age")
        #expect(ageMin.file == "pathway.schema.json")
        #expect(ageMin.type == "whole number, or empty")
    }

    @Test("Required fields are marked required, and conditional ones say when")
    func requiredFields() throws {
        let documents = try Self.shippedDocuments()
        let reference = SchemaReference(documents: documents)
        for section in reference.sections {
            let root = try #require(documents[section.schemaFile])
            let required = Set(root["required"]?.items?.compactMap(\.string) ?? [])
            for key in root["properties"]?.entries?.map(\.key) ?? [] {
                let field = try #require(section.fields.first { $0.path == key })
                let conditional = field.requirement.label.hasPrefix("Required when")
                #expect(field.requirement.isRequired == required.contains(key), "\(section.schemaFile): \(key)")
                #expect(conditional || field.requirement.label == (required.contains(key) ? "Required" : "Optional"))
            }
        }
        let pathway = try #require(reference.sections.first { $0.schemaFile == "pathway.schema.json" })
        func field(_ path: String) throws -> SchemaReference.Field {
            try #require(pathway.fields.first { $0.path == path })
        }
        for path in [
            "title", "status", "hours", "governance.owner", "governance.approved_by", "referral.methods",
            "hours.sessions[].from",
        ] {
            #expect(try field(path).requirement == .required, "\(path)")
        }
        for path in ["provider", "governance.contact", "eligibility.age_min", "hours.bank_holidays"] {
            #expect(try field(path).requirement == .optional, "\(path)")
        }
        #expect(try field("referral.phone").requirement.label == "Required when referral.methods includes phone")
        let governance = try #require(reference.sections.first { $0.schemaFile == "governance.schema.json" })
        #expect(
            governance.fields.first { $0.path == "trust" }?.requirement.label == "Required when kind is joint-committee"
        )

        let frailty = try #require(reference.types.first { $0.type == "frailty" })
        let cfs = try #require(frailty.added.first)
        #expect(frailty.added.map(\.path) == ["eligibility.cfs_min"])
        #expect(cfs.requirement == .required)
        #expect(cfs.type == "whole number")
        #expect(cfs.rules.map(\.text).contains("a Clinical Frailty Scale score, a whole number from 1 to 9"))
        #expect(cfs.example == "cfs_min: 5")
        #expect(frailty.restricted.map(\.path) == ["eligibility"])
        #expect(try #require(reference.types.first { $0.type == "falls" }).added.isEmpty)
        #expect(
            try #require(reference.types.first { $0.type == "stroke" }).added.map(\.path) == [
                "eligibility.onset_within_hours"
            ])
    }

    @Test("Enum values, x-expected phrases, limits, the hours forms and examples are shown")
    func allowedValues() throws {
        let documents = try Self.shippedDocuments()
        let reference = SchemaReference(documents: documents)
        let pathway = try #require(reference.sections.first { $0.schemaFile == "pathway.schema.json" })
        func field(_ path: String) throws -> SchemaReference.Field {
            try #require(pathway.fields.first { $0.path == path })
        }
        #expect(
            try field("status").rules.contains(.init("One of", values: ["draft", "active", "suspended", "retired"])))
        #expect(
            try field("referral.methods").rules.contains(
                .init("Each item one of", values: ["phone", "cad", "booking", "email", "online"])))
        let from = try field("hours.sessions[].from")
        let expected = try #require(documents["pathway.schema.json"]?["$defs"]?["time"]?["x-expected"]?.string)
        #expect(from.rules == [.init(expected)])
        #expect(from.example == "from: \"08:00\"")
        #expect(from.type == "text")
        #expect(try field("eligibility.age_min").example == "age_min: 65")
        #expect(try field("eligibility.age_max").type == "whole number, or empty")
        #expect(try field("hours.sessions").type == "list of groups of fields, or empty")
        #expect(try field("governance.version").type == "text or number, or empty")
        #expect(try field("referral.phone").example == "phone: \"0113 496 0123\"")
        #expect(try field("governance.approved_on").example == "approved_on: 2026-03-01")

        let hours = try field("hours")
        #expect(
            hours.rules.contains {
                $0.text.contains("“open 24/7” (with always)") && $0.text.contains("“open in sessions” (with sessions)")
            })
        #expect(try field("hours.always").requirement.label == "Required for the form “open 24/7”")
        #expect(try field("hours.always").rules.contains(.init("For the form “open 24/7”: must be", values: ["true"])))
        #expect(try field("hours.sessions").requirement.label == "Required for the form “open in sessions”")
        #expect(try field("hours.sessions").rules.contains(.init("For the form “open 24/7”: no items")))

        // Every x-expected written on a property itself is among its row's rules.
        for section in reference.sections {
            let root = try #require(documents[section.schemaFile])
            for entry in root["properties"]?.entries ?? [] {
                guard let phrase = entry.value["x-expected"]?.string else { continue }
                #expect(section.fields.first { $0.path == entry.key }?.rules.contains(.init(phrase)) == true)
            }
        }

        let html = try Self.page(documents)
        #expect(
            html.contains(
                "<li>One of <code>draft</code>, <code>active</code>, <code>suspended</code>, <code>retired</code></li>")
        )
        #expect(html.contains("<pre class=\"example\"><code>from: &quot;08:00&quot;</code></pre>"))
        #expect(html.contains("<th scope=\"row\"><code class=\"field-path\">hours<wbr>.sessions[]<wbr>.from</code>"))
        #expect(html.contains("<h3 id=\"type-frailty\">"))
        #expect(html.contains("<a href=\"#type-frailty\">"))
        #expect(html.contains("<code class=\"field-path\">eligibility<wbr>.cfs_min</code>"))
    }

    @Test(
        "Examples are written as YAML a clinical lead would write",
        arguments: [
            ("{\"k\": \"08:00\"}", "k: \"08:00\""),
            ("{\"k\": \"0113 496 0123\"}", "k: \"0113 496 0123\""),
            ("{\"k\": \"2026-03-01\"}", "k: 2026-03-01"),
            ("{\"k\": \"Falls response, Leeds\"}", "k: Falls response, Leeds"),
            ("{\"k\": \"yes\"}", "k: \"yes\""),
            ("{\"k\": \"2.1\"}", "k: \"2.1\""),
            ("{\"k\": 4.5}", "k: 4.5"),
            ("{\"k\": null}", "k: null"),
            ("{\"k\": [\"a, b\", \"c\"]}", "k: [\"a, b\", c]"),
            ("{\"k\": {\"a\": 1, \"b\": [true]}}", "k:\n  a: 1\n  b: [true]"),
            ("{\"k\": [{\"from\": \"09:00\"}]}", "k:\n  - {from: \"09:00\"}"),
        ])
    func yamlExamples(json: String, yaml: String) throws {
        let value = try #require(try JSONReader.parse(json)["k"])
        #expect(SchemaWording.yaml(key: "k", value: value) == yaml)
    }

    @Test("A schema that refers back to itself is listed once, with a pointer, not walked again and again")
    func recursiveSchema() throws {
        var documents = try Self.shippedDocuments()
        documents["place.schema.json"] = try JSONReader.parse(
            """
            {"title": "Place", "type": "object", "properties": {
                "name": {"title": "Name", "type": "string"},
                "parent": {"title": "Parent", "$ref": "#"},
                "area": {"$ref": "#/$defs/area"}},
             "$defs": {"area": {"title": "Area", "type": "object", "properties": {
                "part": {"title": "Part", "$ref": "#/$defs/area"}, "label": {"type": "string"}}}}}
            """)
        let reference = SchemaReference(documents: documents)
        let place = try #require(reference.sections.first { $0.schemaFile == "place.schema.json" })
        #expect(place.fields.map(\.path) == ["name", "parent", "area", "area.part", "area.label"])
        let parent = try #require(place.fields.first { $0.path == "parent" })
        #expect(parent.rules.contains(.init("The same fields as the whole file, written again inside it")))
        let part = try #require(place.fields.first { $0.path == "area.part" })
        #expect(part.rules.contains(.init("The same fields as", values: ["area"])))
    }

    @Test("A changed schema changes the page; a missing one leaves out only its kind; text is escaped")
    func generatedFromDocuments() throws {
        let documents = try Self.shippedDocuments()
        let before = try Self.page(documents)
        let text = try String(
            contentsOf: TestSupport.shippedContent.appending(path: "schema/pathway.schema.json"), encoding: .utf8)
        let added = """
            "properties": {
                "triage_note": {"title": "Triage <note>", "description": "Said \\"first\\" & <b>loud</b>.",
                    "type": ["string", "null"], "enum": ["red", "amber", null], "examples": ["amber"]},
            """
        let changedText = text.replacingOccurrences(
            of: "\"properties\": {", with: added, options: [], range: text.range(of: "\"properties\": {"))
        var changed = documents
        changed["pathway.schema.json"] = try JSONReader.parse(changedText)
        let after = try Self.page(changed)
        #expect(before != after)
        #expect(!before.contains("triage_note"))
        #expect(
            after.contains(
                "<th scope=\"row\"><code class=\"field-path\">triage_note</code><span class=\"field-title\">Triage &lt;note&gt;</span></th>"
            ))
        #expect(after.contains("<td>Said &quot;first&quot; &amp; &lt;b&gt;loud&lt;/b&gt;.</td>"))
        #expect(after.contains("<li>One of <code>red</code>, <code>amber</code>, <code>null</code></li>"))
        #expect(!after.contains("<b>loud"))

        var missing = documents
        missing["pathway.schema.json"] = nil
        let partial = try Self.page(missing)
        #expect(!partial.contains("id=\"pathway\""))
        #expect(partial.contains("id=\"site\"") && partial.contains("id=\"governance\""))
        let empty = try Self.page([:])
        #expect(empty.contains("No schema files were available"))
        #expect(!empty.contains("<table"))
    }

    @Test("Every internal link and anchor in the built sample resolves, the reference's contents included")
    func sampleLinksResolve() throws {
        let loaded = try ContentLoader.load(from: TestSupport.shippedContent, displayRoot: "Content")
        let checked = Pipeline.check(loaded)
        let renderer = try SiteRenderer(templates: try TemplateSet(loadingFrom: TestSupport.shippedTemplates))
        let site = renderer.render(
            checked.catalogue, schemas: checked.schemas.documents, buildDate: CalendarDate("2026-11-22")!)
        let snapshot = SiteSnapshot(
            files: Dictionary(uniqueKeysWithValues: site.files.map { ($0.path, Data($0.contents)) }))
        #expect(LinkChecker.brokenLinks(in: snapshot) == [])
        let page = String(decoding: try #require(site[SitePaths.reference]).contents, as: UTF8.self)
        let reference = SchemaReference(documents: checked.schemas.documents)
        let anchors = ["main", "type-thresholds"] + reference.sections.map(\.id) + reference.types.map(\.id)
        #expect(Set(LinkChecker.links(in: page).filter { $0.hasPrefix("#") }) == Set(anchors.map { "#" + $0 }))
        #expect(anchors.count == 2 + 9 + 4)
        let home = String(decoding: try #require(site[SitePaths.home]).contents, as: UTF8.self)
        #expect(
            home.contains(
                "<a href=\"reference/index.html\">Writing pathways: every field, its type and allowed values</a>"))
        #expect(!page.contains(/<script[^>]*>[^<]/) && !page.contains(" style=\""))
    }
}
