import Testing

@testable import InquireKit

/// The predicate of a question read as a finite verb where the tagger read a noun; on made-up questions with their
/// tags given by hand, and on the shipped models.
@Suite("Question predicate: the verb the tagger misreads as a noun")
struct QuestionPredicateTests {
    /// The slot of a question written `word/TAG` (UPOS labels) with the words in `verbs` the only ones that can be
    /// finite verbs.
    func slot(_ tagged: String, verbs: Set<String>) -> Int? {
        let pairs = tagged.split(separator: " ").map { $0.split(separator: "/") }
        let words = pairs.map { String($0[0]) }
        let tags = pairs.map { UniversalTag(label: $0[1])! }
        return QuestionPredicate.slot(words: words, tags: tags) { verbs.contains(words[$0]) }
    }

    @Test("after the wh-phrase's noun, or right after who, a word that can be a finite verb is the verb")
    func afterWhPhrase() {
        #expect(slot("which/DET river/NOUN borders/NOUN the/DET town/NOUN ?/PUNCT", verbs: ["borders"]) == 2)
        #expect(slot("who/PRON owns/NOUN the/DET mill/NOUN ?/PUNCT", verbs: ["owns"]) == 1)
        #expect(slot("which/DET old/ADJ mill/NOUN grinds/NOUN oats/NOUN ?/PUNCT", verbs: ["grinds"]) == 3)
        // What/which may determine the noun after them: that noun is the phrase's, the verb comes after it.
        #expect(slot("what/DET forces/NOUN guard/NOUN the/DET coast/NOUN ?/PUNCT", verbs: ["forces", "guard"]) == 2)
    }

    @Test("a question with a verb or an auxiliary, or without a word that can be a verb, is left alone")
    func leftAlone() {
        #expect(slot("which/DET river/NOUN borders/VERB the/DET town/NOUN ?/PUNCT", verbs: ["borders"]) == nil)
        #expect(slot("which/DET river/NOUN banks/NOUN flood/VERB ?/PUNCT", verbs: ["banks"]) == nil)
        #expect(slot("who/PRON is/AUX the/DET mayor/NOUN ?/PUNCT", verbs: ["mayor"]) == nil)
        #expect(slot("which/DET river/NOUN banks/NOUN ?/PUNCT", verbs: []) == nil)
        #expect(slot("the/DET council/NOUN funds/NOUN mills/NOUN ./PUNCT", verbs: ["funds"]) == nil)
        // A word after a determiner or adjective of the object is no predicate.
        #expect(slot("who/PRON the/DET owners/NOUN ?/PUNCT", verbs: ["owners"]) == nil)
    }

    @Test("the shipped models read the predicate as a verb, and the question's frame finds it")
    func shippedModels() throws {
        let annotator = try Annotator.bundled()
        let borders = SentenceAnalysis(analysingQuestion: "Which river borders the old town?", with: annotator)
        #expect(borders.tags[2] == .verb)
        #expect(QuestionFrame(borders).predicateLemma == "border")
        // A statement, or a question the tagger reads right, comes out as the plain analysis does.
        for text in ["The council funds three mills.", "Who founded the old mill?", "Which group did Arden fund?"] {
            let plain = SentenceAnalysis(analysing: text, with: annotator)
            let asked = SentenceAnalysis(analysingQuestion: text, with: annotator)
            #expect(asked.tags == plain.tags && asked.heads == plain.heads && asked.relations == plain.relations)
        }
    }

    /// The bare-verb slots of a question written `word/TAG` (UPOS labels).
    func bareSlots(_ tagged: String) -> [Int] {
        let pairs = tagged.split(separator: " ").map { $0.split(separator: "/") }
        return QuestionPredicate.bareVerbSlots(
            words: pairs.map { String($0[0]) }, tags: pairs.map { UniversalTag(label: $0[1])! })
    }

    @Test("after 'do' and its subject's noun, a lower-case noun or adjective may be the bare verb")
    func bareVerbAfterDo() {
        #expect(bareSlots("Where/ADV did/AUX the/DET Larks/PROPN practice/NOUN at/ADP ?/PUNCT") == [4])
        #expect(bareSlots("Where/ADV did/AUX Arden/PROPN Fair/PROPN 9/NUM take/NOUN place/NOUN ?/PUNCT") == [5, 6])
        #expect(bareSlots("How/ADV many/ADJ mills/NOUN did/AUX they/PRON own/ADJ ?/PUNCT") == [5])
    }

    @Test("a question with a verb, without 'do', or with only names after it has no bare-verb slot")
    func noBareVerb() {
        #expect(bareSlots("Where/ADV did/AUX the/DET Larks/PROPN practice/VERB ?/PUNCT").isEmpty)
        #expect(bareSlots("Where/ADV was/AUX the/DET fair/NOUN practice/NOUN ?/PUNCT").isEmpty)
        #expect(bareSlots("Where/ADV did/AUX the/DET Larks/PROPN Practice/PROPN ?/PUNCT").isEmpty)
        // The subject's own words before its head are no verb.
        #expect(bareSlots("Where/ADV did/AUX the/DET old/ADJ mill/NOUN ?/PUNCT").isEmpty)
    }

    @Test("the shipped models read the verb after 'do' and its subject as a verb")
    func shippedBareVerb() throws {
        let annotator = try Annotator.bundled()
        let question = SentenceAnalysis(analysingQuestion: "Where did the Larks practice at?", with: annotator)
        #expect(question.tags[4] == .verb)
        #expect(QuestionFrame(question).predicateLemma == "practice")
    }
}
