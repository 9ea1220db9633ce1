@testable import InquireKit

/// Reads numbers at every token position of arbitrary text and checks that each reading spans tokens that exist,
/// starts where it was asked to, and has a non-negative value (also when notations are read from the bytes).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzNumberReader(_ data: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let tokens = Tokenizer.tokenize(fuzzText(data, count))
    for index in 0...tokens.count {
        guard let reading = NumberReader.read(tokens, at: index) else { continue }
        fuzzCheck(reading.start == index, "reading starts at \(reading.start), asked at \(index)")
        fuzzCheck(reading.end > reading.start && reading.end <= tokens.count, "reading ends at \(reading.end)")
        fuzzCheck(!reading.value.isNaN && reading.value >= 0, "reading value \(reading.value)")
    }
    // The same with the notations read from the bytes between tokens ("5,000m", "4x100m", "14:39.29").
    let text = fuzzText(data, count)
    let bytes = Array(text.utf8)
    for index in 0...tokens.count {
        guard let reading = NumberReader.read(tokens, at: index, in: bytes) else { continue }
        fuzzCheck(reading.start == index, "notation reading starts at \(reading.start), asked at \(index)")
        fuzzCheck(reading.end > reading.start && reading.end <= tokens.count, "notation ends at \(reading.end)")
        fuzzCheck(!reading.value.isNaN && reading.value >= 0, "notation value \(reading.value)")
        let range = reading.range(in: tokens)
        fuzzCheck(range.lowerBound >= 0 && range.upperBound <= bytes.count, "notation range \(range)")
    }
    for token in tokens { _ = NumberReader.value(of: token.term) }
    return 0
}
