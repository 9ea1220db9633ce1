import Foundation
import Testing

/// `Corpus/news-check-gold.tsv` over the five Wikinews articles of `Corpus/news-check/` is the score-only news set,
/// written in issue 14's fifteenth session and committed before the tool was ever run on its articles: it estimates
/// how the tool does on news nobody tuned a rule on, so its misses are reported by kind and never read to design
/// rules. This test runs the built binary's `eval` on it, holds the number of questions answered right (or,
/// unanswerable, declined) as a floor and names the questions missed today (move a fixed one out of `knownMisses`
/// and raise `floor`). A question is never removed or reworded because the tool fails it. No /work/shared is read.
@Suite("Gold questions over the score-only news set, end to end")
struct NewsCheckGoldEndToEndTests {
    /// Questions right when measured: 41 of 65 (EM 63.08, F1 66.97; 4 of 12 unanswerable declined) after the
    /// sixteenth session's merges: one gained by copular *what* questions (`CopularIdentity`; no rule designed from
    /// this set), F1 68.00 → 66.97 by `FocusEchoes` (a miss now overlapping its answer less);
    /// 40 of 65 (EM 61.54, F1 66.46; 4 of 12 unanswerable declined) after the fifteenth session's merges: one gained by things named by a common noun phrase in the asked role
    /// (`ThingNounPhrases`), one lost with the *which* branch's kind fits (*Where did the Afghan team
    /// stay …?*, unanswerable, now answered with the hall of the team's event); no rule was
    /// designed from this set; 40 of 65 (EM 61.54, F1 66.46; 35 of 53 answerable right, 5 of 12
    /// unanswerable declined) as they came, the first run of the tool on the articles (main at 355f074).
    static let floor = 41

    /// The questions the tool gets wrong today, by their text (`inquire eval Corpus/news-check-gold.tsv --corpus
    /// Corpus/news-check --misses`), grouped by kind.
    static let knownMisses: Set<String> = [
        // Role: a name of the answer sentence in another role (the silver medal's country, the source of the taking).
        "Which country won the bronze medal?",
        "What was Montalvo accused of taking?",
        // Kind: an organisation for a lawyer, a count written as an adverb ("twice").
        "Which lawyer did Montalvo speak to on the phone?",
        "How many times were the girls refused visas?",
        // Span: the right entity, cut short or run on.
        "How old is Daniel Montalvo?",
        "Who coaches Panama?",
        "What award did Lukaku win?",
        "Which court ruled on the Livorno case?",
        // Paraphrase: the article states the relation in other words (compete, representative, faced, home,
        // sentence, request advanced).
        "How many teams competed?",
        "Who speaks for the sheriff's office in Los Angeles?",
        "Where did England play Tunisia?",
        "In which city do the Afghan girls live?",
        "When did the court give its ruling?",
        "In which year did Livorno ask the schools to pay?",
        // Retrieval: the answer's sentence not found (another article's sentence searched).
        "What was sent to pick up the people in the water?",
        // What: a common-noun answer in the right sentence, below the threshold or a wrong noun phrase.
        "What is the device attached to members during exit interviews called?",
        // Unanswerable questions answered.
        "Who built the robot of the Syrian national team?",
        "How many points did the Afghan robot score in the final?",
        "How many of the rescued migrants were children?",
        "Who captained the boat that sank?",
        "Who scored Tunisia's second goal?",
        "Which club does Harry Kane play for?",
        "Who appealed the Livorno case to the Supreme Court?",
        "Where did the Afghan team stay in Washington?",
    ]

    /// The result of `inquire eval Corpus/news-check-gold.tsv --corpus Corpus/news-check --json --misses`, run once for
    /// the suite's tests.
    static let measured = Result {
        try NewsGoldEndToEndTests.measure(gold: "Corpus/news-check-gold.tsv", corpus: "Corpus/news-check")
    }

    /// The measured set (`measured`), or its error.
    static func measure() throws -> NewsGoldEndToEndTests.Measured {
        try measured.get()
    }

    @Test("the score-only news set holds at least 60 questions over five articles, at least 12 of them unanswerable")
    func size() throws {
        try NewsGoldEndToEndTests.expectSize(
            Self.measure(), folder: "Corpus/news-check", questions: 60, unanswerable: 12, articles: 5)
    }

    @Test("no question is missed that was right when measured, the known misses are still missed, the floor holds")
    func floorAndKnownMisses() throws {
        NewsGoldEndToEndTests.expectFloor(try Self.measure(), knownMisses: Self.knownMisses, floor: Self.floor)
    }
}
