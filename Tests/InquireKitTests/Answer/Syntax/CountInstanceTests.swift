import Testing

@testable import InquireKit

/// `CountInstances` and `CountedPeople` on made-up sentences, parsed by hand in the Universal Dependencies style:
/// a count of another instance of the question's event, and a count of persons for *how many people*.
@Suite("Answers from syntax: a count's own event")
struct CountInstanceTests {
    let inTheFlood = """
        How ADV 2 advmod
        many ADJ 3 amod
        farmers/farmer NOUN 4 nsubj
        drowned/drown VERB 0 root
        in ADP 7 case
        the DET 7 det
        flood NOUN 4 obl
        ? PUNCT 4 punct
        """

    let inTheEarlierFlood = """
        How ADV 2 advmod
        many ADJ 3 amod
        farmers/farmer NOUN 4 nsubj
        drowned/drown VERB 0 root
        in ADP 8 case
        that DET 8 det
        earlier/early ADJ 8 amod
        flood NOUN 4 obl
        ? PUNCT 4 punct
        """

    /// "It was the worst flood since the 1953 storm, in which 900 farmers drowned."
    let relativeClause = """
        It PRON 5 nsubj
        was/be AUX 5 cop
        the DET 5 det
        worst/bad ADJ 5 amod
        flood NOUN 0 root
        since ADP 9 case
        the DET 9 det
        1953 NUM 9 nummod
        storm NOUN 5 nmod
        , PUNCT 15 punct
        in ADP 12 case
        which PRON 15 obl
        900 NUM 14 nummod
        farmers/farmer NOUN 15 nsubj
        drowned/drown VERB 9 acl:relcl
        . PUNCT 5 punct
        """

    /// "Last month, 40 farmers drowned in the flood."
    let lastMonth = """
        Last/last ADJ 2 amod
        month NOUN 6 obl:tmod
        , PUNCT 2 punct
        40 NUM 5 nummod
        farmers/farmer NOUN 6 nsubj
        drowned/drown VERB 0 root
        in ADP 9 case
        the DET 9 det
        flood NOUN 6 obl
        . PUNCT 6 punct
        """

    /// "At least 12 farmers drowned when the river rose."
    let plain = """
        At ADP 2 case
        least ADJ 3 nmod
        12 NUM 4 nummod
        farmers/farmer NOUN 5 nsubj
        drowned/drown VERB 0 root
        when ADV 9 advmod
        the DET 8 det
        river NOUN 9 nsubj
        rose/rise VERB 5 advcl
        . PUNCT 5 punct
        """

    @Test("a relative clause on a noun marked by a superlative or a year, or a clause of last month, is another event")
    func marked() {
        let question = HandParsed.analysis(inTheFlood)
        #expect(CountInstances.marksOther(12, in: HandParsed.analysis(relativeClause), question: question))
        #expect(CountInstances.marksOther(3, in: HandParsed.analysis(lastMonth), question: question))
        #expect(!CountInstances.marksOther(2, in: HandParsed.analysis(plain), question: question))
    }

    @Test("a count of another event fits less for a question about the text's own event, and the other way round")
    func factor() {
        let own = QuestionFrame(HandParsed.analysis(inTheFlood))
        let earlier = QuestionFrame(HandParsed.analysis(inTheEarlierFlood))
        #expect(!CountInstances.asksEarlier(own))
        #expect(CountInstances.asksEarlier(earlier))
        let other = HandParsed.analysis(relativeClause)
        let same = HandParsed.analysis(plain)
        #expect(CountInstances.fit(own, number: 12, in: other) == CountInstances.otherInstance)
        #expect(CountInstances.fit(own, number: 2, in: same) == 1)
        #expect(CountInstances.fit(earlier, number: 12, in: other) == 1)
        #expect(CountInstances.fit(earlier, number: 2, in: same) == CountInstances.otherInstance)
    }

    @Test("a year or superlative the question holds marks nothing; last before a noun of no time is the final one")
    func unmarked() {
        let question = HandParsed.analysis(
            """
            How ADV 2 advmod
            many ADJ 3 amod
            farmers/farmer NOUN 4 nsubj
            drowned/drown VERB 0 root
            in ADP 8 case
            the DET 8 det
            1953 NUM 8 nummod
            storm NOUN 4 obl
            in ADP 12 case
            the DET 12 det
            worst/bad ADJ 12 amod
            flood NOUN 4 obl
            ? PUNCT 4 punct
            """)
        #expect(!CountInstances.marksOther(12, in: HandParsed.analysis(relativeClause), question: question))
        let lastGame = HandParsed.analysis(
            """
            In ADP 4 case
            the DET 4 det
            last/last ADJ 4 amod
            game NOUN 7 obl
            , PUNCT 4 punct
            40 NUM 7 nsubj
            scored/score VERB 0 root
            . PUNCT 7 punct
            """)
        #expect(!CountInstances.marksOther(5, in: lastGame, question: HandParsed.analysis(inTheFlood)))
        // "prior to" is a preposition: the week before the final, not an earlier event.
        let priorTo = QuestionFrame(
            HandParsed.analysis(
                """
                How ADV 2 advmod
                many ADJ 3 amod
                fans/fan NOUN 4 nsubj
                came/come VERB 0 root
                during ADP 7 case
                the DET 7 det
                week NOUN 4 obl
                prior ADJ 11 case
                to ADP 8 fixed
                the DET 11 det
                final NOUN 4 obl
                ? PUNCT 4 punct
                """))
        #expect(!CountInstances.asksEarlier(priorTo))
    }

    @Test("a count of persons of any kind counts people; a count of things does not")
    func people() throws {
        let sentence = HandParsed.analysis(
            """
            About ADV 2 advmod
            40 NUM 3 nummod
            pilgrims/pilgrim NOUN 4 nsubj
            drowned/drown VERB 0 root
            and CCONJ 8 cc
            12 NUM 7 nummod
            boats/boat NOUN 8 nsubj
            sank/sink VERB 4 conj
            . PUNCT 4 punct
            """)
        let spans = SpanRecognizer(gazetteer: Engine.Resources.forTests.gazetteer).spans(in: sentence.text)
            .filter { $0.type == .count }
        let nouns = Engine.Resources.forTests.nouns
        let pilgrims = try #require(spans.first)
        let boats = try #require(spans.last)
        #expect(pilgrims.range != boats.range)
        #expect(
            CountedPeople.reread(pilgrims, asked: "people", in: sentence, nouns: nouns).countedNoun
                == SnowballStemmer.stem("people"))
        #expect(
            CountedPeople.reread(boats, asked: "people", in: sentence, nouns: nouns).countedNoun
                != SnowballStemmer.stem("people"))
        #expect(
            CountedPeople.reread(pilgrims, asked: "farmer", in: sentence, nouns: nouns).countedNoun
                != SnowballStemmer.stem("people"))
    }
}
