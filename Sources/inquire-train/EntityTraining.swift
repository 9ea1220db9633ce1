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
    var iterations = EntitySettings.shipped.iterations

    @Option(help: "The span encoding: bio or bilou.")
    var scheme = EntitySettings.shipped.scheme == .bilou ? "bilou" : "bio"

    @Option(help: "The optional feature groups, as a bit set (1 runs, 2 sentence case, 4 wide, 8 place kinds).")
    var groups = EntitySettings.shipped.groups.rawValue

    @Option(help: "The weight of a Universal NER dev sentence's updates (0 leaves them out).")
    var unerWeight: Float = EntitySettings.shipped.unerWeight

    @Flag(help: "Train on the odd-numbered Universal NER dev sentences only and also score the even-numbered ones.")
    var holdOutUNER = false

    @Option(
        help: "Tag GUM NER train with this many fold taggers that have not seen its documents (0: the shipped tagger).")
    var jackknife = EntitySettings.shipped.jackknifeFolds

    @Option(help: "Passes of each fold tagger.")
    var jackknifeIterations = EntitySettings.shipped.jackknifeIterations

    @Flag(
        inversion: .prefixedNo, help: "Count a possessive 's after a Universal NER entity as part of it, as GUM does.")
    var unerPossessives = EntitySettings.shipped.unerPossessives

    @Option(help: "Write the GUM NER dev predictions (IOB2) to this file.")
    var predictions: String?

    mutating func run() throws {
        var settings = EntitySettings.shipped
        settings.iterations = iterations
        settings.scheme = scheme == "bilou" ? .bilou : .bio
        settings.groups = EntityFeatureGroups(rawValue: groups)
        settings.unerWeight = unerWeight
        settings.jackknifeFolds = jackknife
        settings.unerPossessives = unerPossessives
        settings.jackknifeIterations = jackknifeIterations
        try Self.train(options: options, settings: settings, holdOutUNER: holdOutUNER, predictions: predictions)
    }

    /// Trains, reports GUM NER dev F1 (and, holding out half of UNER dev, its F1), writes `entities.inqm`.
    static func train(
        options: TrainingOptions, settings: EntitySettings = .shipped, holdOutUNER: Bool = false,
        predictions: String? = nil
    ) throws {
        let start = Date()
        let tagger = try PartOfSpeechTagger(
            from: ModelArchive(contentsOf: options.modelFile("tagger.inqm"), expecting: PartOfSpeechTagger.kind))
        let gum = try IOB2Reader.read(contentsOf: options.dataFile(TreebankFiles.gumNERTrain))
        let uner = try IOB2Reader.read(contentsOf: options.dataFile(TreebankFiles.unerDev))
        var unerTrain = holdOutUNER ? uner.enumerated().filter { $0.offset % 2 == 1 }.map(\.element) : uner
        if settings.unerPossessives { unerTrain = unerTrain.map(Self.withPossessives) }
        let data = gum + (settings.unerWeight > 0 ? unerTrain : [])
        let amounts =
            gum.map { _ in Float(1) } + (settings.unerWeight > 0 ? unerTrain.map { _ in settings.unerWeight } : [])
        let gumTags =
            settings.jackknifeFolds > 1
            ? try EntityJackknife.tags(
                for: gum, options: options, folds: settings.jackknifeFolds, iterations: settings.jackknifeIterations,
                fallback: tagger)
            : gum.map { tagger.tag($0.words) }
        let tags = gumTags + (settings.unerWeight > 0 ? unerTrain.map { tagger.tag($0.words) } : [])
        let sentences = data.indices.map { (data[$0].words, tags[$0], data[$0].entities) }
        var trainer = EntityTaggerTrainer(gazetteer: try Engine.Resources.bundled().gazetteer)
        trainer.iterations = settings.iterations
        trainer.scheme = settings.scheme
        trainer.groups = settings.groups
        let entities = trainer.train(sentences, amounts: amounts) { pass, accuracy in
            report(String(format: "entities pass %d: %.2f%% right on training data", pass, accuracy * 100))
        }
        let trained = Date()
        let dev = try IOB2Reader.read(contentsOf: options.dataFile(TreebankFiles.gumNERDev))
        var counts = SpanCounts()
        var output = ""
        for sentence in dev {
            let predicted = entities.tag(sentence.words, tags: tagger.tag(sentence.words))
            counts.add(gold: sentence.entities, predicted: predicted)
            if predictions != nil {
                if let id = sentence.id { output += "# sent_id = \(id)\n" }
                for (index, word) in sentence.words.enumerated() {
                    output += "\(index + 1)\t\(word)\t\(predicted[index].label)\t-\t-\n"
                }
                output += "\n"
            }
        }
        if let predictions { try output.write(toFile: predictions, atomically: true, encoding: .utf8) }
        report(
            String(
                format: "entities: GUM NER dev F1 %.2f (P %.2f R %.2f; ", counts.f1 * 100, counts.precision * 100,
                counts.recall * 100) + counts.byKind
                + String(
                    format: "); %d features; %.1f s training", entities.weights.featureCount,
                    trained.timeIntervalSince(start)))
        if holdOutUNER {
            var held = SpanCounts()
            for sentence in uner.enumerated().filter({ $0.offset % 2 == 0 }).map(\.element) {
                held.add(
                    gold: sentence.entities, predicted: entities.tag(sentence.words, tags: tagger.tag(sentence.words)))
            }
            report(
                String(
                    format: "entities: UNER dev even half F1 %.2f (P %.2f R %.2f; ", held.f1 * 100,
                    held.precision * 100, held.recall * 100) + held.byKind + ")")
        }
        var archive = ModelArchive(kind: EntityTagger.kind)
        entities.write(into: &archive)
        let url = try options.modelFile("entities.inqm")
        try archive.write(to: url)
        report("entities: wrote \(url.path) (\(archive.bytes.count) bytes)")
    }
}

