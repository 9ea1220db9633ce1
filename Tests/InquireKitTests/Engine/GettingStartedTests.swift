import Foundation
import InquireKit
import Testing

/// The program of the DocC getting-started article (`Sources/InquireKit/InquireKit.docc/GettingStarted.md`), run
/// here line for line, and checked to be the article's.
@Suite("the getting-started article's program")
struct GettingStartedTests {
    /// The repository's root folder.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// The lines of the article's first code block, without its imports and blank lines.
    static func articleProgram() throws -> [String] {
        let article = try String(
            contentsOf: root.appendingPathComponent("Sources/InquireKit/InquireKit.docc/GettingStarted.md"),
            encoding: .utf8)
        let lines = article.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let open = try #require(lines.firstIndex(of: "```swift"))
        let close = try #require(lines[(open + 1)...].firstIndex(of: "```"))
        return lines[(open + 1)..<close].filter { !$0.isEmpty && !$0.hasPrefix("import ") }
    }

    /// The lines between the markers in this file's `program()`.
    static func testedProgram() throws -> [String] {
        let source = try String(contentsOf: URL(fileURLWithPath: #filePath), encoding: .utf8)
        let lines = source.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        let begin = try #require(lines.firstIndex(of: "// The article's program:"))
        let end = try #require(lines[(begin + 1)...].firstIndex(of: "// (end of the article's program)"))
        return Array(lines[(begin + 1)..<end])
    }

    /// The article's three lines, printing to `output` instead of standard output.
    static func program(output: inout String) throws {
        // The article's program:
        let engine = try Engine(contentsOf: Self.root.appendingPathComponent("Corpus/pakistan-iran-airstrikes.txt"))
        let answer = engine.answer("How many children were killed near Saravan?")
        print(answer.text ?? "no answer found", to: &output)
        // (end of the article's program)
    }

    @Test("the article's program runs and prints the answer the article says (its path from the repository's root)")
    func runs() throws {
        var output = ""
        try Self.program(output: &output)
        #expect(output == "four\n")
    }

    @Test(
        "the program run here is the article's, line for line (but for the path from the repository's root and printing into a string)"
    )
    func sameProgram() throws {
        let tested = try Self.testedProgram().map {
            $0.replacingOccurrences(of: ", to: &output)", with: ")")
                .replacingOccurrences(of: "Self.root.appendingPathComponent(", with: "URL(fileURLWithPath: ")
        }
        #expect(tested == (try Self.articleProgram()))
    }
}
