/// The closed-class English words the question patterns rely on: determiners, auxiliaries, prepositions,
/// pronouns and the like. These are grammar, not a lexicon of content words, so they live in code.
enum WordClasses {
    /// Question words that open a question (or a clause asking something).
    static let whWords: Set<String> = ["what", "which", "who", "whom", "whose", "where", "when", "why", "how"]

    /// Forms of *be*, including the clitics of *what's*, *who're*.
    static let be: Set<String> = ["is", "are", "was", "were", "be", "been", "being", "'s", "'re", "am", "'m"]

    /// Forms of *do*.
    static let doForms: Set<String> = ["do", "does", "did"]

    /// Modal verbs and *have*, which like *be* and *do* open a question's verb group.
    static let modals: Set<String> = [
        "can", "could", "will", "would", "shall", "should", "may", "might", "must", "has", "have", "had", "'d",
        "'ll", "'ve", "ca", "wo",
    ]

    /// Determiners, possessive pronouns and quantifiers that open a noun phrase.
    static let determiners: Set<String> = [
        "the", "a", "an", "this", "that", "these", "those", "some", "any", "each", "every", "another", "all",
        "both", "either", "neither", "no", "my", "your", "his", "her", "its", "our", "their", "several", "many",
        "few", "most", "much", "certain", "various", "such",
    ]

    /// Prepositions, which end a noun phrase.
    static let prepositions: Set<String> = [
        "of", "in", "on", "at", "by", "for", "with", "from", "to", "into", "onto", "upon", "about", "as", "during",
        "after", "before", "between", "among", "amongst", "through", "throughout", "over", "under", "near",
        "since", "than", "like", "across", "along", "around", "behind", "beyond", "inside", "outside", "within",
        "without", "against", "toward", "towards", "per", "via", "off", "above", "below", "beneath", "besides",
        "except", "until", "till", "despite", "versus", "vs", "vs.", "aboard", "amid", "beside", "concerning",
        "regarding", "unlike", "underneath", "up", "down", "out", "away", "back", "onto",
    ]

    /// Conjunctions and other words that end a noun phrase.
    static let conjunctions: Set<String> = [
        "and", "or", "but", "nor", "so", "yet", "if", "because", "while", "although", "though", "whereas",
        "unless", "whether", "&",
    ]

    /// Personal and indefinite pronouns.
    static let pronouns: Set<String> = [
        "i", "me", "you", "he", "him", "she", "her", "it", "we", "us", "they", "them", "someone", "something",
        "anyone", "anything", "everyone", "everything", "somebody", "anybody", "nobody", "nothing", "there",
        "here", "myself", "yourself", "himself", "herself", "itself", "themselves", "ourselves",
    ]

    /// Adverbs and particles that often sit between the question word and the verb.
    static let adverbs: Set<String> = [
        "not", "n't", "also", "ever", "never", "often", "usually", "really", "actually", "always", "still",
        "now", "then", "just", "even", "once", "already", "too", "very", "only", "generally", "typically",
        "commonly", "normally", "originally", "exactly", "approximately", "roughly", "sometimes", "recently",
        "later", "first", "finally", "once", "allegedly", "reportedly", "supposedly", "traditionally", "widely",
        "currently", "formerly", "previously", "frequently", "rarely", "seldom", "perhaps", "probably", "else",
    ]

    /// Number words used as determiners (*two sons*, *seven wonders*).
    static let numberWords: Set<String> = [
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "twenty", "thirty", "forty", "fifty", "hundred", "thousand", "million",
        "dozen",
    ]

    /// Forms of verbs that state a change of amount (*How much has the price risen?*): the answer is the size of
    /// the change, a number of any unit.
    static let changeVerbs: Set<String> = [
        "rise", "rises", "rose", "risen", "fall", "falls", "fell", "fallen", "increase", "increased", "decrease",
        "decreased", "drop", "dropped", "decline", "declined", "grow", "grew", "grown", "shrink", "shrank", "shrunk",
        "climb", "climbed", "jump", "jumped", "slip", "slipped", "plunge", "plunged",
    ]

    /// Words with which a command opens a question-like request: *Name the …*, *List …*, *Tell me …*.
    static let imperatives: Set<String> = [
        "name", "list", "give", "tell", "identify", "find", "describe", "define", "explain", "state", "show",
    ]

    /// Quantifiers that take an `of`-phrase in front of the real noun phrase (*one of the*, *some of the*).
    static let partitives: Set<String> = [
        "one", "some", "any", "each", "all", "most", "many", "few", "both", "none", "several", "two", "three",
        "four", "five", "six", "seven", "eight", "nine", "ten", "part", "either", "neither", "much", "more",
    ]

    /// Superlative and ordinal modifiers that make *the X* ask for an instance rather than a definition.
    static let rankModifiers: Set<String> = [
        "first", "second", "third", "fourth", "fifth", "last", "best", "worst", "most", "least", "only", "main",
        "next", "previous", "primary", "principal", "chief", "leading", "top", "official", "national", "current",
        "former", "original", "highest", "largest", "biggest", "oldest", "longest", "tallest", "smallest",
        "favorite", "favourite", "popular", "common", "famous", "usual", "typical", "traditional", "normal",
        "average", "standard", "basic", "major", "secondary", "different", "various", "other", "another", "new",
        "latest", "recent", "future", "present", "famed", "well-known", "best-known", "given", "same",
    ]

    /// Whether a lowercased token ends a noun phrase by its grammar alone.
    static func isNounPhraseBoundary(_ word: String) -> Bool {
        be.contains(word) || doForms.contains(word) || modals.contains(word) || prepositions.contains(word)
            || conjunctions.contains(word) || whWords.contains(word) || pronouns.contains(word)
            || word == "that" || word == "not" || word == "n't" || word == "to"
    }

    /// Whether a token reads as a number (`1999`, `3.5`, `1,200`, `20th`).
    static func isNumeric(_ word: String) -> Bool {
        guard let first = word.utf8.first else { return false }
        return first >= 0x30 && first <= 0x39
    }
}
