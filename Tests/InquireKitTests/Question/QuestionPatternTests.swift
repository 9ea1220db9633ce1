import Testing

@testable import InquireKit

/// Patterns that decide a class from the shape of the question rather than its head noun alone, and the
/// WordNet head nouns that back up the hand-written lexicon; on questions written for these tests.
struct QuestionPatternTests {
    let classifier = QuestionClassifier(resources: .forTests)

    @Test(arguments: [
        // A role held somewhere asks for the person holding it; a bare name for a description of the person.
        ("Who was King of Portugal in 1750?", AnswerType.individual),
        ("Who is Mayor of the capital?", .individual),
        ("Who was Chancellor during the war?", .individual),
        ("Who was Queen Victoria?", .humanDescription),
        ("Who is Mother Teresa of Calcutta?", .humanDescription),
    ])
    func roleHolders(question: String, expected: AnswerType) {
        #expect(classifier.classify(question).answerType == expected)
    }

    @Test(arguments: [
        // "Where did X come from?" asks for the history of a common thing, but a place for a person or a name.
        ("Where did the custom of shaking hands come from?", AnswerType.description),
        ("Where did the word jeans come from?", .description),
        ("Where did the drummer come from?", .otherLocation),
        ("Where did Marco Polo come from?", .otherLocation),
        ("Where does the river come from?", .otherLocation),
        // "Where" always asks for a place, even with a ranking verb.
        ("Where does the country rank in exports?", .otherLocation),
    ])
    func origins(question: String, expected: AnswerType) {
        #expect(classifier.classify(question).answerType == expected)
    }

    @Test(arguments: [
        ("What position did the cyclist finish in?", AnswerType.ordinal),
        ("What place did the choir come in the contest?", .ordinal),
        ("What position does the player hold?", .title),
        ("What place did the explorers visit first?", .otherLocation),
        ("What money do they use on the island?", .currency),
        ("How much money did the film earn?", .money),
        ("What did the old violin sell for?", .money),
        ("What was the house bought for?", .money),
        ("What is the statue famous for?", .reason),
    ])
    func ranksAndPrices(question: String, expected: AnswerType) {
        #expect(classifier.classify(question).answerType == expected)
    }

    @Test(arguments: [
        ("What is the area of the lake?", AnswerType.size),
        ("What is the area of the brain that controls speech?", .otherLocation),
        ("How large is the town's population?", .otherNumber),
        ("How large is the town?", .size),
        ("What is the atomic number of iron?", .otherNumber),
        ("What is the number of moons of the planet?", .count),
        ("What is the brightest star in the night sky?", .otherLocation),
        ("What star sang the theme song?", .individual),
        ("What is a national park?", .definition),
        ("What is a common name for the plant?", .equivalentTerm),
        ("What is a popular dish in the region?", .food),
    ])
    func measuresAndSenses(question: String, expected: AnswerType) {
        #expect(classifier.classify(question).answerType == expected)
    }

    @Test func questionWordsTypedWithoutApostrophe() {
        #expect(classifier.classify("whats a tariff").answerType == .definition)
        #expect(classifier.classify("whos the tallest player on the team").answerType == .individual)
        #expect(classifier.classify("wheres the nearest harbour").answerType == .otherLocation)
        #expect(classifier.classify("Whatsoever happened?").whWord == nil)
    }

    @Test(arguments: [
        // Head nouns only the WordNet table lists.
        ("What babysitter looked after the twins?", AnswerType.individual),
        ("Which cheesecake won the baking contest?", .food),
        ("What limo took the couple to the church?", .vehicle),
        ("What carcinoma is the most common?", .diseaseOrMedicine),
        ("What causeway links the island to the coast?", .otherLocation),
    ])
    func wordNetHeadNouns(question: String, expected: AnswerType) {
        #expect(classifier.classify(question).answerType == expected)
    }
}
