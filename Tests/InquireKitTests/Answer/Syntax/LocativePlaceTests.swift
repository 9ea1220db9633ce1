import Testing

@testable import InquireKit

/// *Where* answers that are no place names: a locative adverb of the question's predicate ("underground"), a
/// common noun phrase in the asked place ("the emergency department"), and places that act, which are no answer;
/// on made-up sentences, parsed by hand or by the engine's own tagger and parser.
@Suite("Where answers: locative adverbs, common noun places, places that act")
struct LocativePlaceTests {
    /// "Where do beetles spend the winter?"
    let whereSpend = """
        Where/where ADV 4 advmod
        do AUX 4 aux
        beetles/beetle NOUN 4 nsubj
        spend VERB 0 root
        the DET 6 det
        winter NOUN 4 obj
        ? PUNCT 4 punct
        """

    /// "Beetles spend the winter WORD ." with `word` hung on the verb by `relation`.
    func spentWinter(_ word: String, _ relation: String) -> String {
        """
        Beetles/beetle NOUN 2 nsubj
        spend VERB 0 root
        the DET 4 det
        winter NOUN 2 obj
        \(word) ADV 2 \(relation)
        . PUNCT 2 punct
        """
    }

    @Test("a locative adverb of the question's predicate fills the asked place", arguments: ["underground", "abroad"])
    func adverbOfPredicate(word: String) {
        #expect(HandParsed.role(whereSpend, spentWinter(word, "advmod"), candidate: 4) == 1)
    }

    @Test("an adverb of manner or time fills no place", arguments: ["quietly", "together"])
    func otherAdverb(word: String) {
        #expect(HandParsed.role(whereSpend, spentWinter(word, "advmod"), candidate: 4) == 0)
    }

    @Test("the parse's preposition of a bare noun phrase ('as grubs underground') does not stop the adverb")
    func adverbAfterAs() {
        let sentence = """
            Beetles/beetle NOUN 2 nsubj
            spend VERB 0 root
            the DET 4 det
            winter NOUN 2 obj
            as ADP 7 case
            grubs/grub NOUN 7 compound
            underground NOUN 2 obl
            . PUNCT 2 punct
            """
        #expect(HandParsed.role(whereSpend, sentence, candidate: 6) == 1)
    }

    @Test("a direction with a determiner or an 'of' place is no bare locative adverb")
    func directionPhrases() {
        let sentence = """
            Beetles/beetle NOUN 2 nsubj
            fled/flee VERB 0 root
            north ADV 2 advmod
            of ADP 5 case
            Varna PROPN 3 nmod B-LOC
            to ADP 8 case
            the DET 8 det
            south NOUN 2 obl
            . PUNCT 2 punct
            """
        let analysis = HandParsed.analysis(sentence)
        #expect(!LocativeAdverbs.isLocative(2, in: analysis))
        #expect(!LocativeAdverbs.isLocative(7, in: analysis))
        #expect(LocativeAdverbs.isLocative(4, in: HandParsed.analysis(spentWinter("north", "advmod"))))
    }

    @Test("the engine offers a locative adverb of the question's predicate as a place")
    func adverbCandidate() {
        let engine = AnswerRankingTests.engine(["These beetles spend most of their lives underground."])
        let answer = engine.answer("Where do beetles spend most of their lives?")
        #expect(answer.candidates.contains { $0.text == "underground" && $0.type == .location })
    }

    @Test("a common noun phrase in the asked place reads nearly as strongly as a name")
    func commonNounPlace() {
        let engine = AnswerRankingTests.engine(["Marek was finally taken to the emergency department."])
        let answer = engine.answer("Where was Marek taken?")
        let candidate = answer.candidates.first { $0.text.hasSuffix("emergency department") }
        #expect(candidate?.parts.type == PlaceNounPhrases.strength)
        #expect(answer.candidates.first?.text.hasSuffix("emergency department") == true)
    }

    /// "Both Velda province and Tarsk province have experienced an insurgency by rebels ."
    let experienced = """
        Both/both CCONJ 3 cc:preconj
        Velda PROPN 3 compound B-LOC
        province NOUN 8 nsubj I-LOC
        and CCONJ 6 cc
        Tarsk PROPN 6 compound B-LOC
        province NOUN 3 conj I-LOC
        have AUX 8 aux
        experienced/experience VERB 0 root
        an DET 10 det
        insurgency NOUN 8 obj
        by ADP 12 case
        rebels/rebel NOUN 10 nmod
        . PUNCT 8 punct
        """

    @Test("the subject of an active verb acts, through its conjuncts; a place in a locative phrase does not")
    func acts() {
        let analysis = HandParsed.analysis(experienced)
        #expect(ActingPlaces.acts(2, in: analysis))
        #expect(ActingPlaces.acts(5, in: analysis))
        let located = HandParsed.analysis(
            """
            Rebels/rebel NOUN 2 nsubj
            operate VERB 0 root
            in ADP 4 case
            Velda PROPN 2 obl B-LOC
            . PUNCT 2 punct
            """)
        #expect(!ActingPlaces.acts(3, in: located))
    }

    @Test("the agent of a passive acts; its subject does not")
    func passiveAgent() {
        let analysis = HandParsed.analysis(
            """
            The DET 2 det
            group NOUN 3 nsubj:pass
            targeted/target VERB 0 root
            by ADP 5 case
            Tarsk PROPN 3 obl:agent B-LOC
            . PUNCT 3 punct
            """)
        #expect(ActingPlaces.acts(4, in: analysis))
        #expect(!ActingPlaces.acts(1, in: analysis))
    }

    @Test("for a where question, a place that acts and fills no place loses part of its type fit")
    func actingPlaceFit() {
        let question = """
            Where/where ADV 4 advmod
            do AUX 4 aux
            rebels/rebel NOUN 4 nsubj
            buy VERB 0 root
            weapons/weapon NOUN 4 obj
            ? PUNCT 4 punct
            """
        let frame = QuestionFrame(HandParsed.analysis(question))
        let analysis = HandParsed.analysis(experienced)
        let view = SentenceView(analysis.text)
        let spans = [TypedSpan(view: view, type: .location, words: 1..<3, strength: 0.8)]
        let syntaxes = [SyntaxEvidence(alignment: .none, entityKind: .place)]
        let applied = ActingPlaces.applied(to: syntaxes, spans: spans, heads: [2], frame: frame, in: analysis)
        #expect(applied.map(\.placeFit) == [ActingPlaces.factor])
    }
}
