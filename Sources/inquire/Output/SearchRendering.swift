import ArgumentParser
import Foundation
import InquireKit

/// The text forms of search hits.
enum SearchRendering {
    /// One block per hit: rank, score and source, then the sentence indented.
    /// A sentence longer than `Excerpt.defaultLimit` bytes is shown around the query's rarest term in it.
    static func plain(_ hits: [SearchHit], _ engine: Engine, query: String) -> String {
        guard !hits.isEmpty else { return "no matching sentence" }
        let terms = Analyzer.terms(query).sorted { engine.index.idf(of: $0) > engine.index.idf(of: $1) }
        return hits.enumerated().map { rank, hit in
            let score = String(format: "%.4f", hit.score)
            let text = Excerpt.cut(engine.text(ofSentence: hit.sentence), matching: terms)
            return
                "\(rank + 1). \(score)  \(TerminalText.visible(engine.reference(ofSentence: hit.sentence)))\n   \(TerminalText.visible(text))"
        }.joined(separator: "\n")
    }

    /// A JSON array of `{"rank", "sentence", "score", "text", "source"}`, on one line.
    static func json(_ hits: [SearchHit], _ engine: Engine) -> String {
        let items = hits.enumerated().map { rank, hit in
            "{\"rank\":\(rank + 1),\"sentence\":\(hit.sentence),\"score\":\(hit.score),"
                + "\"text\":\(JSONText.quote(engine.text(ofSentence: hit.sentence))),"
                + "\"source\":\(JSONText.quote(engine.reference(ofSentence: hit.sentence)))}"
        }
        return "[" + items.joined(separator: ",") + "]"
    }
}
