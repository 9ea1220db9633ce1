import Testing

@testable import InquireKit

/// The answer given and its alternatives: their order and their confidences agree.
@Suite("Confidence order")
struct ConfidenceOrderTests {
    @Test(
        "no alternative is shown more confident than the answer, nor than the one ranked above it",
        arguments: [
            (
                "Kublai moved the capital from Karakorum in Mongolia to Khanbaliq in 1264.",
                "Where did Kublai move the capital to?"
            ),
            ("Pakistan’s Foreign Ministry defended the attack, which Iran condemned.", "Who defended the attack?"),
            ("The Broncos beat the New England Patriots and the Broncos fans cheered.", "Who did the Broncos beat?"),
        ])
    func monotone(sentence: String, question: String) {
        let answer = AnswerRankingTests.engine([sentence]).answer(question)
        let confidences = answer.candidates.map(\.confidence)
        #expect(confidences.count >= 2)
        for (higher, lower) in zip(confidences, confidences.dropFirst()) { #expect(higher >= lower) }
        #expect(answer.alternatives.allSatisfy { $0.confidence <= answer.confidence })
    }
}
