import ArgumentParser
import Foundation
import InquireKit

/// `inquire-train parser`: the dependency parser, from EWT train and GUM train with jackknifed predicted tags.
struct ParserTraining: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parser",
        abstract: "Train the dependency parser (tags its training data with jackknifed taggers; needs tagger.inqm).")

    @OptionGroup var options: TrainingOptions

    @Option(help: "Passes over the training data.")
    var epochs = ParserTrainer.Options().epochs

    @Option(help: "Folds of the jackknife that gives the training data predicted tags.")
    var folds = 4

    @Flag(help: "Train on EWT only (leave GUM out).")
    var ewtOnly = false

    @Option(help: "The seed of the sentence order and the exploration (another seed measures the spread).")
    var seed = ParserTrainer.Options().seed

    @Option(help: "Averaged weights below this magnitude are pruned.")
    var minimumWeight = ParserTrainer.Options().minimumWeight

    @Flag(help: "Read UPOS even when the tagger predicts fine tags.")
    var universalTags = false

    @Option(
        help: ArgumentHelp(
            "A file of the jackknifed tags: read when it exists, else written (for experiments with the same "
                + "tagger settings and folds)."))
    var tagsCache: String?

    mutating func run() throws {
        try Self.train(
            options: options, epochs: epochs, folds: folds, ewtOnly: ewtOnly, seed: seed, universalTags: universalTags,
            tagsCache: tagsCache, minimumWeight: minimumWeight)
    }

    /// The jackknifed class ids of the training sentences: read from `cache` when it exists, else computed (and
    /// written to `cache` when given). One line a sentence, the ids separated by spaces.
    static func jackknifed(
        _ gold: [TreeSentence], tagSet: TagSet, folds: Int, cache: String?
    ) throws -> [[UInt8]] {
        if let cache, FileManager.default.fileExists(atPath: cache) {
            let lines = try String(contentsOfFile: cache, encoding: .utf8).split(separator: "\n")
            let tags = lines.map { $0.split(separator: " ").compactMap { UInt8($0) } }
            guard tags.count == gold.count, zip(tags, gold).allSatisfy({ $0.count == $1.words.count }) else {
                throw ValidationError("\(cache): the cached tags do not match the training sentences")
            }
            return tags
        }
        let tags = PartOfSpeechTaggerTrainer().jackknife(
            classes: gold.map { ($0.words, $0.classes(in: tagSet)) }, tagSet: tagSet, folds: folds)
        if let cache {
            let text = tags.map { $0.map(String.init).joined(separator: " ") }.joined(separator: "\n")
            try text.write(toFile: cache, atomically: true, encoding: .utf8)
        }
        return tags
    }

    /// Trains, reports EWT dev UAS/LAS (predicted tags from the trained tagger), writes `parser.inqm`.
    static func train(
        options: TrainingOptions, epochs: Int = ParserTrainer.Options().epochs, folds: Int = 4, ewtOnly: Bool = false,
        seed: UInt64 = ParserTrainer.Options().seed, universalTags: Bool = false, tagsCache: String? = nil,
        minimumWeight: Float = ParserTrainer.Options().minimumWeight
    ) throws {
        let start = Date()
        var treebank = try CoNLLUReader.read(contentsOf: options.dataFile(TreebankFiles.ewtTrain))
        if !ewtOnly {
            treebank += try CoNLLUReader.read(contentsOf: options.dataFile(TreebankFiles.gumTrain))
        }
        let gold = treebank.map(TreeSentence.init)
        // The parser reads the classes of the tagger it will run with (its fine tags, or UPOS).
        let tagger = try PartOfSpeechTagger(from: ModelArchive(contentsOf: try options.modelFile("tagger.inqm")))
        let tagSet = universalTags ? TagSet.universalTags : tagger.tagSet
        let predictedTags = try jackknifed(gold, tagSet: tagger.tagSet, folds: folds, cache: tagsCache)
        report(
            String(
                format: "parser: jackknifed tags (%d folds, %d classes; the parser reads %d) in %.1f s", folds,
                tagger.tagSet.count, tagSet.count, Date().timeIntervalSince(start)))
        let sentences = zip(gold, predictedTags).map { sentence, classes in
            ParserTrainingSentence(
                words: sentence.words,
                tagIDs: tagSet.isUniversal ? tagger.universalTags(of: classes).map(\.rawValue) : classes,
                heads: sentence.heads, relations: sentence.relations)
        }
        var trainerOptions = ParserTrainer.Options()
        trainerOptions.epochs = epochs
        trainerOptions.seed = seed
        trainerOptions.tagSet = tagSet
        trainerOptions.minimumWeight = minimumWeight
        let trainingStart = Date()
        let model = ParserTrainer.train(sentences, options: trainerOptions) { epoch, accuracy in
            report(String(format: "parser epoch %d: %.2f%% heads right along the training path", epoch, accuracy * 100))
        }
        report(
            String(
                format: "parser: trained in %.1f s; %d move features, %d relation features",
                Date().timeIntervalSince(trainingStart), model.moves.features.count, model.relations.features.count))
        let parser = DependencyParser(model: model)
        let dev = try CoNLLUReader.read(contentsOf: options.dataFile(TreebankFiles.ewtDev)).map(TreeSentence.init)
        var workspace = ParserWorkspace()
        var attached = 0
        var labelled = 0
        var total = 0
        for sentence in dev {
            let classes = tagger.tagIDs(forms: sentence.words.map(WordForm.init))
            let tagIDs = tagSet.isUniversal ? tagger.universalTags(of: classes).map(\.rawValue) : classes
            let parse = parser.parse(words: sentence.words, tagIDs: tagIDs, workspace: &workspace)
            for index in sentence.words.indices {
                total += 1
                guard parse.heads[index] == sentence.heads[index] else { continue }
                attached += 1
                if parse.relations[index] == sentence.relations[index] { labelled += 1 }
            }
        }
        report(
            String(
                format: "parser: EWT dev UAS %.2f%%, LAS %.2f%% (predicted tags); %.1f s in all",
                Double(attached) / Double(max(total, 1)) * 100, Double(labelled) / Double(max(total, 1)) * 100,
                Date().timeIntervalSince(start)))
        let url = try options.modelFile("parser.inqm")
        let archive = model.archive
        try archive.write(to: url)
        report("parser: wrote \(url.path) (\(archive.bytes.count) bytes)")
    }
}

