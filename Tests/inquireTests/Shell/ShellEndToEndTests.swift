import Foundation
import TestSupport
import Testing

/// A temporary home folder for one shell session: its own history, no `~/.inputrc`.
struct ShellHome {
    /// The folder.
    let path: String

    /// A fresh, empty folder.
    init() throws {
        let url = URL(fileURLWithPath: try ScratchSpace.folder("inquire-shell"))
        path = url.path
    }

    /// The environment of a session in this home: `TERM=xterm`, history in `history` unless `extra` says
    /// otherwise.
    func environment(_ extra: [String: String] = [:]) -> [String: String] {
        var environment = ["HOME": path, "TERM": "xterm", "INQUIRE_HISTORY": path + "/history"]
        for (key, value) in extra { environment[key] = value }
        return environment.filter { !$0.value.isEmpty }
    }

    /// Removes the folder.
    func remove() {
        try? FileManager.default.removeItem(atPath: path)
    }

    /// The lines of a file in the folder.
    func lines(of name: String) throws -> [String] {
        try String(contentsOfFile: path + "/" + name, encoding: .utf8).split(separator: "\n").map(String.init)
    }
}

/// The prompt as the shell shows it.
let prompt = "inquire> "

/// Starts the shell in a fresh home, waits for its first prompt and runs `body` on it, then leaves with Ctrl-D and
/// expects a clean exit; the home is removed afterwards.
func withShell(_ body: (PseudoTerminal) throws -> Void) throws {
    let home = try ShellHome()
    defer { home.remove() }
    let shell = try PseudoTerminal(environment: home.environment())
    try shell.expect(prompt)
    try body(shell)
    shell.send(Key.controlD)
    #expect(try shell.waitForExit() == 0)
}
/// Keys, as the terminal sends them.
enum Key {
    static let enter = "\r"
    static let up = "\u{1B}[A"
    static let tab = "\t"
    static let controlC = "\u{03}"
    static let controlD = "\u{04}"
    static let controlR = "\u{12}"
}

@Suite("the interactive shell, through a pseudo-terminal", .serialized)
struct ShellEndToEndTests {
    @Test("the banner names the corpus and its size, and a typed question is answered with its evidence")
    func answersATypedQuestion() throws {
        let home = try ShellHome()
        defer { home.remove() }
        let shell = try PseudoTerminal(environment: home.environment())
        let banner = try shell.expect(prompt)
        #expect(banner.contains("pakistan-iran-airstrikes.txt"))
        #expect(banner.contains("1 document, 22 sentences"))
        #expect(banner.contains("indexed in"))
        #expect(banner.contains(":help"))
        shell.send("How many children were killed near the town of Saravan?" + Key.enter)
        let answer = try shell.expect(prompt)
        #expect(answer.contains("\nfour\n"))
        #expect(answer.contains("three women and four children"))
        #expect(answer.contains("NUM:count"))
        #expect(answer.contains("confidence"))
        #expect(answer.contains("pakistan-iran-airstrikes.txt:15"))
        shell.send(Key.controlD)
        #expect(try shell.waitForExit() == 0)
    }

    @Test("Up-arrow recalls the previous question")
    func upArrowRecalls() throws {
        let home = try ShellHome()
        defer { home.remove() }
        let shell = try PseudoTerminal(environment: home.environment())
        try shell.expect(prompt)
        shell.send("Where did the strikes take place?" + Key.enter)
        try shell.expect("Sistan and Baluchestan province")
        try shell.expect(prompt)
        shell.send(Key.up)
        try shell.expect("Where did the strikes take place?")
        shell.send(Key.enter)
        let second = try shell.expect(prompt)
        #expect(second.contains("Sistan and Baluchestan province"))
        shell.send(":quit" + Key.enter)
        #expect(try shell.waitForExit() == 0)
    }

    @Test("history persists across two sessions, in a new folder under XDG_STATE_HOME, at mode 0600")
    func historyPersists() throws {
        let home = try ShellHome()
        defer { home.remove() }
        let environment = home.environment(["INQUIRE_HISTORY": "", "XDG_STATE_HOME": home.path + "/state"])
        let first = try PseudoTerminal(environment: environment)
        try first.expect(prompt)
        first.send("Where did the strikes take place?" + Key.enter)
        try first.expect(prompt)
        first.send(Key.controlD)
        #expect(try first.waitForExit() == 0)

        let file = home.path + "/state/inquire/history"
        let attributes = try FileManager.default.attributesOfItem(atPath: file)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
        #expect(try home.lines(of: "state/inquire/history") == ["Where did the strikes take place?"])

        let second = try PseudoTerminal(environment: environment)
        try second.expect(prompt)
        second.send(Key.up + Key.enter)
        let answer = try second.expect(prompt)
        #expect(answer.contains("Sistan and Baluchestan province"))
        second.send(Key.controlD)
        #expect(try second.waitForExit() == 0)
    }

