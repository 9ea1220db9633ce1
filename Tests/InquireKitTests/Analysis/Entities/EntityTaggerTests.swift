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

    @Test("the document memory tells each capitalised word what the first pass said about its other mentions")
    func documentMemory() {
        let sentences = [["Norton", "lived", "in", "Norton", "."], ["Norton", "said", "no", "."], ["norton", "."]]
        let first: [[EntityTag]] = [
            [.begin(.person), .outside, .outside, .begin(.place), .outside],
            [.begin(.person), .outside, .outside, .outside], [.outside, .outside],
        ]
        let memory = EntityDocumentMemory(forms: sentences.map { $0.map(WordForm.init) }, entities: first)
        let person: UInt64 = 2 + UInt64(EntityKind.person.rawValue)
        let lowercase: UInt64 = 64
        // The first mention's others: one place, one person; the tie goes to the lower class (person).
        #expect(memory.votes[0][0] & 0xff == person | 2 << 3 | lowercase)
        // The place mention's others: two persons, all agreeing, as words and as entities written the same way.
        #expect(memory.votes[0][3] & 0xff == person | 2 << 3 | 32 | lowercase)
        #expect(memory.votes[0][3] >> 8 == person | 2 << 3 | 32)
        // The second sentence's Norton: the other entities written the same way are a person and a place.
        #expect(memory.votes[1][0] >> 8 == person | 2 << 3)
        #expect(memory.votes[0][1] == 0 && memory.votes[2][0] == 0, "lower-case words get no vote")
    }

    @Test("head words mark organisation and place heads and titles")
    func headWords() {
        #expect(EntityHeadWords.kinds(of: WordForm("University")) == 1)
        #expect(EntityHeadWords.kinds(of: WordForm("River")) == 2)
        #expect(EntityHeadWords.kinds(of: WordForm("Dr.")) == 4)
        #expect(EntityHeadWords.kinds(of: WordForm("Norton")) == 0)
    }

    @Test("a sentence id names its document")
    func documents() {
        #expect(IOB2Reader.document(ofSentence: "GUM_bio_byron-12") == "GUM_bio_byron")
        #expect(IOB2Reader.document(ofSentence: "email-enronsent01_01-0020") == "email-enronsent01_01")
        #expect(IOB2Reader.document(ofSentence: nil).isEmpty)
    }

    @Test("a model trained with the document group tags a document in two passes, and alone as the first")
    func documentPass() throws {
        let words = ["Coron", "is", "an", "island", "in", "Palawan", "."]
        let tags: [UniversalTag] = [.propn, .aux, .det, .noun, .adp, .propn, .punct]
        let gold: [EntityTag] = [.begin(.place), .outside, .outside, .outside, .outside, .begin(.place), .outside]
        var trainer = EntityTaggerTrainer(gazetteer: Gazetteer(places: [], demonyms: [], names: []))
        trainer.minimumWeight = 0
        trainer.scheme = .bilou
        trainer.groups = [.runs, .document]
        let sentences: [EntityTaggerTrainer.Sentence] = [(words, tags, gold), (words, tags, gold)]
        let tagger = trainer.train(sentences, documents: ["a", "a"], firstPass: [gold, gold])
        let document = [(forms: words.map(WordForm.init), tags: tags), (forms: words.map(WordForm.init), tags: tags)]
        #expect(tagger.tag(document: document) == [gold, gold])
        #expect(tagger.tag(words, tags: tags) == gold)
    }
}
