import Testing

@testable import InquireKit

/// The source named by "according to" answers a question asking who reported, said or gave figures; on made-up
/// sentences parsed by hand.
@Suite("Answers from syntax: the source of a report")
struct ReportSourceTests {
    // "According to the Velmar ministry, 40 miners died."
    let sentence = """
        According/accord VERB 6 case
        to ADP 1 fixed
        the DET 5 det
        Velmar PROPN 5 compound B-ORG
        ministry NOUN 8 obl
        , PUNCT 5 punct
        40 NUM 8 nummod
        miners/miner NOUN 9 nsubj
        died/die VERB 0 root
        . PUNCT 9 punct
        """

    @Test("the object of 'according to' is the agent a reporting verb asks for")
    func reportingVerb() {
        let question = """
            Which DET 2 det
            ministry NOUN 3 nsubj
            reported/report VERB 0 root
            the DET 5 det
            deaths/death NOUN 3 obj
            ? PUNCT 3 punct
            """
        #expect(ReportSources.asksForSource(QuestionFrame(HandParsed.analysis(question))))
        #expect(ReportSources.isSource(4, in: HandParsed.analysis(sentence)))
        #expect(ReportSources.isSource(3, in: HandParsed.analysis(sentence)))
        #expect(HandParsed.role(question, sentence, candidate: 4) == ReportSources.agentFit)
        // The miners are no source.
        #expect(HandParsed.role(question, sentence, candidate: 7) == 0)
    }

    @Test("a giving verb asks for a source only when it gives information")
    func givingVerb() {
        let gaveFigures = """
            Who PRON 2 nsubj
            gave/give VERB 0 root
            the DET 4 det
            figures/figure NOUN 2 obj
            ? PUNCT 2 punct
            """
        #expect(ReportSources.asksForSource(QuestionFrame(HandParsed.analysis(gaveFigures))))
        #expect(HandParsed.role(gaveFigures, sentence, candidate: 4) == ReportSources.agentFit)
        let gaveMoney = gaveFigures.replacing("figures/figure", with: "money/money")
        #expect(!ReportSources.asksForSource(QuestionFrame(HandParsed.analysis(gaveMoney))))
        #expect(HandParsed.role(gaveMoney, sentence, candidate: 4) == 0)
    }

    @Test("a question about another role, or a name not after 'according to', takes nothing from the rule")
    func otherRolesAndNames() {
        let whoDied = """
            Who PRON 2 nsubj
            died/die VERB 0 root
            ? PUNCT 2 punct
            """
        #expect(!ReportSources.asksForSource(QuestionFrame(HandParsed.analysis(whoDied))))
        // "The Velmar ministry said 40 miners died": a subject, found by the parse as before, not by this rule.
        let said = """
            The DET 3 det
            Velmar PROPN 3 compound B-ORG
            ministry NOUN 4 nsubj
            said/say VERB 0 root
            40 NUM 6 nummod
            miners/miner NOUN 7 nsubj
            died/die VERB 4 ccomp
            . PUNCT 4 punct
            """
        #expect(!ReportSources.isSource(2, in: HandParsed.analysis(said)))
    }
}
