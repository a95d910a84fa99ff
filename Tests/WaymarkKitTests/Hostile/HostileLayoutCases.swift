import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Content folders laid out carelessly, templates broken, and output folders that must not be
/// replaced.
extension HostileCase {
    private static func setting(
        _ name: String, exit: Int32, _ expected: [String],
        _ setUp: @escaping @Sendable (HostileRepository) throws -> Void
    ) -> HostileCase {
        HostileCase(name: name, setUp: setUp, exit: exit, expected: expected)
    }

    /// A case that puts an empty folder where the content file `path` was.
    private static func folderInstead(_ what: String, of path: String) -> HostileCase {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        return setting(
            "a folder where \(what) belongs", exit: 1,
            [
                "Content/\(path): error: `\(name)` is a folder, but a file belongs here, so none of it is read [layout.folder-not-file]"
            ]
        ) { repository in
            try repository.remove("Content/" + path)
            try repository.makeFolder("Content/" + path)
        }
    }

    static let layout: [HostileCase] = [
        folderInstead("a pathway file", of: "systems/north/alpha/falls.md"),
        folderInstead("place.md", of: "systems/north/beta/place.md"),
        folderInstead("system.md", of: "systems/north/system.md"),
        folderInstead("site.yaml", of: "site.yaml"),
        setting(
            "a folder where a vocabulary belongs", exit: 1,
            [
                "Content/vocabulary/roles.yaml: error: `roles.yaml` is a folder, but a file belongs here, so none of it is read [layout.folder-not-file]"
            ]
        ) { repository in
            try repository.remove("Content/vocabulary/roles.yaml")
            try repository.makeFolder("Content/vocabulary/roles.yaml/old")
        },
        setting(
            "an empty folder, under --strict", exit: 1,
            ["Content/drafts: error: this folder is empty, so nothing in it is published [layout.empty-folder]"]
        ) { try $0.makeFolder("Content/drafts") }.with(arguments: ["--strict"]),
        setting(
            "an empty place folder", exit: 1,
            [
                "Content/systems/north/gamma/place.md: error: `systems/north/gamma/place.md` is missing: every place folder describes its place [layout.missing-file]"
            ]
        ) { try $0.makeFolder("Content/systems/north/gamma") },
        setting(
            "an empty system folder", exit: 1,
            [
                "Content/systems/south/system.md: error: `systems/south/system.md` is missing: every system folder describes its system [layout.missing-file]"
            ]
        ) { try $0.makeFolder("Content/systems/south") },
        setting(
            "a named pipe named like a pathway, under --strict", exit: 1,
            [
                "Content/systems/north/beta/stroke.md: error: this is neither a file nor a folder (a named pipe, socket or device), so it is ignored [layout.not-a-file]"
            ]
        ) { repository in
            let path = repository.content.appending(path: "systems/north/beta/stroke.md").path
            #expect(mkfifo(path, 0o644) == 0)
        }.with(arguments: ["--strict"]),
        setting(
            "a symbolic link to a file outside the content, under --strict", exit: 1,
            [
                "Content/trusts/other.md: error: this is a symbolic link; Waymark does not follow links, so it is ignored [layout.symbolic-link]"
            ]
        ) { repository in
            try FileManager.default.createSymbolicLink(
                atPath: repository.content.appending(path: "trusts/other.md").path, withDestinationPath: "/etc/passwd")
        }.with(arguments: ["--strict"]),
        setting(
            "a file outside the layout, under --strict", exit: 1,
            [
                "Content/notes.txt: error: this file is not part of the content layout and is ignored [layout.unexpected-file]"
            ]
        ) { try $0.write("Content/notes.txt", "notes") }.with(arguments: ["--strict"]),
        setting(
            "a place folder with capital letters", exit: 1,
            [
                "Content/systems/north/Gamma/place.md: error: `Gamma` is not a valid place identifier, so this file is skipped [layout.bad-id]"
            ]
        ) { try $0.write("Content/systems/north/Gamma/place.md", "---\nname: Gamma\n---\n") },
        setting(
            "a pathway file with an empty second name", exit: 1,
            [
                "Content/systems/north/alpha/falls--.md: error: `falls--.md` is not a pathway file name, so this file is skipped: a pathway file is named after its type, `<type>.md` or `<type>--<name>.md`, in lower-case letters, digits and single hyphens [layout.bad-id]"
            ]
        ) { try $0.write("Content/systems/north/alpha/falls--.md", "---\ntitle: x\n---\n") },
        setting(
            "a pathway file in capitals, under --strict", exit: 1,
            [
                "Content/systems/north/alpha/FALLS.MD: error: this file is not part of the content layout and is ignored [layout.unexpected-file]"
            ]
        ) { try $0.write("Content/systems/north/alpha/FALLS.MD", "---\ntitle: x\n---\n") }.with(arguments: ["--strict"]
        ),
        setting("hidden files are left out, as editors' swap files are", exit: 0, []) { repository in
            try repository.write("Content/systems/north/alpha/.falls.md.swp", [0x00, 0xFF])
            try repository.write("Content/.DS_Store", [0x00, 0x01])
        },
        setting(
            "a schema file that is not JSON", exit: 1,
            [
                "Content/schema/trust.schema.json:1:2: error: this schema file is not valid JSON: expected `true` [schema.json-syntax]"
            ]
        ) { try $0.write("Content/schema/trust.schema.json", "title: not JSON") },
        setting(
            "a pathway of a type that does not exist", exit: 1,
            [
                "Content/systems/north/alpha/teleporter.md:1:1: error: the file name makes this a `teleporter` pathway, but there is no pathway type `teleporter` [reference.unknown]"
            ]
        ) { repository in
            try FileManager.default.copyItem(
                at: repository.content.appending(path: "systems/north/alpha/falls.md"),
                to: repository.content.appending(path: "systems/north/alpha/teleporter.md"))
        },
    ]

