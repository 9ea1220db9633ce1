import Foundation
import Testing

@testable import InquireKit

@Suite("Fine tag sets")
struct TagSetTests {
    /// The vendored EWT sample's words with their UPOS and XPOS.
    static func sample() throws -> [(words: [String], tags: [UniversalTag], fine: [String])] {
        let url = URL(fileURLWithPath: FixturePaths.fixture("treebank/en_ewt-ud-test-sample.conllu"))
        return try CoNLLUReader.read(contentsOf: url).map { sentence in
            let words = sentence.words
            return (words.map(\.form), words.map { UniversalTag(label: $0.upos) ?? .x }, words.map(\.xpos))
        }
    }

    /// The fine tag set of the sample: every UPOS|XPOS pair seen (at most ``TagSet/maximumCount``).
    static func sampleTagSet(_ sentences: [(words: [String], tags: [UniversalTag], fine: [String])]) -> TagSet {
        var counts: [String: Int] = [:]
        for sentence in sentences {
            for (tag, fine) in zip(sentence.tags, sentence.fine) {
                counts[TagSet.label(upos: tag, xpos: fine), default: 0] += 1
            }
        }
        return TagSet.frequentPairs(counts, minimumCount: 1)
    }

    @Test("frequent pairs: each UPOS's most frequent pair first, the rest by count, rare pairs fall back")
    func frequentPairs() throws {
        let counts = ["VERB|VB": 50, "VERB|VBN": 30, "VERB|VBG": 2, "NOUN|NN": 70, "NOUN|NNS": 20, "X|GW": 1]
        let tags = TagSet.frequentPairs(counts, minimumCount: 10)
        #expect(tags.labels == ["NOUN|NN", "VERB|VB", "VERB|VBN", "NOUN|NNS", "X|GW"])
        #expect(tags.universal == [.noun, .verb, .verb, .noun, .x])
        #expect(!tags.isUniversal && TagSet.universalTags.isUniversal)
        #expect(tags.id(upos: .verb, xpos: "VBN") == 2)
        #expect(tags.id(upos: .verb, xpos: "VBG") == 1)  // rare: the UPOS's first class
        #expect(TagSet.universalTags.id(upos: .verb, xpos: "VBN") == UniversalTag.verb.rawValue)
        let many = Dictionary(uniqueKeysWithValues: (0..<100).map { ("NOUN|T\($0)", 100 + $0) })
        #expect(TagSet.frequentPairs(many, minimumCount: 1).count == TagSet.maximumCount)
    }

    @Test("labels must name a UPOS, be distinct and few; the labels survive a model file")
    func validation() throws {
        #expect(TagSet(labels: ["NOUN|NN", "VERB"]) != nil)
        #expect(TagSet(labels: ["NOUN|NN", "NOUN|NN"]) == nil)
        #expect(TagSet(labels: ["NONE|NN"]) == nil)
        #expect(TagSet(labels: (0...TagSet.maximumCount).map { "NOUN|T\($0)" }) == nil)
        let tags = try #require(TagSet(labels: ["NOUN|NN", "VERB|VBD"]))
        var archive = ModelArchive(kind: "tagger")
        tags.write(into: &archive, section: "tags")
        #expect(try TagSet(from: archive, section: "tags") == tags)
        #expect(try TagSet(from: ModelArchive(kind: "tagger"), section: "tags") == .universalTags)
    }

    @Test("a fine-tag tagger learns the sample's fine tags, derives their UPOS, and survives a file round trip")
    func fineTagger() throws {
        let sentences = try Self.sample()
        let tagSet = Self.sampleTagSet(sentences)
        #expect(tagSet.count > UniversalTag.allCases.count)
        var trainer = PartOfSpeechTaggerTrainer()
        trainer.iterations = 12
        trainer.minimumWeight = 0
        let classes = sentences.map { sentence in
            zip(sentence.tags, sentence.fine).map { tagSet.id(upos: $0, xpos: $1) }
        }
        let tagger = trainer.train(classes: zip(sentences, classes).map { ($0.words, $1) }, tagSet: tagSet)
        var archive = ModelArchive(kind: PartOfSpeechTagger.kind)
        tagger.write(into: &archive)
        let reloaded = try PartOfSpeechTagger(from: ModelArchive(bytes: archive.bytes, expecting: "tagger"))
        #expect(reloaded.tagSet == tagSet)
        for (sentence, gold) in zip(sentences, classes) {
            let forms = sentence.words.map(WordForm.init)
            #expect(tagger.tagIDs(forms: forms) == gold)
            #expect(reloaded.tagIDs(forms: forms) == gold)
            #expect(reloaded.tag(forms: forms) == sentence.tags)
        }
    }

