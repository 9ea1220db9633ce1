/// A pattern-based classifier of questions into the UIUC/TREC answer-type taxonomy (6 coarse, 50 fine
/// classes), with no statistical model: it finds the question word and the head noun of the phrase the
/// question asks about, then maps them through a lexicon of head nouns and a set of question patterns
/// (*who* → person, *how many* → count, *What is X?* → definition …), in the manner of the rule-based systems
/// of Silva et al. (2011) and Madabushi & Lee (2016).
///
/// Classification takes tens of microseconds per question; the lexicon comes with `Engine.Resources`.
public struct QuestionClassifier: Sendable {
    private let lexicon: QuestionLexicon

    /// A classifier with the question lexicon shipped in the package's resources (`Engine.Resources.bundled()`).
    ///
    /// - Throws: `ResourceError` when the package's resources cannot be read.
    public init() throws(ResourceError) {
        self.init(resources: try .bundled())
    }

    /// A classifier with the question lexicon of `resources`.
    public init(resources: Engine.Resources) {
        self.lexicon = resources.questions
    }

    /// A classifier with a given lexicon (for tests).
    init(lexicon: QuestionLexicon) {
        self.lexicon = lexicon
    }

    /// Analyses a question: its answer type, question word, focus noun, keywords and quoted phrases.
    /// Works with or without a question mark, in any letter case, on running or pre-tokenised text. The words
    /// are those of the question's UD tokenisation, as `classify(_:)` on its analysis reads them.
    public func classify(_ question: String) -> QuestionAnalysis {
        classify(question, words: UDTokenizer.words(in: question), analysis: nil)
    }

    /// Analyses a question from its linguistic analysis (the one the answer stage reads): the same words, and
    /// where the patterns find no head noun, the head the dependency tree gives the question phrase.
    package func classify(_ analysis: SentenceAnalysis) -> QuestionAnalysis {
        classify(analysis.text, words: analysis.words, analysis: analysis)
    }

    /// Classifies `question` from its UD `words`, reading `analysis` when given.
    private func classify(_ question: String, words: [UDWord], analysis: SentenceAnalysis?) -> QuestionAnalysis {
        let (tokens, phrases) = QuestionTokenizer.tokenize(question, words: words)
        let parse = QuestionParse(tokens: tokens, lexicon: lexicon)
        var outcome: RuleOutcome
        if parse.end == 0 {
            outcome = RuleOutcome(type: .otherEntity, confidence: 0)
        } else if let command = parse.commandIndex() {
            outcome = parse.classifyCommand(at: command)
        } else if let wh = parse.firstWhWord() {
            outcome = parse.classifyQuestionWord(at: wh)
        } else {
            outcome = parse.classifyWithoutQuestionWord()
        }
        if let analysis, outcome.confidence <= RuleOutcome.fallbackConfidence, let wh = outcome.whTokens.first,
            let tree = parse.treeOutcome(analysis, wh: wh)
        {
            outcome = RuleOutcome(
                type: tree.type, confidence: tree.confidence, whWord: outcome.whWord, whTokens: outcome.whTokens,
                head: tree.head, scaffold: outcome.scaffold)
        }
        var confidence = outcome.confidence
        if outcome.type == .otherEntity {
            confidence = min(confidence, RuleOutcome.otherEntityConfidence)  // the catch-all class is the least sure
        }
        var focus: String?
        var focusAsAsked: String?
        if let head = outcome.head, head.range.upperBound <= tokens.count, !head.range.isEmpty {
            focus = head.key
            focusAsAsked = tokens[head.range].map(\.text).joined(separator: " ")
        }
        var result = QuestionAnalysis(
            text: question, answerType: outcome.type, whWord: outcome.whWord, focus: focus,
            focusAsAsked: focusAsAsked, keywords: Self.keywords(tokens, excluding: outcome.whTokens + outcome.scaffold),
            phrases: phrases, confidence: confidence)
        result.tokens = tokens
        return result
    }

    /// The content words of the tokens, lowercased and in order, without stopwords, possessive `'s`,
    /// punctuation, the excluded indices or repeats.
    /// Contracted endings split off as words of their own ("'s", "'re"); never keywords.
    static let clitics: Set<String> = ["s", "t", "re", "ll", "d", "ve", "m", "em", "n"]

    static func keywords(_ tokens: [QuestionToken], excluding excluded: [Int]) -> [String] {
        let skip = Set(excluded)
        var seen = Set<String>()
        var result: [String] = []
        for (index, token) in tokens.enumerated() where token.isWord && !skip.contains(index) {
            var word = token.lower
            if word.hasPrefix("'") {
                // A clitic ('s, 're, 'll …) is no keyword; a word opening a single-quoted phrase ('Acme) is.
                word.removeFirst()
                if Self.clitics.contains(word) { continue }
            }
            if word.hasSuffix("'") { word.removeLast() }
            if word.isEmpty || Stopwords.contains(word) || seen.contains(word) { continue }
            seen.insert(word)
            result.append(word)
        }
        return result
    }
}
