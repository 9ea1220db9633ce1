import Testing

@testable import InquireKit

extension SentenceView {
    /// A span of type `type` over the words from the first `first` to the last `last` (inclusive) of this view.
    func span(_ first: String, _ last: String, type: SpanType, strength: Double) throws -> TypedSpan {
        let texts = words.map { string($0.range) }
        let start = try #require(texts.firstIndex(of: first))
        let end = try #require(texts.lastIndex(of: last))
        return TypedSpan(view: self, type: type, words: start..<end + 1, strength: strength)
    }
}
