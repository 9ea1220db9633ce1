import Foundation
import Testing

/// The README's shell session (the block after `<!-- session: checked -->`) replayed through a real pseudo-terminal
/// of 80 columns with `TERM=dumb`: each line typed at the prompt is typed, and what the shell shows up to the next
/// prompt is compared with the README's lines, timings and confidences masked, so the session cannot drift.
@Suite("README shell session, replayed on a pseudo-terminal")
struct ReadmeSessionTests {
    /// The session's command line, what it shows before the first prompt, and each line typed with what follows.
    struct Session {
        var arguments: [String] = []
        var banner: [String] = []
        var steps: [(typed: String, shown: [String])] = []
    }

    /// The prompt.
    static let prompt = "inquire> "

    /// The checked session of the README.
    static func session() throws -> Session {
        let lines = try ReadmeExamplesTests.readme()
        let marker = try #require(
            lines.firstIndex { $0.trimmingCharacters(in: .whitespaces) == "<!-- session: checked -->" })
        var session = Session()
        var line = marker + 2  // past the marker and the opening fence
        let command = lines[line]
        try #require(command.hasPrefix("$ inquire"), "README.md:\(line + 1): the session starts with `$ inquire`")
        session.arguments = Array(ReadmeExamplesTests.words(String(command.dropFirst(2))).dropFirst())
        line += 1
        while line < lines.count, !lines[line].hasPrefix("```") {
            if lines[line].hasPrefix(prompt) {
                session.steps.append((String(lines[line].dropFirst(prompt.count)), []))
            } else if session.steps.isEmpty {
                session.banner.append(lines[line])
            } else {
                session.steps[session.steps.count - 1].shown.append(lines[line])
            }
            line += 1
        }
        return session
    }

    /// The lines of `text` without the last, unfinished one (the prompt).
    static func shownLines(_ text: String) -> [String] {
        Array(text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init).dropLast())
    }

    @Test("the session shows what the README shows")
    func replay() throws {
        let session = try Self.session()
        #expect(session.steps.count >= 10)
        let home = try ShellHome()
        defer { home.remove() }
        let shell = try PseudoTerminal(
            arguments: session.arguments, environment: home.environment(["TERM": "dumb", "PAGER": "cat"]),
            columns: 80, rows: 200)
        let banner = Self.shownLines(try shell.expect(Self.prompt))
        #expect(ReadmeExamplesTests.matches(banner, session.banner), "banner:\n\(banner.joined(separator: "\n"))")
        for step in session.steps {
            if step.typed == "^D" {
                shell.send(Key.controlD)
                #expect(try shell.waitForExit() == 0)
                break
            }
            shell.send(step.typed + Key.enter)
            // What is shown: the echo of the typed line, then the output, then the next prompt.
            var shown = Self.shownLines(try shell.expect("\n" + Self.prompt))
            #expect(shown.first == step.typed, "the echo of \(step.typed)")
            shown.removeFirst()
            #expect(
                ReadmeExamplesTests.matches(shown, step.shown),
                "after \(step.typed)\nREADME:\n\(step.shown.joined(separator: "\n"))\nshell:\n\(shown.joined(separator: "\n"))"
            )
        }
    }
}
