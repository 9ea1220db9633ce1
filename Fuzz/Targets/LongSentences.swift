import Foundation

@testable import InquireKit

/// The questions asked of every input: the wh-slots `CandidateScorer.slot` handles (subject, object, a place, a
/// count, a time).
private let questions = [
    "Who went to Paris?", "Where did Bob go?", "How many people went to Paris?", "When did Bob go to Paris?",
    "What did the minister of Iran confirm?",
]

/// Answers questions over a corpus made of the input as one long sentence: the input's text repeated (its first
/// byte chooses 1 to 128 copies) and, when its second byte is odd, stripped of punctuation, so sentences run to tens
/// of thousands of words with no mark to split them. libFuzzer's `-timeout` (run.sh's `TIMEOUT`) bounds the time per
/// input: answer extraction that is quadratic or worse in sentence length shows up as a timeout. Checks that the
/// evidence points into the corpus and the answer's range lies inside its sentence.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzLongSentences(_ data: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    guard count >= 2 else { return 0 }
    let copies = Int(data[0] % 128) + 1
    var text = fuzzText(data + 2, count - 2)
    if data[1] % 2 == 1 {
        text = String(
            text.unicodeScalars.filter { !CharacterSet.punctuationCharacters.contains($0) }.map(Character.init))
    }
    text = text.split(whereSeparator: \.isNewline).joined(separator: " ")
    text = Array(repeating: text, count: copies).joined(separator: " ")
    let corpus = Corpus(name: "fuzz", documents: [Document(id: "fuzz", source: "fuzz.txt", text: text)])
    guard !corpus.sentences.isEmpty else { return 0 }
    guard let engine = try? Engine(corpus: corpus) else {
        fuzzCheck(false, "the resources were not found beside the fuzz binary")
        return 0
    }
    for question in questions {
        let answer = engine.answer(question)
        guard let evidence = answer.evidence else { continue }
        fuzzCheck(evidence.sentence >= 0 && evidence.sentence < corpus.sentences.count, "evidence sentence")
        if let range = evidence.range {
            fuzzCheck(range.upperBound <= evidence.text.utf8.count, "answer range \(range) past its sentence")
        }
    }
    return 0
}
