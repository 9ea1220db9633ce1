import Foundation
import Testing

/// `Corpus/news-more-gold.tsv` over the four Wikinews articles of `Corpus/news-more/` is a measurement like
/// `Corpus/news-gold.tsv`, written in issue 14's fourteenth session over articles no rule was tuned on: this test
/// runs the built binary's `eval` on it, holds the number of questions answered right (or, unanswerable, declined)
/// as a floor and names the questions missed today (move a fixed one out of `knownMisses` and raise `floor`). A
/// question is never removed or reworded because the tool fails it. No /work/shared is read.
@Suite("Gold questions over the second news set, end to end")
struct MoreNewsGoldEndToEndTests {
    /// Questions right when measured: 39 of 48 (EM 81.25; 9 of 11 unanswerable declined) with a quantity of any
    /// measure as sure as a count (the confidence model's count-answer feature: "an 11-year lull" for *How long …?*
    /// no longer withheld); 38 of 48 (EM 79.17; 9 of 11 unanswerable declined) with things named by a
    /// common noun phrase in the asked role (`ThingNounPhrases`: *What fell onto …?*, *What was X aimed at?*), a
    /// causative read as the event it causes (*How many pilgrims died …?* over "… pilgrims have been killed"), a
    /// count of another event marked as such ("the deadliest stampede during the 1991 Hajj, in which …"), a count
    /// of persons of any kind for *how many people*, do-support read as an auxiliary in questions, a focus of
    /// several words (*which television channel*), a gazetteer country named with a place noun ("United Kingdom")
    /// and a locative phrase cut from a name ("the Al-Ghaza Hotel near …"); 27 of 48 (EM 56.25; 9 of 11
    /// unanswerable declined) with the source named by "according to" as the agent of a report (*Which news agency
    /// reported …?*) and a date question's unit left out of the sentences' match (*In which year did she leave the
    /// ship?*); 25 of 48 (EM 52.08; 9 of 11 unanswerable declined) as they came, the first run of the tool on the
    /// articles (main at 55e36fb).
    static let floor = 39

    /// The questions the tool gets wrong today, by their text (`inquire eval Corpus/news-more-gold.tsv --corpus
    /// Corpus/news-more --misses`).
    static let knownMisses: Set<String> = [
        // Named answers in another role or of another article (the source's sentence not retrieved).
        "Who gave the number of dead pilgrims?",
        "Which agency gave the casualty figures?",
        "Who says the church held her on a ship?",
        // A reason (a clause; no span type; the sentence answers, below the threshold).
        "Why was building work going on at the mosque?",
        // Counts and times: a paraphrased predicate or counted noun, another event's number.
        "How many security staff had the Saudis deployed?",
        "How many died when the hotel fell down?",
        "How many people were wounded in the collapse?",
        // Unanswerable questions answered.
        "Who built the oval wall near the pillar?",
        "How many pilgrims were injured in the stampede?",
    ]

    /// The result of `inquire eval Corpus/news-more-gold.tsv --corpus Corpus/news-more --json --misses`, run once for
    /// the suite's tests.
    static let measured = Result {
        try NewsGoldEndToEndTests.measure(gold: "Corpus/news-more-gold.tsv", corpus: "Corpus/news-more")
    }

    /// The measured set (`measured`), or its error.
    static func measure() throws -> NewsGoldEndToEndTests.Measured {
        try measured.get()
    }

    @Test("the second news set holds at least 40 questions over four articles, at least 10 of them unanswerable")
    func size() throws {
        try NewsGoldEndToEndTests.expectSize(
            Self.measure(), folder: "Corpus/news-more", questions: 40, unanswerable: 10)
    }

    @Test("no question is missed that was right when measured, the known misses are still missed, the floor holds")
    func floorAndKnownMisses() throws {
        NewsGoldEndToEndTests.expectFloor(try Self.measure(), knownMisses: Self.knownMisses, floor: Self.floor)
    }
}
