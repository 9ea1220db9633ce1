import Testing

@testable import InquireKit

/// Places for *where* questions read off the tree: a paraphrase's place of being (`PlaceFallback`), two places
/// joined by "and" with a capitalised adjective ("Latin"), a house number of a street, and a place that only
/// locates another one; on made-up sentences parsed by hand.
@Suite("Where answers: paraphrased places, place pairs, house numbers, relative places")
struct PlaceFallbackTests {
    /// "Where is free oxygen found?"
    let whereFound = """
        Where/where ADV 5 advmod
        is/be AUX 5 aux:pass
        free ADJ 4 amod
        oxygen NOUN 5 nsubj:pass
        found/find VERB 0 root
        ? PUNCT 5 punct
        """

    /// "Free oxygen VERB in the Velda Sea ." with the verb `verb` (lemma `lemma`).
    func sentence(_ verb: String, _ lemma: String) -> String {
        """
        Free/free ADJ 2 amod
        oxygen NOUN 3 nsubj
        \(verb)/\(lemma) VERB 0 root
        in ADP 7 case
        the DET 7 det
        Velda PROPN 7 compound B-LOC
        Sea PROPN 3 obl I-LOC
        . PUNCT 3 punct
        """
    }

    /// The alignments of location spans over `ranges` (head words `heads`) of `sentence` after the fallback.
    func applied(_ question: String, _ sentence: String, ranges: [Range<Int>], heads: [Int]) -> [FrameAlignment] {
        let frame = QuestionFrame(HandParsed.analysis(question))
        let analysis = HandParsed.analysis(sentence)
        let view = SentenceView(analysis.text)
        let spans = ranges.map { TypedSpan(view: view, type: .location, words: $0, strength: 0.8) }
        let relations = Engine.Resources.forTests.relations
        let syntaxes = heads.map { head in
            SyntaxEvidence(
                alignment: FrameAlignment.align(frame, with: analysis, candidate: head, relations: relations),
                entityKind: .place)
        }
        return PlaceFallback.applied(
            to: syntaxes, spans: spans, heads: heads.map { $0 }, frame: frame, in: analysis, relations: relations
        ).map(\.alignment)
    }

    @Test("a place where the question's subject occurs answers where it is found")
    func occurs() {
        #expect(HandParsed.role(whereFound, sentence("occurs", "occur"), candidate: 6) == 0)
        let alignments = applied(whereFound, sentence("occurs", "occur"), ranges: [5..<7], heads: [6])
        #expect(alignments.map(\.role) == [PlaceFallback.fit])
        #expect(alignments[0].arguments > 0)
    }

    @Test("a verb that says what else happens there gives no place", arguments: ["reacts/react", "fought/fight"])
    func otherVerb(verb: String) {
        let parts = verb.split(separator: "/").map(String.init)
        #expect(applied(whereFound, sentence(parts[0], parts[1]), ranges: [5..<7], heads: [6]).map(\.role) == [0])
    }

    @Test("a place of another thing than the question's arguments gives no place")
    func otherSubject() {
        let other = sentence("occurs", "occur").replacing(
            "Free/free ADJ 2 amod\noxygen NOUN", with: "Free/free ADJ 2 amod\nargon NOUN")
        #expect(applied(whereFound, other, ranges: [5..<7], heads: [6]).map(\.role) == [0])
    }

    @Test("the name of 'the town of X' stands where the town stands")
    func kindNoun() {
        let town = """
            Free/free ADJ 2 amod
            oxygen NOUN 3 nsubj
            occurs/occur VERB 0 root
            near ADP 6 case
            the DET 6 det
            town NOUN 3 obl
            of ADP 8 case
            Velda PROPN 6 nmod B-LOC
            . PUNCT 3 punct
            """
        #expect(applied(whereFound, town, ranges: [7..<8], heads: [7]).map(\.role) == [PlaceFallback.fit])
    }

    @Test("two places joined by 'and' take the capitalised adjective of the second")
    func placePair() {
        let analysis = HandParsed.analysis(
            """
            Marek PROPN 2 nsubj B-PER
            sold/sell VERB 0 root
            networks/network NOUN 2 obj
            in ADP 5 case
            Velda PROPN 2 obl B-LOC
            and CCONJ 8 cc
            Latin ADJ 8 amod
            Arden PROPN 5 conj B-LOC
            . PUNCT 2 punct
            """)
        #expect(SyntaxSpans.placePair(from: 4..<5, in: analysis) == 4..<8)
    }

    @Test("a street's house number belongs to its name; another place's number does not")
    func houseNumber() {
        func analysis(_ noun: String) -> SentenceAnalysis {
            HandParsed.analysis(
                """
                Marek PROPN 2 nsubj
                moved/move VERB 0 root
                to ADP 4 case
                offices/office NOUN 2 obl
                at ADP 8 case
                7 NUM 8 nummod
                Velda PROPN 8 compound
                \(noun) PROPN 4 nmod
                . PUNCT 2 punct
                """)
        }
        #expect(SyntaxSpans.houseNumber(before: 6..<8, in: analysis("Street")) == 5)
        #expect(SyntaxSpans.houseNumber(before: 6..<8, in: analysis("Park")) == 6)
    }

    @Test(
        "a place a distance or a compass word measures from only locates another",
        arguments: [
            ("The studio stands one block away from Velda Park.", true),
            ("The studio stands ten miles from Velda Park.", true),
            ("The studio stands north of Velda Park.", true),
            ("The studio stands in Velda Park.", false),
            ("The studio moved away from Velda Park.", false),
        ])
    func relativePlace(sentence: String, relative: Bool) {
        let view = SentenceView(sentence)
        guard let start = view.words.indices.first(where: { view.term($0) == "velda" }) else {
            Issue.record("no Velda in \(sentence)")
            return
        }
        let span = TypedSpan(view: view, type: .location, words: start..<(start + 2), strength: 0.8)
        #expect(CandidateScorer.locatesOther(span, in: view) == relative)
    }
}
