import Testing

@testable import InquireKit

/// Facts a news document states in its header (`DocumentHeader`), the questions that ask for them
/// (`HeaderQuestion`) and the engine answering them from the right document (made-up articles).
struct DocumentHeaderTests {
    /// A made-up article with a headline, a date line and a dateline.
    static let bridge = """
        Harbour bridge reopens after two years of repairs

        Tuesday, March 3, 2015

        Portmore, Valdana – The harbour bridge reopened to traffic on Monday after repairs that took two years. \
        The city council paid for the work.
        """

    /// A made-up article on another subject, with its own date line and dateline.
    static let orchestra = """
        Youth orchestra wins national prize

        Sunday, October 11, 2015

        Kelby, Valdana – The Kelby youth orchestra won the national music prize for its concert of folk songs.
        """

    /// The corpus of `texts`, one document each.
    static func corpus(_ texts: [String]) -> Corpus {
        Corpus(
            name: "test",
            documents: texts.enumerated().map {
                Document(id: "d\($0.offset)", source: "d\($0.offset).txt", text: $0.element)
            })
    }

    /// The analysis the classifier gives `question`.
    static func question(_ question: String) -> QuestionAnalysis {
        QuestionClassifier(resources: .forTests).classify(question)
    }

    @Test("the date line under the headline and the dateline's first name are the header's facts")
    func header() {
        let corpus = Self.corpus([Self.bridge])
        let header = DocumentHeader(
            document: 0, corpus: corpus, recognizer: SpanRecognizer(gazetteer: Engine.Resources.forTests.gazetteer))
        #expect(header.date?.text == "Tuesday, March 3, 2015")
        #expect(header.place?.text == "Portmore")
        #expect(header.place.map { corpus.sentences[$0.sentence].text.hasPrefix("Portmore, Valdana –") } == true)
    }

    @Test(
        "a sentence that states a date among other words is no date line, and a sentence opening with a name is no dateline"
    )
    func noHeader() {
        let corpus = Self.corpus(["The bridge reopened on March 3, 2015. Portmore paid for the work."])
        let header = DocumentHeader(
            document: 0, corpus: corpus, recognizer: SpanRecognizer(gazetteer: Engine.Resources.forTests.gazetteer))
        #expect(header == DocumentHeader(date: nil, place: nil))
    }

    @Test("the second document's header is read from its own sentences")
    func secondDocument() {
        let corpus = Self.corpus([Self.bridge, Self.orchestra])
        let header = DocumentHeader(
            document: 1, corpus: corpus, recognizer: SpanRecognizer(gazetteer: Engine.Resources.forTests.gazetteer))
        #expect(header.date?.text == "Sunday, October 11, 2015")
        #expect(header.place?.text == "Kelby")
    }

    @Test(
        "questions about the report itself ask for its header's facts",
        arguments: [
            ("When was the article published?", HeaderQuestion.Fact.published, false),
            ("On what date was the report about the bridge posted?", .published, false),
            ("From which city was the report filed?", .filedFrom, false),
            ("Which city is named in the story's dateline?", .filedFrom, true),
            ("Where was the dispatch written?", .filedFrom, false),
        ])
    func asked(question: String, fact: HeaderQuestion.Fact, namesDateline: Bool) {
        let asked = HeaderQuestion(Self.question(question))
        #expect(asked?.fact == fact)
        #expect(asked?.namesDateline == namesDateline)
    }

    @Test(
        "questions about what the documents report are no header questions",
        arguments: [
            "When was the bridge reopened?", "Who wrote the report?", "Where did the orchestra play?",
            "How many reports were published?",
        ])
    func notAsked(question: String) {
        #expect(HeaderQuestion(Self.question(question)) == nil)
    }

    @Test("the topic words pick the document whose date line answers")
    func answersFromTheRightDocument() throws {
        let engine = try Engine(corpus: Self.corpus([Self.bridge, Self.orchestra]))
        let answer = engine.answer("When was the story about the youth orchestra published?")
        #expect(answer.text == "Sunday, October 11, 2015")
        #expect(answer.header == .published)
        #expect(answer.confidence > engine.extractor.threshold)
        let city = engine.answer("Which city is named in the dateline of the report on the harbour bridge?")
        #expect(city.text == "Portmore")
        #expect(city.header == .filedFrom)
    }

    @Test("a header question over several documents and no topic word, or a document without a header, gets no answer")
    func noDocument() throws {
        let engine = try Engine(corpus: Self.corpus([Self.bridge, Self.orchestra]))
        #expect(engine.answer("When was the article published?").header == nil)
        let plain = try Engine(corpus: Self.corpus(["The bridge reopened on Monday. The council paid for the work."]))
        #expect(plain.answer("From which city was the report filed?").text == nil)
    }
}
