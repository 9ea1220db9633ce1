import Testing

@testable import InquireKit

/// Relations stated as mutual — a predicate noun shared by a subject's conjuncts, a predicate noun with a
/// *between* phrase, a verb with a reciprocal object — and question arguments stated by a synonym of their noun;
/// on made-up sentences parsed by hand.
@Suite("Answers from syntax: mutual relations and argument synonyms")
struct SymmetricRelationTests {
    let whichBorders = """
        Which DET 2 det
        country NOUN 3 nsubj
        borders/border VERB 0 root
        Ostrel PROPN 3 obj
        ? PUNCT 3 punct
        """

    let whoDistrusts = """
        Who PRON 2 nsubj
        distrusts/distrust VERB 0 root
        Ostrel PROPN 2 obj
        ? PUNCT 2 punct
        """

    @Test("the conjuncts of the subject of 'share' are the parties of its object noun's relation")
    func sharedNoun() {
        // "Varda and Ostrel share a long border."
        let sentence = """
            Varda PROPN 4 nsubj B-LOC
            and CCONJ 3 cc
            Ostrel PROPN 1 conj B-LOC
            share VERB 0 root
            a DET 7 det
            long ADJ 7 amod
            border NOUN 4 obj
            . PUNCT 4 punct
            """
        let analysis = HandParsed.analysis(sentence)
        #expect(SymmetricRelations.parties(of: 6, in: analysis) == [0, 2])
        #expect(HandParsed.alignment(whichBorders, sentence, candidate: 0).role == SymmetricRelations.partyFit)
        // The second party, asked with the first as the question's object: Varda is bordered as well. (The first
        // conjunct's phrase holds the second, which then counts as the candidate's own words, not an argument.)
        let found = HandParsed.alignment(whichBorders.replacing("Ostrel", with: "Varda"), sentence, candidate: 2)
        #expect(found.role == SymmetricRelations.partyFit)
        #expect(found.arguments == SymmetricRelations.partyFit)
        // Another verb than one of sharing states no mutual relation.
        let crossed = sentence.replacing("share VERB", with: "crossed/cross VERB")
        #expect(SymmetricRelations.parties(of: 6, in: HandParsed.analysis(crossed)).isEmpty)
        #expect(HandParsed.alignment(whichBorders, crossed, candidate: 0).role == 0)
    }

    @Test("the conjuncts of a 'between' phrase are the parties of the noun's relation")
    func betweenPhrase() {
        // "The distrust between Varda and Ostrel grew."
        let sentence = """
            The DET 2 det
            distrust NOUN 7 nsubj
            between ADP 4 case
            Varda PROPN 2 nmod B-LOC
            and CCONJ 6 cc
            Ostrel PROPN 4 conj B-LOC
            grew/grow VERB 0 root
            . PUNCT 7 punct
            """
        #expect(SymmetricRelations.parties(of: 1, in: HandParsed.analysis(sentence)) == [3, 5])
        #expect(HandParsed.alignment(whoDistrusts, sentence, candidate: 3).role == SymmetricRelations.partyFit)
        // One party alone ("the distrust of Varda") is no mutual relation.
        let one = """
            The DET 2 det
            distrust NOUN 5 nsubj
            of ADP 4 case
            Varda PROPN 2 nmod B-LOC
            grew/grow VERB 0 root
            . PUNCT 5 punct
            """
        #expect(SymmetricRelations.parties(of: 1, in: HandParsed.analysis(one)).isEmpty)
    }

    @Test("the conjuncts of a subject are the parties of a verb with a reciprocal object")
    func reciprocalObject() {
        // "Varda and Ostrel distrust each other."
        let sentence = """
            Varda PROPN 4 nsubj B-LOC
            and CCONJ 3 cc
            Ostrel PROPN 1 conj B-LOC
            distrust VERB 0 root
            each DET 6 det
            other ADJ 4 obj
            . PUNCT 4 punct
            """
        #expect(SymmetricRelations.parties(of: 3, in: HandParsed.analysis(sentence)) == [0, 2])
        #expect(HandParsed.alignment(whoDistrusts, sentence, candidate: 0).role == 1)
        // Ostrel is a subject too, and Varda, the question's object, is distrusted as well.
        let found = HandParsed.alignment(whoDistrusts.replacing("Ostrel", with: "Varda"), sentence, candidate: 2)
        #expect(found.role == 1)
        #expect(found.arguments == SymmetricRelations.partyFit)
        // Without the reciprocal, the subject's conjuncts only do it.
        let plain = sentence.replacing("each DET 6 det", with: "the DET 6 det").replacing(
            "other ADJ 4 obj", with: "rumours/rumour NOUN 4 obj")
        #expect(SymmetricRelations.parties(of: 3, in: HandParsed.analysis(plain)).isEmpty)
    }

