import Foundation
import TestSupport
import Testing

/// Issue 17's shell cases: history paths that are not history files, a history file without its last line
/// break or with CRLF line ends, `:top` with a count near `Int.max`, terminal escapes from a document, and Ctrl-C
/// stopping the work of the question being answered.
@Suite("the shell on bad input, through a pseudo-terminal", .serialized)
struct ShellReliabilityTests {
    /// Asks one question in a shell on `environment` and leaves; returns what was shown.
    func session(_ environment: [String: String], arguments: [String] = []) throws -> String {
        let shell = try PseudoTerminal(arguments: arguments, environment: environment)
        try shell.expect(prompt)
        shell.send("How many children were killed near the town of Saravan?" + Key.enter)
        try shell.expect("four")
        try shell.expect(prompt)
        shell.send(Key.controlD)
        #expect(try shell.waitForExit() == 0)
        return shell.screen
    }

    @Test("a history path that is a device, a folder or a huge file gives one warning and the shell goes on")
    func unusableHistory() throws {
        let home = try ShellHome()
        defer { home.remove() }
        let huge = home.path + "/huge"
        #expect(FileManager.default.createFile(atPath: huge, contents: nil))
        #expect(truncate(huge, 17 << 20) == 0)
        for (path, reason) in [
            ("/dev/zero", "a device, not a regular file"), (home.path, "is a folder"),
            (huge, "larger than 16 MB; not read as a history file"),
        ] {
            let screen = try session(home.environment(["INQUIRE_HISTORY": path]))
            #expect(screen.components(separatedBy: "warning: history will not be saved").count == 2, "\(path)")
            #expect(screen.contains(reason), "\(path)")
        }
    }

    @Test("a history file without its last line break gets one before the next entry")
    func missingFinalNewline() throws {
        let home = try ShellHome()
        defer { home.remove() }
        try "one\ntwo".write(toFile: home.path + "/history", atomically: true, encoding: .utf8)
        _ = try session(home.environment())
        #expect(
            try home.lines(of: "history") == ["one", "two", "How many children were killed near the town of Saravan?"])
    }

    @Test("a CRLF history file reads as its entries")
    func crlfHistory() throws {
        let home = try ShellHome()
        defer { home.remove() }
        try "first entry\r\nsecond entry\r\n".write(toFile: home.path + "/history", atomically: true, encoding: .utf8)
        let shell = try PseudoTerminal(environment: home.environment())
        try shell.expect(prompt)
        shell.send(":history" + Key.enter)
        let shown = try shell.expect(prompt)
        #expect(shown.contains("1  first entry\n"))
        #expect(shown.contains("2  second entry\n"))
        shell.send(Key.controlD)
        #expect(try shell.waitForExit() == 0)
    }

    @Test(":top with a count near Int.max lists what there is")
    func hugeTop() throws {
        try withShell { shell in
            shell.send("Where did the strikes take place?" + Key.enter)
            try shell.expect(prompt)
            shell.send(":top 9223372036854775807" + Key.enter)
            let shown = try shell.expect(prompt)
            #expect(shown.contains("alternatives in all"))
        }
    }

    @Test("escape sequences from a document are not sent to the terminal")
    func escapes() throws {
        let home = try ShellHome()
        defer { home.remove() }
        let corpus = home.path + "/evil.txt"
        try "Bob went to Paris \u{1B}]0;PWNED\u{07} now.\n".write(toFile: corpus, atomically: true, encoding: .utf8)
        let shell = try PseudoTerminal(arguments: ["--corpus", corpus], environment: home.environment())
        try shell.expect(prompt)
        shell.send("Who went to Paris?" + Key.enter)
        try shell.expect(prompt)
        shell.send(":sources" + Key.enter)
        try shell.expect(prompt)
        shell.send(":open" + Key.enter)
        try shell.expect(prompt)
        shell.send(Key.controlD)
        #expect(try shell.waitForExit() == 0)
        let raw = String(decoding: shell.raw, as: UTF8.self)
        #expect(!raw.contains("\u{1B}]0;PWNED"))
        #expect(!raw.contains("\u{07}"))
        #expect(raw.contains("^[]0;PWNED^G"))
    }

    @Test("Ctrl-C while a question is answered stops its work, not only the wait for it")
    func controlCStopsTheWork() throws {
        let home = try ShellHome()
        defer { home.remove() }
        // Twenty long sentences without punctuation: seconds of extraction in a debug build.
        let line = String(repeating: "Bob went to Paris ", count: 3000) + "\n"
        let corpus = home.path + "/long.txt"
        try String(repeating: line, count: 20).write(toFile: corpus, atomically: true, encoding: .utf8)
        let shell = try PseudoTerminal(arguments: ["--corpus", corpus], environment: home.environment())
        try shell.expect(prompt, timeout: .seconds(120))
        // A question the corpus has no words of loads the models (once a session, seconds in a debug build, not
        // interruptible) and comes back at once, so what Ctrl-C meets below is the answer's own work.
        shell.send("Who is Zed?" + Key.enter)
        try shell.expect("no answer", timeout: .seconds(120))
        try shell.expect(prompt, timeout: .seconds(120))
        shell.send("Who went to Paris?" + Key.enter)
        Thread.sleep(forTimeInterval: 0.3)
        shell.send(Key.controlC)
        try shell.expect("interrupted")
        try shell.expect(prompt)
        // Once the flag is seen the worker ends (after the sentence it is parsing, at most a few seconds in a debug
        // build): over the next two seconds the process uses little CPU (a worker still extracting would use about
        // 200 ticks on an idle core; the margin allows for a loaded machine).
        Thread.sleep(forTimeInterval: 3)
        let before = try Self.cpuTicks(shell.pid)
        Thread.sleep(forTimeInterval: 2)
        let used = try Self.cpuTicks(shell.pid) - before
        #expect(used < 60, "\(used) ticks of CPU in 2 s after Ctrl-C")
        shell.send(Key.controlD)
        #expect(try shell.waitForExit() == 0)
    }

    /// User plus system CPU time of process `pid`, in clock ticks (`/proc/PID/stat` fields 14 and 15).
    static func cpuTicks(_ pid: pid_t) throws -> Int {
        let stat = try String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8)
        // Fields after the command name (which is in parentheses and may hold spaces).
        guard let close = stat.lastIndex(of: ")") else { return 0 }
        let fields = stat[stat.index(after: close)...].split(separator: " ")
        // fields[0] is field 3 (state), so field 14 is fields[11] and field 15 fields[12].
        return (Int(fields[11]) ?? 0) + (Int(fields[12]) ?? 0)
    }
}
