import Foundation
import InquireKit

/// The one reader of line files — question files (`run`, `:read`) and query files (`search --queries`): a path, or
/// `-` for standard input; UTF-8 text whose lines end at LF, CRLF or a lone CR (`TextLines`).
enum LineFile {
    /// The text of `path` (standard input for `-`). A folder, a missing file or text that is not UTF-8 is one clear
    /// error naming the path; `what` says what the file should have held ("questions", "queries").
    static func text(path: String, of what: String) throws -> String {
        let name = path == "-" ? "<stdin>" : path
        let bytes: [UInt8]
        if path == "-" {
            bytes = try StandardInput.readAll()
        } else {
            switch FileKind.of(path) {
            case .folder?: throw CommandFailure("\(path): is a folder, not a file of \(what)")
            case nil where PathProblem.code(of: path) == ENOENT: throw CommandFailure("\(path): no such file")
            default: break
            }
            bytes = try CorpusLoader.readBytes(path)
        }
        return try TextDecoding.decode(bytes, path: name)
    }
}