    static let templates: [HostileCase] = [
        setting(
            "a partial that does not exist", exit: 2,
            [
                "Templates/place.mustache:1:1: error: the partial `partials/no-such-partial` does not exist: there is no partials/no-such-partial.mustache in the templates folder [template.missing-partial]",
                "waymark: error: the templates have problems, so nothing was built",
            ]
        ) { repository in
            let url = repository.templates.appending(path: "place.mustache")
            let text = try String(contentsOf: url, encoding: .utf8)
            try Data(("{{> partials/no-such-partial}}" + text).utf8).write(to: url)
        },
        setting(
            "a parent template that does not exist", exit: 2,
            [
                "Templates/search.mustache:1:1: error: the parent template `no-layout` does not exist: there is no no-layout.mustache in the templates folder [template.missing-partial]"
            ]
        ) { try $0.replaceInTemplate("search.mustache", "{{<layout}}", with: "{{<no-layout}}") },
        setting(
            "a section closed with the wrong name", exit: 2,
            [
                "Templates/not-found.mustache:2:1: error: `{{/b}}` does not close the section `a` opened at line 1: close sections in the reverse order they open [template.syntax]"
            ]
        ) { try $0.write("Templates/not-found.mustache", "{{#a}}\n{{/b}}\n") },
        setting(
            "a section never closed", exit: 2,
            [
                "Templates/not-found.mustache:1:1: error: the section `a` opened here is never closed: close it with `{{/a}}` [template.syntax]"
            ]
        ) { try $0.write("Templates/not-found.mustache", "{{#a}}\ntext\n") },
        setting(
            "a tag never finished", exit: 2,
            [
                "Templates/not-found.mustache:1:7: error: this tag is never finished: a `}}` is missing [template.syntax]"
            ]
        ) { try $0.write("Templates/not-found.mustache", "Hello {{title") },
        setting(
            "a page template missing", exit: 2,
            [
                "Templates/pathway.mustache: error: the template pathway.mustache is missing from the templates folder; every site needs it [template.missing]"
            ]
        ) { try $0.remove("Templates/pathway.mustache") },
        setting(
            "a templates folder that does not exist", exit: 2,
            ["waymark: error: the templates folder Templates does not exist"]
        ) { try $0.remove("Templates") },
    ]
}

extension HostileCase {
    /// The same case with extra build arguments.
    func with(arguments: [String]) -> HostileCase {
        var copy = self
        copy.arguments += arguments
        return copy
    }
}
