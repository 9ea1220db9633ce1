import Testing

@testable import InquireKit

/// `CountClauses` and the counted noun of a *how many* question, on made-up sentences parsed by hand in the
/// Universal Dependencies style.
@Suite("Answers from syntax: the clause of a how-many question")
struct CountClauseTests {
    let childrenWhenAttacked = """
        How ADV 2 advmod
        many ADJ 3 amod
        boys/boy NOUN 5 nsubj:pass
        were/be AUX 5 aux:pass
        hurt/hurt VERB 0 root
        when ADV 8 advmod
        Arden PROPN 8 nsubj
        raided/raid VERB 5 advcl
        Norland PROPN 8 obj
        ? PUNCT 5 punct
        """

    @Test("the content words of a clause of time are read; a clause headed by no verb or opened otherwise is not")
    func words() {
        #expect(CountClauses.words(of: HandParsed.analysis(childrenWhenAttacked)) == ["arden", "raid", "norland"])
        let noVerb = """
            How ADV 2 advmod
            many ADJ 3 amod
            games/game NOUN 4 obj
            lost/lose VERB 0 root
            before ADP 6 mark
            Cup PROPN 4 advcl
            ? PUNCT 4 punct
            """
        #expect(CountClauses.words(of: HandParsed.analysis(noVerb)).isEmpty)
        let relative = """
            How ADV 2 advmod
            many ADJ 3 amod
            boys/boy NOUN 4 nsubj
            ran/run VERB 0 root
            because SCONJ 6 mark
            rained/rain VERB 4 advcl
            ? PUNCT 4 punct
            """
        #expect(CountClauses.words(of: HandParsed.analysis(relative)).isEmpty)
    }

    @Test("a sentence stating more of the clause fits better; none stating any leaves every count as it is")
    func factor() {
        let frame = QuestionFrame(HandParsed.analysis(childrenWhenAttacked))
        let clause = CountClauses.stems(of: frame)
        let relations = Engine.Resources.forTests.relations
        let raid = Set(["ardenian", "raid", "norland", "two", "boy"].map { SnowballStemmer.stem($0) })
        let other = Set(["four", "boy", "hurt", "town"].map { SnowballStemmer.stem($0) })
        let full = CountClauses.share(clause, in: raid, relations: relations)
        let none = CountClauses.share(clause, in: other, relations: relations)
        #expect(full == 1)
        #expect(none == 0)
        #expect(CountClauses.factor(share: full, best: full) == 1)
        #expect(CountClauses.factor(share: none, best: full) == CountClauses.floor)
        #expect(CountClauses.factor(share: 0, best: 0) == 1)
    }

    @Test("a question that asks no count has no clause to align")
    func notCount() {
        let question = """
            When ADV 2 advmod
            raided/raid VERB 0 root
            Arden PROPN 2 nsubj
            after SCONJ 5 mark
            lost/lose VERB 2 advcl
            ? PUNCT 2 punct
            """
        #expect(CountClauses.stems(of: QuestionFrame(HandParsed.analysis(question))).isEmpty)
    }

    @Test("the counted noun lies past an adjective or adverb the parse hung elsewhere, and at a compound's head")
    func countedNoun() {
        let question = """
            How ADV 2 advmod
            many ADJ 6 advmod
            earlier ADV 2 advmod
            incidents/incident NOUN 6 obj
            does/do AUX 6 aux
            recall VERB 0 root
            ? PUNCT 6 punct
            """
        #expect(QuestionFrame(HandParsed.analysis(question)).countedNoun == "incident")
        let compound = """
            How ADV 2 advmod
            many ADJ 5 advmod
            plant NOUN 4 compound
            species NOUN 5 nsubj
            live/live VERB 0 root
            ? PUNCT 5 punct
            """
        #expect(QuestionFrame(HandParsed.analysis(compound)).countedNoun == "species")
    }
}