    @Test("a parser over fine tags learns the sample and keeps its tag set in its file")
    func fineParser() throws {
        let url = URL(fileURLWithPath: FixturePaths.fixture("treebank/en_ewt-ud-test-sample.conllu"))
        let treebank = try CoNLLUReader.read(contentsOf: url)
        let tagSet = Self.sampleTagSet(try Self.sample())
        let sentences = treebank.map { sentence in
            let words = sentence.words
            return ParserTrainingSentence(
                words: words.map(\.form),
                tagIDs: words.map { tagSet.id(upos: UniversalTag(label: $0.upos) ?? .x, xpos: $0.xpos) },
                heads: words.map { $0.head ?? 0 }, relations: words.map(\.deprel))
        }
        .filter { sentence in
            ArcHybridOracle.isProjective(sentence.heads.map { Int32($0 == 0 ? sentence.heads.count : $0 - 1) })
        }
        var options = ParserTrainer.Options()
        options.epochs = 30
        options.minimumFormCount = 1
        options.minimumWeight = 0
        options.tagSet = tagSet
        let model = ParserTrainer.train(sentences, options: options)
        let read = try ParserModel(archive: ModelArchive(bytes: model.archive.bytes, expecting: ParserModel.kind))
        #expect(read.vocabulary.tags == tagSet)
        let parser = DependencyParser(model: read)
        var right = 0
        var total = 0
        for sentence in sentences {
            let parse = parser.parse(words: sentence.words, tagIDs: sentence.tags)
            right += zip(parse.heads, sentence.heads).filter { $0 == $1 }.count
            total += sentence.heads.count
        }
        #expect(total > 0 && right == total)
    }

    @Test("an annotator runs a fine parser with the tagger whose tags it reads, and refuses one with another tagger")
    func annotatorPairsFineModels() throws {
        let sentences = try Self.sample()
        let tagSet = Self.sampleTagSet(sentences)
        let shipped = try ResourceBundle.url(of: "models/" + Annotator.FileName.tagger).deletingLastPathComponent()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("fine-tags-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for name in [Annotator.FileName.tagger, Annotator.FileName.entities] {
            try FileManager.default.copyItem(
                at: shipped.appendingPathComponent(name), to: folder.appendingPathComponent(name))
        }
        let classes = sentences.map { sentence in
            zip(sentence.tags, sentence.fine).map { tagSet.id(upos: $0, xpos: $1) }
        }
        let url = URL(fileURLWithPath: FixturePaths.fixture("treebank/en_ewt-ud-test-sample.conllu"))
        let training = zip(try CoNLLUReader.read(contentsOf: url), classes).map { sentence, classes in
            ParserTrainingSentence(
                words: sentence.words.map(\.form), tagIDs: classes, heads: sentence.words.map { $0.head ?? 0 },
                relations: sentence.words.map(\.deprel))
        }
        var options = ParserTrainer.Options()
        options.epochs = 2
        options.tagSet = tagSet
        try ParserTrainer.train(training, options: options).archive.write(
            to: folder.appendingPathComponent(Annotator.FileName.parser))
        let parserPath = folder.appendingPathComponent(Annotator.FileName.parser).path
        #expect(
            throws: AnnotatorError.unreadableModel(
                path: parserPath, reason: "the parser reads tags the tagger in tagger.inqm does not give")
        ) {
            try Annotator(directory: folder)
        }
        let tagger = PartOfSpeechTaggerTrainer().train(
            classes: zip(sentences, classes).map { ($0.words, $1) }, tagSet: tagSet)
        var archive = ModelArchive(kind: PartOfSpeechTagger.kind)
        tagger.write(into: &archive)
        Lemmatizer().write(into: &archive)
        try archive.write(to: folder.appendingPathComponent(Annotator.FileName.tagger))
        let annotator = try Annotator(directory: folder)
        let words = sentences[0].words
        let annotations = annotator.annotate(words)
        #expect(annotations.tags == tagger.tag(forms: words.map(WordForm.init)))
        #expect(annotations.heads.count == words.count && annotations.heads.filter { $0 == 0 }.count == 1)
    }
}
