import Testing

@testable import InquireKit

/// Pattern families of the question classifier, on questions written for these tests.
struct QuestionClassifierTests {
    let classifier = QuestionClassifier(resources: .forTests)

    @Test(arguments: [
        ("Who painted the ceiling of the chapel?", AnswerType.individual),
        ("Who was the first woman to climb the mountain?", .individual),
        ("To whom did the king give the ring?", .individual),
        ("Whose portrait hangs in the main hall?", .individual),
        ("Whose idea was the new canal?", .individual),
        ("Who is Winston Churchill?", .humanDescription),
        ("who was marie curie", .humanDescription),
        ("Who is the band that recorded the anthem?", .group),
        ("Who manufactures the engines for the jet?", .group),
        ("Who won the race in which city?", .city),
    ])
    func personQuestions(question: String, expected: AnswerType) {
        #expect(classifier.classify(question).answerType == expected)
    }

    @Test(arguments: [
        ("Where is the old lighthouse?", AnswerType.otherLocation),
        ("Where did the explorers land in which country?", .country),
        ("In what country is the ancient temple?", .country),
        ("Which city hosted the fair?", .city),
        ("What state is the canyon in?", .state),
        ("What is the highest mountain in the range?", .mountain),
        ("What is the name of the river that runs past the castle?", .otherLocation),
        ("Which ocean is the largest?", .otherLocation),
    ])
    func placeQuestions(question: String, expected: AnswerType) {
        #expect(classifier.classify(question).answerType == expected)
    }

    @Test(arguments: [
        ("When did the bridge open?", AnswerType.date),
        ("What year was the treaty signed?", .date),
        ("In what year did the railway reach the coast?", .date),
        ("How many children did the duke have?", .count),
        ("How many years did the siege last?", .count),
        ("How long did the siege last?", .period),
        ("How long is the new tunnel?", .distance),
        ("How old was the poet when he died?", .period),
        ("How far is the island from the coast?", .distance),
        ("How tall is the tower?", .distance),
        ("How deep is the lake?", .distance),
        ("How fast can a horse run?", .speed),
        ("How hot is the surface of the planet?", .temperature),
        ("How much did the painting cost?", .money),
        ("How much does a grand piano weigh?", .weight),
        ("How much sugar is in a can of soda?", .count),
        ("By how much did the river's level drop?", .otherNumber),
        ("How much has the price of bread risen since spring?", .otherNumber),
        ("What percentage of the land is desert?", .percentage),
        ("What is the population of the capital?", .otherNumber),
        ("What is the zip code of the museum?", .code),
        ("What is the boiling point of mercury?", .temperature),
        ("How big is the stadium?", .size),
    ])
    func numericQuestions(question: String, expected: AnswerType) {
        #expect(classifier.classify(question).answerType == expected)
    }

    @Test(arguments: [
        ("Why do leaves change color in autumn?", AnswerType.reason),
        ("How come the tide rises twice a day?", .reason),
        ("What causes earthquakes?", .reason),
        ("What is the potter famous for?", .reason),
        ("How do you tune a violin?", .manner),
        ("How did the empire fall?", .manner),
        ("How can I grow tomatoes indoors?", .manner),
        ("What is a sonnet?", .definition),
        ("What is photosynthesis?", .definition),
        ("What does the word serendipity mean?", .definition),
        ("Define entropy.", .definition),
        ("What is the origin of the word quarantine?", .description),
        ("What is the difference between a frog and a toad?", .description),
        ("What happened to the lost colony?", .description),
        ("Describe the life cycle of a butterfly.", .description),
    ])
    func descriptionQuestions(question: String, expected: AnswerType) {
        #expect(classifier.classify(question).answerType == expected)
    }

    @Test(arguments: [
        ("What does UNESCO stand for?", AnswerType.expansion),
        ("What does NATO mean?", .expansion),
        ("Radar is an acronym for what?", .expansion),
        ("What is the abbreviation for kilogram?", .abbreviation),
        ("What is the acronym of the World Health Organization?", .abbreviation),
    ])
    func abbreviationQuestions(question: String, expected: AnswerType) {
        #expect(classifier.classify(question).answerType == expected)
    }

    @Test(arguments: [
        ("What kind of animal is a wombat?", AnswerType.animal),
        ("Which bird can fly backwards?", .animal),
        ("What color is a ripe lemon?", .color),
        ("What instrument did the composer play?", .instrument),
        ("What language is spoken in the valley?", .language),
        ("What disease killed the composer?", .diseaseOrMedicine),
        ("What sport is played at the stadium?", .sport),
        ("What novel did the author write first?", .creativeWork),
        ("What is the currency of the republic?", .currency),
        ("What war ended with the treaty?", .event),
        ("What fruit grows on the tree?", .food),
        ("What metal is the statue made of?", .substance),
        ("What do you call a person who studies stars?", .equivalentTerm),
        ("What is the best way to clean silver?", .technique),
        ("What ship sank on its first voyage?", .vehicle),
        ("What is the largest organ of the body?", .bodyPart),
        ("What tree has the widest trunk?", .plant),
        ("What gizmo did the tinker sell?", .otherEntity),
    ])
    func entityQuestions(question: String, expected: AnswerType) {
        #expect(classifier.classify(question).answerType == expected)
    }

