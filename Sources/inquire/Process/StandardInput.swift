import Foundation

/// Reads all of standard input without ever trapping: `FileHandle.readDataToEndOfFile()` stops the process when
/// the read fails (standard input redirected from a folder), and a device that never ends (`< /dev/zero`) would
/// be read until memory runs out.
enum StandardInput {
    /// Why standard input could not be read, as one line.
    struct Failure: Error, CustomStringConvertible {
        /// What went wrong.
        let description: String
    }

    /// Refuses a folder (reading it fails, which a line reader would take for the end of input) and a device other
    /// than a terminal or /dev/null (it would be read for ever) as standard input.
    static func checkReadable() throws(Failure) {
        var info = stat()
        guard fstat(STDIN_FILENO, &info) == 0 else { return }
        if info.st_mode & S_IFMT == S_IFDIR {
            throw Failure(description: "standard input: cannot read: \(String(cString: strerror(EISDIR)))")
        }
        guard info.st_mode & S_IFMT == S_IFCHR, isatty(STDIN_FILENO) == 0 else { return }
        var null = stat()
        if stat("/dev/null", &null) != 0 || null.st_rdev != info.st_rdev {
            throw Failure(description: "standard input: a device, not a file or a pipe")
        }
    }

    /// Every byte of standard input, up to its end.
    static func readAll() throws(Failure) -> [UInt8] {
        try checkReadable()
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(STDIN_FILENO, $0.baseAddress, $0.count) }
            if count == 0 { return bytes }
            if count < 0 {
                if errno == EINTR { continue }
                throw Failure(description: "standard input: cannot read: \(String(cString: strerror(errno)))")
            }
            bytes += chunk[..<count]
        }
    }
}
