@testable import InquireKit

/// Builds analyses by hand for tests: one word a line, `FORM UPOS HEAD DEPREL [ENTITY]` separated by spaces, heads
/// 1-based with 0 for the root (as in CoNLL-U), the entity a BIO label; words are joined by single spaces except
/// before punctuation. Lemmas are the lowercased forms unless given as `FORM/LEMMA`.
enum HandParsed {
    /// The role score `FrameAlignment` gives word `candidate` of the hand-parsed `sentence` for the hand-parsed
    /// `question`.
    static func role(_ question: String, _ sentence: String, candidate: Int) -> Double {
        alignment(question, sentence, candidate: candidate).role
    }

    /// How the frame of hand-parsed `question` aligns with hand-parsed `sentence` around the word at `candidate`.
    static func alignment(_ question: String, _ sentence: String, candidate: Int) -> FrameAlignment {
        FrameAlignment.align(
            QuestionFrame(analysis(question)), with: analysis(sentence), candidate: candidate,
            relations: Engine.Resources.forTests.relations)
    }

    static func analysis(_ table: String) -> SentenceAnalysis {
        var words: [UDWord] = []
        var tags: [UniversalTag] = []
        var lemmas: [String] = []
        var heads: [Int] = []
        var relations: [String] = []
        var entityTags: [EntityTag] = []
        var text = ""
        for line in table.split(separator: "\n") where !line.allSatisfy(\.isWhitespace) {
            let fields = line.split(separator: " ")
            let formLemma = fields[0].split(separator: "/")
            let form = String(formLemma[0])
            let tag = UniversalTag(label: fields[1])!
            if !text.isEmpty, tag != .punct || form == "(" { text += " " }
            let start = text.utf8.count
            text += form
            words.append(UDWord(text: form, range: start..<text.utf8.count, spaceAfter: true))
            tags.append(tag)
            lemmas.append(formLemma.count > 1 ? String(formLemma[1]) : form.lowercased())
            heads.append(Int(fields[2])! - 1)
            relations.append(String(fields[3]))
            entityTags.append(fields.count > 4 ? EntityTag(label: fields[4])! : .outside)
        }
        return SentenceAnalysis(
            text: text, words: words, tags: tags, lemmas: lemmas, heads: heads, relations: relations,
            entities: EntitySpan.spans(of: entityTags))
    }
}
