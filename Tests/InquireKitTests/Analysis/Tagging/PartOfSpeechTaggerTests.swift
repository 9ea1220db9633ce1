import Foundation
import Testing

@testable import InquireKit

@Suite("Part-of-speech tagger and lemmatizer")
struct PartOfSpeechTaggerTests {
    static func sample() throws -> [(words: [String], tags: [UniversalTag], lemmas: [String])] {
        let url = URL(fileURLWithPath: FixturePaths.fixture("treebank/en_ewt-ud-test-sample.conllu"))
        return try CoNLLUReader.read(contentsOf: url).map { sentence in
            let words = sentence.words
            return (words.map(\.form), words.map { UniversalTag(label: $0.upos) ?? .x }, words.map(\.lemma))
        }
    }

    @Test("training on a tiny treebank tags it back perfectly, and survives a model file round trip")
    func learnsTinyTreebank() throws {
        let sentences = try Self.sample()
        var trainer = PartOfSpeechTaggerTrainer()
        trainer.iterations = 12
        trainer.minimumWeight = 0
        let tagger = trainer.train(sentences.map { ($0.words, $0.tags) })
        var archive = ModelArchive(kind: PartOfSpeechTagger.kind)
        tagger.write(into: &archive)
        let reloaded = try PartOfSpeechTagger(from: ModelArchive(bytes: archive.bytes, expecting: "tagger"))
        for sentence in sentences {
            #expect(tagger.tag(sentence.words) == sentence.tags)
            #expect(reloaded.tag(sentence.words) == sentence.tags)
        }
    }

    @Test("tag labels round-trip")
    func labels() {
        for tag in UniversalTag.allCases { #expect(UniversalTag(label: tag.label) == tag) }
        #expect(UniversalTag(label: "NOUN") == .noun)
        #expect(UniversalTag(label: "noun") == nil)
    }

    @Test("lemmas: rules by tag, exceptions learnt from the data")
    func lemmas() throws {
        let rules = Lemmatizer()
        #expect(rules.lemma("cities", tag: .noun) == "city")
        #expect(rules.lemma("boxes", tag: .noun) == "box")
        #expect(rules.lemma("Dogs", tag: .noun) == "dog")
        #expect(rules.lemma("stopped", tag: .verb) == "stop")
        #expect(rules.lemma("making", tag: .verb) == "make")
        #expect(rules.lemma("Pakistan", tag: .propn) == "Pakistan")
        let learnt = Lemmatizer(training: [(["went", "children"], [.verb, .noun], ["go", "child"])])
        #expect(learnt.lemma("went", tag: .verb) == "go")
        #expect(learnt.lemma("Children", tag: .noun) == "child")
        #expect(learnt.exceptions.count == 2)
        var archive = ModelArchive(kind: "tagger")
        learnt.write(into: &archive)
        #expect(try Lemmatizer(from: archive).exceptions == learnt.exceptions)
    }
}
