@testable import InquireKit

/// Classifies arbitrary text as a question and checks the analysis is well formed.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzQuestionClassifier(_ data: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let question = fuzzText(data, count)
    let analysis = QuestionClassifier().classify(question)
    fuzzCheck(analysis.confidence >= 0 && analysis.confidence <= 1, "confidence \(analysis.confidence)")
    fuzzCheck(!analysis.answerType.rawValue.isEmpty, "empty answer type")
    return 0
}
