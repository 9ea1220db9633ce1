import Foundation
import Testing

/// `Corpus/bio-check-gold.tsv` over the five Wikipedia biographies of `Corpus/bio-check/` is the second score-only
/// set, written in issue 14's twentieth session and committed before the tool was ever run on its articles: four of
/// them come from GUM's dev and test files (unseen by the tagger, parser and entity models) and all are of another
/// genre than the news sets, so it estimates how the tool does on expository text nobody tuned a rule on. Its misses
/// are reported by kind and never read to design rules. This test runs the built binary's `eval` on it, holds the
/// number of questions answered right (or, unanswerable, declined) and the number of unanswerable ones declined as
/// floors, and names the questions missed today (move a fixed one out of `knownMisses` and raise `floor`). A
/// question is never removed or reworded because the tool fails it. No /work/shared is read.
@Suite("Gold questions over the score-only biography set, end to end")
struct BioCheckGoldEndToEndTests {
    /// Questions right when measured: 41 of 66 (EM 62.12, F1 64.99; 34 of 54 answerable right, 7 of 12 unanswerable
    /// declined) as they came, the first run of the tool on the articles (main at ac2282b).
    static let floor = 41

    /// Unanswerable questions declined when measured: 7 of 12.
    static let declinedFloor = 7

    /// The questions the tool gets wrong today, by their text (`inquire eval Corpus/bio-check-gold.tsv --corpus
    /// Corpus/bio-check --misses`), grouped by kind.
    static let knownMisses: Set<String> = [
        // Declining: the right answer found, withheld below the threshold.
        "What did Byron compose in memory of Edleston?",
        // Declining: no candidate, or a wrong one withheld (a count from a caption's year, the editor for his
        // newspaper, the end of a book's title, a year for a count said as "twice", a place of another sentence).
        "Who ran the school in Dulwich that Byron joined in 1799?",
        "How old was Jespersen when he started university in Copenhagen?",
        "How many people attended Norton's funeral?",
        "Which newspaper first reprinted Norton's proclamation?",
        "Which book do many consider Jespersen's masterpiece?",
        "How many times did Jespersen visit the United States?",
        "Where was L'Enfant taken prisoner?",
        // Span: the right entity, cut short (and for the birth date also withheld).
        "When was Antonín Dvořák born?",
        "Where was the first cricket match between Eton and Harrow played?",
        "Which Harrow friend did Byron meet again in Italy many years later?",
        "Where did Norton collapse on the day he died?",
        // Role: another name or date of the answer sentence (the end of a stay, the place of another clause, the
        // prize's name, the addressee's title, the first of a list, a word of an introductory phrase).
        "In which year was Byron sent to Harrow?",
        "In which country was Joshua Norton born?",
        "Where did Norton spend most of his early years?",
        "Who led the jury of the Austrian State Prize?",
        "Which general did Norton command to empty Congress by force?",
        "Which university in Paris gave Jespersen an honorary degree?",
        "Where did Jespersen convene a linguistics meeting in 1930?",
        // Retrieval: another article's sentence chosen.
        "In which year did Norton's father die?",
        // Unanswerable questions answered.
        "Where was Byron born?",
        "Where did Dvořák die?",
        "Who won the prize competition in Germany that Dvořák entered?",
        "Where did Jespersen die?",
        "Where did L'Enfant die?",
    ]

    /// The result of `inquire eval Corpus/bio-check-gold.tsv --corpus Corpus/bio-check --json --misses`, run once for
    /// the suite's tests.
    static let measured = Result {
        try NewsGoldEndToEndTests.measure(gold: "Corpus/bio-check-gold.tsv", corpus: "Corpus/bio-check")
    }

    /// The measured set (`measured`), or its error.
    static func measure() throws -> NewsGoldEndToEndTests.Measured {
        try measured.get()
    }

    @Test("the score-only biography set holds at least 60 questions over five articles, at least 12 unanswerable")
    func size() throws {
        try NewsGoldEndToEndTests.expectSize(
            Self.measure(), folder: "Corpus/bio-check", questions: 60, unanswerable: 12, articles: 5)
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
