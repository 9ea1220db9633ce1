import ArgumentParser
import Foundation
import InquireKit

/// `inquire-train tagger`: the part-of-speech tagger and the lemmatizer, from EWT train and GUM train.
struct TaggerTraining: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tagger", abstract: "Train the part-of-speech tagger and the lemmatizer.")

    @OptionGroup var options: TrainingOptions

    @Option(help: "Passes over the training data.")
    var iterations = 8

    @Flag(help: "Train on EWT only (leave GUM out).")
    var ewtOnly = false

    @Option(
        help: ArgumentHelp(
            "Predict fine tags (UPOS|XPOS pairs seen at least this often, plus each UPOS's most frequent pair); "
                + "0 predicts UPOS only."))
    var fineTagMinimum = TaggerTraining.defaultFineTagMinimum

    /// The default of `--fine-tag-minimum`.
    static let defaultFineTagMinimum = 0

    mutating func run() throws {
        try Self.train(options: options, iterations: iterations, ewtOnly: ewtOnly, fineTagMinimum: fineTagMinimum)
    }

    /// Trains, reports dev accuracy, writes `tagger.inqm`.
    static func train(
        options: TrainingOptions, iterations: Int = 8, ewtOnly: Bool = false,
        fineTagMinimum: Int = defaultFineTagMinimum
    ) throws {
        let start = Date()
        var treebank = try CoNLLUReader.read(contentsOf: options.dataFile(TreebankFiles.ewtTrain))
        if !ewtOnly {
            treebank += try CoNLLUReader.read(contentsOf: options.dataFile(TreebankFiles.gumTrain))
        }
        let sentences = treebank.map(TaggedSentence.init)
        let tagSet = TaggedSentence.tagSet(of: sentences, minimumCount: fineTagMinimum)
        var trainer = PartOfSpeechTaggerTrainer()
        trainer.iterations = iterations
        let tagger = trainer.train(classes: sentences.map { ($0.words, $0.classes(in: tagSet)) }, tagSet: tagSet) {
            pass, accuracy in
            report(String(format: "tagger pass %d: %.2f%% right on training data", pass, accuracy * 100))
        }
        let lemmatizer = Lemmatizer(training: sentences.map { ($0.words, $0.tags, $0.lemmas) })
        let dev = try CoNLLUReader.read(contentsOf: options.dataFile(TreebankFiles.ewtDev)).map(TaggedSentence.init)
        var right = 0
        var classesRight = 0
        var lemmasRight = 0
        var total = 0
        for sentence in dev {
            let classes = tagger.tagIDs(forms: sentence.words.map(WordForm.init))
            let tags = tagger.universalTags(of: classes)
            let lemmas = lemmatizer.lemmas(sentence.words, tags: tags)
            total += tags.count
            right += zip(tags, sentence.tags).filter { $0 == $1 }.count
            classesRight += zip(classes, sentence.classes(in: tagSet)).filter { $0 == $1 }.count
            lemmasRight += zip(lemmas, sentence.lemmas).filter { $0 == $1 }.count
        }
        report(
            String(
                format:
                    "tagger: EWT dev UPOS %.2f%%, %d classes %.2f%%, lemmas %.2f%%; %d features, %d weights; %.1f s",
                Double(right) / Double(max(total, 1)) * 100, tagSet.count,
                Double(classesRight) / Double(max(total, 1)) * 100, Double(lemmasRight) / Double(max(total, 1)) * 100,
                tagger.weights.featureCount, tagger.weights.cellCount, Date().timeIntervalSince(start)))
        var archive = ModelArchive(kind: PartOfSpeechTagger.kind)
        tagger.write(into: &archive)
        lemmatizer.write(into: &archive)
        let url = try options.modelFile("tagger.inqm")
        try archive.write(to: url)
        report("tagger: wrote \(url.path) (\(archive.bytes.count) bytes)")
    }
}

/// A treebank sentence's words with gold tags (UPOS and XPOS) and lemmas.
struct TaggedSentence {
    var words: [String]
    var tags: [UniversalTag]
    var fineTags: [String]
    var lemmas: [String]

    init(_ sentence: CoNLLUSentence) {
        let words = sentence.words
        self.words = words.map(\.form)
        tags = words.map { UniversalTag(label: $0.upos) ?? .x }
        fineTags = words.map(\.xpos)
        lemmas = words.map(\.lemma)
    }

    /// The words' class ids in a tag set.
    func classes(in tagSet: TagSet) -> [UInt8] {
        zip(tags, fineTags).map { tagSet.id(upos: $0, xpos: $1) }
    }

    /// The UPOS tag set (`minimumCount` 0), or the fine tag set of the sentences' UPOS|XPOS pairs.
    static func tagSet(of sentences: [TaggedSentence], minimumCount: Int) -> TagSet {
        guard minimumCount > 0 else { return .universalTags }
        var counts: [String: Int] = [:]
        for sentence in sentences {
            for (tag, fine) in zip(sentence.tags, sentence.fineTags) {
                counts[TagSet.label(upos: tag, xpos: fine), default: 0] += 1
            }
        }
        return TagSet.frequentPairs(counts, minimumCount: minimumCount)
    }
}
