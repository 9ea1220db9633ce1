import Testing

@testable import InquireKit

/// A personal pronoun later in a sentence standing for the main clause's subject; on made-up sentences parsed by
/// hand.
@Suite("Answers from syntax: pronouns of the sentence's own subject")
struct SubjectPronounTests {
    // "Who designed the bridge?"
    let question = """
        Who PRON 2 nsubj
        designed/design VERB 0 root
        the DET 4 det
        bridge NOUN 2 obj
        ? PUNCT 2 punct
        """

    // "Mara Velt was praised after she finished the bridge she had designed."
    let sentence = """
        Mara PROPN 4 nsubj:pass B-PER
        Velt PROPN 1 flat I-PER
        was/be AUX 4 aux:pass
        praised/praise VERB 0 root
        after SCONJ 7 mark
        she PRON 7 nsubj
        finished/finish VERB 4 advcl
        the DET 9 det
        bridge NOUN 7 obj
        she PRON 12 nsubj
        had/have AUX 12 aux
        designed/design VERB 9 acl:relcl
        . PUNCT 4 punct
        """

    @Test("the subject fills the role its pronoun plays in a later clause, a little less than the pronoun")
    func subjectThroughPronoun() {
        let analysis = HandParsed.analysis(sentence)
        #expect(SubjectPronouns.fit(of: 0, for: 11, asked: .agent, in: analysis) == SubjectPronouns.weight)
        #expect(HandParsed.alignment(question, sentence, candidate: 0).role == SubjectPronouns.weight)
        // *it* is not read: a thing's pronoun refers to other things as often.
        let it = sentence.replacing("she PRON 12 nsubj", with: "it PRON 12 nsubj")
        #expect(SubjectPronouns.fit(of: 0, for: 11, asked: .agent, in: HandParsed.analysis(it)) == nil)
        // A common noun subject is not read either.
        let common = sentence.replacing("Mara PROPN", with: "Mara NOUN")
        #expect(SubjectPronouns.fit(of: 0, for: 11, asked: .agent, in: HandParsed.analysis(common)) == nil)
    }

    @Test("a pronoun in another role of a predicate the subject plays a role of is someone else")
    func pronounBesideSubject() {
        // "Tomas Lind beat the champion by outrunning him."
        let beside = """
            Tomas PROPN 3 nsubj B-PER
            Lind PROPN 1 flat I-PER
            beat VERB 0 root
            the DET 5 det
            champion NOUN 3 obj
            by SCONJ 7 mark
            outrunning/outrun VERB 3 advcl
            him/he PRON 7 obj
            . PUNCT 3 punct
            """
        #expect(SubjectPronouns.fit(of: 0, for: 6, asked: .patient, in: HandParsed.analysis(beside)) == nil)
    }
}
