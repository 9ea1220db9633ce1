import ArgumentParser
import Foundation
import InquireKit

/// `inquire text parse`: the analysis of each sentence as CoNLL-U (or JSON Lines): lemma, UPOS, head, relation and
/// entity tag of every word, predicted by the bundled models.
struct TextParseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parse",
        abstract: "Print the analysis of each sentence as CoNLL-U: lemmas, tags, dependency tree and entities.",
        discussion: """
            Raw text is split into sentences as the engine splits it and into words as UD English EWT does; each \
            sentence block starts with # sent_id and # text. With --conllu the FILE is CoNLL-U: its sentences, word \
            ids, multiword token lines, # sent_id, # text and SpaceAfter=No are kept, its annotation ignored and \
            replaced by the prediction. The entity tag is in MISC as NER=B-PER, NER=I-ORG or NER=O. Score the output \
            with the CoNLL 2018 scorer and ner_eval.py.
            """
    )

    @OptionGroup var input: TextInput

    @Flag(help: "Read FILE as CoNLL-U (gold tokenisation) instead of raw text.")
    var conllu = false

    @Flag(help: "Print one JSON object a sentence (JSON Lines) instead of CoNLL-U.")
    var json = false

    mutating func run() throws {
        let sentences = conllu ? try readCoNLLU() : try tokenise()
        let annotator = try Annotator.bundled()
        var output = BufferedOutput()
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        for document in Self.documents(sentences) {
            let analyses = annotator.annotate(document: document.map { $0.words.map(\.form) })
            for (sentence, analysis) in zip(document, analyses) {
                let annotated = Self.annotate(sentence, with: analysis)
                if json {
                    let data = try encoder.encode(ParsedSentenceJSON(annotated))
                    output.line(String(decoding: data, as: UTF8.self))
                } else {
                    output.line(String(annotated.block.dropLast()))
                }
            }
        }
        output.flush()
    }

    /// The sentences grouped into documents: a `# newdoc` comment starts a new one (raw text is one document).
    static func documents(_ sentences: [CoNLLUSentence]) -> [[CoNLLUSentence]] {
        var documents: [[CoNLLUSentence]] = []
        for sentence in sentences {
            if documents.isEmpty || sentence.comments.contains(where: { $0.hasPrefix("# newdoc") }) {
                documents.append([])
            }
            documents[documents.count - 1].append(sentence)
        }
        return documents
    }

    /// The sentences of a CoNLL-U file (or standard input).
    private func readCoNLLU() throws -> [CoNLLUSentence] {
        guard let file = input.file, file != "-" else {
            let bytes = try StandardInput.readAll()
            return try CoNLLUReader.parse(try TextDecoding.decode(bytes, path: "stdin"), file: "stdin")
        }
        guard FileManager.default.fileExists(atPath: file) else { throw CorpusError.notFound(path: file) }
        return try CoNLLUReader.read(contentsOf: URL(fileURLWithPath: file))
    }

    /// The sentences of raw text, split into UD words.
    private func tokenise() throws -> [CoNLLUSentence] {
        let corpus = try input.corpus(oneSentencePerLine: false)
        var sentences: [CoNLLUSentence] = []
        for (index, sentence) in corpus.sentences.enumerated() {
            let text = sentence.text.split(whereSeparator: \.isNewline).joined(separator: " ")
            let words = UDTokenizer.words(in: text)
            guard !words.isEmpty else { continue }
            let lines = words.enumerated().map { offset, word in
                var entry = CoNLLUWord(id: offset + 1, form: word.text)
                if !word.spaceAfter && offset + 1 < words.count { entry.misc = "SpaceAfter=No" }
                return CoNLLUSentence.Line.word(entry)
            }
            sentences.append(
                CoNLLUSentence(comments: ["# sent_id = \(index + 1)", "# text = \(text)"], lines: lines))
        }
        return sentences
    }

    /// The sentence with its words' annotation replaced by the prediction (SpaceAfter=No kept in MISC).
    static func annotate(_ sentence: CoNLLUSentence, with analysis: WordAnnotations) -> CoNLLUSentence {
        var result = sentence
        var words = sentence.words
        for index in words.indices {
            var word = CoNLLUWord(id: words[index].id, form: words[index].form)
            word.lemma = analysis.lemmas[index]
            word.upos = analysis.tags[index].label
            word.head = analysis.heads[index]
            word.deprel = analysis.relations[index]
            if !words[index].spaceAfter { word.misc = "SpaceAfter=No" }
            word.setMisc("NER", analysis.entities[index].label)
            words[index] = word
        }
        result.words = words
        result.lines = result.lines.map { line in
            guard case .multiword(let first, let last, var columns) = line else { return line }
            for column in 2..<9 { columns[column] = "_" }
            columns[9] = columns[9].split(separator: "|").contains("SpaceAfter=No") ? "SpaceAfter=No" : "_"
            return .multiword(first: first, last: last, columns: columns)
        }
        return result
    }
}

/// One analysed sentence as JSON: its id and text (when known) and its words.
struct ParsedSentenceJSON: Encodable {
    struct Word: Encodable {
        var id: Int
        var form: String
        var lemma: String
        var upos: String
        var head: Int
        var deprel: String
        var ner: String
        var spaceAfter: Bool
    }

    var sentID: String?
    var text: String?
    var words: [Word]

    init(_ sentence: CoNLLUSentence) {
        sentID = sentence.sentenceID
        text = sentence.text
        words = sentence.words.map { word in
            Word(
                id: word.id, form: word.form, lemma: word.lemma, upos: word.upos, head: word.head ?? 0,
                deprel: word.deprel, ner: word.miscAttributes.first { $0.key == "NER" }?.value ?? "O",
                spaceAfter: word.spaceAfter)
        }
    }

    enum CodingKeys: String, CodingKey {
        case sentID = "sent_id"
        case text, words
    }
}
