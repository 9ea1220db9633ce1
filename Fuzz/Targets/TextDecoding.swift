@testable import InquireKit

/// Decodes arbitrary bytes as a corpus file would be: either a String that round-trips to the same bytes (less a
/// UTF-8 byte-order mark) or a `notText` error naming a line that exists.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTextDecoding(_ data: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let bytes = fuzzBytes(data, count)
    let lines = fuzzLineCount(bytes)
    do {
        let text = try TextDecoding.decode(bytes, path: "fuzz.txt")
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
        fuzzCheck(Array(text.utf8) == body, "decoded text does not round-trip")
        fuzzCheck(!body.contains(0), "a NUL byte was accepted")
    } catch {
        guard case .notText(_, let line, _) = error else {
            fuzzCheck(false, "unexpected error \(error)")
            return 0
        }
        fuzzCheck(line >= 1 && line <= lines, "error names line \(line) of \(lines)")
        fuzzCheck(!error.description.contains("\n"), "error message spans several lines")
    }
    return 0
}
