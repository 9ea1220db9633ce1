@testable import InquireKit

/// Splits arbitrary text into sentences (prose mode and one-sentence-per-line mode) and checks that every span
/// lies inside the text, is trimmed, non-empty, in order, and that its text is exactly the bytes of its range.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSentenceSplitter(_ data: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let text = fuzzText(data, count)
    let bytes = Array(text.utf8)
    let lineCount = fuzzLineCount(bytes)
    for spans in [SentenceSplitter.split(text), SentenceSplitter.lines(of: text)] {
        var previousEnd = 0
        var previousLine = 1
        for span in spans {
            fuzzCheck(span.range.lowerBound >= previousEnd, "spans overlap or go backwards: \(span.range)")
            fuzzCheck(span.range.upperBound <= bytes.count, "span \(span.range) past the end (\(bytes.count))")
            fuzzCheck(!span.range.isEmpty, "empty span at \(span.range.lowerBound)")
            fuzzCheck(bytes[span.range.lowerBound] > 0x20, "span starts with white space")
            fuzzCheck(bytes[span.range.upperBound - 1] > 0x20, "span ends with white space")
            fuzzCheck(
                span.text == String(decoding: bytes[span.range], as: UTF8.self), "span text differs from its range")
            fuzzCheck(span.line >= previousLine && span.line <= lineCount, "line \(span.line) out of order/range")
            previousEnd = span.range.upperBound
            previousLine = span.line
        }
    }
    return 0
}