    @Test("Ctrl-C on a half-typed line clears it and shows a fresh prompt; the line is not kept")
    func controlCClearsTheLine() throws {
        let home = try ShellHome()
        defer { home.remove() }
        let shell = try PseudoTerminal(environment: home.environment())
        try shell.expect(prompt)
        shell.send("Where did the stri")
        try shell.expect("Where did the stri")
        shell.send(Key.controlC)
        try shell.expect("^C")
        try shell.expect(prompt)
        // Had the half line survived, this would be a question ("Where did the stri:stats"), not the command.
        shell.send(":stats" + Key.enter)
        let stats = try shell.expect(prompt)
        #expect(stats.contains("sentences"))
        #expect(stats.contains("22"))
        shell.send(Key.controlD)
        #expect(try shell.waitForExit() == 0)
        #expect(try home.lines(of: "history") == [":stats"])
    }

    @Test("Ctrl-C during a reverse search (Ctrl-R) leaves the search and clears the line")
    func controlCLeavesReverseSearch() throws {
        let home = try ShellHome()
        defer { home.remove() }
        try "Where did the strikes take place?\n".write(
            toFile: home.path + "/history", atomically: true, encoding: .utf8)
        let shell = try PseudoTerminal(environment: home.environment())
        try shell.expect(prompt)
        shell.send(Key.controlR + "strikes")
        // Wait until the search has found the entry (not only drawn its prompt) before interrupting it.
        try shell.expect("strikes': Where did the strikes")
        shell.send(Key.controlC)
        try shell.expect("^C")
        try shell.expect(prompt)
        shell.send(":help" + Key.enter)
        let help = try shell.expect(prompt)
        #expect(help.contains(":why"))
        shell.send(Key.controlD)
        #expect(try shell.waitForExit() == 0)
    }

    @Test("Ctrl-D on an empty line leaves with status 0")
    func controlDLeaves() throws {
        try withShell { shell in
        }
    }

    @Test("Tab completes :he to :help, and corpus words with proper nouns")
    func tabCompletes() throws {
        try withShell { shell in
            shell.send(":he" + Key.tab)
            try shell.expect(":help")
            shell.send(Key.enter)
            let help = try shell.expect(prompt)
            #expect(help.contains(":why"))
            #expect(help.contains(":load PATH"))
            shell.send("Where is sara" + Key.tab)
            try shell.expect("Saravan")
            shell.send(Key.controlC)
            try shell.expect(prompt)
        }
    }

    @Test(":why shows the question's class and focus, the top sentences and the candidates with their scores")
    func whyExplains() throws {
        try withShell { shell in
            shell.send(":why" + Key.enter)
            try shell.expect("ask a question first")
            try shell.expect(prompt)
            shell.send("How many children were killed near the town of Saravan?" + Key.enter)
            try shell.expect(prompt)
            shell.send(":why" + Key.enter)
            let why = try shell.expect(prompt)
            #expect(why.contains("NUM:count"))
            #expect(why.contains("focus \u{201C}children\u{201D}"))
            #expect(why.contains("top sentences"))
            #expect(why.contains("candidates"))
            // The winning candidate is "four" from line 15, and the explanation names it and the runner-up.
            let lines = why.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            let candidates = try #require(lines.firstIndex(of: "candidates"))
            let first = lines[candidates + 1].split(separator: " ", omittingEmptySubsequences: true)
            // "1. 0.96  score 1.00  four  count  …:15": rank, confidence, score, text, type, source.
            #expect(first.count == 7 && first[0] == "1." && first[2] == "score" && first[4] == "four")
            #expect(first[5] == "count")
            #expect(first.last?.hasSuffix("pakistan-iran-airstrikes.txt:15") == true)
            #expect(lines.contains { $0.hasPrefix("\u{201C}four\u{201D} (") && $0.contains(") beat \u{201C}") })
            // The analysis: the question's tags, what it asks, and the path from the answer to the predicate.
            #expect(why.contains("analysis"))
            #expect(why.contains("children/NOUN"))
            #expect(lines.contains { $0.hasPrefix("asks") && $0.contains("\u{201C}kill\u{201D}") })
            #expect(lines.contains { $0.hasPrefix("path") && $0.contains("four") && $0.contains("killed") })
        }
    }

