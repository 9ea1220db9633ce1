import Testing

@testable import InquireKit

/// "Harbour captain Lena Ort signed …" read as one group name: the person named after the description is the
/// answer when the same words are recognised as a person; on a made-up sentence parsed by hand.
@Suite("Answers: a person's name after a description read as a group")
struct DescribedPersonTests {
    static let table = """
        Harbour PROPN 4 compound
        captain PROPN 4 compound
        Lena PROPN 4 flat B-PER
        Ort PROPN 5 nsubj I-PER
        signed/sign VERB 0 root
        the DET 7 det
        papers/paper NOUN 5 obj
        """

    @Test("a group span ending in a recognised person after a noun is cut to the person")
    func cut() {
        let analysis = HandParsed.analysis(Self.table)
        let view = SentenceView(analysis.text)
        let group = TypedSpan(view: view, type: .group, words: 0..<4, strength: 0.5)
        #expect(group.text == "Harbour captain Lena Ort")
        let cut = PersonNameSpans.describedPerson(group, in: view, analysis: analysis, persons: [2..<4])
        #expect(cut.text == "Lena Ort")
        #expect(cut.type == .group)
    }

    @Test("no recognised person at the end, a person span, or a description ending in a function word: unchanged")
    func kept() {
        let analysis = HandParsed.analysis(Self.table)
        let view = SentenceView(analysis.text)
        let group = TypedSpan(view: view, type: .group, words: 0..<4, strength: 0.5)
        #expect(PersonNameSpans.describedPerson(group, in: view, analysis: analysis, persons: [3..<4]) == group)
        let person = TypedSpan(view: view, type: .person, words: 0..<4, strength: 0.5)
        #expect(PersonNameSpans.describedPerson(person, in: view, analysis: analysis, persons: [2..<4]) == person)
        let paper = HandParsed.analysis(
            """
            The DET 2 det
            Globe PROPN 0 root
            and CCONJ 4 cc
            Mail PROPN 2 conj
            """)
        let paperView = SentenceView(paper.text)
        let name = TypedSpan(view: paperView, type: .group, words: 0..<4, strength: 0.5)
        #expect(PersonNameSpans.describedPerson(name, in: paperView, analysis: paper, persons: [3..<4]) == name)
    }
}
