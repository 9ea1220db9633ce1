/// Spans that open a bracket they do not close, or close one they did not open, are cut before that bracket: a
/// name with a gloss in parentheses ("the Masjid Al-Haram (Grand Mosque) collapsed") read by the entity tagger as
/// ending inside the gloss gives "the Masjid Al-Haram", never "the Masjid Al-Haram (Grand Mosque". An answer is
/// printed and scored as written, so a half-bracketed one is wrong on its face.
enum BalancedSpans {
    /// `span` cut before its first unmatched bracket, with the spaces and punctuation before that bracket; the span
    /// as it is when its brackets balance or nothing would be left.
    static func balanced(_ span: TypedSpan, in view: SentenceView) -> TypedSpan {
        var open: [Int] = []
        var cut = span.range.upperBound
        for offset in span.range where offset < view.bytes.count {
            switch view.bytes[offset] {
            case UInt8(ascii: "("), UInt8(ascii: "["): open.append(offset)
            case UInt8(ascii: ")"), UInt8(ascii: "]"):
                if open.isEmpty { cut = min(cut, offset) } else { open.removeLast() }
            default: break
            }
        }
        if let first = open.first { cut = min(cut, first) }
        guard cut < span.range.upperBound else { return span }
        var upper = cut
        while upper > span.range.lowerBound, " ,;:-".utf8.contains(view.bytes[upper - 1]) { upper -= 1 }
        let lastWord = span.tokens.last { view.words[$0].range.upperBound <= upper }
        guard upper > span.range.lowerBound, let lastWord, lastWord >= span.tokens.lowerBound else { return span }
        let range = span.range.lowerBound..<upper
        return TypedSpan(
            type: span.type, range: range, text: view.string(range), tokens: span.tokens.lowerBound..<(lastWord + 1),
            countedNoun: span.countedNoun, strength: span.strength)
    }
}
