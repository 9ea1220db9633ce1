import Testing

@testable import InquireKit

/// A name right before the description it names ("the Kestrel Front Basque separatist group"): the adjective of
/// nationality between them is no part of the name, the name takes the phrase's role, and a fronted
/// *which* phrase of a question with do-support is the object; on made-up sentences parsed by hand.
@Suite("Answers from syntax: a name before its description")
struct NamedDescriptionTests {
    /// "the Kestrel Front Basque separatist group targeted by Madrid"
    static let table = """
        the DET 6 det
        Kestrel PROPN 3 compound
        Front PROPN 6 compound
        Basque ADJ 6 amod
        separatist NOUN 6 compound
        group NOUN 0 root
        targeted/target VERB 6 acl
        by ADP 9 case
        Madrid PROPN 7 obl:agent B-LOC
        """
    var sentence: SentenceAnalysis { HandParsed.analysis(Self.table) }

    @Test("an adjective at the end of a name that modifies a noun after it is cut off")
    func trailingAdjective() {
        let view = SentenceView(sentence.text)
        let recognised = TypedSpan(view: view, type: .person, words: 1..<4, strength: 0.5)
        #expect(recognised.text == "Kestrel Front Basque")
        let trimmed = NamedDescriptions.withoutTrailingModifiers(recognised, in: sentence, view: view)
        #expect(trimmed.text == "Kestrel Front")
        #expect(trimmed.type == .person)
        // A name of one word, and a name ending in a proper noun, are left alone.
        let single = TypedSpan(view: view, type: .person, words: 3..<4, strength: 0.5)
        #expect(NamedDescriptions.withoutTrailingModifiers(single, in: sentence, view: view) == single)
        let name = TypedSpan(view: view, type: .group, words: 1..<3, strength: 0.5)
        #expect(NamedDescriptions.withoutTrailingModifiers(name, in: sentence, view: view) == name)
    }

    @Test("the name pairs with the description it is a compound of and takes its role")
    func pairsAndKind() {
        let view = SentenceView(sentence.text)
        let spans = [
            TypedSpan(view: view, type: .person, words: 1..<3, strength: 0.5),
            TypedSpan(view: view, type: .group, words: 3..<6, strength: 0.5),
            TypedSpan(view: view, type: .location, words: 8..<9, strength: 0.5),
        ]
        let heads: [Int?] = [2, 5, 8]
        let pairs = NamedDescriptions.pairs(spans, heads: heads, in: sentence)
        #expect(pairs.map(\.name) == [0])
        #expect(pairs.map(\.description) == [1])
        let aligned = FrameAlignment(predicateFound: true, role: 1, arguments: 1)
        let syntaxes = [
            SyntaxEvidence(alignment: .none, entityKind: nil), SyntaxEvidence(alignment: aligned, entityKind: nil),
            SyntaxEvidence(alignment: .none, entityKind: .place),
        ]
        let applied = NamedDescriptions.applied(to: syntaxes, spans: spans, heads: heads, in: sentence)
        #expect(applied[0].alignment == aligned)
        #expect(applied[1].describesName)
        #expect(applied[1].alignment.role == NamedDescriptions.describedRole)
        #expect(applied[1].kindFactor(for: .group) == 0.5)
        #expect(!applied[2].describesName)
    }

    @Test("no pair when the description does not start right after the name")
    func noPairApart() {
        let view = SentenceView(sentence.text)
        let spans = [
            TypedSpan(view: view, type: .person, words: 1..<3, strength: 0.5),
            TypedSpan(view: view, type: .group, words: 4..<6, strength: 0.5),
        ]
        #expect(NamedDescriptions.pairs(spans, heads: [2, 5], in: sentence).isEmpty)
    }

    @Test("a fronted which-phrase before do-support and another subject asks for the object")
    func frontedObject() {
        let question = """
            Which DET 2 det
            group NOUN 5 nsubj
            did/do AUX 5 aux
            Madrid PROPN 5 nsubj
            target VERB 0 root
            ? PUNCT 5 punct
            """
        let frame = QuestionFrame(HandParsed.analysis(question))
        #expect(frame.role == .patient)
        #expect(frame.arguments.map(\.role) == [.agent])
        // The name, a compound of the phrase the participle modifies, is what was targeted; the agent is not.
        #expect(HandParsed.role(question, Self.table, candidate: 2) == 1)
        #expect(HandParsed.role(question, Self.table, candidate: 8) == 0)
        // A plain subject question keeps the agent.
        let subjectQuestion = QuestionFrame(
            HandParsed.analysis(
                """
                Which DET 2 det
                group NOUN 3 nsubj
                targeted/target VERB 0 root
                Madrid PROPN 3 obj
                ? PUNCT 3 punct
                """))
        #expect(subjectQuestion.role == .agent)
    }
}

extension NamedDescriptionTests {
    @Test("an adjective ending a name stays when what it modifies is no noun right after the name")
    func adjectiveKept() {
        let analysis = HandParsed.analysis(
            """
            the DET 3 det
            Tarn PROPN 3 compound
            Valeans ADJ 4 amod
            holding/hold VERB 0 root
            the DET 6 det
            valley NOUN 4 obj
            """)
        let view = SentenceView(analysis.text)
        let span = TypedSpan(view: view, type: .group, words: 1..<3, strength: 0.5)
        #expect(span.text == "Tarn Valeans")
        #expect(NamedDescriptions.withoutTrailingModifiers(span, in: analysis, view: view) == span)
    }
}

/// A subject pronoun of a sentence that paraphrases the question's predicate, and numbers of a unit.
@Suite("Answers: an unstated agent's pronoun, and measures that count nothing")
struct UnstatedAgentTests {
    static let question = """
        Which DET 2 det
        country NOUN 4 nsubj
        is/be AUX 4 aux
        pouring/pour VERB 0 root
        money NOUN 4 obj
        into ADP 8 case
        the DET 8 det
        port NOUN 4 obl
        ? PUNCT 4 punct
        """

    @Test(
        "a main-clause subject pronoun of a verb stands for an agent the sentence does not state in the question's words"
    )
    func unstatedAgent() {
        let frame = QuestionFrame(HandParsed.analysis(Self.question))
        let invested = HandParsed.analysis(
            """
            It PRON 4 nsubj:pass
            is/be AUX 4 aux:pass
            heavily ADV 4 advmod
            invested/invest VERB 0 root
            in ADP 7 case
            the DET 7 det
            port NOUN 4 obl
            """)
        let relations = Engine.Resources.forTests.relations
        let alignment = FrameAlignment.align(frame, with: invested, candidate: 0, relations: relations)
        #expect(!alignment.predicateFound)
        #expect(Antecedent.subjectOfUnstatedAgent(0, frame: frame, in: invested, alignment))
        let copular = HandParsed.analysis(
            """
            It PRON 4 nsubj
            is/be AUX 4 cop
            the DET 4 det
            port NOUN 0 root
            """)
        let copularAlignment = FrameAlignment.align(frame, with: copular, candidate: 0, relations: relations)
        #expect(!Antecedent.subjectOfUnstatedAgent(0, frame: frame, in: copular, copularAlignment))
    }

    @Test("a length counts no people unless the question names a unit")
    func measures() {
        let engine = try! Engine(
            corpus: Corpus(
                name: "test",
                documents: [
                    Document(
                        id: "t", source: "t.txt",
                        text: "Norland and Vesk share a 400-kilometer road, which traders use every week.")
                ]))
        #expect(engine.answer("How many traders use the Norland road?").text == nil)
        #expect(engine.answer("How many kilometers long is the road between Norland and Vesk?").text == "400")
    }
}
