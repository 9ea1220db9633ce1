@testable import InquireKit

/// Reads numbers at every token position of arbitrary text and checks that each reading spans tokens that exist,
/// starts where it was asked to, and has a finite, non-negative value.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzNumberReader(_ data: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let tokens = Tokenizer.tokenize(fuzzText(data, count))
    for index in 0...tokens.count {
        guard let reading = NumberReader.read(tokens, at: index) else { continue }
        fuzzCheck(reading.start == index, "reading starts at \(reading.start), asked at \(index)")
        fuzzCheck(reading.end > reading.start && reading.end <= tokens.count, "reading ends at \(reading.end)")
        fuzzCheck(!reading.value.isNaN && reading.value >= 0, "reading value \(reading.value)")
    }
    for token in tokens { _ = NumberReader.value(of: token.term) }
    return 0
}
