import Testing

@testable import InquireKit

/// *Who did the council send …?* over "the council sent Mara Quill and Teodor Vance …": a coordination of names
/// in the asked role answers a *who* question whole; on made-up sentences parsed by hand.
@Suite("Answers from syntax: a coordination of names")
struct CoordinatedNameTests {
    /// "The council sent Mara Quill and Teodor Vance to Orlen"
    static let table = """
        The DET 2 det
        council NOUN 3 nsubj
        sent/send VERB 0 root
        Mara PROPN 3 obj B-PER
        Quill PROPN 4 flat I-PER
        and CCONJ 8 cc
        Teodor PROPN 8 compound B-PER
        Vance PROPN 4 conj I-PER
        to ADP 10 case
        Orlen PROPN 3 obl B-LOC
        """

    @Test("the first member's span opens a span over the whole coordination")
    func coordination() {
        let analysis = HandParsed.analysis(Self.table)
        let view = SentenceView(analysis.text)
        let first = TypedSpan(view: view, type: .person, words: 3..<5, strength: 0.7)
        let second = TypedSpan(view: view, type: .person, words: 6..<8, strength: 0.7)
        let found = CoordinatedNames.spans(in: analysis, view: view, besides: [first, second])
        #expect(found.map(\.text) == ["Mara Quill and Teodor Vance"])
        #expect(found.first?.type == .person)
        // The second member heads no coordination; a place is never joined.
        let place = TypedSpan(view: view, type: .location, words: 9..<10, strength: 0.7)
        #expect(CoordinatedNames.spans(in: analysis, view: view, besides: [second, place]).isEmpty)
    }

    @Test("a conjunct that is no name, or words other than commas and one conjunction between, join nothing")
    func notNames() {
        let analysis = HandParsed.analysis(
            """
            The DET 2 det
            council NOUN 3 nsubj
            sent/send VERB 0 root
            Mara PROPN 3 obj B-PER
            Quill PROPN 4 flat I-PER
            and CCONJ 8 cc
            two NUM 8 nummod
            clerks/clerk NOUN 4 conj
            """)
        let view = SentenceView(analysis.text)
        let first = TypedSpan(view: view, type: .person, words: 3..<5, strength: 0.7)
        #expect(CoordinatedNames.spans(in: analysis, view: view, besides: [first]).isEmpty)
    }

    @Test("who questions without a singular verb or a count ask for it")
    func applies() {
        let words = { (text: String) in text.lowercased().split(separator: " ").map(String.init) }
        #expect(CoordinatedNames.applies(whWord: "who", words: words("who did the council send"), askedCount: nil))
        #expect(CoordinatedNames.applies(whWord: "who", words: words("who founded the guild"), askedCount: nil))
        #expect(!CoordinatedNames.applies(whWord: "who", words: words("who was the envoy"), askedCount: nil))
        #expect(!CoordinatedNames.applies(whWord: "who", words: words("who is the envoy"), askedCount: nil))
        #expect(!CoordinatedNames.applies(whWord: "who", words: words("who did they send"), askedCount: 2))
        #expect(!CoordinatedNames.applies(whWord: "whose", words: words("whose envoy came"), askedCount: nil))
        #expect(!CoordinatedNames.applies(whWord: "which", words: words("which envoy came"), askedCount: nil))
    }
}
