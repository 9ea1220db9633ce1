import Testing

@testable import InquireKit

/// British spellings read in their American form by word lists spelt the American way.
@Suite("Question classifier: British spellings")
struct BritishSpellingTests {
    @Test("regular British endings become American ones")
    func american() {
        #expect(BritishSpelling.american("organisation") == "organization")
        #expect(BritishSpelling.american("organisations") == "organizations")
        #expect(BritishSpelling.american("centre") == "center")
        #expect(BritishSpelling.american("programme") == "program")
        #expect(BritishSpelling.american("colour") == "color")
        #expect(BritishSpelling.american("defence") == "defense")
        #expect(BritishSpelling.american("catalogue") == "catalog")
        #expect(BritishSpelling.american("analyser") == "analyzer")
    }

    @Test("words with those endings in both spellings, or too short, stay")
    func same() {
        #expect(BritishSpelling.american("hour") == nil)
        #expect(BritishSpelling.american("tour") == nil)
        #expect(BritishSpelling.american("contour") == nil)
        #expect(BritishSpelling.american("sentence") == nil)
        #expect(BritishSpelling.american("science") == nil)
        #expect(BritishSpelling.american("vogue") == nil)
        #expect(BritishSpelling.american("city") == nil)
    }

    @Test("an American word list gains the British spellings of its words")
    func britishForms() {
        let words = BritishSpelling.withBritishSpellings(["organization", "group", "center"])
        #expect(words.isSuperset(of: ["organization", "organisation", "group", "center", "centre"]))
        #expect(GroupLexicon.heads.contains("organisation"))
    }

    @Test("a question's British focus noun finds the lexicon's American entry")
    func classified() {
        let classifier = QuestionClassifier(resources: .forTests)
        #expect(classifier.classify("Which organisation runs the survey?").answerType.coarse == .human)
    }
}
