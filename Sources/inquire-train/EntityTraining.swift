import ArgumentParser
import Foundation
import InquireKit

/// `inquire-train entities`: the entity tagger, from GUM CC BY NER train and UNER EWT dev, with part-of-speech
/// tags predicted by the trained tagger (`tagger.inqm` in the output folder).
struct EntityTraining: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "entities", abstract: "Train the named-entity tagger (needs the tagger model).")

    @OptionGroup var options: TrainingOptions

    @Option(help: "Passes over the training data.")
    var iterations = 10

    mutating func run() throws {
        try Self.train(options: options, iterations: iterations)
    }

    /// Trains, reports GUM NER dev F1, writes `entities.inqm`.
    static func train(options: TrainingOptions, iterations: Int = 10) throws {
        let start = Date()
        let tagger = try PartOfSpeechTagger(
            from: ModelArchive(contentsOf: options.modelFile("tagger.inqm"), expecting: PartOfSpeechTagger.kind))
        var data = try IOB2Reader.read(contentsOf: options.dataFile(TreebankFiles.gumNERTrain))
        data += try IOB2Reader.read(contentsOf: options.dataFile(TreebankFiles.unerDev))
        let sentences = data.map { ($0.words, tagger.tag($0.words), $0.entities) }
        var trainer = EntityTaggerTrainer()
        trainer.iterations = iterations
        let entities = trainer.train(sentences) { pass, accuracy in
            report(String(format: "entities pass %d: %.2f%% right on training data", pass, accuracy * 100))
        }
        let dev = try IOB2Reader.read(contentsOf: options.dataFile(TreebankFiles.gumNERDev))
        var counts = SpanCounts()
        for sentence in dev {
            counts.add(
                gold: sentence.entities, predicted: entities.tag(sentence.words, tags: tagger.tag(sentence.words)))
        }
        report(
            String(
                format: "entities: GUM NER dev F1 %.2f (P %.2f R %.2f); %d features; %.1f s", counts.f1 * 100,
                counts.precision * 100, counts.recall * 100, entities.weights.featureCount,
                Date().timeIntervalSince(start)))
        var archive = ModelArchive(kind: EntityTagger.kind)
        entities.write(into: &archive)
        let url = try options.modelFile("entities.inqm")
        try archive.write(to: url)
        report("entities: wrote \(url.path) (\(archive.bytes.count) bytes)")
    }
}

/// Exact-span entity counts, as conlleval counts them.
struct SpanCounts {
    var right = 0
    var predicted = 0
    var gold = 0

    var precision: Double { predicted == 0 ? 0 : Double(right) / Double(predicted) }
    var recall: Double { gold == 0 ? 0 : Double(right) / Double(gold) }
    var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }

    mutating func add(gold goldTags: [EntityTag], predicted predictedTags: [EntityTag]) {
        let goldSpans = Self.spans(goldTags)
        let predictedSpans = Self.spans(predictedTags)
        gold += goldSpans.count
        predicted += predictedSpans.count
        right += goldSpans.intersection(predictedSpans).count
    }

    struct Span: Hashable {
        var start: Int
        var end: Int
        var kind: EntityKind
    }

    static func spans(_ tags: [EntityTag]) -> Set<Span> {
        var spans: Set<Span> = []
        var open: (start: Int, kind: EntityKind)?
        for (index, tag) in tags.enumerated() {
            switch tag {
            case .begin(let kind):
                if let current = open { spans.insert(Span(start: current.start, end: index, kind: current.kind)) }
                open = (index, kind)
            case .inside(let kind):
                if let current = open, current.kind == kind { continue }
                if let current = open { spans.insert(Span(start: current.start, end: index, kind: current.kind)) }
                open = (index, kind)
            case .outside:
                if let current = open { spans.insert(Span(start: current.start, end: index, kind: current.kind)) }
                open = nil
            }
        }
        if let current = open { spans.insert(Span(start: current.start, end: tags.count, kind: current.kind)) }
        return spans
    }
}
