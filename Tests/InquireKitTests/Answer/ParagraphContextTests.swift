import Testing

@testable import InquireKit

@Suite("Paragraph context")
struct ParagraphContextTests {
    /// A corpus of documents, each given as its sentences.
    static func corpus(_ documents: [[String]]) -> Corpus {
        Corpus(
            name: "test",
            documents: documents.enumerated().map { number, sentences in
                Document(id: "d\(number)", source: "d\(number).txt", text: sentences.joined(separator: " "))
            })
    }

    /// The match of sentence `sentence` of `corpus` for a question with `terms`, each of weight 1.
    static func match(_ sentence: Int, in corpus: Corpus, terms: Set<String>) -> SentenceMatch {
        SentenceMatch(
            sentence: sentence, text: corpus.sentences[sentence].text, terms: terms,
            relations: Engine.Resources.forTests.relations,
            weights: Dictionary(uniqueKeysWithValues: terms.map { ($0, 1.0) }), retrieval: 1)
    }

    static let twoDocuments = corpus([
        [
            "The harbour fleet grew every year.", "Eleven ships were built in the yard.",
            "Storms closed the yard in winter.", "Tourists came in summer.",
        ],
        ["The river ferry is old.", "Three ships were built in the yard."],
    ])

    @Test("read only when the hits come from more than one document")
    func applies() {
        let corpus = Self.twoDocuments
        #expect(
            !ParagraphContext.applies(
                to: [SearchHit(sentence: 0, score: 1), SearchHit(sentence: 1, score: 1)], corpus: corpus))
        #expect(
            ParagraphContext.applies(
                to: [SearchHit(sentence: 1, score: 1), SearchHit(sentence: 5, score: 1)], corpus: corpus))
        #expect(!ParagraphContext.applies(to: [], corpus: corpus))
    }

    @Test("the context counts the question's terms of the sentences around, within reach and in the same document")
    func readsNeighbours() {
        let corpus = Self.twoDocuments
        let terms = Set(Analyzer.terms("harbour fleet ships built winter ferry"))
        var context = ParagraphContext(terms: terms, weights: Dictionary(uniqueKeysWithValues: terms.map { ($0, 1.0) }))
        let plain = Self.match(1, in: corpus, terms: terms)
        #expect(!plain.contextRead)
        #expect(plain.context == plain.coverage)
        #expect(plain.strength == 0.5 * plain.retrieval + 0.5 * plain.coverage)
        // "ships", "built" in the sentence; "harbour", "fleet" the sentence before; "winter" the one after.
        let read = context.reading(around: plain, corpus: corpus)
        #expect(read.contextRead)
        #expect(abs(plain.coverage - 2.0 / 6) < 1e-9)
        #expect(abs(read.context - 5.0 / 6) < 1e-9)
        // The second document's sentence sees its own document's "ferry", not the first document's words.
        let other = context.reading(around: Self.match(5, in: corpus, terms: terms), corpus: corpus)
        #expect(abs(other.context - 3.0 / 6) < 1e-9)
        // Out of reach: the fourth sentence of the first document reads one and two back, not three.
        let last = context.reading(around: Self.match(3, in: corpus, terms: terms), corpus: corpus)
        #expect(abs(last.context - 3.0 / 6) < 1e-9)
    }

    @Test("over several documents, the sentence whose document states the question's other words wins")
    func documentSupport() throws {
        let corpus = Self.corpus([
            ["The river ferry is old and slow.", "Three ships were built in the yard."],
            ["The harbour fleet grew every year.", "Eleven ships were built in the yard."],
        ])
        let engine = try Engine(corpus: corpus)
        let answer = engine.answer("How many ships of the harbour fleet were built in the yard?")
        #expect(answer.candidates.first?.text == "Eleven")
    }
}

extension ParagraphContextTests {
    @Test("across documents three sentences are searched; within one, five")
    func fewerSentencesAcrossDocuments() throws {
        let sentences = (1...8).map { "Ship number \($0) was built in the yard." }
        let question = "Which ship was built in the yard?"
        for documents in [[sentences], [Array(sentences[..<4]), Array(sentences[4...])]] {
            let engine = try Engine(corpus: Self.corpus(documents))
            let analysis = engine.classifier.classify(question)
            let shape = QuestionShape(analysis)
            var weights: [String: Double] = [:]
            for term in shape.terms { weights[term] = engine.index.idf(of: term) }
            let hits = (0..<8).map { SearchHit(sentence: $0, score: 1 - 0.01 * Double($0)) }
            let searched = engine.extractor.sentences(hits, corpus: engine.corpus, shape: shape, weights: weights)
            if documents.count == 1 {
                // The best five, their neighbours among them already.
                #expect(searched.map(\.sentence) == [0, 1, 2, 3, 4])
                #expect(searched.allSatisfy { !$0.contextRead })
            } else {
                #expect(searched.map(\.sentence) == [0, 1, 2])
                #expect(searched.allSatisfy { $0.contextRead })
            }
        }
    }
}
