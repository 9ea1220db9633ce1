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

    @Option(
        help: """
            The optional feature groups, as a bit set (1 runs, 2 sentence case, 4 wide, 8 place kinds, 16 joins, \
            32 document, 64 lower case, 128 head words, 256 surroundings, 512 possessor joins, 1024 final possessives out: these two output only).
            """)
    var groups = EntitySettings.shipped.groups.rawValue

    @Option(help: "The weight of a Universal NER dev sentence's updates (0 leaves them out).")
    var unerWeight: Float = EntitySettings.shipped.unerWeight

    @Flag(help: "Train on the odd-numbered Universal NER dev documents only and also score the even-numbered ones.")
    var holdOutUNER = false

    @Option(
        help: "Tag GUM NER train with this many fold taggers that have not seen its documents (0: the shipped tagger).")
    var jackknife = EntitySettings.shipped.jackknifeFolds

    @Option(help: "Passes of each fold tagger.")
    var jackknifeIterations = EntitySettings.shipped.jackknifeIterations

    @Flag(
        inversion: .prefixedNo,
        help: "Count a possessive 's after an entity as part of it, as GUM does (else leave it out, as UNER does).")
    var possessives = EntitySettings.shipped.possessives

    @Option(help: "First-pass taggers for the document group's training (each not seeing a share of documents).")
    var documentFolds = EntitySettings.shipped.documentFolds

    @Option(help: "Passes of each first-pass tagger.")
    var documentIterations = EntitySettings.shipped.documentIterations

    @Option(help: "Write the GUM NER dev predictions (IOB2) to this file (and the held-out UNER ones to FILE.uner).")
    var predictions: String?

    mutating func run() throws {
        var settings = EntitySettings.shipped
        settings.iterations = iterations
        settings.scheme = scheme == "bilou" ? .bilou : .bio
        settings.groups = EntityFeatureGroups(rawValue: groups)
        settings.unerWeight = unerWeight
        settings.jackknifeFolds = jackknife
        settings.possessives = possessives
        settings.jackknifeIterations = jackknifeIterations
        settings.documentFolds = documentFolds
        settings.documentIterations = documentIterations
        try Self.train(options: options, settings: settings, holdOutUNER: holdOutUNER, predictions: predictions)
    }

    /// Trains, reports GUM NER dev F1 (and, holding out half of UNER dev's documents, their F1), writes
    /// `entities.inqm`.
    static func train(
        options: TrainingOptions, settings: EntitySettings = .shipped, holdOutUNER: Bool = false,
        predictions: String? = nil
    ) throws {
        let start = Date()
        let tagger = try PartOfSpeechTagger(
            from: ModelArchive(contentsOf: options.modelFile("tagger.inqm"), expecting: PartOfSpeechTagger.kind))
        let gum = try IOB2Reader.read(contentsOf: options.dataFile(TreebankFiles.gumNERTrain))
        let uner = try IOB2Reader.read(contentsOf: options.dataFile(TreebankFiles.unerDev))
        let (unerKept, unerHeld) = holdOutUNER ? Self.halves(uner) : (uner, [])
        var unerTrain = settings.unerWeight > 0 ? unerKept : []
        if settings.possessives { unerTrain = unerTrain.map(Self.withPossessives) }
        let data = (settings.possessives ? gum : gum.map(Self.withoutPossessives)) + unerTrain
        let amounts = gum.map { _ in Float(1) } + unerTrain.map { _ in settings.unerWeight }
        let gumTags =
            settings.jackknifeFolds > 1
            ? try EntityJackknife.tags(
                for: gum, options: options, folds: settings.jackknifeFolds, iterations: settings.jackknifeIterations,
                fallback: tagger)
            : gum.map { tagger.tag($0.words) }
        let tags = gumTags + unerTrain.map { tagger.tag($0.words) }
        let sentences = data.indices.map { (data[$0].words, tags[$0], data[$0].entities) }
        let documents = data.map(\.document)
        var trainer = EntityTaggerTrainer(gazetteer: try Engine.Resources.bundled().gazetteer)
        trainer.iterations = settings.iterations
        trainer.scheme = settings.scheme
        trainer.groups = settings.groups
        var firstPass: [[EntityTag]]?
        if settings.groups.contains(.document) {
            firstPass = EntityJackknife.firstPass(
                of: sentences, amounts: amounts, documents: documents, trainer: trainer,
                folds: settings.documentFolds, iterations: settings.documentIterations)
        }
        let entities = trainer.train(sentences, amounts: amounts, documents: documents, firstPass: firstPass) {
            pass, accuracy in
            report(String(format: "entities pass %d: %.2f%% right on training data", pass, accuracy * 100))
        }
        let trained = Date()
        let dev = try IOB2Reader.read(contentsOf: options.dataFile(TreebankFiles.gumNERDev))
        let scored = EntityScoring.score(dev, tagger: entities, partOfSpeech: tagger)
        if let predictions { try scored.predictions.write(toFile: predictions, atomically: true, encoding: .utf8) }
        report(
            "entities: GUM NER dev " + scored.counts.summary
                + String(
                    format: "; %d features; %.1f s training", entities.weights.featureCount,
                    trained.timeIntervalSince(start)))
        if settings.groups.contains(.document) {
            let alone = EntityScoring.score(dev, tagger: entities, partOfSpeech: tagger, alone: true)
            report("entities: GUM NER dev, each sentence alone, " + alone.counts.summary)
        }
        if holdOutUNER {
            if settings.groups.contains(.document) {
                let alone = EntityScoring.score(unerHeld, tagger: entities, partOfSpeech: tagger, alone: true)
                report("entities: UNER dev held-out documents, each sentence alone, " + alone.counts.summary)
            }
            let held = EntityScoring.score(unerHeld, tagger: entities, partOfSpeech: tagger)
            if let predictions {
                try held.predictions.write(toFile: predictions + ".uner", atomically: true, encoding: .utf8)
            }
            report("entities: UNER dev held-out documents " + held.counts.summary)
        }
        var archive = ModelArchive(kind: EntityTagger.kind)
        entities.write(into: &archive)
        let url = try options.modelFile("entities.inqm")
        try archive.write(to: url)
        report("entities: wrote \(url.path) (\(archive.bytes.count) bytes)")
    }

    /// Universal NER dev split by document: the odd-numbered documents to train on, the even-numbered held out.
    static func halves(_ sentences: [IOB2Reader.Sentence]) -> (kept: [IOB2Reader.Sentence], held: [IOB2Reader.Sentence])
    {
        var order: [String: Int] = [:]
        for sentence in sentences where order[sentence.document] == nil { order[sentence.document] = order.count }
        let held = sentences.filter { (order[$0.document] ?? 0) % 2 == 0 }
        return (sentences.filter { (order[$0.document] ?? 0) % 2 == 1 }, held)
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
        return (sentence.id, sentence.words, entities, sentence.document)
    }

    /// The sentence with a possessive *'s* (or *'*) that ends an entity left out of it, Universal NER's convention
    /// (GUM puts it in).
    static func withoutPossessives(_ sentence: IOB2Reader.Sentence) -> IOB2Reader.Sentence {
        var entities = sentence.entities
        for index in entities.indices.dropFirst() where ["'s", "'"].contains(sentence.words[index]) {
            guard case .inside(let kind) = entities[index] else { continue }
            if index + 1 == entities.count || entities[index + 1] != .inside(kind) { entities[index] = .outside }
        }
        return (sentence.id, sentence.words, entities, sentence.document)
    }
}

/// The settings the shipped entity model is trained with.
struct EntitySettings {
    var iterations = 10
    var scheme = EntityScheme.bilou
    var groups: EntityFeatureGroups = [.runs, .placeKinds, .joins, .heads, .surroundings, .possessorJoins]
    var unerWeight: Float = 1
    var jackknifeFolds = 5
    var possessives = false
    var jackknifeIterations = 4
    var documentFolds = 5
    var documentIterations = 5

    /// The settings of `inquire-train all`.
    static let shipped = EntitySettings()
}