    @Test("an argument's noun stated by a WordNet synonym counts, less than the noun itself")
    func argumentSynonym() {
        let question = """
            What PRON 0 root
            is/be AUX 1 cop
            the DET 4 det
            name NOUN 1 nsubj
            of ADP 7 case
            the DET 7 det
            exercise NOUN 4 nmod
            ? PUNCT 1 punct
            """
        // "The drill, called Velm Nine, starts today."
        let sentence = """
            The DET 2 det
            drill NOUN 8 nsubj
            , PUNCT 4 punct
            called/call VERB 2 acl
            Velm PROPN 4 xcomp B-ORG
            Nine PROPN 5 flat I-ORG
            , PUNCT 4 punct
            starts/start VERB 0 root
            today NOUN 8 obl:tmod
            . PUNCT 8 punct
            """
        let found = HandParsed.alignment(question, sentence, candidate: 4)
        #expect(found.arguments == FrameAlignment.synonymWeight)
        let exercise = HandParsed.alignment(
            question, sentence.replacing("drill NOUN", with: "exercise NOUN"), candidate: 4)
        #expect(exercise.arguments == 1)
        let unrelated = HandParsed.alignment(
            question, sentence.replacing("drill NOUN", with: "festival NOUN"), candidate: 4)
        #expect(unrelated.arguments < found.arguments)
    }

    @Test("an auxiliary read as the main verb gives way to the verb hung off it with its own subject")
    func auxiliaryReadAsVerb() {
        // "Who has Varda long distrusted?"
        let question = """
            Who PRON 2 nsubj
            has/have VERB 0 root
            Varda PROPN 5 nsubj
            long ADV 5 advmod
            distrusted/distrust VERB 2 obj
            ? PUNCT 2 punct
            """
        let frame = QuestionFrame(HandParsed.analysis(question))
        #expect(frame.predicateLemma == "distrust")
        #expect(frame.role == .patient)
        #expect(frame.arguments.map(\.head) == ["varda"])
        #expect(frame.arguments.first?.role == .agent)
        // "Who has the key?": a main verb *have* with an object stays the predicate.
        let plain = """
            Who PRON 2 nsubj
            has/have VERB 0 root
            the DET 4 det
            key NOUN 2 obj
            ? PUNCT 2 punct
            """
        #expect(QuestionFrame(HandParsed.analysis(plain)).predicateLemma == "have")
    }

    @Test("two places that are the parties of a mutual relation are no one answer")
    func noPairOfParties() {
        let sentence = """
            Varda PROPN 4 nsubj B-LOC
            and CCONJ 3 cc
            Ostrel PROPN 1 conj B-LOC
            share VERB 0 root
            a DET 6 det
            border NOUN 4 obj
            . PUNCT 4 punct
            """
        let analysis = HandParsed.analysis(sentence)
        #expect(SymmetricRelations.isParty(0, in: analysis))
        #expect(SyntaxSpans.placePair(from: 0..<1, in: analysis) == nil)
        let visited = HandParsed.analysis(sentence.replacing("share VERB", with: "visited/visit VERB"))
        #expect(!SymmetricRelations.isParty(0, in: visited))
        #expect(SyntaxSpans.placePair(from: 0..<1, in: visited) == 0..<3)
    }

    @Test("a predicate noun in an oblique of a verb stands where the verb's other locative obliques say")
    func placeOfPredicateNoun() {
        let question = """
            Where ADV 6 advmod
            will AUX 6 aux
            the DET 4 det
            Velm PROPN 6 nsubj:pass
            be AUX 6 aux:pass
            displayed/display VERB 0 root
            ? PUNCT 6 punct
            """
        // "The Velm will go on display at the Harlow Museum."
        let sentence = """
            The DET 2 det
            Velm PROPN 4 nsubj
            will AUX 4 aux
            go VERB 0 root
            on ADP 6 case
            display NOUN 4 obl
            at ADP 10 case
            the DET 10 det
            Harlow PROPN 10 compound B-LOC
            Museum PROPN 4 obl I-LOC
            . PUNCT 4 punct
            """
        let analysis = HandParsed.analysis(sentence)
        #expect(PlaceRole.fit(of: 9, for: 5, asked: .place(nil), in: analysis) == PlaceRole.attachedBelow)
        #expect(HandParsed.role(question, sentence, candidate: 9) == PlaceRole.attachedBelow)
        // Not a place: "of" is no locative preposition.
        let owned = HandParsed.analysis(sentence.replacing("at ADP 10 case", with: "of ADP 10 case"))
        #expect(PlaceRole.fit(of: 9, for: 5, asked: .place(nil), in: owned) == nil)
    }
}
