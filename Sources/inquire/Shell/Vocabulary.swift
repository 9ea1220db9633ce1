import InquireKit

/// The words of a corpus as they are written, for Tab completion: proper nouns first (words that appear
/// capitalised and never in lower case, or mostly capitalised inside sentences), then the other words, each group
/// most frequent first. Stopwords, numbers and words shorter than three letters are left out. A large corpus is
/// sampled: at most `sampleLimit` sentences spread evenly over it are read, so the first Tab over a mapped index of
/// millions of sentences answers in a fraction of a second instead of reading gigabytes of text.
struct Vocabulary {
    /// The most sentences read to collect the words (about a quarter of a second of tokenising).
    static let sampleLimit = 100_000

    /// The words, in completion order.
    let words: [String]
    /// How many of `words`, from the start, are proper nouns.
    let properNounCount: Int

    /// Counts for one word, kept while the corpus is read.
    private struct Usage {
        var lower = 0
        var capitalizedInside = 0
        var capitalizedFirst = 0
        var forms: [String: Int] = [:]
        var total: Int { lower + capitalizedInside + capitalizedFirst }
    }

    /// Collects the vocabulary of `corpus`, from at most `limit` of its sentences spread evenly over it.
    init(corpus: Corpus, limit: Int = Vocabulary.sampleLimit) {
        var usage: [String: Usage] = [:]
        let count = corpus.sentences.count
        let stride = max(1, (count + max(1, limit) - 1) / max(1, limit))
        for index in Swift.stride(from: 0, to: count, by: stride) {
            let sentence = corpus.sentences[index]
            let bytes = Array(sentence.text.utf8)
            var first = true
            for token in Tokenizer.tokenize(sentence.text) where token.kind == .word || token.kind == .compound {
                defer { first = false }
                let key = token.term
                guard key.unicodeScalars.count >= 3, !Stopwords.contains(key) else { continue }
                let form = String(decoding: bytes[token.range], as: UTF8.self)
                if token.isCapitalized {
                    if first {
                        usage[key, default: Usage()].capitalizedFirst += 1
                    } else {
                        usage[key, default: Usage()].capitalizedInside += 1
                    }
                    usage[key, default: Usage()].forms[form, default: 0] += 1
                } else {
                    usage[key, default: Usage()].lower += 1
                }
            }
        }
        var proper: [(String, Int)] = []
        var common: [(String, Int)] = []
        for (key, counts) in usage {
            let isProper = counts.lower == 0 || counts.capitalizedInside > counts.lower
            let form = counts.forms.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }?.key
            if isProper, let form {
                proper.append((form, counts.total))
            } else {
                common.append((key, counts.total))
            }
        }
        let order: ((String, Int), (String, Int)) -> Bool = { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }
        words = proper.sorted(by: order).map(\.0) + common.sorted(by: order).map(\.0)
        properNounCount = proper.count
    }

    /// The words that start with `prefix`, in completion order. Matching ignores case unless `prefix` has a
    /// capital letter (as in editors' "smart case"); an empty prefix matches nothing.
    func completions(of prefix: String) -> [String] {
        guard !prefix.isEmpty else { return [] }
        if prefix.contains(where: \.isUppercase) {
            return words.filter { $0.hasPrefix(prefix) }
        }
        return words.filter { $0.lowercased().hasPrefix(prefix) }
    }
}
