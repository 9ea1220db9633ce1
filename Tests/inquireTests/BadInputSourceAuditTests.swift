import Foundation
import Testing

/// Guards against the calls that turn bad input into a crash, by reading the sources: `fatalError`, `try!`,
/// `precondition`, and FileHandle's non-throwing `write(_:)`, `readDataToEndOfFile()` and `availableData`, which
/// stop the process when the write or read fails (a reader that closed the pipe, a full disk, standard input
/// redirected from a folder). A line may opt out with a `// safe:` comment that
/// says why the call cannot be reached from input.
@Suite("bad input: no trapping calls in the sources")
struct BadInputSourceAuditTests {
    /// The repository's `Sources` folder.
    static let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Sources")

    /// Every `.swift` file below `Sources`, with its lines.
    static func swiftFiles() -> [(path: String, lines: [Substring])] {
        guard let walker = FileManager.default.enumerator(atPath: sources.path) else { return [] }
        var files: [(String, [Substring])] = []
        while let relative = walker.nextObject() as? String {
            guard relative.hasSuffix(".swift") else { continue }
            let path = sources.appendingPathComponent(relative).path
            guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { continue }
            files.append(("Sources/" + relative, text.split(separator: "\n", omittingEmptySubsequences: false)))
        }
        return files.sorted { $0.0 < $1.0 }
    }

    /// The code of a line without its comment and string literals (roughly: one line at a time).
    static func code(_ line: Substring) -> String {
        var code = ""
        var inString = false
        var previous: Character = " "
        for character in line {
            if character == "\"" && previous != "\\" {
                inString.toggle()
            } else if !inString {
                if character == "/", previous == "/" { return String(code.dropLast()) }
                code.append(character)
            }
            previous = character
        }
        return code
    }

    @Test(
        "no call that traps on bad input or a closed stream",
        arguments: [
            "fatalError(", "try!", "precondition(", "preconditionFailure(", "FileHandle.standardOutput.write(",
            "FileHandle.standardError.write(", "readDataToEndOfFile(", ".availableData",
        ])
    func noTrappingCalls(call: String) {
        let files = Self.swiftFiles()
        #expect(!files.isEmpty)
        var found: [String] = []
        for (path, lines) in files {
            for (number, line) in lines.enumerated() where !line.contains("// safe:") {
                if Self.code(line).contains(call) { found.append("\(path):\(number + 1)") }
            }
        }
        #expect(
            found.isEmpty,
            """
            \(call) found at \(found.joined(separator: ", ")); throw a one-line error instead, or write with \
            StandardOutput.write / StandardError.write / StandardInput.readAll
            """)
    }
}
