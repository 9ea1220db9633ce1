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

    @Test("BILOU classes encode BIO spans and decode back to them")
    func bilou() {
        let scheme = EntityScheme.bilou
        let tags: [EntityTag] = [
            .begin(.person), .inside(.person), .inside(.person), .outside, .begin(.place), .begin(.place),
            .inside(.place), .begin(.organization),
        ]
        let labels = scheme.encode(tags)
        #expect(
            labels.map { scheme.decompose($0)?.position ?? -1 } == [0, 1, 2, -1, 3, 0, 2, 3],
            "begin, inside, last, outside, unit, begin, last, unit")
        var decoded: [EntityTag] = []
        for label in labels { decoded.append(scheme.tag(label, after: decoded.last)) }
        #expect(decoded == tags)
        #expect(EntityScheme(classCount: 13) == .bilou)
        #expect(EntityScheme(classCount: 7) == .bio)
        #expect(EntityScheme(classCount: 9) == nil)
    }

    @Test("the scheme allows a class only where the class before leaves room for it")
    func transitions() {
        let scheme = EntityScheme.bilou
        let beginPerson = scheme.label(position: 0, kind: .person)
        let lastPerson = scheme.label(position: 2, kind: .person)
        let lastPlace = scheme.label(position: 2, kind: .place)
        let unitPlace = scheme.label(position: 3, kind: .place)
        #expect(scheme.allows(beginPerson, after: -1))
        #expect(!scheme.allows(lastPerson, after: -1))
        #expect(scheme.allows(lastPerson, after: beginPerson))
        #expect(!scheme.allows(lastPlace, after: beginPerson))
        #expect(!scheme.allows(0, after: beginPerson))
        #expect(scheme.allows(unitPlace, after: lastPerson))
        #expect(!EntityScheme.bio.allows(2, after: 0))
        #expect(EntityScheme.bio.allows(2, after: 1))
    }

    @Test("runs of proper nouns and of capitalised words join across connectors only where names continue")
    func runs() {
        let words = ["the", "University", "of", "Chicago", "and", "Ann", "Arbor", "of", "course"]
        let tags: [UniversalTag] = [.det, .propn, .adp, .propn, .cconj, .propn, .propn, .adp, .noun]
        let sentence = EntitySentence(
            forms: words.map(WordForm.init), tags: tags, gazetteer: Gazetteer(places: [], demonyms: [], names: []),
            placeKinds: false)
        #expect(sentence.capitalRuns[1].map { $0.start..<$0.end } == 1..<7)
        #expect(sentence.capitalRuns[7] == nil)
        #expect(sentence.properRuns[3].map { $0.start..<$0.end } == 3..<4)
        #expect(sentence.properRuns[6].map { $0.position(of: 6) } == 3)
        #expect(sentence.properRuns[2] == nil)
    }

    @Test("training on a few sentences tags them back")
    func learns() throws {
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
        for (scheme, groups) in [(EntityScheme.bio, EntityFeatureGroups()), (.bilou, .all)] {
            var trainer = EntityTaggerTrainer(gazetteer: try Engine.Resources.bundled().gazetteer)
            trainer.minimumWeight = 0
            trainer.scheme = scheme
            trainer.groups = groups
            let tagger = trainer.train(sentences)
            var archive = ModelArchive(kind: EntityTagger.kind)
            tagger.write(into: &archive)
            let read = try EntityTagger(from: ModelArchive(bytes: archive.bytes, expecting: EntityTagger.kind))
            #expect(read.scheme == scheme && read.groups == groups)
            for sentence in sentences {
                #expect(tagger.tag(sentence.words, tags: sentence.tags) == sentence.entities, "\(scheme)")
                #expect(read.tag(sentence.words, tags: sentence.tags) == sentence.entities, "\(scheme) read back")
            }
        }
    }
}
