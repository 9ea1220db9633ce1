import Foundation
import InquireKit

/// Part-of-speech tags for the GUM NER training sentences as a tagger that has not seen their documents predicts
/// them (jackknifing): the documents fall into folds, and each fold is tagged by a tagger trained on EWT train and
/// the other folds. The entity tagger then learns how far to trust tags as good as it will get on new text, not the
/// near-perfect tags of the shipped tagger on its own training data.
enum EntityJackknife {
    /// The tags of each sentence of `ner` (GUM NER train), from `folds` fold taggers of `iterations` passes; a
    /// sentence that does not line up with GUM train's CoNLL-U is tagged by `fallback`.
    static func tags(
        for ner: [IOB2Reader.Sentence], options: TrainingOptions, folds: Int, iterations: Int,
        fallback: PartOfSpeechTagger
    ) throws -> [[UniversalTag]] {
        let ewt = try CoNLLUReader.read(contentsOf: options.dataFile(TreebankFiles.ewtTrain)).map(TaggedSentence.init)
        let gumTreebank = try CoNLLUReader.read(contentsOf: options.dataFile(TreebankFiles.gumTrain))
        let gum = gumTreebank.map(TaggedSentence.init)
        var documents: [String: Int] = [:]
        let fold = gumTreebank.map { sentence -> Int in
            let id = sentence.comments.first { $0.hasPrefix("# sent_id") }.map {
                String($0.split(separator: "=").last ?? "")
            }
            let document = id.map { String($0.split(separator: "-").dropLast().joined(separator: "-")) } ?? ""
            if documents[document] == nil { documents[document] = documents.count }
            return (documents[document] ?? 0) % folds
        }
        var tags = ner.map { fallback.tag($0.words) }
        for held in 0..<folds {
            let start = Date()
            var trainer = PartOfSpeechTaggerTrainer()
            trainer.iterations = iterations
            let training =
                ewt.map { ($0.words, $0.tags) }
                + gum.indices.filter { fold[$0] != held }.map { (gum[$0].words, gum[$0].tags) }
            let tagger = trainer.train(training)
            var right = 0
            var total = 0
            for index in ner.indices
            where index < gum.count && fold[index] == held && gum[index].words == ner[index].words {
                tags[index] = tagger.tag(ner[index].words)
                right += zip(tags[index], gum[index].tags).filter { $0 == $1 }.count
                total += tags[index].count
            }
            report(
                String(
                    format: "entities: jackknife fold %d/%d tagged at %.2f%% UPOS (%.1f s)", held + 1, folds,
                    Double(right) / Double(max(total, 1)) * 100, Date().timeIntervalSince(start)))
        }
        return tags
    }

    /// The entity tags a first pass gives each training sentence, from `folds` taggers (`trainer` without the
    /// document group, `iterations` passes) that each have not seen the sentence's document: what a second pass
    /// learns to read about a document must be as good as it will be on new text.
    static func firstPass(
        of sentences: [EntityTaggerTrainer.Sentence], amounts: [Float], documents: [String],
        trainer: EntityTaggerTrainer, folds: Int, iterations: Int
    ) -> [[EntityTag]] {
        var numbers: [String: Int] = [:]
        let fold = documents.map { document -> Int in
            if numbers[document] == nil { numbers[document] = numbers.count }
            return (numbers[document] ?? 0) % folds
        }
        var foldTrainer = trainer
        foldTrainer.groups.remove(.document)
        foldTrainer.iterations = iterations
        var result = sentences.map { $0.entities }
        for held in 0..<folds {
            let start = Date()
            let training = sentences.indices.filter { fold[$0] != held }
            let tagger = foldTrainer.train(training.map { sentences[$0] }, amounts: training.map { amounts[$0] })
            var counts = SpanCounts()
            for index in sentences.indices where fold[index] == held {
                result[index] = tagger.tag(sentences[index].words, tags: sentences[index].tags)
                counts.add(gold: sentences[index].entities, predicted: result[index])
            }
            report(
                String(format: "entities: first-pass fold %d/%d ", held + 1, folds) + counts.summary
                    + String(format: " (%.1f s)", Date().timeIntervalSince(start)))
        }
        return result
    }
}
