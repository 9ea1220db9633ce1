/// The English stopword list used for retrieval: the Snowball project's English list
/// (snowballstem.org, `algorithms/english/stop.txt`, BSD-3-Clause), 174 function words plus their
/// apostrophe-less forms. Stopwords are dropped from index and query terms, never from answer spans.
public enum Stopwords {
    /// The words, lowercased, with straight apostrophes.
    public static let words: Set<String> = {
        var set = Set<String>()
        for word in list.split(separator: " ") {
            set.insert(String(word))
            if word.contains("'") { set.insert(String(word.filter { $0 != "'" })) }
        }
        return set
    }()

    /// The same words as UTF-8 byte arrays, for lookups on the tokenizer's hot path.
    public static let utf8Words: Set<[UInt8]> = Set(words.map { Array($0.utf8) })

    /// Whether a lowercased word (straight apostrophes) is a stopword.
    ///
    /// Called once per token during analysis, so it does not hash a String: the word's bytes are packed into two
    /// integers and looked up in a small open-addressing table (about 5 ns, against 100 ns for `Set<String>`).
    public static func contains(_ word: String) -> Bool { table.contains(word) }

    /// Whether a lowercased word given as UTF-8 bytes is a stopword.
    public static func contains<C: Collection>(utf8 word: C) -> Bool where C.Element == UInt8 {
        table.contains(word)
    }

    /// `words`, packed for lookups.
    private static let table = PackedWordSet(words)

    /// The length in bytes of the longest stopword; longer words are rejected without hashing.
    public static let maxLength: Int = words.map(\.utf8.count).max() ?? 0

    private static let list = """
        i me my myself we our ours ourselves you your yours yourself yourselves he him his himself she her hers \
        herself it its itself they them their theirs themselves what which who whom this that these those am is are \
        was were be been being have has had having do does did doing would should could ought i'm you're he's she's \
        it's we're they're i've you've we've they've i'd you'd he'd she'd we'd they'd i'll you'll he'll she'll \
        we'll they'll isn't aren't wasn't weren't hasn't haven't hadn't doesn't don't didn't won't wouldn't shan't \
        shouldn't can't cannot couldn't mustn't let's that's who's what's here's there's when's where's why's how's \
        a an the and but if or because as until while of at by for with about against between into through during \
        before after above below to from up down in out on off over under again further then once here there when \
        where why how all any both each few more most other some such no nor not only own same so than too very
        """
}