    /// A known miss since the hand-written entries that occur in only one development question were removed
    /// (issue 20): "kangaroo" was one, and neither lexicon now classes it, so the question reads as asking for a
    /// term. Right would be `.animal`; when it is, replace this test by a case of `entityQuestions`.
    @Test func knownMissAnimalTheLexiconsDoNotList() {
        #expect(classifier.classify("What do you call a baby kangaroo?").answerType == .equivalentTerm)
    }

    @Test(arguments: [
        ("Name the author of the play.", AnswerType.individual),
        ("Name a country that borders the sea.", .country),
        ("List the planets of the solar system.", .otherLocation),
        ("Tell me the name of the longest river.", .otherLocation),
    ])
    func commandQuestions(question: String, expected: AnswerType) {
        #expect(classifier.classify(question).answerType == expected)
    }

    @Test func questionsWithoutQuestionMarkOrCapitals() {
        #expect(classifier.classify("who wrote the opera").answerType == .individual)
        #expect(classifier.classify("what city is the tower in").answerType == .city)
        #expect(classifier.classify("how many moons does the planet have").answerType == .count)
        #expect(classifier.classify("WHERE IS THE OLD BRIDGE").answerType == .otherLocation)
    }

    @Test func whWordAndFocus() {
        let analysis = classifier.classify("How many children did the duke have?")
        #expect(analysis.whWord == "how many")
        #expect(analysis.focus == "child")
        #expect(analysis.focusAsAsked == "children")
        #expect(analysis.coarse == .numeric)
        #expect(analysis.confidence > 0.8)

        let river = classifier.classify("What is the name of the river that runs past the castle?")
        #expect(river.whWord == "what")
        #expect(river.focus == "river")

        let kind = classifier.classify("What kind of animals live in the marsh?")
        #expect(kind.focus == "animal")
        #expect(kind.focusAsAsked == "animals")
        #expect(kind.answerType == .animal)

        let phrase = classifier.classify("Which zip code does the museum have?")
        #expect(phrase.focus == "zip code")
        #expect(classifier.classify("Who painted the ceiling?").focus == nil)
        #expect(classifier.classify("Name the author of the play.").whWord == "name")
    }

    @Test func keywordsDropStopwordsQuestionWordsAndPossessives() {
        let analysis = classifier.classify("What is the name of the river that flows past Pakistan’s capital?")
        #expect(analysis.keywords == ["river", "flows", "past", "pakistan", "capital"])
        let straight = classifier.classify("What is the name of the river that flows past Pakistan's capital?")
        #expect(straight.keywords == analysis.keywords)
        let kind = classifier.classify("What kind of animal is a wombat?")
        #expect(kind.keywords == ["animal", "wombat"])
        let many = classifier.classify("How many children did the duke have?")
        #expect(many.keywords == ["children", "duke"])
    }

    @Test func quotedPhrasesAreKeptWhole() {
        let curly = classifier.classify("Who sang “Moon River” in the film?")
        #expect(curly.phrases == ["Moon River"])
        let straight = classifier.classify("Who wrote \"The Old Man and the Sea\" and \"Fiesta\"?")
        #expect(straight.phrases == ["The Old Man and the Sea", "Fiesta"])
        #expect(straight.answerType == .individual)
    }

    @Test func lowerConfidenceForFallbacks() {
        let decisive = classifier.classify("When did the bridge open?")
        let fallback = classifier.classify("What gizmo lets you open cans?")
        #expect(decisive.confidence > fallback.confidence)
        #expect(fallback.answerType == .otherEntity)
    }

    @Test func emptyAndOddInputDoNotCrash() {
        #expect(classifier.classify("").confidence == 0)
        #expect(classifier.classify("???").confidence == 0)
        #expect(classifier.classify("   ").whWord == nil)
        #expect(classifier.classify("\"").phrases.isEmpty)
        #expect(classifier.classify("Paris").answerType.coarse == .entity)
    }

    @Test func analysisKeepsTheQuestionText() {
        let text = "Where is the old lighthouse?"
        #expect(classifier.classify(text).text == text)
    }
}

@Suite("Keywords of single-quoted phrases")
struct SingleQuotedKeywordTests {
    @Test("a word opening a single-quoted phrase is kept; clitics are not")
    func singleQuoted() {
        let analysis = QuestionClassifier(resources: .forTests).classify(
            "Who founded 'Acme Corp' in Ohio? What's it's name")
        #expect(analysis.keywords.contains("acme"))
        #expect(!analysis.keywords.contains("s"))
    }
}
