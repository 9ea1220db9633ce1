import Foundation
import InquireKit

/// Scores the entity tagger on IOB2 sentences, a document at a time (so a model with the document group reads its
/// second pass), and writes its predictions as IOB2.
enum EntityScoring {
    /// The counts and the predictions (IOB2) of `tagger` over `sentences`, tagged with `partOfSpeech`'s tags, a
    /// document at a time or (`alone`) each sentence alone.
    static func score(
        _ sentences: [IOB2Reader.Sentence], tagger: EntityTagger, partOfSpeech: PartOfSpeechTagger,
        alone: Bool = false
    ) -> (counts: SpanCounts, predictions: String) {
        var counts = SpanCounts()
        var output = ""
        var start = 0
        while start < sentences.count {
            var end = start + 1
            while end < sentences.count, sentences[end].document == sentences[start].document { end += 1 }
            let document = sentences[start..<end].map { sentence in
                let forms = sentence.words.map(WordForm.init)
                return (forms: forms, tags: partOfSpeech.tag(forms: forms))
            }
            let predicted =
                alone ? document.map { tagger.tag(forms: $0.forms, tags: $0.tags) } : tagger.tag(document: document)
            for (sentence, tags) in zip(sentences[start..<end], predicted) {
                counts.add(gold: sentence.entities, predicted: tags)
                if let id = sentence.id { output += "# sent_id = \(id)\n" }
                for (index, word) in sentence.words.enumerated() {
                    output += "\(index + 1)\t\(word)\t\(tags[index].label)\t-\t-\n"
                }
                output += "\n"
            }
            start = end
        }
        return (counts, output)
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

    var kinds: [EntityKind: (right: Int, predicted: Int, gold: Int)] = [:]

    /// "F1 61.79 (P 61.64 R 61.95; PER 68.8 ORG 47.0 LOC 59.7)".
    var summary: String {
        String(format: "F1 %.2f (P %.2f R %.2f; ", f1 * 100, precision * 100, recall * 100) + byKind + ")"
    }

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
