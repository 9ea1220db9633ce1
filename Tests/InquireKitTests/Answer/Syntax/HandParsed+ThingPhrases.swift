@testable import InquireKit

extension HandParsed {
    /// The noun phrases `ThingNounPhrases` offers for the hand-parsed `question` over the hand-parsed `sentence`,
    /// as text.
    static func thingPhrases(_ question: String, _ sentence: String) -> [String] {
        let analysis = analysis(sentence)
        return ThingNounPhrases.spans(
            in: analysis, view: SentenceView(analysis.text), frame: QuestionFrame(Self.analysis(question)),
            relations: Engine.Resources.forTests.relations
        ).map(\.text)
    }
}
