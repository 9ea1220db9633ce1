import Foundation
import Testing

@testable import InquireKit

/// `Corpus/gold.tsv` is a measurement: these tests hold its score as a floor and name the questions the tool misses
/// today, so that a regression fails and a fix shows as a change (move the question out of `knownMisses` and raise
/// `floor`). A question is never removed or reworded because the tool fails it.
@Suite("Gold questions over the default article")
struct GoldQuestionsTests {
    static let engine: Engine = {
        let corpus = try! CorpusLoader.load(path: FixturePaths.defaultArticle)
        return try! Engine(corpus: corpus)
    }()

    static let gold: GoldFile = {
        try! GoldFile.load(path: FixturePaths.root.appendingPathComponent("Corpus/gold.tsv").path)
    }()

    /// Questions answered right (or, when unanswerable, declined) when measured: 109 of 122, EM 89.34, with issue
    /// 14's eighteenth session's relation stated apart anywhere in the article (*Who leads the Jaish al-Adl group?*
    /// declined: the article's only statement of *lead*, "conducted", is about other parties; 37 of 38 unanswerable
    /// declined); 108 of 122, EM 88.52, with issue 14's sixteenth session's relations stated of other participants over a long text (`OtherParticipants`: a
    /// place of another party's clause, a count of another noun; 36 of 38 unanswerable declined); 106 of 122, EM
    /// 86.89, with issue 14's fourteenth session's relations (a relation stated as mutual: *Pakistan and Iran share a border*; an
    /// argument's noun stated by a WordNet synonym: *the drill* for *the exercise*); 103 of 122, EM 84.43, with
    /// issue 14's thirteenth session merged: agents in other constructions (a passive the parse read as a copula: *By whom was
    /// Jaish al-Adl targeted?*; a name hyphenated to a participle: *an Islamic State-claimed bombing*), the questions
    /// about the report itself answered from its header (*From which city was the report filed?*: the dateline), a
    /// how-many question's clause of time aligned with the count's sentence (*when Iran attacked Pakistan*), a place that
    /// acts is no place (*the Baluch nationalists' weapons* declined), and the focus noun's kind read in *which*/*what*
    /// answers (a demonym's ground as its country, coordinations for a numeral or a plural focus, any named group for
    /// *organisation*, names given the focus noun's adjective, the object of a stranded *part of*); 91 of 122, EM
    /// 74.59, with a
    /// possessor the question's parse hung off a compound's first noun read as the compound head's (*which nation's
    /// air force*, issue 14's twelfth session); 90 of 122, EM 73.77, with all of
    /// issue 14's eleventh session merged (the name of a kind noun taking its noun's place below the predicate:
    /// *Saravan*); 89 of 122, EM 72.95, with the
    /// question's predicate unstated in a text longer than a paragraph ruling out candidates in no asked role (issue
    /// 14's eleventh session: four near misses declined, two paraphrased predicates lost); 87 of 122, EM 71.31, with
    /// the confidence reading the question's terms absent from the corpus (issue 14's tenth session; three answers
    /// given at the threshold 0.28 that were withheld); 84 of 122, EM 68.85, with the
    /// question's predicate read as a verb after a wh-phrase, the places named with another kind noun and the
    /// unstated relations of issue 14's ninth session (80 of 122 before them, 82 of the first 116); 78 of 116,
    /// EM 67.24, with the
    /// names before their descriptions, the fronted objects, the naming answers, the definite descriptions, the
    /// title-cased lines, the unstated agent's pronoun and the measures that count nothing of issue 14's eighth
    /// session (67 of 116 before them, 75 with the first five; 74 of the first 108); 66 of 108,
    /// EM 61.11, with the
    /// role fallback and the verbs of starting (61 of the first 100; 4 of the 8 questions of issue 14's seventh
    /// session right as they came, 5 after the verbs of starting); 61 of 100, EM 61.00, with whole
    /// spans first among near ties (59 of 100 after the 17 questions of issue 14's sixth session, 5 of them right as
    /// they came); 54 of 83, EM 65.06, with the
    /// coordinated places and the refitted confidence (52,
    /// EM 62.65, with the calibrated confidence and the BILOU entity tagger; 52, EM 62.65, with the hand-set
    /// confidence and the syntax-based answers; 50, EM 60.24, before them).
    static let floor = 109