/// `inquire-train parse-treebank`: re-tags and re-parses a CoNLL-U file with the trained models (gold tokenisation),
/// writing CoNLL-U for the official scorer.
struct ParseTreebank: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parse-treebank",
        abstract: "Tag and parse the words of a CoNLL-U file with the trained models; print CoNLL-U.")

    @OptionGroup var options: TrainingOptions

    @Argument(help: "The CoNLL-U file whose words are analysed (its annotation is replaced).")
    var input: String

    mutating func run() throws {
        let tagger = try PartOfSpeechTagger(from: ModelArchive(contentsOf: try options.modelFile("tagger.inqm")))
        let parser = try DependencyParser(contentsOf: try options.modelFile("parser.inqm"))
        var sentences = try CoNLLUReader.read(contentsOf: URL(fileURLWithPath: input))
        var workspace = ParserWorkspace()
        for sentenceIndex in sentences.indices {
            let words = sentences[sentenceIndex].words.map(\.form)
            let classes = tagger.tagIDs(forms: words.map(WordForm.init))
            let tags = tagger.universalTags(of: classes)
            let tagIDs = parser.tagSet.isUniversal ? tags.map(\.rawValue) : classes
            let parse = parser.parse(words: words, tagIDs: tagIDs, workspace: &workspace)
            var wordIndex = 0
            for lineIndex in sentences[sentenceIndex].lines.indices {
                guard case .word(var word) = sentences[sentenceIndex].lines[lineIndex] else { continue }
                word.upos = tags[wordIndex].label
                word.head = parse.heads[wordIndex]
                word.deprel = parse.relations[wordIndex]
                sentences[sentenceIndex].lines[lineIndex] = .word(word)
                wordIndex += 1
            }
        }
        print(CoNLLUWriter.text(of: sentences), terminator: "")
    }
}

/// A treebank sentence's words with gold tags and tree.
struct TreeSentence {
    var words: [String]
    var tags: [UniversalTag]
    var heads: [Int]
    var relations: [String]

    init(_ sentence: CoNLLUSentence) {
        let words = sentence.words
        self.words = words.map(\.form)
        tags = words.map { UniversalTag(label: $0.upos) ?? .x }
        heads = words.map { $0.head ?? 0 }
        relations = words.map(\.deprel)
        fineTags = words.map(\.xpos)
    }

    /// The words' gold XPOS.
    var fineTags: [String]

    /// The words' gold class ids in a tag set.
    func classes(in tagSet: TagSet) -> [UInt8] {
        zip(tags, fineTags).map { tagSet.id(upos: $0, xpos: $1) }
    }
}
