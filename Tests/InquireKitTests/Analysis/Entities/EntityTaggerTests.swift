import Testing

@testable import InquireKit

@Suite("Entity tagger")
struct EntityTaggerTests {
    @Test("BIO labels and class indices round-trip")
    func labels() {
        for index in 0..<EntityTag.classCount {
            let tag = EntityTag(classIndex: index)
            #expect(tag?.classIndex == index)
            #expect(tag.flatMap { EntityTag(label: $0.label) } == tag)
        }
        #expect(EntityTag(label: "B-PER") == .begin(.person))
        #expect(EntityTag(label: "I-LOC") == .inside(.place))
        #expect(EntityTag(label: "X-PER") == nil)
        #expect(EntityTag(label: "B-FOO") == nil)
    }

    @Test("an I- tag that continues nothing becomes a B- tag")
    func consistency() {
        #expect(EntityTagger.consistent(.inside(.person), after: .outside) == .begin(.person))
        #expect(EntityTagger.consistent(.inside(.person), after: .begin(.person)) == .inside(.person))
        #expect(EntityTagger.consistent(.inside(.person), after: .inside(.place)) == .begin(.person))
    }

    @Test("training on a few sentences tags them back")
    func learns() {
        let sentences: [EntityTaggerTrainer.Sentence] = [
            (
                ["Alice", "works", "for", "Acme", "Corp", "in", "Paris", "."],
                [.propn, .verb, .adp, .propn, .propn, .adp, .propn, .punct],
                [
                    .begin(.person), .outside, .outside, .begin(.organization), .inside(.organization), .outside,
                    .begin(.place), .outside,
                ]
            ),
            (
                ["Bob", "Smith", "visited", "Berlin", "."], [.propn, .propn, .verb, .propn, .punct],
                [.begin(.person), .inside(.person), .outside, .begin(.place), .outside]
            ),
        ]
        var trainer = EntityTaggerTrainer()
        trainer.minimumWeight = 0
        let tagger = trainer.train(sentences)
        for sentence in sentences {
            #expect(tagger.tag(sentence.words, tags: sentence.tags) == sentence.entities)
        }
    }
}
