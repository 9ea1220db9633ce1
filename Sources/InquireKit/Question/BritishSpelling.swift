/// The American spelling of a British-spelt noun, for word lists spelt the American way (the question lexicon's
/// nouns, the group head nouns):
/// "organisation" → "organization", "centre" → "center", "programme" → "program", "colour" → "color",
/// "defence" → "defense", "catalogue" → "catalog", "analyser" → "analyzer". Regular ending patterns only; the
/// question lexicon tries a word in this spelling only after its own spelling found no entry.
enum BritishSpelling {
    /// British endings and their American ones, longest first; a word must keep at least `stemLetters` letters
    /// before the ending.
    static let endings: [(british: String, american: String)] = [
        ("isation", "ization"), ("isations", "izations"), ("yser", "yzer"), ("ysers", "yzers"), ("ogue", "og"),
        ("ogues", "ogs"), ("amme", "am"), ("ammes", "ams"), ("ence", "ense"), ("ences", "enses"), ("tre", "ter"),
        ("tres", "ters"), ("our", "or"), ("ours", "ors"),
    ].sorted { $0.british.utf8.count > $1.british.utf8.count }
    /// The fewest letters a word keeps before a British ending ("hour", "tour", "pence" keep theirs).
    static let stemLetters = 3
    /// Words ending like a British spelling that are the same in American English.
    static let same: Set<String> = ["contour", "devour", "paramour", "troubadour", "velour"]

    /// The American spelling of `word` (lowercased), nil when it has no British ending.
    static func american(_ word: String) -> String? {
        guard !same.contains(word) else { return nil }
        for ending in endings where word.hasSuffix(ending.british) {
            let stem = word.dropLast(ending.british.count)
            guard stem.count >= stemLetters else { return nil }
            // "-ence" is American "-ense" only after an "f" ("defence", "offence"; not "sentence", "science").
            if ending.british.hasPrefix("ence"), !stem.hasSuffix("f") { return nil }
            return String(stem) + ending.american
        }
        return nil
    }

    /// `words` (American spellings, lowercased) with the British spelling of each that has an American ending
    /// ("organization" → also "organisation"), for closed word lists written the American way.
    static func withBritishSpellings(_ words: Set<String>) -> Set<String> {
        var all = words
        for word in words {
            for ending in endings where word.hasSuffix(ending.american) {
                let stem = word.dropLast(ending.american.count)
                guard stem.count >= stemLetters, !ending.british.hasPrefix("ence") || stem.hasSuffix("f") else {
                    continue
                }
                let british = String(stem) + ending.british
                if american(british) == word { all.insert(british) }
                break
            }
        }
        return all
    }
}
