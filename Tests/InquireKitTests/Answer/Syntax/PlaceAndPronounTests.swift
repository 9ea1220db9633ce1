import Testing

@testable import InquireKit

/// Where-questions and pronoun antecedents, on made-up sentences parsed by hand in the Universal Dependencies style.
@Suite("Answers from syntax: places and pronouns")
struct PlaceAndPronounTests {
    let whereSpread = """
        Where ADV 4 advmod
        did/do AUX 4 aux
        it PRON 4 nsubj
        spread VERB 0 root
        ? PUNCT 4 punct
        """

    @Test("a plain where-question: a place the thing is in or goes through fits, a place it comes from half-way")
    func sourcePlace() {
        let sentence = """
            From ADP 2 case
            Varna PROPN 4 obl B-LOC
            it PRON 4 nsubj
            spread VERB 0 root
            through ADP 6 case
            Kesta PROPN 4 obl B-LOC
            . PUNCT 4 punct
            """
        #expect(QuestionFrame(HandParsed.analysis(whereSpread)).role == .place(nil))
        #expect(HandParsed.role(whereSpread, sentence, candidate: 5) == 1)
        #expect(HandParsed.role(whereSpread, sentence, candidate: 1) == 0.5)
    }

    @Test("a verb of starting: the place it sets out from answers a plain where in full")
    func startingPlace() {
        let question = """
            Where ADV 5 advmod
            will AUX 5 aux
            the DET 4 det
            drill NOUN 5 nsubj
            start VERB 0 root
            ? PUNCT 5 punct
            """
        let moved = """
            Where ADV 5 advmod
            will AUX 5 aux
            the DET 4 det
            drill NOUN 5 nsubj
            move VERB 0 root
            ? PUNCT 5 punct
            """
        func sentence(_ verb: String) -> String {
            """
            The DET 2 det
            drill NOUN 4 nsubj
            will AUX 4 aux
            \(verb) VERB 0 root
            from ADP 6 case
            Ostrava PROPN 4 obl B-LOC
            . PUNCT 4 punct
            """
        }
        // "commence" states "start" (a WordNet synonym); "move" is no verb of starting.
        #expect(HandParsed.role(question, sentence("commence"), candidate: 5) == 1)
        #expect(HandParsed.role(moved, sentence("move"), candidate: 5) == 0.5)
    }

    @Test("a stranded preposition names the place asked: 'where … to?' prefers the place after 'to'")
    func strandedPreposition() {
        let question = """
            Where ADV 5 advmod
            did/do AUX 5 aux
            the DET 4 det
            residents/resident NOUN 5 nsubj
            flee VERB 0 root
            to ADP 5 obl
            ? PUNCT 5 punct
            """
        let sentence = """
            The DET 2 det
            residents/resident NOUN 3 nsubj
            fled/flee VERB 0 root
            to ADP 6 case
            the DET 6 det
            hills/hill NOUN 3 obl
            in ADP 9 case
            the DET 9 det
            north NOUN 3 obl
            . PUNCT 3 punct
            """
        let frame = QuestionFrame(HandParsed.analysis(question))
        #expect(frame.role == .place("to"))
        #expect(frame.arguments.map(\.head) == ["resident"])
        #expect(HandParsed.role(question, sentence, candidate: 5) == 1)
        #expect(HandParsed.role(question, sentence, candidate: 8) == 0.7)
    }

    @Test("a place name that modifies a common noun is widened to that noun; one that heads its phrase is not")
    func placeModifyingNoun() {
        let sentence = HandParsed.analysis(
            """
            The DET 6 det
            Orlan PROPN 3 compound B-LOC
            State PROPN 6 compound I-LOC
            training NOUN 6 compound
            new ADJ 6 amod
            facility NOUN 7 nsubj
            opened/open VERB 0 root
            near ADP 9 case
            Tarsk PROPN 7 obl B-LOC
            . PUNCT 7 punct
            """)
        #expect(SyntaxSpans.modifiedNoun(of: 1..<3, in: sentence) == 5)
        #expect(SyntaxSpans.modifiedNoun(of: 8..<9, in: sentence) == nil)
    }

    let whoDesigned = """
        Who PRON 2 nsubj
        designed/design VERB 0 root
        the DET 4 det
        lighthouse NOUN 2 obj
        ? PUNCT 2 punct
        """

    let designedByIt = """
        It/it PRON 3 nsubj:pass
        was/be AUX 3 aux:pass
        designed/design VERB 0 root
        by ADP 6 case
        the DET 6 det
        engineer NOUN 3 obl:agent
        Linden PROPN 6 appos B-PER
        . PUNCT 3 punct
        """

    @Test("a pronoun stands for the previous sentence's subject when it holds an argument of the question")
    func pronounArgument() {
        let frame = QuestionFrame(HandParsed.analysis(whoDesigned))
        let sentence = HandParsed.analysis(designedByIt)
        let alone = FrameAlignment.align(
            frame, with: sentence, candidate: 6, relations: Engine.Resources.forTests.relations)
        let resolved = FrameAlignment.align(
            frame, with: sentence, candidate: 6, antecedent: ["lighthouse", "old"],
            relations: Engine.Resources.forTests.relations)
        #expect(alone.role == 1)
        #expect(resolved.role == 1)
        #expect(resolved.arguments > alone.arguments)
        let other = FrameAlignment.align(
            frame, with: sentence, candidate: 6, antecedent: ["tower"], relations: Engine.Resources.forTests.relations)
        #expect(other.arguments == alone.arguments)
    }

    @Test("the antecedent is the previous sentence's subject, its name through an apposition")
    func antecedentSubject() {
        let previous = HandParsed.analysis(
            """
            The DET 2 det
            painter NOUN 5 nsubj
            Mara PROPN 2 appos B-PER
            Kolar PROPN 3 flat I-PER
            bought/buy VERB 0 root
            the DET 7 det
            mill NOUN 5 obj
            . PUNCT 5 punct
            """)
        #expect(Antecedent.subject(of: previous) == 1)
        #expect(Antecedent.names(2, 1, in: previous))
        #expect(!Antecedent.names(6, 1, in: previous))
        #expect(Antecedent.lemmas(ofSubjectOf: previous).contains("painter"))
        let sentence = HandParsed.analysis(designedByIt)
        #expect(Antecedent.subjectPronouns(in: sentence) == [0])
        let pronounSubject = HandParsed.analysis(
            """
            She/she PRON 2 nsubj
            sold/sell VERB 0 root
            it/it PRON 2 obj
            . PUNCT 2 punct
            """)
        #expect(Antecedent.subjectPronouns(in: pronounSubject) == [0])
    }

    @Test("a subject pronoun in the asked role is answered with the previous sentence's subject")
    func pronounCandidate() throws {
        let text =
            "The portrait hung in the hall for decades. The painter Maria Kowalski bought the old mill in 1921. "
            + "She later sold it to the city council."
        let engine = try Engine(corpus: Corpus(name: "t", documents: [Document(id: "t", source: "t.txt", text: text)]))
        let answer = engine.answer("Who sold the mill?")
        let best = answer.candidates.first
        #expect(best?.text == "Maria Kowalski")
        #expect(best?.evidence.text == "She later sold it to the city council.")
        #expect((best?.parts.role ?? 0) > 0.5)
    }
}
