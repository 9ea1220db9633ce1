@testable import InquireKit

/// The classifier with the package's lexicon, loaded once.
nonisolated(unsafe) private var classifier: QuestionClassifier?

/// Classifies arbitrary text as a question and checks the analysis is well formed.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzQuestionClassifier(_ data: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    if classifier == nil {
        classifier = try? QuestionClassifier()
        fuzzCheck(classifier != nil, "the question lexicon was not found beside the fuzz binary")
    }
    let question = fuzzText(data, count)
    guard let classifier else { return 0 }
    let analysis = classifier.classify(question)
    fuzzCheck(analysis.confidence >= 0 && analysis.confidence <= 1, "confidence \(analysis.confidence)")
    fuzzCheck(!analysis.answerType.rawValue.isEmpty, "empty answer type")
    return 0
}
