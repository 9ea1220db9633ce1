import Foundation
import InquireKit

/// Refuses an output path that resolves to one of the command's inputs, before anything is read or written:
/// `index build c.txt -o c.txt` or `eval g.tsv --predictions-out g.tsv` would replace what they read.
enum OutputTarget {
    /// Throws when `output` exists and is the same file as an input (through any link), or is a file a folder
    /// input would read as part of its corpus. `option` names the output option in the message.
    static func check(_ output: String, against inputs: [String?], option: String) throws {
        guard let target = identity(output) else { return }
        for case let input? in inputs {
            guard let source = identity(input) else { continue }
            if source == target {
                throw CommandFailure("\(output): is the input \(input); \(option) would write over it")
            }
            if FileKind.of(input) == .folder, let folder = realPath(input), let file = realPath(output),
                file.hasPrefix(folder.hasSuffix("/") ? folder : folder + "/"),
                CorpusLoader.textExtensions.contains(URL(fileURLWithPath: file).pathExtension.lowercased())
            {
                throw CommandFailure(
                    "\(output): is a file of the corpus folder \(input); \(option) would write over it")
            }
        }
    }

    /// The device and inode of the file at `path` after following links, nil when there is none.
    static func identity(_ path: String) -> [UInt64]? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return [UInt64(info.st_dev), UInt64(info.st_ino)]
    }

    /// The absolute path with every link resolved, nil when it cannot be resolved.
    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
