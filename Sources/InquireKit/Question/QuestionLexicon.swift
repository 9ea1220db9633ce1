import Foundation

/// The classifier's word knowledge, loaded from `Resources/question-lexicon.tsv`: head nouns (and noun
/// phrases) with the answer class they ask for, "transparent" nouns that hand the question on to their
/// `of`-complement (*kind of*, *name of*), and verbs that end a noun phrase or imply a class (*weigh*, *cost*).
/// `Resources/question-lexicon-wordnet.tsv` (generated from WordNet by `scripts/build_question_wordnet.py`)
/// adds common head nouns the hand-written file does not list; the hand-written entries always win.
///
/// File format, one entry a line, tab-separated: `kind phrase label`, where `kind` is `head`, `skip` or
/// `verb`, `phrase` is lowercase and singular, and `label` a TREC fine label or `-` for none. Lines starting
/// with `#` are comments.
package struct QuestionLexicon: Sendable {
    /// A noun or noun phrase found in the lexicon, as stored.
    struct NounEntry: Sendable, Equatable {
        /// The class the noun asks for (`nil` for a transparent noun without a class of its own).
        let type: AnswerType?
        /// Whether the noun hands the question on to its `of`-complement (*kind*, *type*, *name* …).
        let isTransparent: Bool
        /// Whether the word is a noun only when it ends its phrase (*American*, *Chinese*), an adjective
        /// before another word (*American city*, *Chinese vase*).
        var isAdjectival = false
    }

    /// Head nouns and transparent nouns, keyed by lowercase singular phrase.
    private(set) var nouns: [String: NounEntry] = [:]
    /// Verbs (base form) that end a noun phrase, with the class they imply when they carry one.
    private(set) var verbs: [String: AnswerType?] = [:]
    /// Verbs (base form) whose subject is the question word, with the class they imply (*What causes …*).
    private(set) var subjectVerbs: [String: AnswerType] = [:]
    /// Word endings that give an unknown noun a class (*-ster*, *-ist* → person; *-itis* → disease), longest first.
    private(set) var suffixes: [(suffix: String, type: AnswerType)] = []
    /// The number of words of the longest noun phrase.
    private(set) var longestPhrase = 1
    /// The last words of the multi-word noun phrases, so most lookups skip building phrase keys.
    private(set) var phraseLastWords: Set<String> = []

    /// An empty lexicon.
    init() {}

    /// Parses the TSV text of a lexicon; `source` names the file in error messages.
    init(tsv: String, source: String = "question-lexicon.tsv") throws(QuestionLexiconError) {
        var lineNumber = 0
        // Split on bytes: splitting the String would find grapheme clusters, several times slower.
        for rawLine in Array(tsv.utf8).split(separator: 0x0A, omittingEmptySubsequences: false) {
            lineNumber += 1
            let line = rawLine.last == 0x0D ? rawLine.dropLast() : rawLine
            if line.isEmpty || line.first == UInt8(ascii: "#") { continue }
            let fields = line.split(separator: 0x09, omittingEmptySubsequences: false)
            guard fields.count == 3, !fields[1].isEmpty else {
                throw QuestionLexiconError(source: source, line: lineNumber, reason: "expected 3 tab-separated fields")
            }
            let phrase = String(decoding: fields[1], as: UTF8.self)
            let label = String(decoding: fields[2], as: UTF8.self)
            let kind = String(decoding: fields[0], as: UTF8.self)
            var type: AnswerType?
            if label != "-" {
                guard let parsed = Self.labels[label] else {
                    throw QuestionLexiconError(source: source, line: lineNumber, reason: "unknown label '\(label)'")
                }
                type = parsed
            }
            switch kind {
            case "head":
                guard let type else {
                    throw QuestionLexiconError(source: source, line: lineNumber, reason: "a head needs a label")
                }
                nouns[phrase] = NounEntry(type: type, isTransparent: false)
            case "skip":
                nouns[phrase] = NounEntry(type: type, isTransparent: true)
            case "nadj":
                guard let type else {
                    throw QuestionLexiconError(source: source, line: lineNumber, reason: "a nadj needs a label")
                }
                nouns[phrase] = NounEntry(type: type, isTransparent: false, isAdjectival: true)
            case "verb":
                verbs[phrase] = type
            case "suffix":
                guard let type else {
                    throw QuestionLexiconError(source: source, line: lineNumber, reason: "a suffix needs a label")
                }
                suffixes.append((phrase, type))
                suffixes.sort { $0.suffix.utf8.count > $1.suffix.utf8.count }
                continue
            case "wverb":
                guard let type else {
                    throw QuestionLexiconError(source: source, line: lineNumber, reason: "a wverb needs a label")
                }
                subjectVerbs[phrase] = type
                if verbs[phrase] == nil { verbs[phrase] = .some(nil) }
            default:
                throw QuestionLexiconError(
                    source: source, line: lineNumber,
                    reason: "unknown kind '\(kind)' (head, nadj, skip, verb, wverb or suffix)")
            }
            notePhrase(phrase)
        }
    }

    /// The answer types by TREC label, for reading the lexicon's lines (faster than `AnswerType(rawValue:)`, which
    /// compares the label with each case in turn).
    private static let labels = Dictionary(uniqueKeysWithValues: AnswerType.allCases.map { ($0.rawValue, $0) })

    /// Notes a phrase entered in the lexicon in `longestPhrase` and `phraseLastWords`.
    private mutating func notePhrase(_ phrase: String) {
        guard phrase.utf8.contains(0x20) else { return }
        let phraseWords = phrase.split(separator: " ")
        longestPhrase = max(longestPhrase, phraseWords.count)
        if phraseWords.count > 1, let last = phraseWords.last { phraseLastWords.insert(String(last)) }
    }

    /// Reads the lexicon from a resource folder: the hand-written file, then the WordNet nouns.
    ///
    /// - Throws: `ResourceError` naming a file that is missing or unreadable, or the line that is malformed.
    init(folder: URL) throws(ResourceError) {
        func read(_ name: String) throws(ResourceError) -> QuestionLexicon {
            let url = folder.appendingPathComponent(name)
            let text = String(decoding: try ResourceBundle.bytes(at: url), as: UTF8.self)
            do {
                return try QuestionLexicon(tsv: text, source: name)
            } catch {
                throw .unreadable(path: "\(url.path):\(error.line)", reason: error.reason)
            }
        }
        self = try read("question-lexicon.tsv")
        addMissingNouns(from: try read("question-lexicon-wordnet.tsv"))
    }

    /// Adds the nouns of `other` that this lexicon knows under no kind (noun, verb), keeping its own entries.
    mutating func addMissingNouns(from other: QuestionLexicon) {
        for (phrase, entry) in other.nouns where nouns[phrase] == nil && verbs[phrase] == nil {
            nouns[phrase] = entry
            notePhrase(phrase)
        }
    }

    /// The longest noun phrase of the lexicon that ends at `end` (inclusive) and starts at or after `start`,
    /// matching the last word in any of its singular forms: the entry, the first word's index and the key.
    func noun(in words: [String], from start: Int, endingAt end: Int) -> (entry: NounEntry, start: Int, key: String)? {
        let last = words[end]
        var lastForms = last == Singularizer.singular(last) ? [last] : [last] + Singularizer.candidates(last)
        if last.utf8.contains(UInt8(ascii: "-")) {
            // "vice-president" → "vice president", then its last part "president".
            let parts = last.split(separator: "-")
            let spaced = parts.joined(separator: " ")
            lastForms += [spaced] + Singularizer.candidates(spaced)
            if let tail = parts.last, parts.count > 1 { lastForms += Singularizer.candidates(String(tail)) }
        }
        // "organisation", "centres": the lexicon's American spelling, after the word's own.
        lastForms += lastForms.compactMap(BritishSpelling.american)
        let phraseForms = lastForms.filter { phraseLastWords.contains($0) }
        var length = phraseForms.isEmpty ? 1 : min(longestPhrase, end - start + 1)
        while length > 1 {
            let first = end - length + 1
            let prefix = words[first..<end].joined(separator: " ") + " "
            for form in phraseForms {
                let key = prefix + form
                if let entry = nouns[key] { return (entry, first, key) }
            }
            length -= 1
        }
        for form in lastForms {
            if let entry = nouns[form] { return (entry, end, form) }
        }
        return nil
    }

    /// The verb entry of an inflected word (`weighs`, `weighed`, `weighing`, `starred` → base form), if any:
    /// the base form and the class the verb implies (`nil` when it only marks a verb).
    func verb(_ word: String) -> (base: String, type: AnswerType?)? {
        var untyped: (base: String, type: AnswerType?)?
        for form in Self.verbForms(word) {
            guard let type = verbs[form] else { continue }
            if type != nil { return (form, type) }
            if untyped == nil { untyped = (form, nil) }
        }
        return untyped
    }

    /// The class an unknown noun's ending suggests (*prankster* → person, *tendinitis* → disease), if any: the
    /// word must be at least three letters longer than the ending.
    func suffixType(_ word: String) -> AnswerType? {
        let singular = Singularizer.singular(word)
        for entry in suffixes
        where singular.hasSuffix(entry.suffix) && singular.utf8.count >= entry.suffix.utf8.count + 3 {
            return entry.type
        }
        return nil
    }

    /// The class implied by a verb whose subject is the question word (*What causes …* → reason), if any.
    func subjectVerb(_ word: String) -> AnswerType? {
        for form in Self.verbForms(word) {
            if let type = subjectVerbs[form] { return type }
        }
        return nil
    }

    /// Possible base forms of an inflected verb, the word itself first.
    static func verbForms(_ word: String) -> [String] {
        var forms = [word]
        let count = word.utf8.count
        if word.hasSuffix("ies"), count > 4 { forms.append(String(word.dropLast(3)) + "y") }
        if word.hasSuffix("es"), count > 3,
            ["ses", "xes", "zes", "ches", "shes", "oes"].contains(where: word.hasSuffix)
        {
            forms.append(String(word.dropLast(2)))
        }
        if word.hasSuffix("s"), count > 2 { forms.append(String(word.dropLast())) }
        if word.hasSuffix("ied"), count > 4 { forms.append(String(word.dropLast(3)) + "y") }
        if word.hasSuffix("ed"), count > 3 {
            let stem = String(word.dropLast(2))
            forms.append(stem)
            forms.append(stem + "e")
            if let last = stem.last, stem.dropLast().last == last { forms.append(String(stem.dropLast())) }
        }
        if word.hasSuffix("ing"), count > 4 {
            let stem = String(word.dropLast(3))
            forms.append(stem)
            forms.append(stem + "e")
            if let last = stem.last, stem.dropLast().last == last { forms.append(String(stem.dropLast())) }
        }
        return forms
    }
}

/// A malformed line in the question lexicon, or a lexicon that could not be read.
struct QuestionLexiconError: Error, CustomStringConvertible, Equatable {
    /// The file name.
    let source: String
    /// The 1-based line number (0 when the whole file is concerned).
    let line: Int
    /// What is wrong.
    let reason: String

    var description: String { "\(source):\(line): \(reason)" }
}
