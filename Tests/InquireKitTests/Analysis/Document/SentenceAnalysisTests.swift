import Testing

@testable import InquireKit

@Suite("Sentence analysis: tree walks, phrases and names")
struct SentenceAnalysisTests {
    /// "She visited the Museum of Science and Industry in Chicago."
    let museum = HandParsed.analysis(
        """
        She PRON 2 nsubj
        visited/visit VERB 0 root
        the DET 4 det
        Museum PROPN 2 obj B-ORG
        of ADP 6 case I-ORG
        Science PROPN 4 nmod I-ORG
        and CCONJ 8 cc I-ORG
        Industry PROPN 6 conj I-ORG
        in ADP 10 case
        Chicago PROPN 2 obl B-LOC
        . PUNCT 2 punct
        """)

    @Test("a noun phrase keeps its prepositional modifiers and conjuncts, not the clause around it")
    func phrases() {
        #expect(museum.text(of: museum.phrase(headedBy: 3)) == "the Museum of Science and Industry")
        #expect(museum.text(of: museum.phrase(headedBy: 9)) == "Chicago")
        #expect(museum.text(of: museum.phrase(headedBy: 5, conjuncts: false)) == "Science")
        #expect(museum.nounPhraseHeads == [0, 3, 5, 7, 9])
    }

    @Test("tree walks: dependents, domination, paths and roles through coordination")
    func walks() {
        #expect(museum.root == 1)
        #expect(museum.dependents(of: 1, "nsubj") == [0])
        #expect(museum.dominates(3, 7))
        #expect(!museum.dominates(7, 3))
        #expect(museum.path(from: 0, to: 9) == [0, 1, 9])
        #expect(museum.treeDistance(7, 9) == 4)
        #expect(museum.role(of: 7) == "nmod")
        #expect(museum.governor(of: 7) == 3)
        #expect(museum.text(of: museum.subtree(of: 3)) == "the Museum of Science and Industry")
    }

    @Test("a name is widened to the flat parts the tree attaches to its head")
    func names() {
        let leader = HandParsed.analysis(
            """
            Abu PROPN 6 nsubj B-PER
            Bakr PROPN 1 flat I-PER
            al PROPN 1 flat
            - PUNCT 5 punct
            Baghdadi PROPN 1 flat
            spoke/speak VERB 0 root
            . PUNCT 6 punct
            """)
        #expect(leader.entities == [EntitySpan(words: 0..<2, kind: .person)])
        #expect(leader.name(around: 0) == 0..<5)
        #expect(leader.name(around: 5) == nil)
    }

    @Test("BIO tags become spans; a stray I- opens a span and a change of kind closes one")
    func entitySpans() {
        let tags: [EntityTag] = [.inside(.person), .inside(.person), .outside, .begin(.place), .inside(.organization)]
        #expect(
            EntitySpan.spans(of: tags) == [
                EntitySpan(words: 0..<2, kind: .person), EntitySpan(words: 3..<4, kind: .place),
                EntitySpan(words: 4..<5, kind: .organization),
            ])
    }
}
