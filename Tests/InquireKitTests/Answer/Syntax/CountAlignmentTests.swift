import Testing

@testable import InquireKit

/// `CountAlignment` on made-up sentences, parsed by hand in the Universal Dependencies style.
@Suite("Answers from syntax: what a how-many number counts")
struct CountAlignmentTests {
    let fumblesOfDavis = """
        How ADV 2 advmod
        many ADJ 3 amod
        fumbles/fumble NOUN 7 obj
        did/do AUX 7 aux
        Tom PROPN 7 nsubj B-PER
        Davis PROPN 5 flat I-PER
        force VERB 0 root
        ? PUNCT 7 punct
        """

    @Test("a number in a clause whose named subject the question does not name counts another's")
    func otherSubject() {
        let sentence = """
            Davis PROPN 2 nsubj B-PER
            forced/force VERB 0 root
            four/four NUM 4 nummod
            fumbles/fumble NOUN 2 obj
            while SCONJ 7 mark
            Kuechly PROPN 7 nsubj B-PER
            forced/force VERB 2 advcl
            two/two NUM 9 nummod
            fumbles/fumble NOUN 7 obj
            . PUNCT 2 punct
            """
        let frame = QuestionFrame(HandParsed.analysis(fumblesOfDavis))
        let analysis = HandParsed.analysis(sentence)
        #expect(CountAlignment.clauseSubject(of: 7, in: analysis) == 5)
        #expect(CountAlignment.fit(frame, number: 2, in: analysis) == 1)
        #expect(CountAlignment.fit(frame, number: 7, in: analysis) == CountAlignment.otherSubject)
    }

    @Test("a relative pronoun's clause counts for the name it modifies; coordinated verbs share a subject")
    func relativeAndCoordinated() {
        let sentence = """
            Davis PROPN 2 nsubj B-PER
            rested/rest VERB 0 root
            , PUNCT 5 punct
            unlike ADP 5 case
            Ealy PROPN 2 obl B-PER
            , PUNCT 7 punct
            who/who PRON 8 nsubj
            had/have VERB 5 acl:relcl
            5 NUM 10 nummod
            fumbles/fumble NOUN 8 obj
            and CCONJ 12 cc
            forced/force VERB 8 conj
            two/two NUM 14 nummod
            more/more ADJ 12 obj
            . PUNCT 2 punct
            """
        let frame = QuestionFrame(HandParsed.analysis(fumblesOfDavis))
        let analysis = HandParsed.analysis(sentence)
        #expect(CountAlignment.clauseSubject(of: 8, in: analysis) == 4)
        #expect(CountAlignment.clauseSubject(of: 12, in: analysis) == 4)
        #expect(CountAlignment.fit(frame, number: 8, in: analysis) == CountAlignment.otherSubject)
    }

    @Test("a subjectless adverbial or controlled clause counts for the subject of the verb it hangs from")
    func adverbialClause() {
        let sentence = """
            Davis PROPN 2 nsubj B-PER
            forced/force VERB 0 root
            four/four NUM 4 nummod
            fumbles/fumble NOUN 2 obj
            while SCONJ 7 mark
            Kuechly PROPN 7 nsubj B-PER
            led/lead VERB 2 advcl
            the DET 9 det
            team NOUN 7 obj
            forced/force VERB 7 advcl
            two/two NUM 12 nummod
            fumbles/fumble NOUN 10 obj
            . PUNCT 2 punct
            """
        let frame = QuestionFrame(HandParsed.analysis(fumblesOfDavis))
        let analysis = HandParsed.analysis(sentence)
        #expect(CountAlignment.clauseSubject(of: 10, in: analysis) == 5)
        #expect(CountAlignment.fit(frame, number: 10, in: analysis) == CountAlignment.otherSubject)
        #expect(CountAlignment.fit(frame, number: 2, in: analysis) == 1)
        let modifier = """
            Davis PROPN 2 nsubj B-PER
            saw/see VERB 0 root
            the DET 4 det
            player NOUN 2 obj
            forcing/force VERB 4 acl
            two/two NUM 7 nummod
            fumbles/fumble NOUN 5 obj
            . PUNCT 2 punct
            """
        #expect(CountAlignment.clauseSubject(of: 5, in: HandParsed.analysis(modifier)) == nil)
    }

