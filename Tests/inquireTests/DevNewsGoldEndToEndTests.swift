import Foundation
import Testing

/// `Corpus/news-dev-gold.tsv` over the five Wikinews articles of `Corpus/news-dev/` is the fourth news set, written
/// in issue 14's sixteenth session and committed before the tool was ever run on its articles. It is development
/// data: unlike `Corpus/news-check-gold.tsv` its misses may be read to design general rules (never one keyed to
/// its questions, answers or articles). This test runs the built binary's `eval` on it, holds the number of
/// questions answered right (or, unanswerable, declined) and the number of unanswerable ones declined as floors,
/// and names the questions missed today (move a fixed one out of `knownMisses` and raise `floor`). A question is
/// never removed or reworded because the tool fails it. No /work/shared is read.
@Suite("Gold questions over the fourth news set (development data), end to end")
struct DevNewsGoldEndToEndTests {
    /// Questions right when measured: 52 of 68 (EM 76.47, F1 76.47; 41 of 54 answerable right, 11 of 14 unanswerable declined) with both branches of the nineteenth session
    /// merged; 51 of 68 (EM 75.00; 40 of 54 answerable right, 11 of 14 unanswerable declined) with a count said as a
    /// part of another noun no answer over a long text (`OtherParticipants.countsOtherPart`: "hundreds of lantern
    /// scenes" for *How many lanterns …?*);
    /// 51 of 68 (EM 75.00, F1 75.00; 41 of 54 answerable right, 10 of 14 unanswerable
    /// declined) with a quoted title after a naming verb read whole (`NamingAnswers.quoted`, no coordination penalty
    /// for a whole quotation: "Cowboys and Indians"); 50 of 68 (EM 73.53, F1 74.26; 40 of 54 answerable right, 10 of
    /// 14 unanswerable declined) after the merge with the place of the thing a *where* question asks about (`ArgumentPlaces`: "Google
    /// headquarters in California" answers *Where are Google's headquarters?*, not "the United Nations headquarters in
    /// New York"; 47 of 68 with it alone); 49 of 68 (EM 72.06, F1 72.79; 39 of 54 answerable right, 10 of 14
    /// unanswerable declined) with the name before a noun in its compound answering *which country's* + that noun
    /// (`CompoundPossessors`); 48 of 68 (EM 70.59, F1 71.32; 38 of 54 answerable right, 10 of 14 unanswerable declined)
    /// with the group named next to the question's name answering *which* + organisation noun (`AffiliatedNames`: "Gary
    /// Fan of the Neo Democrats", "Nathan Law of Demosisto"); 46 of 68 (EM 67.65, F1 68.38; 36 of 54 answerable right,
    /// 10 of 14 unanswerable declined) after the merge of the two rules below with the relation lexicon's rows kept
    /// apart for words that only share a stem (the noun "bearing" no longer states *born*: two *Where was … born?*
    /// declined; 42 of 68 with that alone, 9 of 14 declined); 44 of 68 (EM 64.71, F1 65.44; 36 of 54 answerable right,
    /// 8 of 14 unanswerable declined) with a pronoun of the sentence's own subject read as it (`SubjectPronouns`: "X
    /// was arrested after he brought a clock he had made" answers *Who made the clock?*); 43 of 68 with converse
    /// predicates (`ConversePredicates`: "B defeated A" answers *Who lost to B?*, "A lost to B" *Who beat A?*; *How
    /// many votes did X receive?* no longer answered by what another was given); 40 of 68 (EM 58.82, F1 59.56; 33 of 54
    /// answerable right, 7 of 14 unanswerable declined) after the merge with the rules for what a long text states of
    /// other participants (`OtherParticipants`): a count held by another verb than the question's is no answer over an
    /// article, so "attendance reached 11,000 visitors" no longer answers *How many visitors did the museum draw?* (the
    /// same rule declines one more near miss of `Corpus/near-miss.tsv`, 12 → 13 of 16); 41 of 68 before it (EM 60.29,
    /// F1 61.03; 34 of 54 answerable right) with an age glued to "year-old" read as a period (`GluedAges`: *How old is
    /// …?*); 40 of 68 (EM 58.82, F1 59.56; 33 of 54 answerable right, 7 of 14 unanswerable declined) with the focus
    /// noun alone no answer (`FocusEchoes`: *Which company …?* not answered "company") and a person's name after a
    /// possessive name answered alone (`PossessedNames`); 38 of 68 (EM 55.88, F1 57.79; 31 of 54 answerable right, 7 of
    /// 14 unanswerable declined) as they came, the first run of the tool on the articles (main at 30ceacc).
    static let floor = 52

    /// Unanswerable questions declined when measured: 11 of 14.
    static let declinedFloor = 11

    /// The questions the tool gets wrong today, by their text (`inquire eval Corpus/news-dev-gold.tsv --corpus
    /// Corpus/news-dev --misses`), grouped by kind.
    static let knownMisses: Set<String> = [
        // Declining: the right answer found, withheld below the threshold (a place of origin after "from", a count in the object).
        "Which Texas city does Ahmed Mohamed come from?",
        "How many seats of the Legislative Council does the election fill?",
        // Kind: a person named by a common noun ("a teacher").
        "Who mistook the clock for a bomb?",
        // Span: a thing answered by the whole sentence.
        "Which animal is the theme of this year's festival?",
        "What sent a mass of people to the station on Sunday night?",
        // Pronoun: the answer reached through "she" / "her hashtag".
        "Who started the hashtag backing the boy?",
        // Numbers: a cost as a noun's complement (how much), a count of votes after "elected with".
        "How much will the referendums cost?",
        "How many votes did Eddie Chu win?",
        // Retrieval and paraphrase: the answer's sentence says it in other words (elected, take place, crowded
        // onto, accepted) and another sentence is chosen.
        "In which constituency did Wilson Or win a seat?",
        "In which city will the first meeting be held?",
        "Where did the crowds gather for the opening on Saturday?",
        "How many universities have taken donations from the program?",
        "How many visitors did the Weatherspoon Art Museum draw in 2010?",
        // Unanswerable questions answered.
        "Where did Mark Zuckerberg meet Ahmed Mohamed?",
        "Who leads the Democratic Party?",
        "Who founded the Andy Warhol Foundation?",
    ]

    /// The result of `inquire eval Corpus/news-dev-gold.tsv --corpus Corpus/news-dev --json --misses`, run once for the
    /// suite's tests.
    static let measured = Result {
        try NewsGoldEndToEndTests.measure(gold: "Corpus/news-dev-gold.tsv", corpus: "Corpus/news-dev")
    }

    /// The measured set (`measured`), or its error.
    static func measure() throws -> NewsGoldEndToEndTests.Measured {
        try measured.get()
    }

    @Test("the fourth news set holds at least 60 questions over five articles, at least 12 of them unanswerable")
    func size() throws {
        try NewsGoldEndToEndTests.expectSize(
            Self.measure(), folder: "Corpus/news-dev", questions: 60, unanswerable: 12, articles: 5)
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
