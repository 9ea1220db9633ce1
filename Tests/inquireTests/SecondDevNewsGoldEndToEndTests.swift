import Foundation
import Testing

/// `Corpus/news-dev2-gold.tsv` over the five Wikinews articles of `Corpus/news-dev2/` is the fifth news set, written
/// in issue 14's eighteenth session and committed before the tool was ever run on its articles. It is development
/// data: unlike `Corpus/news-check-gold.tsv` its misses may be read to design general rules (never one keyed to
/// its questions, answers or articles). This test runs the built binary's `eval` on it, holds the number of
/// questions answered right (or, unanswerable, declined) and the number of unanswerable ones declined as floors,
/// and names the questions missed today (move a fixed one out of `knownMisses` and raise `floor`). A question is
/// never removed or reworded because the tool fails it. No /work/shared is read.
@Suite("Gold questions over the fifth news set (development data), end to end")
struct SecondDevNewsGoldEndToEndTests {
    /// Questions right when measured: 45 of 66 (EM 68.18, F1 69.70; 35 of 52 answerable right, 10 of 14 unanswerable declined) with both branches of the nineteenth session
    /// merged; 39 of 66 (EM 59.09; 29 of 52 answerable right, 10 of 14 unanswerable declined) with a count said as a
    /// part of another noun ("one of the most successful products") and a name telling where the question's own
    /// argument comes from ("a research team from X") no answer over a long text (`OtherParticipants+Phrases`);
    /// 42 of 66 (EM 63.64, F1 65.15; 34 of 52 answerable right, 8 of 14 unanswerable
    /// declined) with names given as examples of the focus noun (`FocusNames.exampleSpans`: "guests like Stan Lee",
    /// "sites such as Gawker.com", "religions, such as Wicca", a religion asked as a named instance), *by how much*
    /// + a change read as a number of any unit ("25 percent") and a quantity stated of today fitting a question
    /// about now (`PresentTime`); 37 of 66 (EM 56.06, F1 57.58; 29 of 52 answerable right, 8 of 14 unanswerable
    /// declined) with the group named next to the question's name answering *which* + organisation noun
    /// (`AffiliatedNames`: "Matthew Ingram of The Globe and Mail"); 36 of 66 (EM 54.55, F1 56.06; 28 of 52 answerable
    /// right, 8 of 14 unanswerable declined) as they came, the first run of the tool on the articles (main at 060f73d).
    static let floor = 45

    /// Unanswerable questions declined when measured: 10 of 14.
    static let declinedFloor = 10

    /// The questions the tool gets wrong today, by their text (`inquire eval Corpus/news-dev2-gold.tsv --corpus
    /// Corpus/news-dev2 --misses`), grouped by kind.
    static let knownMisses: Set<String> = [
        // Declining: the right answer found, withheld below the threshold (a maker named as the possessor of its
        // product).
        "Which company makes Internet Explorer?",
        // Role: a name of the answer sentence in another role (the object of "loaded up").
        "Which tool did a poster use to bombard the church's homepage?",
        // Kind: a university "of the US" for a British one, a foundation for a law ("Act").
        "Which British university took part in the study?",
        "Which law helped to lower ozone in the US?",
        // Naming: a person named by a common noun with the name in quotes after "labelled".
        "Who launched the attack on the website?",
        // Span: a thing answered by the whole sentence ("in the case of wheat").
        "Which crop's yields are mostly sensitive to ozone rather than heat?",
        // Retrieval and paraphrase: the answer's sentence says it in other words (collects, launched, keep
        // hosting, theorized, one in three, analysis, told, a paper by, worship at) and another sentence is chosen.
        "How much prize money did the winners of the championship take?",
        "Which video game was played in the championship final?",
        "Which volunteer group gathers comics for young hospital patients?",
        "On which day of the week did the attack begin?",
        "Which site critical of Scientology hosted posts guessing at the cause of the outage?",
        "Where did a third of the visitors to the church's site come from?",
        "Which magazine studied the traffic figures of its own website?",
        "Which coauthor of the study spoke to the press?",
        "Which news outlet did Heald talk to?",
        "Who wrote the 1989 paper on the NCLAN results?",
        "Where may worshippers of the old Greek gods now gather?",
        // Unanswerable questions answered.
        "Who organised Fan Expo Canada?",
        "Which Immortals player was caught without a headset?",
        "When will Internet Explorer 9 be released?",
        "Which university does Colette Heald work at?",
    ]

    /// The result of `inquire eval Corpus/news-dev2-gold.tsv --corpus Corpus/news-dev2 --json --misses`, run once for
    /// the suite's tests.
    static let measured = Result {
        try NewsGoldEndToEndTests.measure(gold: "Corpus/news-dev2-gold.tsv", corpus: "Corpus/news-dev2")
    }

    /// The measured set (`measured`), or its error.
    static func measure() throws -> NewsGoldEndToEndTests.Measured {
        try measured.get()
    }

    @Test("the fifth news set holds at least 60 questions over five articles, at least 12 of them unanswerable")
    func size() throws {
        try NewsGoldEndToEndTests.expectSize(
            Self.measure(), folder: "Corpus/news-dev2", questions: 60, unanswerable: 12, articles: 5)
    }

    @Test("no question is missed that was right when measured, the known misses are still missed, the floor holds")
    func floorAndKnownMisses() throws {
        NewsGoldEndToEndTests.expectFloor(try Self.measure(), knownMisses: Self.knownMisses, floor: Self.floor)
    }

    @Test("at least as many unanswerable questions are declined as when measured")
    func declinedFloorHolds() throws {
        #expect(try Self.measure().declined >= Self.declinedFloor)
    }
}