    @Test(":top, :sources, :open, :stats and :history show what they promise; unknown commands get a hint")
    func commands() throws {
        try withShell { shell in
            shell.send(":nonsense" + Key.enter)
            let hint = try shell.expect(prompt)
            #expect(hint.contains("unknown command ':nonsense'; type :help"))
            shell.send("Who confirmed the casualty figures?" + Key.enter)
            try shell.expect(prompt)
            shell.send(":top 2" + Key.enter)
            let top = try shell.expect(prompt)
            #expect((top.contains("1. 0.") || top.contains("1. 1.00")) && top.contains("deputy governor"))
            #expect(top.contains("2. 0.") && top.contains("3. 0."))
            #expect(!top.contains("4. 0."))
            shell.send(":sources" + Key.enter)
            let sources = try shell.expect(prompt)
            #expect(sources.contains("*  1."))
            #expect(sources.contains("pakistan-iran-airstrikes.txt:15"))
            shell.send(":open 1" + Key.enter)
            let paragraph = try shell.expect(prompt)
            #expect(paragraph.contains("The victims were"))
            #expect(paragraph.contains("Saravan"))
            shell.send(":open 99" + Key.enter)
            try shell.expect("see :sources")
            try shell.expect(prompt)
            shell.send(":stats" + Key.enter)
            let stats = try shell.expect(prompt)
            for word in ["documents", "sentences", "terms", "index memory", "KiB"] { #expect(stats.contains(word)) }
            shell.send(":history" + Key.enter)
            let history = try shell.expect(prompt)
            #expect(history.contains("1  :nonsense"))
            #expect(history.contains("2  Who confirmed"))
        }
    }

    @Test(":load switches to another corpus and answers from it; a missing path is a one-line error")
    func loadSwitchesCorpus() throws {
        let home = try ShellHome()
        defer { home.remove() }
        let corpus = home.path + "/harbour.txt"
        try "The old harbour of Valletta was built by the Knights of Malta.\n\nIt has 3 breakwaters.\n".write(
            toFile: corpus, atomically: true, encoding: .utf8)
        let shell = try PseudoTerminal(environment: home.environment())
        try shell.expect(prompt)
        shell.send(":load \(home.path)/missing.txt" + Key.enter)
        let error = try shell.expect(prompt)
        #expect(error.contains("error:"))
        #expect(error.contains("missing.txt"))
        shell.send(":load \(corpus)" + Key.enter)
        let banner = try shell.expect(prompt)
        #expect(banner.contains("harbour.txt: 1 document, 2 sentences"))
        shell.send("Who built the old harbour of Valletta?" + Key.enter)
        let answer = try shell.expect(prompt)
        #expect(answer.contains("harbour.txt:1"))
        shell.send(Key.controlD)
        #expect(try shell.waitForExit() == 0)
    }

    @Test("the answer is styled on a terminal, and not at all when NO_COLOR is set or TERM is dumb")
    func colour() throws {
        let home = try ShellHome()
        defer { home.remove() }
        for (environment, styled) in [
            (home.environment(), true), (home.environment(["NO_COLOR": "1"]), false),
            (home.environment(["TERM": "dumb"]), false),
        ] {
            let shell = try PseudoTerminal(environment: environment)
            try shell.expect(prompt)
            shell.send("How many children were killed near the town of Saravan?" + Key.enter)
            try shell.expect("NUM:count")
            try shell.expect(prompt)
            shell.send(Key.controlD)
            #expect(try shell.waitForExit() == 0)
            #expect(shell.showsStyling == styled, "\(environment)")
        }
    }

    @Test("an unwritable history file gives one warning and the shell goes on")
    func unwritableHistory() throws {
        let home = try ShellHome()
        defer { home.remove() }
        // A path under a regular file cannot be created, even by root.
        try "".write(toFile: home.path + "/file", atomically: true, encoding: .utf8)
        let shell = try PseudoTerminal(environment: home.environment(["INQUIRE_HISTORY": home.path + "/file/history"]))
        try shell.expect(prompt)
        shell.send("Where did the strikes take place?" + Key.enter)
        try shell.expect("Sistan and Baluchestan province")
        try shell.expect(prompt)
        shell.send("How many children were killed near the town of Saravan?" + Key.enter)
        try shell.expect("four")
        try shell.expect(prompt)
        shell.send(Key.controlD)
        #expect(try shell.waitForExit() == 0)
        #expect(shell.screen.components(separatedBy: "warning: history will not be saved").count == 2)
    }

    @Test("history keeps at most INQUIRE_HISTORY_SIZE entries and skips blank lines and consecutive duplicates")
    func historyLimit() throws {
        let home = try ShellHome()
        defer { home.remove() }
        try "one\ntwo\nthree\nfour\n".write(toFile: home.path + "/history", atomically: true, encoding: .utf8)
        let shell = try PseudoTerminal(environment: home.environment(["INQUIRE_HISTORY_SIZE": "3"]))
        try shell.expect(prompt)
        shell.send(":stats" + Key.enter)
        try shell.expect(prompt)
        shell.send("   " + Key.enter)
        try shell.expect(prompt)
        shell.send(":stats" + Key.enter)
        try shell.expect(prompt)
        shell.send(":help" + Key.enter)
        try shell.expect(prompt)
        shell.send(Key.controlD)
        #expect(try shell.waitForExit() == 0)
        #expect(try home.lines(of: "history") == ["four", ":stats", ":help"])
    }

    @Test("two shells running at once both append to the history file as lines are entered")
    func concurrentSessions() throws {
        let home = try ShellHome()
        defer { home.remove() }
        let first = try PseudoTerminal(environment: home.environment())
        let second = try PseudoTerminal(environment: home.environment())
        try first.expect(prompt)
        try second.expect(prompt)
        for (shell, line) in [(first, ":stats"), (second, ":help"), (first, ":history")] {
            shell.send(line + Key.enter)
            try shell.expect(prompt)
        }
        // Written as entered: the file holds every line before either shell has left.
        #expect(try home.lines(of: "history") == [":stats", ":help", ":history"])
        first.send(Key.controlD)
        second.send(Key.controlD)
        #expect(try first.waitForExit() == 0)
        #expect(try second.waitForExit() == 0)
    }

    @Test("Ctrl-C interrupts a long :load and keeps the corpus that was open")
    func controlCInterruptsLoad() throws {
        let home = try ShellHome()
        defer { home.remove() }
        // About 3 MB of made-up prose: seconds to read and index, long enough to interrupt.
        let words = ["harbour", "signal", "copper", "meadow", "lantern", "river", "orchard", "granite", "falcon"]
        var text = ""
        for paragraph in 0..<8000 {
            var sentences: [String] = []
            for sentence in 0..<5 {
                let picked = (0..<12).map { words[(paragraph * 7 + sentence * 3 + $0 * 5) % words.count] }
                sentences.append("The " + picked.joined(separator: " ") + ".")
            }
            text += sentences.joined(separator: " ") + "\n\n"
        }
        try text.write(toFile: home.path + "/large.txt", atomically: true, encoding: .utf8)
        let shell = try PseudoTerminal(environment: home.environment())
        try shell.expect(prompt)
        shell.send(":load \(home.path)/large.txt" + Key.enter)
        try shell.expect("loading")
        shell.send(Key.controlC)
        let interrupted = try shell.expect(prompt)
        #expect(interrupted.contains("interrupted; still on pakistan-iran-airstrikes.txt"))
        shell.send("Where did the strikes take place?" + Key.enter)
        let answer = try shell.expect(prompt)
        #expect(answer.contains("Sistan and Baluchestan province"))
        shell.send(Key.controlD)
        #expect(try shell.waitForExit() == 0)
    }

    @Test("the shell shows its first prompt quickly on the default corpus")
    func timeToPrompt() throws {
        let home = try ShellHome()
        defer { home.remove() }
        var fastest = Duration.seconds(3600)
        for _ in 0..<3 {
            let shell = try PseudoTerminal(environment: home.environment())
            try shell.expect(prompt)
            fastest = min(fastest, shell.started.duration(to: .now))
            shell.send(Key.controlD)
            #expect(try shell.waitForExit() == 0)
        }
        print("inquire shell: time to first prompt \(fastest) (fastest of 3, \(BinaryRunner.binary.path))")
        // The budget is 100 ms on a release build (README: 44 ms measured); a debug build was measured at 64 ms, and
        // is held to 1 s for a busy shared machine.
        let budget: Duration = BinaryRunner.binary.path.contains("/release/") ? .milliseconds(100) : .seconds(1)
        #expect(fastest < budget)
    }
}
