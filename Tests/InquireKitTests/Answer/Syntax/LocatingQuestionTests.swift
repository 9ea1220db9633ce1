import Testing

@testable import InquireKit

/// *Where did the festival take place?*, *Where was the fair held?*: a question that asks only where something
/// happens is answered by the place of any verb whose subject is that thing, named or referred back to by a
/// definite description (`AnaphoricDescriptions`); on made-up sentences parsed by hand.
@Suite("Where answers: questions of happening somewhere, descriptions that refer back")
struct LocatingQuestionTests {
    /// "Where did the Arden Fair take place?"
    let takePlace = """
        Where/where ADV 6 advmod
        did/do AUX 6 aux
        the DET 5 det
        Arden PROPN 5 compound
        Fair/fair PROPN 6 nsubj
        take VERB 0 root
        place NOUN 6 obj
        ? PUNCT 6 punct
        """

    /// "Where was the Arden Fair held?"
    let held = """
        Where/where ADV 6 advmod
        was/be AUX 6 aux:pass
        the DET 5 det
        Arden PROPN 5 compound
        Fair/fair PROPN 6 nsubj:pass
        held/hold VERB 0 root
        ? PUNCT 6 punct
        """

    /// "SUBJECT was staged at the Velda Hall ." with the subject's three words `subject`.
    func staged(_ subject: String) -> String {
        """
        \(subject)
        was/be AUX 5 aux:pass
        staged/stage VERB 0 root
        at ADP 9 case
        the DET 9 det
        Velda PROPN 9 compound B-LOC
        Hall PROPN 5 obl I-LOC
        . PUNCT 5 punct
        """
    }

    /// "The Arden Fair was …", as the subject lines of `staged`.
    let namedSubject = """
        The/the DET 3 det
        Arden PROPN 3 compound
        Fair/fair PROPN 5 nsubj:pass
        """

    /// "The show then was …": a description in the place of `namedSubject`'s name (three words as well).
    let describedSubject = """
        The/the DET 2 det
        show NOUN 5 nsubj:pass
        then ADV 5 advmod
        """

    /// "The Arden Fair is a yearly show ."
    let naming = """
        The/the DET 3 det
        Arden PROPN 3 compound
        Fair/fair PROPN 7 nsubj
        is/be AUX 7 cop
        a DET 7 det
        yearly ADJ 7 amod
        show NOUN 0 root
        . PUNCT 7 punct
        """

    /// The role of the hall (span 6..<9, head 8) in `sentence` for `question` after `PlaceFallback`.
    func hallRole(_ question: String, _ sentence: String, antecedent: Set<String> = []) -> Double {
        let frame = QuestionFrame(HandParsed.analysis(question))
        let analysis = HandParsed.analysis(sentence)
        let view = SentenceView(analysis.text)
        let span = TypedSpan(view: view, type: .location, words: 6..<9, strength: 0.8)
        let relations = Engine.Resources.forTests.relations
        let syntax = SyntaxEvidence(
            alignment: FrameAlignment.align(
                frame, with: analysis, candidate: 8, antecedent: antecedent, relations: relations),
            entityKind: .place)
        return PlaceFallback.applied(
            to: [syntax], spans: [span], heads: [8], frame: frame, in: analysis, relations: relations,
            antecedent: antecedent
        )[0].alignment.role
    }

    @Test("'take place' is read as 'happen', without 'place' as its object")
    func takePlaceIsHappen() {
        let frame = QuestionFrame(HandParsed.analysis(takePlace))
        #expect(frame.predicateLemma == "happen")
        #expect(frame.arguments.map(\.head) == ["fair"])
    }

    @Test("the place of any verb of the thing asked about says where it took place or was held")
    func anyVerbOfTheThing() {
        #expect(hallRole(takePlace, staged(namedSubject)) == PlaceFallback.locatingFit)
        #expect(hallRole(held, staged(namedSubject)) == PlaceFallback.locatingFit)
    }

    @Test("another question's predicate, or another subject, gives no place")
    func notLocating() {
        let won = held.replacing("held/hold", with: "won/win")
        #expect(hallRole(won, staged(namedSubject)) == 0)
        #expect(hallRole(held, staged(describedSubject)) == 0)
    }

    /// "Where will the Arden Fair go?"
    let go = """
        Where/where ADV 6 advmod
        will AUX 6 aux
        the DET 5 det
        Arden PROPN 5 compound
        Fair/fair PROPN 6 nsubj
        go VERB 0 root
        ? PUNCT 6 punct
        """

    @Test("a destination of any verb of the thing asked about says where it goes; another place does not")
    func movingThing() {
        let sent = staged(namedSubject).replacing("staged/stage", with: "sent/send").replacing("at ADP", with: "to ADP")
        #expect(hallRole(go, sent) == PlaceFallback.locatingFit)
        #expect(hallRole(go, staged(namedSubject)) == 0)
        let otherSubject = namedSubject.replacing("Arden PROPN", with: "Tarn PROPN").replacing(
            "Fair/fair PROPN", with: "Show/show PROPN")
        #expect(hallRole(go, staged(otherSubject).replacing("at ADP", with: "to ADP")) == 0)
    }

    @Test("a description that refers back to the thing stands for it")
    func describedThing() {
        let earlier = [HandParsed.analysis(naming)]
        let sentence = HandParsed.analysis(staged(describedSubject))
        #expect(AnaphoricDescriptions.subject(of: sentence) == 1)
        let antecedent = AnaphoricDescriptions.lemmas(for: sentence, earlier: earlier)
        #expect(antecedent == ["arden", "fair"])
        #expect(hallRole(held, staged(describedSubject), antecedent: antecedent) == PlaceFallback.locatingFit)
    }

