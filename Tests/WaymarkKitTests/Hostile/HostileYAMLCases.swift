/// YAML that is hostile or careless: alias bombs, anchors by the thousand, nesting without end,
/// tags, merge keys, duplicates, broken syntax and limits crossed.
extension HostileCase {
    /// Inserts `text` as new lines after `status: active` (line 3), so its first line is line 4.
    private static func inserting(_ name: String, _ text: String, exit: Int32 = 1, _ expected: [String])
        -> HostileCase
    {
        editing(name, "status: active\n", "status: active\n" + text, exit: exit, expected)
    }

    /// Nested lists, each nine aliases of the one before: `levels` levels expand to 9^levels values.
    private static func aliasBomb(levels: Int) -> String {
        var lines = ["bomb0: &a0 [x, x, x, x, x, x, x, x, x]"]
        for level in 1..<levels {
            let aliases = Array(repeating: "*a\(level - 1)", count: 9).joined(separator: ", ")
            lines.append("bomb\(level): &a\(level) [\(aliases)]")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static let yaml: [HostileCase] = [
        inserting(
            "an alias bomb of nine levels", aliasBomb(levels: 9),
            [
                "\(falls):4:8: error: YAML anchors (`&a0`) are not allowed in content [yaml.anchor]",
                "\(falls):5:13: error: YAML aliases (`*a0`) are not allowed in content [yaml.alias]",
            ]),
        inserting(
            "an alias bomb of twelve levels, which expanded would be 282 billion values", aliasBomb(levels: 12),
            [
                "\(falls):4:8: error: YAML anchors (`&a0`) are not allowed in content [yaml.anchor]",
                "\(falls):6:53: error: 91 more problems of the kinds listed above follow from here; only the first 20 in a file are listed [yaml.more-problems]",
            ]),
        inserting(
            "20,000 anchors", (0..<20_000).map { "k\($0): &n\($0) v\n" }.joined(),
            [
                "\(falls):4:5: error: YAML anchors (`&n0`) are not allowed in content [yaml.anchor]",
                "\(falls):23:6: error: YAML anchors (`&n19`) are not allowed in content [yaml.anchor]",
                "\(falls):24:6: error: 9979 more problems of the kinds listed above follow from here; only the first 20 in a file are listed [yaml.more-problems]",
                "\(falls):10002:8: error: this file holds more than 10000 values; Waymark reads at most that many in one file [limit.values]",
            ]),
        editing(
            "a merge key", "eligibility:\n", "eligibility:\n  <<: {age_max: 90}\n",
            ["\(falls):15:3: error: YAML merge keys (`<<`) are not allowed in content [yaml.merge-key]"]),
        editing(
            "an anchor on a value", "summary: Lift", "summary: &s Lift",
            ["\(falls):4:10: error: YAML anchors (`&s`) are not allowed in content [yaml.anchor]"]),
        inserting(
            "an alias to an anchor that does not exist", "copy: *nowhere\n",
            ["\(falls):4:7: error: YAML aliases (`*nowhere`) are not allowed in content [yaml.alias]"]),
        editing(
            "a core tag", "age_min: 65", "age_min: !!str 65",
            ["\(falls):15:12: error: YAML tags (`!!str`) are not allowed in content [yaml.tag]"]),
        editing(
            "a custom tag", "summary: Lift", "summary: !python/object Lift",
            ["\(falls):4:10: error: YAML tags (`!python/object`) are not allowed in content [yaml.tag]"]),
        editing(
            "a tag on a group", "hours:\n", "hours: !!map\n",
            ["\(falls):6:8: error: YAML tags (`!!map`) are not allowed in content [yaml.tag]"]),
        inserting(
            "a field given twice", "title: Second title\n",
            [
                "\(falls):4:1: error: `title` is given twice in the same group (first on line 2) [yaml.duplicate-key]"
            ]),
        editing(
            "a field given twice in a flow group", "provider: {name: Alpha Community Trust}",
            "provider: {name: Alpha, name: Beta}",
            [
                "\(falls):5:25: error: `name` is given twice in the same group (first on line 5) [yaml.duplicate-key]"
            ]),
        editing(
            "a tab in the indentation", "  age_min: 65", "\tage_min: 65",
            ["\(falls):15:1: error: a tab is used for indentation here; YAML allows only spaces [yaml.tab]"]),
        inserting(
            "lists nested 4,000 deep",
            "deep: " + String(repeating: "[", count: 4000) + String(repeating: "]", count: 4000)
                + "\n",
            [
                "\(falls):4:8: error: groups and lists are nested more than 32 levels deep here; Waymark reads no deeper [limit.depth]"
            ]),
        inserting(
            "groups nested 40 deep by indentation",
            (0..<40).map { String(repeating: "  ", count: $0) + "level\($0):\n" }.joined(),
            [
                "\(falls):36:65: error: groups and lists are nested more than 32 levels deep here; Waymark reads no deeper [limit.depth]"
            ]),
        inserting(
            "a list of 10,001 values", "many:\n" + (0...10_000).map { "  - \($0)\n" }.joined(),
            [
                "\(falls):10003:5: error: this file holds more than 10000 values; Waymark reads at most that many in one file [limit.values]"
            ]),
        editing(
            "a line of 10,001 characters", "summary: Lift", "summary: " + String(repeating: "x", count: 10_000),
            [
                "\(falls):4:10001: error: this line is longer than 10000 characters, the most Waymark reads on one line [limit.line-length]"
            ]),
        HostileCase(
            name: "a file over 1 MiB",
            setUp: { repository in
                let line = String(repeating: "A long paragraph. ", count: 50) + "\n"
                let body = String(repeating: line, count: 1_200)
                try repository.replace("systems/north/alpha/falls.md", "## Safety netting", with: body)
            }, exit: 1,
            expected: [
                "\(falls): error: this file is larger than 1 MiB, the most Waymark reads in one file [limit.file-size]"
            ]),
        HostileCase(
            name: "a second YAML document in site.yaml",
            setUp: { try $0.write("Content/site.yaml", "title: Test catalogue\nsample: true\n---\ntitle: Other\n") },
            exit: 1,
            expected: [
                "Content/site.yaml:3:1: error: a second YAML document starts here, but a content file holds one [yaml.second-document]"
            ]),
        editing(
            "front matter that is never closed", "---\n# What the crew does", "# What the crew does",
            ["\(falls):1:1: error: the front matter that starts here is never closed [front-matter.unterminated]"]),
        writing(
            "no front matter at all", Array("# Falls\n\nNo fields.\n".utf8),
            ["\(falls):1:1: error: this file has no front matter: its first line must be `---` [front-matter.missing]"]
        ),
        writing(
            "front matter that is a list", Array("---\n- a\n- b\n---\nBody\n".utf8),
            [
                "\(falls):2:1: error: the front matter must be a group of `field: value` lines, but found a list [front-matter.not-mapping]"
            ]),
        writing(
            "front matter that is one line of text", Array("---\nJust some words\n---\nBody\n".utf8),
            [
                "\(falls):2:1: error: the front matter must be a group of `field: value` lines, but found the text \"Just some words\" [front-matter.not-mapping]"
            ]),
        writing(
            "an empty file", [],
            ["\(falls):1:1: error: this file has no front matter: its first line must be `---` [front-matter.missing]"]
        ),
        editing(
            "a quote never closed", "owner: Clinical lead for falls", "owner: \"Clinical lead for falls",
            [
                "\(falls):27:10: error: this is not valid YAML: while scanning a quoted scalar, found unexpected end of stream [yaml.syntax]"
            ]),
        editing(
            "a bracket never closed", "include: [fall-no-injury]", "include: [fall-no-injury",
            [
                "\(falls):17:10: error: this is not valid YAML: while parsing a flow sequence, did not find expected ',' or ']' [yaml.syntax]"
            ]),
        editing(
            "a colon and space inside a plain value", "owner: Clinical lead for falls",
            "owner: Lead: falls",
            [
                "\(falls):27:14: error: this is not valid YAML: mapping values are not allowed in this context [yaml.syntax]"
            ]),
        editing(
            "an escape that does not exist", "phone: \"0113 496 0001\"", "phone: \"0113\\q\"",
            [
                "\(falls):21:15: error: this is not valid YAML: while parsing a quoted scalar, found unknown escape character [yaml.syntax]"
            ]),
        editing(
            "a list as a field name", "response: {target_minutes: 120}",
            "? [a, b]\n: 1\nresponse: {target_minutes: 120}",
            ["\(falls):18:3: error: a field name must be plain text, not a list or a group [yaml.complex-key]"]),
        writing(
            "a file that is only its delimiters", Array("---\n---\n".utf8),
            [
                "\(falls):2:1: error: `status` is required but missing [schema.required]"
            ]),
        editing(
            "a vocabulary that is a list", "fall-no-injury:", "- fall-no-injury:", in: "vocabulary/criteria.yaml",
            [
                "Content/vocabulary/criteria.yaml:4:1: error: `head-injury` is in the column of the items of a list (line 1), but is not an item [yaml.indentation]",
                "    hint: if it is an item, start it with `- `",
            ]),
        HostileCase(
            name: "anchors in the bank holidays",
            setUp: {
                try $0.write(
                    "Content/calendars/bank-holidays.yaml", "- &day {date: 2026-12-25, name: Christmas Day}\n- *day\n")
            },
            exit: 1,
            expected: [
                "Content/calendars/bank-holidays.yaml:1:3: error: YAML anchors (`&day`) are not allowed in content [yaml.anchor]",
                "Content/calendars/bank-holidays.yaml:2:3: error: YAML aliases (`*day`) are not allowed in content [yaml.alias]",
            ]),
        inserting(
            "a YAML directive inside front matter", "%YAML 1.1\n",
            ["\(falls):5:1: error: this is not valid YAML: did not find expected <document start> [yaml.syntax]"]),
    ]
}
