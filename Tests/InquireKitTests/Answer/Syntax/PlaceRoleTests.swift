import Testing

@testable import InquireKit

/// The place of a predicate when the tree does not hang it off the predicate (a kind noun, a misattached
/// locative phrase), and common noun phrases offered as places; on made-up sentences parsed by hand.
@Suite("Answers from syntax: places through a kind noun, misattached places and common noun phrases")
struct PlaceRoleTests {
    let whereSigned = """
        Where ADV 4 advmod
        did/do AUX 4 aux
        they PRON 4 nsubj
        sign VERB 0 root
        the DET 6 det
        treaty NOUN 4 obj
        ? PUNCT 4 punct
        """

    /// "They signed the treaty in the {noun} of Varna ."
    func signedIn(_ noun: String) -> String {
        """
        They/they PRON 2 nsubj
        signed/sign VERB 0 root
        the DET 4 det
        treaty NOUN 2 obj
        in ADP 7 case
        the DET 7 det
        \(noun) NOUN 2 obl
        of ADP 9 case
        Varna PROPN 7 nmod B-LOC
        . PUNCT 2 punct
        """
    }

    @Test("the name after 'the city of' stands where 'city' stands; after 'the mouth of' it does not")
    func kindNoun() {
        #expect(HandParsed.role(whereSigned, signedIn("city"), candidate: 8) == 1)
        #expect(HandParsed.role(whereSigned, signedIn("town"), candidate: 8) == 1)
        #expect(HandParsed.role(whereSigned, signedIn("mouth"), candidate: 8) == 0)
        // The noun itself keeps its own role.
        #expect(HandParsed.role(whereSigned, signedIn("mouth"), candidate: 6) == 1)
    }

    @Test("the name after 'the town of' in a clause below the predicate takes the town's place there")
    func kindNounBelowPredicate() {
        let question = """
            Where ADV 4 advmod
            did/do AUX 4 aux
            she PRON 4 nsubj
            say VERB 0 root
            they PRON 7 nsubj:pass
            were/be AUX 7 aux:pass
            hurt VERB 4 ccomp
            ? PUNCT 4 punct
            """
        // "She said that two men were hurt near the town of Varna ."
        let sentence = """
            She/she PRON 2 nsubj
            said/say VERB 0 root
            that SCONJ 7 mark
            two NUM 5 nummod
            men/man NOUN 7 nsubj:pass
            were/be AUX 7 aux:pass
            hurt VERB 2 ccomp
            near ADP 10 case
            the DET 10 det
            town NOUN 7 obl
            of ADP 12 case
            Varna PROPN 10 nmod B-LOC
            . PUNCT 2 punct
            """
        let town = HandParsed.role(question, sentence, candidate: 9)
        #expect(town == PlaceRole.attachedBelow)
        #expect(HandParsed.role(question, sentence, candidate: 11) == town)
    }

    let whereBorn = """
        Where ADV 4 advmod
        was/be AUX 4 aux:pass
        Tomas PROPN 4 nsubj:pass
        born/bear VERB 0 root
        ? PUNCT 4 punct
        """

    @Test("a locative phrase the parser hung off the predicate's date is the predicate's place, part-way")
    func misattachedPlace() {
        let sentence = """
            Tomas PROPN 3 nsubj:pass B-PER
            was/be AUX 3 aux:pass
            born/bear VERB 0 root
            on ADP 5 case
            3 NUM 3 obl
            May PROPN 5 nmod:unmarked
            1901 NUM 5 nmod:unmarked
            in ADP 9 case
            Kesta PROPN 5 nmod B-LOC
            . PUNCT 3 punct
            """
        #expect(HandParsed.role(whereBorn, sentence, candidate: 8) == PlaceRole.attachedBelow)
    }

    @Test("a place inside a clause of its own is not the predicate's place")
    func placeInClause() {
        let sentence = """
            Tomas PROPN 3 nsubj:pass B-PER
            was/be AUX 3 aux:pass
            born/bear VERB 0 root
            to ADP 5 case
            parents/parent NOUN 3 obl
            who PRON 7 nsubj
            lived/live VERB 5 acl:relcl
            in ADP 9 case
            Kesta PROPN 7 obl B-LOC
            . PUNCT 3 punct
            """
        #expect(HandParsed.role(whereBorn, sentence, candidate: 8) == 0)
    }

    let whereMeet = """
        Where ADV 4 advmod
        do/do AUX 4 aux
        committees/committee NOUN 4 nsubj
        meet VERB 0 root
        ? PUNCT 4 punct
        """

    /// The common noun phrases offered as places for `question` over `sentence`, as text.
    func offered(_ question: String, _ sentence: String) -> [String] {
        let analysis = HandParsed.analysis(sentence)
        let view = SentenceView(analysis.text)
        return PlaceNounPhrases.spans(
            in: analysis, view: view, besides: [], frame: QuestionFrame(HandParsed.analysis(question)),
            relations: Engine.Resources.forTests.relations
        ).map(\.text)
    }

    @Test("the object of a locative preposition in the asked place is offered with its modifiers, not its time")
    func commonNounPlace() {
        let sentence = """
            Committees/committee NOUN 2 nsubj
            meet VERB 0 root
            in ADP 6 case
            the DET 6 det
            debating/debate VERB 6 amod
            chamber NOUN 2 obl
            adjoining/adjoin VERB 6 acl
            the DET 9 det
            hall NOUN 7 obj
            on ADP 11 case
            afternoons/afternoon NOUN 2 obl
            . PUNCT 2 punct
            """
        #expect(offered(whereMeet, sentence) == ["the debating chamber"])
    }

