import Testing

@testable import InquireKit

/// The order of the best hits from several documents by the question's relation words they state
/// (`SentenceMatch.relationRanked`), on made-up sentences.
@Suite("Sentences ranked by the relation they state")
struct RelationRankTests {
    /// The question's terms for *Who bought the mill?*: "bought" (its relation word, weight 1) and "mill" (2).
    static let terms: Set<String> = Set(["bought", "mill"].compactMap(Analyzer.term(forWord:)))
    static let relationTerms: Set<String> = Set(["bought"].compactMap(Analyzer.term(forWord:)))
    static let weights: [String: Double] = Dictionary(
        uniqueKeysWithValues: terms.map { ($0, $0 == relationTerms.first ? 1.0 : 2.0) })

    /// The match of `text` for the question, at relative retrieval score `retrieval`.
    static func match(_ sentence: Int, _ text: String, retrieval: Double) -> SentenceMatch {
        SentenceMatch(
            sentence: sentence, text: text, terms: terms, relationTerms: relationTerms,
            relations: Engine.Resources.forTests.relations, weights: weights, retrieval: retrieval)
    }

    @Test("a sentence stating the relation in another form passes one that shares only the question's other words")
    func relationFirst() {
        let names = Self.match(0, "The old mill by the river is a museum now.", retrieval: 1)
        let states = Self.match(1, "A baker buys the mill every spring.", retrieval: 0.9)
        #expect(names.relation == 0)
        #expect(states.relation == 1)
        #expect(names.strength > states.strength)
        #expect(states.relationKey > names.relationKey)
        let ranked = SentenceMatch.relationRanked([names, states], depth: 5)
        #expect(ranked.map(\.sentence) == [1, 0])
    }

    @Test("only the first matches are reordered; a tie keeps the earlier first")
    func depthAndTies() {
        let first = Self.match(0, "The old mill by the river is a museum now.", retrieval: 1)
        let second = Self.match(1, "The mill by the river is a museum now.", retrieval: 1)
        let third = Self.match(2, "A baker buys the mill every spring.", retrieval: 0.9)
        #expect(first.relationKey == second.relationKey)
        #expect(SentenceMatch.relationRanked([first, second, third], depth: 2).map(\.sentence) == [0, 1, 2])
        #expect(SentenceMatch.relationRanked([first, second, third], depth: 3).map(\.sentence) == [2, 0, 1])
        #expect(SentenceMatch.relationRanked([], depth: 3).isEmpty)
    }
}
