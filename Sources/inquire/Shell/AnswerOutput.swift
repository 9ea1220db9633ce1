import Foundation
import InquireKit

/// Where answers go: the screen, or (after `:output FILE`) a file. The file's answers are kept in memory and
/// written atomically when output goes back to the screen (`:output` alone, or the end of the session), so the file
/// is replaced only when its `:output` ends cleanly and never holds half a session.
struct AnswerOutput {
    /// The file answers are collected for, or nil for the screen.
    private(set) var path: String?
    /// The text collected for `path`.
    private var text = ""
    /// How many answers were collected.
    private(set) var answers = 0
    /// Whether the TSV header was written to the current destination.
    var tsvHeaderWritten = false

    /// Starts collecting answers for `path`; the folder must exist and be writable.
    mutating func start(_ path: String) throws(CommandFailure) {
        let folder = (path as NSString).deletingLastPathComponent
        let checked = folder.isEmpty ? "." : folder
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) ? !isFolder.boolValue : true else {
            throw CommandFailure("\(path): is a folder")
        }
        guard access(checked, W_OK) == 0 else {
            throw CommandFailure("\(path): cannot write in \(checked): \(String(cString: strerror(errno)))")
        }
        self.path = path
        text = ""
        answers = 0
        tsvHeaderWritten = false
    }

    /// Adds one answer's text (when a file is in effect; returns false for the screen).
    mutating func collect(_ answer: String) -> Bool {
        guard path != nil else { return false }
        text += answer
        answers += 1
        return true
    }

    /// Writes the collected answers to the file (atomically) and goes back to the screen; returns the file and
    /// the number of answers written, or nil when no file was in effect.
    mutating func finish() throws(FileWriteError) -> (path: String, answers: Int)? {
        guard let path else { return nil }
        defer { abandon() }
        try AtomicFile.write(text, to: path)
        return (path, answers)
    }

    /// Drops the collected answers without writing (the session was killed).
    mutating func abandon() {
        path = nil
        text = ""
        answers = 0
        tsvHeaderWritten = false
    }
}
