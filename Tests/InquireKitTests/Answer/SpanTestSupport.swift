@testable import InquireKit

/// Helpers shared by the recogniser tests: the spans of one type in a sentence, by text.
enum SpanTestSupport {
    /// The texts of the spans of `type` in `sentence`, with their strengths, strongest first.
    static func spans(_ type: SpanType, in sentence: String) -> [(text: String, strength: Double)] {
        SpanRecognizer(gazetteer: Engine.Resources.forTests.gazetteer).spans(in: sentence).filter { $0.type == type }
            .map { ($0.text, $0.strength) }
            .sorted { $0.strength > $1.strength }
    }

    /// The strength of the span of `type` whose text is `text`, or nil when there is none.
    static func strength(of text: String, as type: SpanType, in sentence: String) -> Double? {
        spans(type, in: sentence).first { $0.text == text }?.strength
    }

    /// The strongest span of `type` in `sentence`.
    static func best(_ type: SpanType, in sentence: String) -> String? {
        spans(type, in: sentence).first?.text
    }
}
