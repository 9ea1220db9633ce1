/// The part of a sentence the answer extractor analyses: all of it, up to `longest` bytes; of a longer one (a
/// corpus on one line without punctuation, a 50,000-word SQuAD context), a window of `longest` bytes that starts a
/// quarter of the window before the first word standing for a question term, cut at spaces.
///
/// Extraction is about linear in sentence length, so the bound is not needed for speed on ordinary text; it caps
/// the work a single sentence can cause (about 0.3 s in a release build) whatever a corpus holds.
struct SentenceWindow: Sendable {
    /// The most bytes of one sentence analysed: 256 KiB, about 40,000 words.
    static let longest = 1 << 18

    /// The text analysed.
    let text: String
    /// Where it starts in the sentence, in UTF-8 bytes.
    let offset: Int

    /// The window of `sentence` for a question with stemmed `terms`.
    init(_ sentence: String, terms: Set<String>, longest: Int = SentenceWindow.longest) {
        let bytes = Array(sentence.utf8)
        guard bytes.count > longest else {
            text = sentence
            offset = 0
            return
        }
        var anchor = 0
        for token in Tokenizer.tokenize(sentence) {
            if let term = Analyzer.term(for: token), terms.contains(term) {
                anchor = token.range.lowerBound
                break
            }
        }
        var start = max(0, min(anchor - longest / 4, bytes.count - longest))
        var end = min(bytes.count, start + longest)
        // Cut at spaces (ASCII, so never inside a UTF-8 sequence); a window without one is cut at a scalar start.
        if start > 0 {
            if let space = bytes[start..<end].firstIndex(of: 0x20) { start = space + 1 }
            while start < end, bytes[start] & 0xC0 == 0x80 { start += 1 }
        }
        if end < bytes.count {
            if let space = bytes[start..<end].lastIndex(of: 0x20), space > start { end = space }
            while end > start, end < bytes.count, bytes[end] & 0xC0 == 0x80 { end -= 1 }
        }
        text = String(decoding: bytes[start..<end], as: UTF8.self)
        offset = start
    }
}
