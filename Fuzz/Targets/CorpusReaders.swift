@testable import InquireKit

/// Reads arbitrary text as JSON Lines and as SQuAD JSON, the way `--corpus` does, and builds a corpus and its index
/// from whatever documents come out: either documents or a `CorpusError` naming a line that exists.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCorpusReaders(_ data: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let text = fuzzText(data, count)
    let lines = fuzzLineCount(text.utf8)
    _ = JSONShape.of(text, path: "fuzz")
    for squad in [false, true] {
        do {
            let documents =
                squad
                ? try SQuADCorpus.documents(text, path: "fuzz.json")
                : try JSONLinesCorpus.documents(text, path: "fuzz.jsonl")
            let corpus = Corpus(name: "fuzz", documents: documents)
            let index = try SentenceIndex(corpus: corpus)
            fuzzCheck(index.sentenceCount == corpus.sentences.count, "index and corpus disagree")
            for sentence in corpus.sentences.indices.prefix(3) { _ = corpus.reference(of: sentence) }
        } catch {
            guard case .malformed(_, let line, _) = error else {
                fuzzCheck(false, "unexpected error \(error)")
                return 0
            }
            fuzzCheck(line >= 1 && line <= lines, "error names line \(line) of \(lines)")
        }
    }
    return 0
}
