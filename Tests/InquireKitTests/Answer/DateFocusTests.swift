import Testing

@testable import InquireKit

/// A date question's focus noun names the answer's unit ("In which year …?"), which the sentence that answers
/// seldom writes ("In 2011, Voss left the ship"): the unit does not count toward a sentence's match, so sentences
/// that merely repeat it ("every year") do not crowd the answer out. (Over `Corpus/news-more`, "In which year did
/// she leave the ship?" is answered since; `MoreNewsGoldEndToEndTests` holds it.)
@Suite("Date questions: the focus unit is not a word to match")
struct DateFocusTests {
    /// The term weights of `question`, every term at idf 1.
    static func weights(_ question: String) -> [String: Double] {
        let analysis = QuestionClassifier(resources: .forTests).classify(question)
        return AnswerExtractor.termWeights(QuestionShape(analysis), type: analysis.answerType) { _ in 1 }
    }

    @Test("the unit a date question's focus names weighs nothing; the question's other words keep their weight")
    func dateUnit() {
        let weights = Self.weights("In which year did she leave the ship?")
        #expect(weights[SnowballStemmer.stem("year")] == nil)
        #expect(weights[SnowballStemmer.stem("ship")] == 1)
        #expect(weights[SnowballStemmer.stem("leave")] == 1)
        #expect(Self.weights("In what decade was the bridge built?")[SnowballStemmer.stem("decade")] == nil)
    }

    @Test("the focus of another question, or a date question's other nouns, keep their weight")
    func otherFocus() {
        #expect(Self.weights("Which ship did she leave in 2011?")[SnowballStemmer.stem("ship")] == 1)
        #expect(Self.weights("How many years did she work on the ship?")[SnowballStemmer.stem("year")] == 1)
        #expect(Self.weights("When did the ship leave Keld?")[SnowballStemmer.stem("ship")] == 1)
    }
}
