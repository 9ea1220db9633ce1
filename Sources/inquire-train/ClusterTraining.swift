import ArgumentParser
import Foundation
import InquireKit

/// `inquire-train clusters`: the distributional word classes the tagger and the parser read, learned from the
/// unlabelled text of EWT train, GUM CC BY train and the SQuAD contexts beside the treebank folder. The tagger's
/// training builds them the same way and stores them in `tagger.inqm`; this command prints them for inspection.
struct ClusterTraining: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "clusters", abstract: "Learn the word classes from unlabelled text and print them.")

    @OptionGroup var options: TrainingOptions

    @Option(help: "Classes on each side (left and right context).")
    var classes = WordClusterBuilder().classCount

    mutating func run() throws {
        let clusters = try Self.build(options: options, classCount: classes)
        var lines: [String] = []
        for (form, packed) in zip(clusters.forms, clusters.classes) {
            lines.append("\(WordClusters.left(packed))\t\(WordClusters.right(packed))\t\(form)")
        }
        print(lines.joined(separator: "\n"))
    }

    /// The SQuAD file whose paragraphs are read as unlabelled text: beside the treebank folder.
    static func squadFile(_ options: TrainingOptions) -> URL {
        URL(fileURLWithPath: options.data).deletingLastPathComponent().appendingPathComponent(
            "squad/squad-v1.1-dev-even.json")
    }

    /// The unlabelled sentences: the words of EWT train and GUM CC BY train, then each SQuAD paragraph as our
    /// tokenizer splits it, in file order.
    static func text(options: TrainingOptions) throws -> [[String]] {
        var sentences: [[String]] = []
        for file in [TreebankFiles.ewtTrain, TreebankFiles.gumTrain] {
            sentences += try CoNLLUReader.read(contentsOf: options.dataFile(file)).map { $0.words.map(\.form) }
        }
        let squad = squadFile(options)
        let data = try Data(contentsOf: squad)
        guard let root = try JSONSerialization.jsonObject(with: data) as? [String: Any],
            let articles = root["data"] as? [[String: Any]]
        else { throw ValidationError("\(squad.path): not a SQuAD file (no \"data\" array)") }
        for article in articles {
            for paragraph in article["paragraphs"] as? [[String: Any]] ?? [] {
                guard let context = paragraph["context"] as? String else { continue }
                sentences.append(UDTokenizer.words(in: context).map(\.text))
            }
        }
        return sentences
    }

    /// The word classes, built deterministically from ``text(options:)``.
    static func build(options: TrainingOptions, classCount: Int = WordClusterBuilder().classCount) throws
        -> WordClusters
    {
        let start = Date()
        let sentences = try text(options: options)
        var builder = WordClusterBuilder()
        builder.classCount = classCount
        let clusters = builder.build(sentences) { report($0) }
        report(
            String(
                format: "word classes: %d forms, %d classes a side, from %d words of text in %.1f s",
                clusters.forms.count, classCount, sentences.reduce(0) { $0 + $1.count },
                Date().timeIntervalSince(start)))
        return clusters
    }
}
