import Foundation
import InquireKit

/// A failure to read or write the history file, in one line.
struct HistoryError: Error, CustomStringConvertible {
    /// What failed and where.
    let description: String

    /// A failure of `action` on `path` with the current `errno`.
    init(_ action: String, _ path: String, errno code: Int32 = errno) {
        description = "cannot \(action) \(path): \(PathProblem.reason(errno: code))"
    }

    /// A failure stated in full (`reason` says what is wrong with `path`).
    init(_ path: String, reason: String) {
        description = "\(path): \(reason)"
    }

    /// A failure to replace the file, as `AtomicFile` reports it.
    init(_ error: FileWriteError) {
        description = "cannot replace \(error.path): \(error.reason)"
    }
}

/// The history file: one entry a line (newlines and backslashes escaped), mode 0600, at most `limit` entries.
///
/// Each entry is appended as it is entered (open with `O_APPEND`, write, close) under an exclusive `flock`, so a
/// crash loses nothing and two shells running at once interleave whole lines. When the file grows past `limit`
/// it is trimmed atomically with `AtomicFile` (a temporary file in the same folder, synced and renamed over the old
/// one) while the lock is held. A writer that locked the old file notices the rename
/// (its inode is no longer at `path`) and appends to the new one.
struct HistoryFile {
    /// Where the file is.
    let path: String
    /// The most entries kept.
    let limit: Int

    /// The largest history file read: 16 MB, far above 1,000 entries of questions (the default limit), so a
    /// larger file is not a history file (or is one grown out of all bounds) and is refused rather than read.
    static let largestFile = 16 << 20

    /// Creates the folder (mode 0700) and the file (mode 0600) if they are missing, trims the file if it holds
    /// more than `limit` entries, and returns its entries, oldest first.
    func load() throws(HistoryError) -> [String] {
        try createFolder()
        var entries: [String] = []
        try withLockedFile { descriptor throws(HistoryError) in
            let bytes = try readAll(descriptor)
            entries = Self.entries(in: bytes)
            if entries.count > limit {
                entries = Array(entries.suffix(limit))
                try replace(descriptor, with: entries)
            }
        }
        return entries
    }

    /// Appends `entry`, then trims the file if it now holds more than `limit` entries.
    /// A file whose last line lacks its line break (written by hand, or by another program) gets one first, so the
    /// entry is not glued to that line.
    func append(_ entry: String) throws(HistoryError) {
        let line = Array((Self.encode(entry) + "\n").utf8)
        try withLockedFile { descriptor throws(HistoryError) in
            try writeAll(descriptor, try endsOpenLine(descriptor) ? [0x0A] + line : line)
            let bytes = try readAll(descriptor)
            if TextLines.ranges(in: bytes).count - 1 > limit {
                try replace(descriptor, with: Array(Self.entries(in: bytes).suffix(limit)))
            }
        }
    }

    /// An entry as one line of the file: backslash, newline and carriage return escaped.
    static func encode(_ entry: String) -> String {
        var line = ""
        line.reserveCapacity(entry.utf8.count)
        for scalar in entry.unicodeScalars {
            switch scalar {
            case "\\": line += "\\\\"
            case "\n": line += "\\n"
            case "\r": line += "\\r"
            default: line.unicodeScalars.append(scalar)
            }
        }
        return line
    }

    /// The entry a line of the file stands for (the inverse of `encode`; an unknown escape is kept as written).
    static func decode(_ line: Substring) -> String {
        guard line.contains("\\") else { return String(line) }
        var entry = ""
        var escaped = false
        for scalar in line.unicodeScalars {
            if escaped {
                switch scalar {
                case "n": entry += "\n"
                case "r": entry += "\r"
                case "\\": entry += "\\"
                default: entry += "\\" + String(scalar)
                }
                escaped = false
            } else if scalar == "\\" {
                escaped = true
            } else {
                entry.unicodeScalars.append(scalar)
            }
        }
        if escaped { entry += "\\" }
        return entry
    }

    /// The entries of a file's bytes: its non-blank lines, decoded.
    static func entries(in bytes: [UInt8]) -> [String] {
        TextLines.lines(of: String(decoding: bytes, as: UTF8.self)).compactMap { line in
            let entry = decode(line)
            return entry.trimmingCharacters(in: .whitespaces).isEmpty ? nil : entry
        }
    }

