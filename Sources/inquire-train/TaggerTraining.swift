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

    mutating func run() throws {
        try Self.train(options: options, iterations: iterations, ewtOnly: ewtOnly)
    }

    /// Trains, reports dev accuracy, writes `tagger.inqm`.
    static func train(options: TrainingOptions, iterations: Int = 8, ewtOnly: Bool = false) throws {
        let start = Date()
        var treebank = try CoNLLUReader.read(contentsOf: options.dataFile(TreebankFiles.ewtTrain))
        if !ewtOnly {
            treebank += try CoNLLUReader.read(contentsOf: options.dataFile(TreebankFiles.gumTrain))
        }
        let sentences = treebank.map(TaggedSentence.init)
        var trainer = PartOfSpeechTaggerTrainer()
        trainer.iterations = iterations
        let tagger = trainer.train(sentences.map { ($0.words, $0.tags) }) { pass, accuracy in
            report(String(format: "tagger pass %d: %.2f%% right on training data", pass, accuracy * 100))
        }
        let lemmatizer = Lemmatizer(training: sentences.map { ($0.words, $0.tags, $0.lemmas) })
        let dev = try CoNLLUReader.read(contentsOf: options.dataFile(TreebankFiles.ewtDev)).map(TaggedSentence.init)
        var right = 0
        var lemmasRight = 0
        var total = 0
        for sentence in dev {
            let tags = tagger.tag(sentence.words)
            let lemmas = lemmatizer.lemmas(sentence.words, tags: tags)
            total += tags.count
            right += zip(tags, sentence.tags).filter { $0 == $1 }.count
            lemmasRight += zip(lemmas, sentence.lemmas).filter { $0 == $1 }.count
        }
        report(
            String(
                format: "tagger: EWT dev UPOS %.2f%%, lemmas %.2f%%; %d features, %d weights; %.1f s",
                Double(right) / Double(max(total, 1)) * 100, Double(lemmasRight) / Double(max(total, 1)) * 100,
                tagger.weights.featureCount, tagger.weights.cellCount, Date().timeIntervalSince(start)))
        var archive = ModelArchive(kind: PartOfSpeechTagger.kind)
        tagger.write(into: &archive)
        lemmatizer.write(into: &archive)
        let url = try options.modelFile("tagger.inqm")
        try archive.write(to: url)
        report("tagger: wrote \(url.path) (\(archive.bytes.count) bytes)")
    }
}

/// A treebank sentence's words with gold tags and lemmas.
struct TaggedSentence {
    var words: [String]
    var tags: [UniversalTag]
    var lemmas: [String]

    init(_ sentence: CoNLLUSentence) {
        let words = sentence.words
        self.words = words.map(\.form)
        tags = words.map { UniversalTag(label: $0.upos) ?? .x }
        lemmas = words.map(\.lemma)
    }
}
