import Foundation
import Testing

/// Output folders a build must never replace, and Markdown that must come out safe.
extension HostileCase {
    private static func output(
        _ name: String, _ folder: String, exit: Int32 = 2, _ expected: [String],
        setUp: @escaping @Sendable (HostileRepository) throws -> Void = { _ in },
        verify: (@Sendable (HostileRepository) throws -> Void)? = nil
    ) -> HostileCase {
        HostileCase(
            name: name, setUp: setUp, arguments: ["--output", folder], exit: exit, expected: expected, verify: verify)
    }

    private static let notBuiltByWaymark =
        "and was not built by waymark (it has no .waymark-site file), and a build replaces its output folder whole. Choose an empty or new folder with --output; if it is a site an earlier version of waymark built, delete it and build again"

    static let outputs: [HostileCase] = [
        output(
            "an unrelated folder of documents", "Documents",
            ["waymark: error: refusing to replace {root}/Documents: it holds 2 items \(notBuiltByWaymark)"],
            setUp: { repository in
                try repository.write("Documents/letter.txt", "Dear colleague")
                try repository.write("Documents/notes/today.txt", "Notes")
            },
            verify: { repository in
                let letter = try String(
                    contentsOf: repository.root.appending(path: "Documents/letter.txt"), encoding: .utf8)
                #expect(letter == "Dear colleague")
            }),
        output(
            "another tool's site", "public",
            ["waymark: error: refusing to replace {root}/public: it holds 1 item \(notBuiltByWaymark)"],
            setUp: { try $0.write("public/index.html", "<p>Hugo</p>") }),
        output(
            "a folder holding only a hidden file", "Documents",
            ["waymark: error: refusing to replace {root}/Documents: it holds 1 item \(notBuiltByWaymark)"],
            setUp: { try $0.write("Documents/.notes", "hidden work") }),
        output(
            "a file", "notes.txt",
            ["waymark: error: refusing to write the site to {root}/notes.txt: it is a file, not a folder"],
            setUp: { try $0.write("notes.txt", "keep me") }),
        output(
            "the content folder", "Content",
            [
                "waymark: error: refusing to write the site to {root}/Content: it holds {root}/Content, which replacing the output would delete"
            ]),
        output(
            "a folder inside the content", "Content/Site",
            [
                "waymark: error: refusing to write the site to {root}/Content/Site: it is inside {root}/Content, which must hold only source files"
            ]),
        output(
            "the templates folder", "Templates",
            [
                "waymark: error: refusing to write the site to {root}/Templates: it holds {root}/Templates, which replacing the output would delete"
            ]),
        output(
            "the working folder", ".",
            [
                "waymark: error: refusing to write the site to {root}: it holds {root}/Content, which replacing the output would delete"
            ]),
        output(
            "the folder above the repository", "..",
            [
                "waymark: error: refusing to write the site to {parent}: it holds {root}/Content, which replacing the output would delete"
            ]),
        output(
            "the root of the file system", "/",
            ["waymark: error: refusing to write the site to /: choose a dedicated output folder"]),
        output(
            "an empty folder is fine", "Empty", exit: 0, [],
            setUp: { try $0.makeFolder("Empty") },
            verify: { repository in
                #expect(
                    FileManager.default.fileExists(atPath: repository.root.appending(path: "Empty/index.html").path))
            }),
        output(
            "a site an earlier build wrote is replaced", "Site", exit: 0, [],
            verify: { repository in
                #expect(FileManager.default.fileExists(atPath: repository.site.appending(path: ".waymark-site").path))
            }),
        HostileCase(
            name: "the staging folder of a build still running is left alone",
            setUp: { repository in
                let running = ProcessInfo.processInfo.processIdentifier
                try repository.write(".Site.building-\(running)/index.html", "half built")
            }, exit: 0, expected: [],
            verify: { repository in
                let running = ProcessInfo.processInfo.processIdentifier
                let staging = try String(
                    contentsOf: repository.root.appending(path: ".Site.building-\(running)/index.html"), encoding: .utf8
                )
                #expect(staging == "half built")
            }),
        HostileCase(
            name: "the staging folders of builds that were killed are removed",
            setUp: { repository in
                try repository.write(".Site.building-2147483646/index.html", "half built")
                try repository.write(".Site.previous-2147483646/index.html", "old")
            }, exit: 0, expected: [],
            verify: { repository in
                let entries = try FileManager.default.contentsOfDirectory(atPath: repository.root.path)
                #expect(!entries.contains { $0.hasPrefix(".Site.") })
            }),
    ]

    /// A body that replaces the "Safety netting" heading, on line 39 of alpha's falls pathway,
    /// with the warnings the build must print about what it leaves off the page.
    private static func markdown(
        _ name: String, _ body: String, warns expected: [String] = [], verify: @escaping @Sendable (String) -> Void
    ) -> HostileCase {
        HostileCase(
            name: name,
            setUp: { try $0.replace("systems/north/alpha/falls.md", "## Safety netting", with: body) },
            exit: 0, expected: expected.map { "Content/systems/north/alpha/falls.md:" + $0 },
            verify: { repository in verify(try repository.page("pathways/alpha/falls.html")) })
    }

    static let markdown: [HostileCase] = [
        markdown(
            "a script element", "<script>alert('crew')</script>",
            warns: [
                "39:1: warning: the HTML `<script>alert('crew')</script>` is left off the page: pages show Markdown, never HTML [markdown.html-dropped]"
            ]
        ) { page in
            #expect(!page.contains("alert('crew')"))
        },
        markdown(
            "an image whose error runs a script", "<img src=x onerror=alert(1)>",
            warns: [
                "39:1: warning: the HTML `<img src=x onerror=alert(1)>` is left off the page: pages show Markdown, never HTML [markdown.html-dropped]"
            ]
        ) { page in
            #expect(!page.contains("onerror"))
        },
        markdown(
            "a javascript: link", "[Refer](javascript:alert(document.cookie))",
            warns: [
                "39:1: warning: the link to `javascript:alert(document.cookie)` is shown without its address, so it leads nowhere: addresses that run code or open files are never published [markdown.link-dropped]"
            ]
        ) { page in
            #expect(!page.contains("javascript:alert"))
        },
        markdown(
            "a data: link", "[Open](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
            warns: [
                "39:1: warning: the link to `data:text/html;base64,PHNjcmlwdD5hbGV...` is shown without its address, so it leads nowhere: addresses that run code or open files are never published [markdown.link-dropped]"
            ]
        ) { page in
            #expect(!page.contains("data:text/html"))
        },
        markdown(
            "a vbscript: image", "![x](vbscript:msgbox)",
            warns: [
                "39:1: warning: the image from `vbscript:msgbox` is shown without its address, so it leads nowhere: addresses that run code or open files are never published [markdown.link-dropped]"
            ]
        ) { page in
            #expect(!page.contains("vbscript:"))
        },
        markdown(
            "an iframe", "<iframe src=\"https://example.com\"></iframe>",
            warns: [
                "39:1: warning: the HTML `<iframe src=\"https://example.com\"></i...` is left off the page: pages show Markdown, never HTML [markdown.html-dropped]"
            ]
        ) { page in
            #expect(!page.contains("<iframe"))
        },
        markdown(
            "an inline style", "<span style=\"display:none\">hidden</span> shown",
            warns: [
                "39:1: warning: the HTML `<span style=\"display:none\">` is left off the page: pages show Markdown, never HTML [markdown.html-dropped]",
                "39:34: warning: the HTML `</span>` is left off the page: pages show Markdown, never HTML [markdown.html-dropped]",
            ]
        ) { page in
            #expect(!page.contains("display:none"))
        },
        markdown("5,000 nested quotations", String(repeating: ">", count: 5_000) + " deep\n") { page in
            #expect(page.contains("deep"))
        },
        markdown(
            "lists nested 1,000 deep", (0..<1_000).map { String(repeating: "  ", count: $0) + "- item\n" }.joined()
        ) { page in
            #expect(page.contains("item"))
        },
        markdown("3,000 emphasis markers", String(repeating: "*a ", count: 3_000) + "\n") { page in
            #expect(page.contains("a"))
        },
        markdown(
            "a thousand link references",
            (0..<1_000).map { "[r\($0)]: https://example.com/\($0)\n" }.joined()
                + (0..<1_000).map { "[r\($0)]" }.joined(separator: " ")
        ) { page in
            #expect(page.contains("https://example.com/999"))
        },
        markdown(
            "an HTML comment that hides text", "<!-- unseenword --> shown",
            warns: [
                "39:1: warning: the HTML `<!-- unseenword --> shown` is left off the page: pages show Markdown, never HTML [markdown.html-dropped]"
            ]
        ) { page in
            #expect(!page.contains("unseenword"))
        },
    ]
}