    @Test("a possessor before the place noun is part of the offered phrase")
    func possessorPlace() {
        let sentence = """
            Committees/committee NOUN 2 nsubj
            meet VERB 0 root
            in ADP 7 case
            the DET 5 det
            mayor NOUN 7 nmod:poss
            's PART 5 case
            parlour NOUN 2 obl
            . PUNCT 2 punct
            """
        #expect(offered(whereMeet, sentence) == ["the mayor 's parlour"])  // hand-parsed words are joined by spaces
    }

    @Test("no common noun phrase is offered for a question that does not ask where, nor outside the asked place")
    func noCommonNounPlace() {
        let sentence = """
            Committees/committee NOUN 2 nsubj
            meet VERB 0 root
            with ADP 4 case
            members/member NOUN 2 obl
            who PRON 6 nsubj
            work VERB 4 acl:relcl
            in ADP 8 case
            offices/office NOUN 6 obl
            . PUNCT 2 punct
            """
        #expect(offered(whereMeet, sentence).isEmpty)
        let whoMeets = """
            Who PRON 2 nsubj
            meets/meet VERB 0 root
            ? PUNCT 2 punct
            """
        let inChamber = """
            Committees/committee NOUN 2 nsubj
            meet VERB 0 root
            in ADP 4 case
            chambers/chamber NOUN 2 obl
            . PUNCT 2 punct
            """
        #expect(offered(whereMeet, inChamber) == ["chambers"])
        #expect(offered(whoMeets, inChamber).isEmpty)
    }

    /// The common noun phrases offered as places, beside the places the recognisers find in the sentence.
    func offeredBesideNames(_ question: String, _ sentence: String) -> [String] {
        let analysis = HandParsed.analysis(sentence)
        let view = SentenceView(analysis.text)
        let names = SpanRecognizer(gazetteer: Engine.Resources.forTests.gazetteer).spans(in: view)
        return PlaceNounPhrases.spans(
            in: analysis, view: view, besides: names, frame: QuestionFrame(HandParsed.analysis(question)),
            relations: Engine.Resources.forTests.relations
        ).map(\.text)
    }

    let whereGo = """
        Where ADV 4 advmod
        will AUX 4 aux
        it PRON 4 nsubj
        go VERB 0 root
        ? PUNCT 4 punct
        """

    @Test("a common noun beside a named place of its predicate, or with one of its own, is not offered")
    func commonNounBesideName() {
        // "The plane will go on display at the Velda Museum ."
        let goOnDisplay = """
            The DET 2 det
            plane NOUN 4 nsubj
            will AUX 4 aux
            go VERB 0 root
            on ADP 6 case
            display NOUN 4 obl

            """
        let display =
            goOnDisplay + """
                at ADP 10 case
                the DET 10 det
                Velda PROPN 10 compound B-LOC
                Museum PROPN 4 obl I-LOC
                . PUNCT 4 punct
                """
        #expect(offeredBesideNames(whereGo, display).isEmpty)
        // "The plane will go on display in the lobby ." (no name: the noun phrases are offered)
        let lobby =
            goOnDisplay + """
                in ADP 9 case
                the DET 9 det
                lobby NOUN 4 obl
                . PUNCT 4 punct
                """
        #expect(offeredBesideNames(whereGo, lobby) == ["display", "the lobby"])
        // "It will go to offices at Velda Museum ." (the name inside the noun's own phrase)
        let offices = """
            It/it PRON 3 nsubj
            will AUX 3 aux
            go VERB 0 root
            to ADP 5 case
            offices/office NOUN 3 obl
            at ADP 8 case
            Velda PROPN 8 compound B-LOC
            Museum PROPN 5 nmod I-LOC
            . PUNCT 3 punct
            """
        #expect(offeredBesideNames(whereGo, offices).isEmpty)
    }

    let whereLeft = """
        Where ADV 4 advmod
        did/do AUX 4 aux
        he PRON 4 nsubj
        leave VERB 0 root
        the DET 6 det
        papers/paper NOUN 4 obj
        ? PUNCT 4 punct
        """

    @Test("an 'of' complement after the place noun belongs to the phrase up to a name, when the tree holds it")
    func ofComplementToName() {
        // "He left the papers at the home of his sister Mira Tolv who lives in town ."
        func sentence(nameHead: Int) -> String {
            """
            He/he PRON 2 nsubj
            left/leave VERB 0 root
            the DET 4 det
            papers/paper NOUN 2 obj
            at ADP 7 case
            the DET 7 det
            home NOUN 2 obl
            of ADP 10 case
            his/he PRON 10 nmod:poss
            sister NOUN 7 nmod
            Mira PROPN \(nameHead) appos B-PER
            Tolv PROPN 11 flat I-PER
            who PRON 14 nsubj
            lives/live VERB 11 acl:relcl
            in ADP 16 case
            town NOUN 14 obl
            . PUNCT 2 punct
            """
        }
        #expect(offered(whereLeft, sentence(nameHead: 10)) == ["the home of his sister Mira Tolv"])
        // The parse hangs the name elsewhere: the noun alone.
        #expect(offered(whereLeft, sentence(nameHead: 14)) == ["the home"])
    }

    @Test("a question's name matches the sentence's without its accents")
    func accentedArgument() {
        let question = """
            Where ADV 4 advmod
            did/do AUX 4 aux
            Jurek PROPN 4 nsubj
            die VERB 0 root
            ? PUNCT 4 punct
            """
        let sentence = """
            Jürek/Jürek PROPN 2 nsubj B-PER
            died/die VERB 0 root
            in ADP 4 case
            Velda PROPN 2 obl B-LOC
            . PUNCT 2 punct
            """
        let alignment = HandParsed.alignment(question, sentence, candidate: 3)
        #expect(alignment.role == 1)
        #expect(alignment.arguments == 1)
    }
}
