import Foundation

/// One question of a gold file with its acceptable answers.
public struct GoldQuestion: Sendable, Equatable {
    /// The question's id: the SQuAD `id`, the JSON Lines `id`, or else the line number.
    public let id: String
    /// The question text.
    public let question: String
    /// The acceptable answers; empty when the corpus holds no answer (the tool should abstain).
    public let answers: [String]
    /// The TREC answer-type label the file gives (`HUM:ind`, or a coarse `HUM`), if any.
    public let type: String?
    /// The 1-based line of the question in the gold file.
    public let line: Int
    /// For SQuAD files, the position of the question's paragraph in `GoldFile.paragraphs`.
    public let paragraph: Int?

    /// Creates a gold question.
    public init(
        id: String, question: String, answers: [String], type: String? = nil, line: Int, paragraph: Int? = nil
    ) {
        self.id = id
        self.question = question
        self.answers = answers
        self.type = type
        self.line = line
        self.paragraph = paragraph
    }

    /// Whether the corpus holds an answer (whether any gold answer is given).
    public var isAnswerable: Bool { !answers.isEmpty }

    /// The question's opening bucket (who, where, how-many …).
    public var opening: QuestionOpening { QuestionOpening(question: question) }
}

/// The layouts of gold files.
public enum GoldFormat: String, Sendable, Codable {
    /// `question<TAB>answer|answer…<TAB>type?`, `#` comments.
    case tsv
    /// One `{"question", "answers": […], "type"?, "id"?}` object a line.
    case jsonLines = "jsonl"
    /// A SQuAD v1.1 or v2.0 JSON file; its contexts are the corpus.
    case squad

    /// A name for people.
    public var displayName: String {
        switch self {
        case .tsv: "TSV"
        case .jsonLines: "JSON Lines"
        case .squad: "SQuAD JSON"
        }
    }
}

/// A gold file read into memory: its questions, and for SQuAD files the paragraphs they are asked of.
public struct GoldFile: Sendable {
    /// The path as given.
    public let path: String
    /// The layout it was read as.
    public let format: GoldFormat
    /// The questions in file order.
    public var questions: [GoldQuestion]
    /// For SQuAD files, one document per context (ids `title#n`, sources `path#title/n`); empty otherwise.
    public let paragraphs: [Document]
    /// The SQuAD `version` field ("1.1", "v2.0"), if any.
    public let version: String?

    /// Creates a gold file from parts.
    public init(
        path: String, format: GoldFormat, questions: [GoldQuestion], paragraphs: [Document] = [], version: String? = nil
    ) {
        self.path = path
        self.format = format
        self.questions = questions
        self.paragraphs = paragraphs
        self.version = version
    }

    /// Reads the gold file at `path`, choosing the format by content.
    public static func load(path: String) throws(GoldFileError) -> GoldFile {
        let text: String
        do {
            text = try TextDecoding.decode(try CorpusLoader.readBytes(path), path: path)
        } catch {
            switch error {
            case .notText(_, let line, let reason): throw GoldFileError(path: path, line: line, reason: reason)
            case .notFound: throw GoldFileError(path: path, line: nil, reason: "no such file")
            case .unreadable(_, let reason): throw GoldFileError(path: path, line: nil, reason: reason)
            default: throw GoldFileError(path: path, line: nil, reason: "cannot read the file")
            }
        }
        return try parse(text, path: path)
    }

    /// Parses gold-file text; `path` names it in errors and in SQuAD evidence sources.
    public static func parse(_ text: String, path: String) throws(GoldFileError) -> GoldFile {
        let file: GoldFile
        switch detectFormat(text, path: path) {
        case .tsv: file = try TSVGoldReader.read(text, path: path)
        case .jsonLines: file = try JSONLinesGoldReader.read(text, path: path)
        case .squad: file = try SQuADGoldReader.read(text, path: path)
        }
        guard !file.questions.isEmpty else { throw GoldFileError(path: path, line: nil, reason: "no questions") }
        try checkUniqueIDs(file.questions, path: path)
        return file
    }

    /// Throws on the first question whose id an earlier question has, naming both lines: each question is scored
    /// once and written once to `--predictions-out`, keyed by its id, so two with one id would be scored twice
    /// and written once (and the official script would score a different set).
    static func checkUniqueIDs(_ questions: [GoldQuestion], path: String) throws(GoldFileError) {
        var seen: [String: Int] = [:]
        for question in questions {
            if let first = seen[question.id] {
                throw GoldFileError(
                    path: path, line: question.line,
                    reason: "duplicate question id \"\(question.id)\" (first at \(path):\(first))")
            }
            seen[question.id] = question.line
        }
    }

    /// The format of a gold file, by content, told as corpora are (`JSONShape`): text not opening with `{` is TSV,
    /// then JSON Lines or one SQuAD document.
    public static func detectFormat(_ text: String, path: String) -> GoldFormat {
        switch JSONShape.of(text, path: path) {
        case .notJSON: .tsv
        case .lines: .jsonLines
        case .document: .squad
        }
    }

    /// The lines of a text file, ending at LF, CRLF or a lone CR (`TextLines`).
    static func lines(of text: String) -> [Substring] { TextLines.lines(of: text) }

    /// The same file keeping only the questions `keep` accepts.
    public func filter(_ keep: (GoldQuestion) -> Bool) -> GoldFile {
        var copy = self
        copy.questions = questions.filter(keep)
        return copy
    }

    /// How many questions have no answer in the corpus.
    public var unanswerableCount: Int { questions.count { !$0.isAnswerable } }
}
