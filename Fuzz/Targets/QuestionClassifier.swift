@testable import InquireKit

/// Whether the lexicon was checked to load (once).
nonisolated(unsafe) private var lexiconChecked = false

/// Classifies arbitrary text as a question and checks the analysis is well formed.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzQuestionClassifier(_ data: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    if !lexiconChecked {
        lexiconChecked = true
        let lexicon = try? QuestionLexicon.loadBundled()
        fuzzCheck(lexicon != nil, "the question lexicon was not found beside the fuzz binary")
    }
    let question = fuzzText(data, count)
    let analysis = QuestionClassifier().classify(question)
    fuzzCheck(analysis.confidence >= 0 && analysis.confidence <= 1, "confidence \(analysis.confidence)")
    fuzzCheck(!analysis.answerType.rawValue.isEmpty, "empty answer type")
    return 0
}