    @Test("a general noun refers to the subject of the sentence before; another noun only to what was called it")
    func generalNoun() {
        let earlier = [HandParsed.analysis(naming.replacing("show NOUN", with: "fete NOUN"))]
        let show = HandParsed.analysis(staged(describedSubject))
        #expect(AnaphoricDescriptions.lemmas(for: show, earlier: earlier).isEmpty)
        let event = HandParsed.analysis(staged(describedSubject.replacing("show NOUN", with: "event NOUN")))
        #expect(AnaphoricDescriptions.lemmas(for: event, earlier: earlier) == ["arden", "fair"])
        // The sentence before with no subject in its parse: its opening noun phrase.
        let unparsed = HandParsed.analysis(
            """
            The DET 2 det
            fete NOUN 4 nmod:poss
            's PART 2 case
            day NOUN 6 obl
            was/be AUX 6 aux:pass
            moved/move VERB 0 root
            . PUNCT 6 punct
            """)
        #expect(AnaphoricDescriptions.opening(of: unparsed) == 3)
        #expect(AnaphoricDescriptions.lemmas(for: event, earlier: [unparsed]) == ["fete", "day"])
        // A description with more than its article is no reference back.
        let yearly = HandParsed.analysis(
            staged(
                """
                The/the DET 3 det
                yearly ADJ 3 amod
                event NOUN 5 nsubj:pass
                """))
        #expect(AnaphoricDescriptions.subject(of: yearly) == nil)
    }

    @Test("a past participle after 'was' is passive though the parse hung 'was' off the subject")
    func passiveByForm() {
        let question = """
            Where/where ADV 6 advmod
            was/be AUX 5 cop
            the DET 5 det
            Arden PROPN 5 compound
            Fair/fair PROPN 6 nsubj
            held/hold VERB 0 root
            ? PUNCT 6 punct
            """
        #expect(QuestionFrame(HandParsed.analysis(question)).arguments.map(\.role) == [.patient])
        let active = question.replacing("was/be AUX", with: "did/do AUX")
        #expect(QuestionFrame(HandParsed.analysis(active)).arguments.map(\.role) == [.agent])
    }

    @Test("an irregular past form states its verb whatever lemma the lemmatiser gave it")
    func irregularForm() {
        let fled = HandParsed.analysis(
            """
            Residents NOUN 2 nsubj
            fled/flead VERB 0 root
            to ADP 5 case
            the DET 5 det
            north NOUN 2 obl
            . PUNCT 2 punct
            """)
        let relations = Engine.Resources.forTests.relations
        #expect(FrameAlignment.predicateOccurrences(of: "flee", in: fled, relations: relations) == [1])
    }

    @Test("'take place' in a sentence states a question's 'happen'")
    func takePlaceStatesHappen() {
        let tookPlace = """
            The DET 2 det
            fair NOUN 3 nsubj
            took/take VERB 0 root
            place NOUN 3 obj
            at ADP 6 case
            Arden PROPN 3 obl
            . PUNCT 3 punct
            """
        let relations = Engine.Resources.forTests.relations
        #expect(
            FrameAlignment.predicateOccurrences(
                of: "happen", in: HandParsed.analysis(tookPlace), relations: relations) == [2])
        #expect(HandParsed.role(takePlace, tookPlace, candidate: 5) == 1)
    }

    @Test("a place of a verb coordinated with the predicate is that verb's, of a clause below it the predicate's")
    func coordinatedVerb() {
        let sentence = HandParsed.analysis(
            """
            The DET 2 det
            fair NOUN 3 nsubj
            opened/open VERB 0 root
            and CCONJ 5 cc
            moved/move VERB 3 conj
            to ADP 7 case
            Arden PROPN 5 obl
            . PUNCT 3 punct
            """)
        #expect(PlaceRole.fit(of: 6, for: 2, asked: .place(nil), in: sentence) == nil)
        // A clause the predicate governs keeps its place for it.
        let stuffed = HandParsed.analysis(
            """
            Blueprints NOUN 3 nsubj:pass
            were/be AUX 3 aux:pass
            found/find VERB 0 root
            stuffed/stuff VERB 3 xcomp
            in ADP 7 case
            the DET 7 det
            trash NOUN 4 obl
            . PUNCT 3 punct
            """)
        #expect(PlaceRole.fit(of: 6, for: 2, asked: .place(nil), in: stuffed) == PlaceRole.attachedBelow)
    }

    @Test("the subject of a verb of being somewhere is the question's subject in either voice")
    func subjectsAlike() {
        let stays = staged(namedSubject).replacing("was/be AUX 5 aux:pass", with: "still/still ADV 5 advmod")
            .replacing("staged/stage", with: "stays/stay").replacing(
                "Fair/fair PROPN 5 nsubj:pass", with: "Fair/fair PROPN 5 nsubj")
        let frame = QuestionFrame(HandParsed.analysis(held))
        let analysis = HandParsed.analysis(stays)
        #expect(frame.arguments.map(\.role) == [.patient])
        #expect(FrameAlignment.argumentFit(frame, in: analysis, predicate: 4, candidate: 8) < 1)
        #expect(FrameAlignment.argumentFit(frame, in: analysis, predicate: 4, candidate: 8, subjectsAlike: true) == 1)
    }
}
