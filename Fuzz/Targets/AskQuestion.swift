import Foundation
@testable import InquireKit

/// The engine over the default article, built once.
nonisolated(unsafe) private var engine: Engine?

/// Asks arbitrary text as a question of the default article: the whole pipeline a user's question goes through
/// (classifier, search, span recogniser, answer ranking), checking the answer points into the corpus.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzAskQuestion(_ data: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    if engine == nil {
        let path = FuzzPaths.repository + "/Corpus/pakistan-iran-airstrikes.txt"
        guard let corpus = try? CorpusLoader.load(path: path) else {
            fuzzCheck(false, "cannot load the default article at \(path)")
            return 0
        }
        engine = try? Engine(corpus: corpus)
        fuzzCheck(engine != nil, "the resources were not found beside the fuzz binary")
    }
    guard let engine else { return 0 }
    let answer = engine.answer(fuzzText(data, count))
    if let evidence = answer.evidence {
        fuzzCheck(evidence.sentence >= 0 && evidence.sentence < engine.corpus.sentences.count, "evidence sentence")
        if let range = evidence.range {
            fuzzCheck(range.upperBound <= evidence.text.utf8.count, "answer range \(range) past its sentence")
        }
    }
    return 0
}
