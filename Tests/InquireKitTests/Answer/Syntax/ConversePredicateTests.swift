import Testing

@testable import InquireKit

/// Converse verbs: a question asked with one verb of a pair ("Who lost to Varo?") answered by a sentence that states
/// the other ("Varo defeated Lenn"), the parties in swapped roles; on made-up sentences parsed by hand.
@Suite("Answers from syntax: converse predicates")
struct ConversePredicateTests {
    // "Who lost to Varo?"
    let whoLostTo = """
        Who PRON 2 nsubj
        lost/lose VERB 0 root
        to ADP 4 case
        Varo PROPN 2 obl
        ? PUNCT 2 punct
        """

    // "Who defeated Lenn?"
    let whoDefeated = """
        Who PRON 2 nsubj
        defeated/defeat VERB 0 root
        Lenn PROPN 2 obj
        ? PUNCT 2 punct
        """

    // "Varo defeated Lenn in the final."
    let defeated = """
        Varo PROPN 2 nsubj B-PER
        defeated/defeat VERB 0 root
        Lenn PROPN 2 obj B-PER
        in ADP 6 case
        the DET 6 det
        final NOUN 2 obl
        . PUNCT 2 punct
        """

    // "Lenn lost to Varo in the final."
    let lost = """
        Lenn PROPN 2 nsubj B-PER
        lost/lose VERB 0 root
        to ADP 4 case
        Varo PROPN 2 obl B-PER
        in ADP 7 case
        the DET 7 det
        final NOUN 2 obl
        . PUNCT 2 punct
        """

    @Test("the loser of 'lose to' is the one a converse verb's winner defeated, in either voice")
    func loserFromDefeat() {
        let frames = ConversePredicates.conversed(QuestionFrame(HandParsed.analysis(whoLostTo)))
        #expect(frames.compactMap(\.predicateLemma) == ["defeat", "beat", "vanquish", "trounce", "overcome"])
        #expect(frames.first?.role == .patient)
        #expect(frames.first?.arguments.first?.role == .agent)
        let found = HandParsed.alignment(whoLostTo, defeated, candidate: 2)
        #expect(found.role == 1)
        #expect(found.arguments == 1)
        // The winner is no loser.
        #expect(HandParsed.alignment(whoLostTo, defeated, candidate: 0).role == 0)
        // "Lenn was beaten by Varo."
        let passive = """
            Lenn PROPN 3 nsubj:pass B-PER
            was/be AUX 3 aux:pass
            beaten/beat VERB 0 root
            by ADP 5 case
            Varo PROPN 3 obl:agent B-PER
            . PUNCT 3 punct
            """
        #expect(HandParsed.alignment(whoLostTo, passive, candidate: 0).role == 1)
    }

    @Test("the winner of 'defeat' is the one the loser lost to")
    func winnerFromLose() {
        let found = HandParsed.alignment(whoDefeated, lost, candidate: 3)
        #expect(found.role == 1)
        #expect(found.arguments == 1)
        #expect(HandParsed.alignment(whoDefeated, lost, candidate: 0).role == 0)
    }

    @Test("the buyer of 'sell to' is the subject of 'buy from', the seller its 'from' phrase")
    func saleFromPurchase() {
        // "Who sold the mill to Orla?"
        let question = """
            Who PRON 2 nsubj
            sold/sell VERB 0 root
            the DET 4 det
            mill NOUN 2 obj
            to ADP 6 case
            Orla PROPN 2 obl
            ? PUNCT 2 punct
            """
        // "Orla bought the mill from Tamsin."
        let sentence = """
            Orla PROPN 2 nsubj B-PER
            bought/buy VERB 0 root
            the DET 4 det
            mill NOUN 2 obj
            from ADP 6 case
            Tamsin PROPN 2 obl B-PER
            . PUNCT 2 punct
            """
        let found = HandParsed.alignment(question, sentence, candidate: 5)
        #expect(found.role == 1)
        #expect(found.arguments == 1)
        #expect(HandParsed.alignment(question, sentence, candidate: 0).role == 0)
    }

    @Test("a question with a core role the pair does not swap keeps its own frame")
    func noConverseForOtherRoles() {
        // "Who lost the match?": what was lost has no place at *defeat*.
        let question = """
            Who PRON 2 nsubj
            lost/lose VERB 0 root
            the DET 4 det
            match NOUN 2 obj
            ? PUNCT 2 punct
            """
        #expect(ConversePredicates.conversed(QuestionFrame(HandParsed.analysis(question))).isEmpty)
        #expect(HandParsed.alignment(question, defeated, candidate: 2).role == 0)
        // A verb with no converse.
        let visited = whoDefeated.replacing("defeated/defeat", with: "visited/visit")
        #expect(ConversePredicates.conversed(QuestionFrame(HandParsed.analysis(visited))).isEmpty)
    }
}
