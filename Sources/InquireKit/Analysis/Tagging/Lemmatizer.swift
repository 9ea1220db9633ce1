/// Lemmas from a word and its UPOS tag: an exception table learnt from the training treebanks (every word form whose
/// usual lemma the rules get wrong: *went* → *go*, *children* → *child*, *'s* → *be*), then suffix rules by tag.
package struct Lemmatizer: Sendable {
    /// Lemmas that differ from the rules' answer, keyed by form (as written) and tag.
    package private(set) var exceptions: [String: String]

    /// A lemmatizer with the given exceptions (see ``key(_:_:)``).
    package init(exceptions: [String: String] = [:]) {
        self.exceptions = exceptions
    }

    /// Learns the exceptions from gold-lemmatised sentences: for each (form, tag) its most frequent lemma, kept when
    /// the rules give something else (ties go to the lemma that sorts first, so the result is deterministic).
    package init(training sentences: [(words: [String], tags: [UniversalTag], lemmas: [String])]) {
        var counts: [String: [String: Int]] = [:]
        for sentence in sentences {
            for index in sentence.words.indices where sentence.lemmas[index] != "_" {
                counts[Self.key(sentence.words[index], sentence.tags[index]), default: [:]][
                    sentence.lemmas[index], default: 0] += 1
            }
        }
        var exceptions: [String: String] = [:]
        let rules = Lemmatizer()
        for (key, lemmas) in counts {
            guard let best = lemmas.max(by: { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }),
                let separator = key.lastIndex(of: "\u{1}"),
                let raw = UInt8(key[key.index(after: separator)...]), let tag = UniversalTag(rawValue: raw)
            else { continue }
            if rules.lemma(String(key[..<separator]), tag: tag) != best.key {
                exceptions[key] = best.key
            }
        }
        self.exceptions = exceptions
    }

    /// The exception-table key of a form and tag.
    package static func key(_ form: String, _ tag: UniversalTag) -> String {
        form + "\u{1}" + String(tag.rawValue)
    }

    /// The lemmas of a tagged sentence.
    package func lemmas(_ words: [String], tags: [UniversalTag]) -> [String] {
        zip(words, tags).map { lemma($0, tag: $1) }
    }

    /// The lemma of one word with its tag.
    package func lemma(_ word: String, tag: UniversalTag) -> String {
        if !exceptions.isEmpty {
            if let known = exceptions[Self.key(word, tag)] { return known }
            let lower = word.lowercased()
            if lower != word, let known = exceptions[Self.key(lower, tag)] { return known }
        }
        switch tag {
        case .propn, .punct, .sym, .num, .x: return word
        case .noun: return Self.singular(word.lowercased())
        case .verb, .aux: return Self.verbBase(word.lowercased())
        case .adj: return Self.adjectiveBase(word.lowercased())
        default: return word.lowercased()
        }
    }

    private static func singular(_ word: String) -> String {
        guard word.count > 3, word.hasSuffix("s"), !word.hasSuffix("ss"), !word.hasSuffix("us"),
            !word.hasSuffix("is")
        else { return word }
        if word.hasSuffix("ies") && word.count > 4 { return word.dropLast(3) + "y" }
        for ending in ["ches", "shes", "sses", "xes", "zes"] where word.hasSuffix(ending) {
            return String(word.dropLast(2))
        }
        return String(word.dropLast())
    }

    private static func isVowel(_ character: Character) -> Bool { "aeiou".contains(character) }

    private static func verbBase(_ word: String) -> String {
        if word.hasSuffix("ies") && word.count > 4 { return word.dropLast(3) + "y" }
        if word.hasSuffix("ied") && word.count > 4 { return word.dropLast(3) + "y" }
        if word.hasSuffix("ing") && word.count > 5 { return restoreStem(String(word.dropLast(3))) }
        if word.hasSuffix("ed") && word.count > 4 {
            if word.hasSuffix("eed") { return String(word.dropLast(1)) }
            return restoreStem(String(word.dropLast(2)))
        }
        if word.hasSuffix("s") && word.count > 3 && !word.hasSuffix("ss") && !word.hasSuffix("us") {
            for ending in ["ches", "shes", "sses", "xes", "zes", "oes"] where word.hasSuffix(ending) {
                return String(word.dropLast(2))
            }
            return String(word.dropLast())
        }
        return word
    }

    /// Undoes the spelling changes before -ing and -ed: a doubled final consonant (*stopp* → *stop*), a dropped
    /// final e after consonant-vowel-consonant or a soft c/g (*mak* → *make*, *chang* → *change*).
    private static func restoreStem(_ stem: String) -> String {
        let characters = Array(stem)
        guard characters.count >= 2 else { return stem }
        let last = characters[characters.count - 1]
        let before = characters[characters.count - 2]
        if last == before && !isVowel(last) && !"lsz".contains(last) { return String(stem.dropLast()) }
        if ["c", "g", "v", "z"].contains(last) || stem.hasSuffix("at") || stem.hasSuffix("iz") { return stem + "e" }
        if characters.count >= 3, !isVowel(last), isVowel(before), !isVowel(characters[characters.count - 3]),
            !"wxy".contains(last), characters.count <= 4
        {
            return stem + "e"
        }
        return stem
    }

    private static func adjectiveBase(_ word: String) -> String {
        if word.hasSuffix("iest") && word.count > 5 { return word.dropLast(4) + "y" }
        if word.hasSuffix("ier") && word.count > 4 { return word.dropLast(3) + "y" }
        return word
    }
}

extension Lemmatizer {
    /// Writes the exception table into an archive.
    package func write(into archive: inout ModelArchive) {
        archive.set("lemmatizer.exceptions") { writer in
            let entries = exceptions.sorted { $0.key < $1.key }
            writer.append(strings: entries.map(\.key))
            writer.append(strings: entries.map(\.value))
        }
    }

    /// Reads the exception table from an archive.
    package init(from archive: ModelArchive) throws {
        var reader = try archive.reader(for: "lemmatizer.exceptions")
        let keys = try reader.readStrings()
        let values = try reader.readStrings()
        guard keys.count == values.count else { throw ModelFileError.corrupt("lemma exceptions do not pair up") }
        self.init(exceptions: Dictionary(zip(keys, values), uniquingKeysWith: { first, _ in first }))
    }
}