    /// The questions the tool gets wrong today, by their text (measured with `inquire eval Corpus/gold.tsv --misses`).
    static let knownMisses: Set<String> = [
        "Who struck militant targets inside Iran in retaliation?",
        "Who has asked Iran and Pakistan to hold back?",
        "Which country is putting heavy investment into the Gwadar development?",
        "Who shares the aim of an independent homeland for the Baluch?",
        "How long is the frontier between Pakistan and Iran?",
        "What is the number in the drill's name?",
        // Added for issue 14 (session 6), missed as they came out when first run (two more were right by the end).
        "Who is backing the development of Gwadar with heavy investment?",
        // Added for issue 14 (session 7), missed as they came out when first run (one more was right by the end).
        "Who has Pakistan long distrusted over militant attacks?",
        "Where is Jaish al-Adl's headquarters?",
        // Added for issue 14 (session 8), missed as they came out when first run (one was right as it came, three
        // more by the end).
        "Who described the strikes as a commitment to keeping the country safe?",
        // Added for issue 14 (session 9), missed as they came out when first run (the other two, near misses, were
        // declined; the Baluch nationalists' weapons since session 13: a place that acts is no place).
        "Which part of Iran will the air defense drill span?",
        // Lost in issue 14's eleventh session: their predicates (*justify*, *be behind*) stand in no sentence of the
        // article, which states the relation in other words, so the rule for unstated predicates in a text longer
        // than a paragraph rules their answers out.
        "Who justified the retaliation by pointing to credible intelligence?",
        "Who has been behind the insurgency in the two Baluch provinces?",
    ]

    /// Whether the engine's answer to `question` is right: one of the gold answers after SQuAD normalisation, or no
    /// answer for an unanswerable question.
    static func isRight(_ question: GoldQuestion) -> Bool {
        let answer = engine.answer(question.question)
        guard question.isAnswerable else { return answer.text == nil }
        let predicted = AnswerNormalizer.normalize(answer.text ?? "")
        return answer.text != nil && question.answers.contains { AnswerNormalizer.normalize($0) == predicted }
    }

    /// The questions missed now, by text.
    static let misses: Set<String> = Set(gold.questions.filter { !isRight($0) }.map(\.question))

    @Test("the gold file holds at least 60 questions, a third of its unanswerable ones near misses, the restored two")
    func size() {
        #expect(Self.gold.questions.count >= 60)
        #expect(Self.gold.unanswerableCount >= 15)
        let texts = Set(Self.gold.questions.map(\.question))
        #expect(texts.contains("Who founded the Belt and Road initiative?"))
        #expect(texts.contains("From which city was the report filed?"))
        #expect(Self.gold.questions.allSatisfy { $0.type.map { AnswerType(rawValue: $0) != nil } ?? false })
    }

    @Test("no question is missed that was right when measured, and the score stays at or above its floor")
    func noRegression() {
        let regressions = Self.misses.subtracting(Self.knownMisses)
        #expect(regressions.isEmpty, "now wrong: \(regressions.sorted())")
        #expect(Self.gold.questions.count - Self.misses.count >= Self.floor)
    }

    @Test("the known misses are still missed (a fix: move the question out of the list and raise the floor)")
    func knownMissesStillMissed() {
        let fixed = Self.knownMisses.subtracting(Self.misses)
        #expect(fixed.isEmpty, "now right: \(fixed.sorted())")
        #expect(Self.knownMisses.isSubset(of: Set(Self.gold.questions.map(\.question))))
        #expect(Self.gold.questions.count - Self.knownMisses.count == Self.floor)
    }

    /// Near misses: questions about relations the article never states (`Corpus/near-miss.tsv`).
    static let nearMiss: GoldFile = {
        try! GoldFile.load(path: FixturePaths.root.appendingPathComponent("Corpus/near-miss.tsv").path)
    }()

    /// Near misses declined when measured: 15 of 16 with a count said as a part of another noun, or of another noun
    /// whatever its role, no answer over a long text (`OtherParticipants`, nineteenth session); 14 after the
    /// eighteenth, 4 of 16 when written. A floor that may only rise.
    static let nearMissDeclinedFloor = 15

    @Test("near-miss questions: all unanswerable, and at least the floor declined")
    func nearMisses() {
        #expect(Self.nearMiss.questions.count >= 16)
        #expect(Self.nearMiss.questions.allSatisfy { !$0.isAnswerable })
        let declined = Self.nearMiss.questions.filter { Self.engine.answer($0.question).text == nil }.count
        #expect(declined >= Self.nearMissDeclinedFloor)
    }
}
