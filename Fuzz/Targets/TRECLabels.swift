@testable import InquireKit

/// Reads arbitrary text as a TREC label file, strictly and leniently, and classifies what it accepts: errors name
/// a line that exists, the lenient reading keeps every line the strict one would, and the classifier takes any
/// accepted question.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTRECLabels(_ data: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let text = fuzzText(data, count)
    let lines = fuzzLineCount(text.utf8)
    let lenient = TRECLabelFile.parseSkippingInvalid(text, file: "fuzz.label")
    for error in lenient.skipped {
        fuzzCheck(error.line >= 1 && error.line <= lines, "skipped line \(error.line) of \(lines)")
    }
    do {
        let strict = try TRECLabelFile.parse(text, file: "fuzz.label")
        fuzzCheck(lenient.skipped.isEmpty, "strict reading passed but the lenient one skipped lines")
        fuzzCheck(strict.count == lenient.entries.count, "strict and lenient readings disagree")
    } catch {
        fuzzCheck(error.line >= 1 && error.line <= lines, "error names line \(error.line) of \(lines)")
        fuzzCheck(lenient.skipped.first == error, "the strict error is not the first skipped line")
    }
    guard let classifier = try? QuestionClassifier() else {
        fuzzCheck(false, "the question lexicon was not found beside the fuzz binary")
        return 0
    }
    for entry in lenient.entries.prefix(8) { _ = classifier.classify(entry.question) }
    return 0
}