extension EntityTraining {
    /// The sentence with a possessive *'s* (or *'*) right after an entity made part of it, GUM's convention
    /// (Universal NER mostly leaves it out).
    static func withPossessives(_ sentence: IOB2Reader.Sentence) -> IOB2Reader.Sentence {
        var entities = sentence.entities
        for index in entities.indices.dropFirst() where ["'s", "'"].contains(sentence.words[index]) {
            if entities[index] == .outside, let kind = entities[index - 1].kind { entities[index] = .inside(kind) }
        }
        return (sentence.id, sentence.words, entities)
    }
}

/// The settings the shipped entity model is trained with.
struct EntitySettings {
    var iterations = 10
    var scheme = EntityScheme.bilou
    var groups: EntityFeatureGroups = [.runs, .placeKinds, .joins]
    var unerWeight: Float = 1
    var jackknifeFolds = 5
    var unerPossessives = true
    var jackknifeIterations = 4

    /// The settings of `inquire-train all`.
    static let shipped = EntitySettings()
}

/// Exact-span entity counts, as conlleval counts them.
struct SpanCounts {
    var right = 0
    var predicted = 0
    var gold = 0

    var precision: Double { predicted == 0 ? 0 : Double(right) / Double(predicted) }
    var recall: Double { gold == 0 ? 0 : Double(right) / Double(gold) }
    var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }

    var kinds: [EntityKind: (right: Int, predicted: Int, gold: Int)] = [:]

    /// F1 per kind, as "PER 80.1 ORG 60.2 LOC 70.3".
    var byKind: String {
        EntityKind.allCases.map { kind in
            let counts = kinds[kind] ?? (0, 0, 0)
            let total = counts.predicted + counts.gold
            return kind.label + String(format: " %.1f", total == 0 ? 0 : 200 * Double(counts.right) / Double(total))
        }.joined(separator: " ")
    }

    mutating func add(gold goldTags: [EntityTag], predicted predictedTags: [EntityTag]) {
        let goldSpans = Self.spans(goldTags)
        let predictedSpans = Self.spans(predictedTags)
        gold += goldSpans.count
        predicted += predictedSpans.count
        right += goldSpans.intersection(predictedSpans).count
        for span in goldSpans { kinds[span.kind, default: (0, 0, 0)].gold += 1 }
        for span in predictedSpans { kinds[span.kind, default: (0, 0, 0)].predicted += 1 }
        for span in goldSpans.intersection(predictedSpans) { kinds[span.kind, default: (0, 0, 0)].right += 1 }
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