    /// Creates the file's folder and any missing parents, mode 0700.
    private func createFolder() throws(HistoryError) {
        let folder = (path as NSString).deletingLastPathComponent
        guard !folder.isEmpty else { return }
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder) {
            if isFolder.boolValue { return }
            throw HistoryError("create the folder", folder, errno: ENOTDIR)
        }
        var partial = folder.hasPrefix("/") ? "" : "."
        for component in folder.split(separator: "/") {
            partial += "/" + component
            if mkdir(partial, 0o700) != 0, errno != EEXIST { throw HistoryError("create the folder", partial) }
        }
    }

    /// How many times a writer reopens a file that was replaced between its open and its lock before giving up.
    static let lockAttempts = 10_000

    /// Opens the file for appending (creating it, mode 0600), takes an exclusive lock on it and runs `body`.
    /// Retries when the file was replaced between the open and the lock. Refuses a path that is not a regular file
    /// (a device, a FIFO, a folder: reading `/dev/zero` would never end), except the null device, and a file larger
    /// than `largestFile`. The open does not block, so a FIFO is refused, not waited on.
    private func withLockedFile(_ body: (Int32) throws(HistoryError) -> Void) throws(HistoryError) {
        // Every retry means another writer took the lock and replaced the file (a trim): it made progress, so this
        // is not a livelock, but under load one writer can lose many times running (8 tries were seen to run out
        // while another shell trimmed on each of its appends); the bound only stops a path replaced forever.
        for _ in 0..<Self.lockAttempts {
            let descriptor = open(path, O_RDWR | O_APPEND | O_CREAT | O_CLOEXEC | O_NONBLOCK, 0o600)
            guard descriptor >= 0 else { throw HistoryError("open", path) }
            defer { close(descriptor) }
            try checkKind(descriptor)
            while flock(descriptor, LOCK_EX) != 0 {
                guard errno == EINTR else { throw HistoryError("lock", path) }
            }
            var opened = stat()
            var named = stat()
            guard fstat(descriptor, &opened) == 0 else { throw HistoryError("inspect", path) }
            if stat(path, &named) == 0, opened.st_ino == named.st_ino, opened.st_dev == named.st_dev {
                try body(descriptor)
                return
            }
        }
        throw HistoryError("lock", path, errno: EAGAIN)
    }

    /// Throws unless the open file is a regular file of at most `largestFile` bytes or the null device.
    private func checkKind(_ descriptor: Int32) throws(HistoryError) {
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw HistoryError("inspect", path) }
        switch info.st_mode & S_IFMT {
        case S_IFREG:
            if Int(info.st_size) > Self.largestFile {
                throw HistoryError(path, reason: "larger than \(Self.largestFile >> 20) MB; not read as a history file")
            }
        case S_IFCHR:
            var null = stat()
            guard stat("/dev/null", &null) == 0, null.st_rdev == info.st_rdev else {
                throw HistoryError(path, reason: "a device, not a regular file")
            }
        case S_IFDIR:
            throw HistoryError(path, reason: "is a folder, not a regular file")
        default:
            throw HistoryError(path, reason: "not a regular file")
        }
    }

    /// Whether the open file is a non-empty regular file whose last byte is not a line break.
    private func endsOpenLine(_ descriptor: Int32) throws(HistoryError) -> Bool {
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw HistoryError("inspect", path) }
        guard info.st_mode & S_IFMT == S_IFREG, info.st_size > 0 else { return false }
        var last: UInt8 = 0
        guard pread(descriptor, &last, 1, info.st_size - 1) == 1 else { throw HistoryError("read", path) }
        return !TextLines.isLineBreak(last)
    }

    /// The whole content of the open file.
    private func readAll(_ descriptor: Int32) throws(HistoryError) -> [UInt8] {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65536)
        var offset = 0
        while true {
            let count = chunk.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, $0.count, off_t(offset)) }
            if count < 0 {
                if errno == EINTR { continue }
                throw HistoryError("read", path)
            }
            if count == 0 { return bytes }
            bytes += chunk[..<count]
            if bytes.count > Self.largestFile {
                throw HistoryError(path, reason: "larger than \(Self.largestFile >> 20) MB; not read as a history file")
            }
            offset += count
        }
    }

    /// Writes all of `bytes` to the open file.
    private func writeAll(_ descriptor: Int32, _ bytes: [UInt8]) throws(HistoryError) {
        var written = 0
        while written < bytes.count {
            let count = bytes[written...].withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw HistoryError("write", path)
            }
            written += count
        }
    }

    /// Replaces the locked file with one holding `entries`, through `AtomicFile` (so an interrupted trim leaves the
    /// old file whole and no temporary file behind). Only regular files are replaced (`/dev/null` stays where it is).
    private func replace(_ descriptor: Int32, with entries: [String]) throws(HistoryError) {
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw HistoryError("inspect", path) }
        guard info.st_mode & S_IFMT == S_IFREG else { return }
        let text = entries.map { Self.encode($0) + "\n" }.joined()
        do {
            try AtomicFile.write(text, to: path, permissions: 0o600)
        } catch {
            throw HistoryError(error)
        }
    }
}
