import Foundation
import Testing

/// The README checked against the binary: every example marked `<!-- example: checked -->` (the line before its
/// code block) is run and its output compared, timings and confidences masked; and the layout section is checked
/// against the tree, so neither can drift from what the tool is.
@Suite("README examples and layout, against the binary and the tree")
struct ReadmeExamplesTests {
    /// The repository's root folder.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The README's lines.
    static func readme() throws -> [String] {
        try String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8)
            .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    /// One `$ command` of a checked block and the output shown under it.
    struct Example: CustomStringConvertible, Sendable {
        let line: Int
        let command: String
        let expected: [String]
        var description: String { "README.md:\(line): \(command)" }
    }

    /// The examples of every checked block, in README order.
    static func examples() throws -> [Example] {
        let lines = try readme()
        var examples: [Example] = []
        var index = 0
        while index < lines.count {
            defer { index += 1 }
            guard lines[index].trimmingCharacters(in: .whitespaces) == "<!-- example: checked -->" else { continue }
            var line = index + 2  // past the marker and the opening fence
            var current: (line: Int, command: String, output: [String])?
            while line < lines.count, !lines[line].hasPrefix("```") {
                if lines[line].hasPrefix("$ ") {
                    if let current {
                        examples.append(Example(line: current.line, command: current.command, expected: current.output))
                    }
                    current = (line + 1, String(lines[line].dropFirst(2)), [])
                } else {
                    current?.output.append(lines[line])
                }
                line += 1
            }
            if let current {
                examples.append(Example(line: current.line, command: current.command, expected: current.output))
            }
        }
        return examples
    }

    /// The words of a command line (single and double quotes group; no other shell syntax).
    static func words(_ command: String) -> [String] {
        var words: [String] = []
        var word = ""
        var quote: Character?
        var inWord = false
        for character in command {
            if let open = quote {
                if character == open { quote = nil } else { word.append(character) }
            } else if character == "'" || character == "\"" {
                quote = character
                inWord = true
            } else if character == " " {
                if inWord { words.append(word) }
                word = ""
                inWord = false
            } else {
                word.append(character)
                inWord = true
            }
        }
        if inWord { words.append(word) }
        return words
    }

    /// Timings and confidences, which change from run to run or with the models, as `#` (a candidate's confidence
    /// leads its line in `:why`: "  1. 0.96  score 1.00  four").
    static func masked(_ line: String) -> String {
        let masks = [
            (#"confidence \d+\.\d+"#, "confidence #"), (#""confidence":[-0-9.e]+"#, "\"confidence\":#"),
            (#"\d+(\.\d+)? ms"#, "# ms"), (#"^(  \d+\. )\d\.\d\d(  score )"#, "$1#$2"),
        ]
        var text = line
        for (pattern, template) in masks {
            let range = NSRange(text.startIndex..., in: text)
            text =
                (try? NSRegularExpression(pattern: pattern))?
                .stringByReplacingMatches(in: text, range: range, withTemplate: template) ?? text
        }
        return text
    }

    /// Whether `actual` matches `expected`, where "…" in an expected line stands for any text and a line that is
    /// only "…" for any number of lines.
    static func matches(_ actual: [String], _ expected: [String]) -> Bool {
        guard let first = expected.first else { return actual.isEmpty }
        if first == "…" {
            return (0...actual.count).contains { matches(Array(actual[$0...]), Array(expected.dropFirst())) }
        }
        guard let line = actual.first else { return false }
        let parts = masked(first).components(separatedBy: "…").map(NSRegularExpression.escapedPattern(for:))
        let pattern = "^" + parts.joined(separator: ".*") + "$"
        let text = masked(line)
        guard text.range(of: pattern, options: .regularExpression) != nil else { return false }
        return matches(Array(actual.dropFirst()), Array(expected.dropFirst()))
    }

    /// A folder name as the layout writes it: letters, digits and dots, then a slash (`Syntax/`, `InquireKit.docc/`).
    static func isFolderName(_ word: String) -> Bool {
        word.count > 1 && word.hasSuffix("/")
            && word.dropLast().allSatisfy { $0.isLetter || $0.isNumber || $0 == "." || $0 == "/" }
    }

    @Test("the README has checked examples")
    func hasExamples() throws {
        #expect(try Self.examples().count >= 4)
    }

    @Test("every checked example prints what the README shows", arguments: try ReadmeExamplesTests.examples())
    func example(_ example: Example) throws {
        var words = Self.words(example.command)
        var stdin: String?
        if words.first == "echo", let pipe = words.firstIndex(of: "|") {
            stdin = words[1..<pipe].joined(separator: " ") + "\n"
            words = Array(words[(pipe + 1)...])
        }
        try #require(words.first == "inquire", "\(example): only inquire commands are checked")
        let result = try BinaryRunner.run(Array(words.dropFirst()), stdin: stdin, environment: ["NO_COLOR": "1"])
        var output = (result.stderr + result.stdout).split(separator: "\n", omittingEmptySubsequences: false)
            .map(String.init)
        if output.last == "" { output.removeLast() }
        #expect(
            Self.matches(output, example.expected),
            "\(example)\nREADME:\n\(example.expected.joined(separator: "\n"))\nbinary:\n\(output.joined(separator: "\n"))"
        )
    }

    @Test("the layout section names folders that exist, and every folder of the targets is named")
    func layout() throws {
        let lines = try Self.readme()
        let start = try #require(lines.firstIndex(of: "## Layout"))
        let open = try #require(lines[start...].firstIndex { $0.hasPrefix("```") })
        let close = try #require(lines[(open + 1)...].firstIndex { $0.hasPrefix("```") })
        var parent = ""
        var named: Set<String> = []
        let manager = FileManager.default
        for line in lines[(open + 1)..<close] {
            let words = line.split(separator: " ").map(String.init)
            guard let first = words.first else { continue }
            let indented = line.hasPrefix(" ")
            // A line names a path at its start: a top-level path (`Sources/inquire/`, `.ci/run`), or, indented, a
            // folder of the path above it (`  Commands/`).
            let isPath = indented ? Self.isFolderName(first) : first.contains("/")
            var base = parent
            if isPath {
                let path = indented ? parent + first : first
                if !indented { parent = path }
                base = path
                named.insert(path)
                #expect(manager.fileExists(atPath: Self.root.appendingPathComponent(path).path), "layout names \(path)")
            }
            // Capitalised folder names in a description (`Corpus/ Text/ …`) are folders of the path the line is about.
            for word in isPath ? words.dropFirst() : words[...] {
                let name = word.trimmingCharacters(in: CharacterSet(charactersIn: ",;:()"))
                guard Self.isFolderName(name), name.first?.isUppercase == true else { continue }
                let sub = base + name
                named.insert(sub)
                #expect(manager.fileExists(atPath: Self.root.appendingPathComponent(sub).path), "layout names \(sub)")
            }
        }
        for folder in ["Sources/", "Sources/inquire/", "Sources/InquireKit/"] {
            let entries = try manager.contentsOfDirectory(atPath: Self.root.appendingPathComponent(folder).path)
            for entry in entries.sorted() {
                var isFolder: ObjCBool = false
                _ = manager.fileExists(
                    atPath: Self.root.appendingPathComponent(folder + entry).path, isDirectory: &isFolder)
                guard isFolder.boolValue else { continue }
                #expect(named.contains(folder + entry + "/"), "the layout section does not name \(folder + entry)/")
            }
        }
    }
}