    @Test("a year after a preposition of time is no count; a four-digit number counting a noun is")
    func year() {
        let question = """
            How ADV 2 advmod
            many ADJ 3 amod
            teams/team NOUN 4 nsubj
            won/win VERB 0 root
            ? PUNCT 4 punct
            """
        let sentence = """
            Seven/seven NUM 2 nummod
            teams/team NOUN 3 nsubj
            won/win VERB 0 root
            since ADP 5 case
            1978 NUM 3 obl
            and CCONJ 8 cc
            1500 NUM 8 nummod
            fans/fan NOUN 3 conj
            cheered/cheer VERB 3 conj
            . PUNCT 3 punct
            """
        let frame = QuestionFrame(HandParsed.analysis(question))
        let analysis = HandParsed.analysis(sentence)
        #expect(CountAlignment.fit(frame, number: 4, in: analysis) == CountAlignment.year)
        #expect(CountAlignment.fit(frame, number: 6, in: analysis) == 1)
        #expect(CountAlignment.fit(frame, number: 0, in: analysis) == 1)
    }

    @Test("a number counting another kind of the question's noun fits less")
    func otherKind() {
        let question = """
            How ADV 2 advmod
            many ADJ 4 amod
            plant NOUN 4 compound
            species NOUN 6 nsubj
            are/be AUX 6 cop
            there ADV 0 root
            ? PUNCT 6 punct
            """
        let sentence = """
            The DET 2 det
            region NOUN 4 nsubj
            is/be AUX 4 cop
            home NOUN 0 root
            to ADP 8 case
            2.5 NUM 8 nummod
            insect NOUN 8 compound
            species NOUN 4 nmod
            and CCONJ 12 cc
            40,000 NUM 12 nummod
            plant NOUN 12 compound
            species NOUN 8 conj
            . PUNCT 4 punct
            """
        let frame = QuestionFrame(HandParsed.analysis(question))
        let analysis = HandParsed.analysis(sentence)
        #expect(CountAlignment.fit(frame, number: 5, in: analysis) == CountAlignment.otherKind)
        #expect(CountAlignment.fit(frame, number: 9, in: analysis) == 1)
    }

    @Test("a relative clause set off by a comma stands for the name before it; an apposition for its name")
    func commaRelativeAndApposition() {
        let sentence = """
            Tom PROPN 3 nsubj B-PER
            Davis PROPN 1 flat I-PER
            rested/rest VERB 0 root
            beside ADP 5 case
            Kony PROPN 3 obl B-PER
            Ealy PROPN 5 flat I-PER
            , PUNCT 9 punct
            who/who PRON 9 nsubj
            had/have VERB 3 conj
            5 NUM 11 nummod
            fumbles/fumble NOUN 9 obj
            . PUNCT 3 punct
            """
        let analysis = HandParsed.analysis(sentence)
        #expect(CountAlignment.clauseSubject(of: 9, in: analysis) == 4)
        let apposition = """
            Davis PROPN 5 nsubj B-PER
            , PUNCT 4 punct
            a DET 4 det
            linebacker NOUN 1 appos
            forced/force VERB 0 root
            four/four NUM 7 nummod
            fumbles/fumble NOUN 5 obj
            . PUNCT 5 punct
            """
        let appositive = HandParsed.analysis(apposition)
        #expect(CountAlignment.antecedent(ofSubject: 3, clause: 4, in: appositive) == 0)
        let frame = QuestionFrame(HandParsed.analysis(fumblesOfDavis))
        #expect(CountAlignment.fit(frame, number: 9, in: analysis) == CountAlignment.otherSubject)
        #expect(CountAlignment.fit(frame, number: 5, in: appositive) == 1)
    }

    @Test("a question that asks no count leaves every number as it is")
    func notCount() {
        let question = """
            When ADV 2 advmod
            won/win VERB 0 root
            Davis PROPN 2 nsubj B-PER
            ? PUNCT 2 punct
            """
        let sentence = """
            Kuechly PROPN 2 nsubj B-PER
            won/win VERB 0 root
            in ADP 4 case
            1978 NUM 2 obl
            . PUNCT 2 punct
            """
        let frame = QuestionFrame(HandParsed.analysis(question))
        #expect(CountAlignment.fit(frame, number: 3, in: HandParsed.analysis(sentence)) == 1)
    }
}
