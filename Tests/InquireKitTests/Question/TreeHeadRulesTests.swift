import Testing

@testable import InquireKit

/// The classifier reading the question's analysis where its patterns only guess: the noun the question word
/// determines, or the subject of a copular question word, classed by the lexicon (trees parsed by hand).
@Suite("Classifier: heads from the tree")
struct TreeHeadRulesTests {
    /// The outcome the tree gives the question word (the first token) of a hand-parsed question.
    func treeOutcome(_ table: String) throws -> RuleOutcome? {
        let analysis = HandParsed.analysis(table)
        let tokens = QuestionTokenizer.tokenize(analysis.text, words: analysis.words).tokens
        let parse = QuestionParse(tokens: tokens, lexicon: try Engine.Resources.bundled().questions)
        return parse.treeOutcome(analysis, wh: 0)
    }

    @Test("the subject of a copular 'what' is the head: a peak asks for a mountain")
    func copularSubject() throws {
        let outcome = try treeOutcome(
            """
            What PRON 0 root
            is/be AUX 1 cop
            the DET 5 det
            tallest ADJ 5 amod
            peak NOUN 1 nsubj
            near ADP 7 case
            Varn PROPN 5 nmod B-LOC
            ? PUNCT 1 punct
            """)
        #expect(outcome?.type == .mountain)
        #expect(outcome?.head?.key == "peak")
    }

    @Test("the noun 'which' determines is the head, wherever the patterns stop")
    func determinedNoun() throws {
        let outcome = try treeOutcome(
            """
            Which DET 3 det
            old ADJ 3 amod
            mountain NOUN 4 nsubj
            overlooks/overlook VERB 0 root
            Varn PROPN 4 obj B-LOC
            ? PUNCT 4 punct
            """)
        #expect(outcome?.type == .mountain)
    }

    @Test("no noun of the lexicon in the tree's place gives no outcome")
    func nothingToRead() throws {
        let outcome = try treeOutcome(
            """
            What PRON 3 obj
            did/do AUX 3 aux
            happen VERB 0 root
            ? PUNCT 3 punct
            """)
        #expect(outcome == nil)
    }
}
