/// A sentence prepared once for every recogniser: its UTF-8 bytes and its words (the tokenizer's tokens without
/// the parts of compounds, so "900-kilometer" is one word), with helpers on the bytes between words.
struct SentenceView: Sendable {
    /// The sentence text.
    let text: String
    /// The sentence's UTF-8 bytes.
    let bytes: [UInt8]
    /// Every token of the sentence, parts of compounds included (what the number reader works on).
    let tokens: [Token]
    /// The words: tokens that are not parts of a compound.
    let words: [Token]
    /// For each token, the index of the word it belongs to (a part maps to its compound).
    let wordOfToken: [Int]
    /// `punctuationCounts[i]`: how many of the words before word `i` are followed by punctuation
    /// (`punctuated(after:)`); `words.count + 1` entries, so any range is checked in O(1).
    private(set) var punctuationCounts: [Int] = []

    /// Tokenizes `text`.
    init(_ text: String) {
        self.text = text
        bytes = Array(text.utf8)
        tokens = Tokenizer.tokenize(text)
        var words: [Token] = []
        var map: [Int] = []
        words.reserveCapacity(tokens.count)
        map.reserveCapacity(tokens.count)
        for token in tokens {
            if token.kind != .part { words.append(token) }
            map.append(max(words.count - 1, 0))
        }
        self.words = words
        wordOfToken = map
        var counts = [0]
        counts.reserveCapacity(words.count + 1)
        for index in words.indices { counts.append(counts[index] + (punctuated(after: index) ? 1 : 0)) }
        punctuationCounts = counts
    }

    /// Whether punctuation follows any word in `range` (`punctuated(after:)` for one of them); O(1).
    func punctuated(within range: Range<Int>) -> Bool {
        guard !range.isEmpty else { return false }
        let lower = max(range.lowerBound, 0)
        let upper = min(range.upperBound, words.count)
        return lower < upper && punctuationCounts[upper] > punctuationCounts[lower]
    }

    /// The first word at or after `index` that punctuation follows (the last word when none does); O(log n).
    func nextPunctuated(from index: Int) -> Int {
        let start = max(index, 0)
        guard start < words.count else { return words.count - 1 }
        var low = start
        var high = words.count
        // The first `i > start` with more punctuated words before it than before `start`, minus one.
        while low < high {
            let middle = (low + high) / 2
            if punctuationCounts[middle + 1] > punctuationCounts[start] { high = middle } else { low = middle + 1 }
        }
        return min(low, words.count - 1)
    }

    /// One past the last word of a news dateline opening the sentence ("Islamabad, Pakistan – …"): capitalised
    /// words and commas before a dash within the first five words; 0 when there is none.
    var datelineEnd: Int {
        for index in 0..<min(5, words.count - 1) {
            guard isCapitalized(index) else { return 0 }
            let between = bytes[words[index].range.upperBound..<words[index + 1].range.lowerBound]
            if between.contains(0xE2) || between.contains(UInt8(ascii: "-")) { return index + 1 }
            if between.contains(where: { $0 != 0x20 && $0 != UInt8(ascii: ",") }) { return 0 }
        }
        return 0
    }

    /// The text of a byte range.
    func string(_ range: Range<Int>) -> String {
        String(decoding: bytes[range], as: UTF8.self)
    }

    /// The byte range covered by words `range` (lower..<upper word indices).
    func byteRange(_ range: Range<Int>) -> Range<Int> {
        words[range.lowerBound].range.lowerBound..<words[range.upperBound - 1].range.upperBound
    }

    /// The text of a word range.
    func string(words range: Range<Int>) -> String {
        string(byteRange(range))
    }

    /// Whether words `first` and `first + 1` are separated by exactly one space (no punctuation).
    func spaced(_ first: Int) -> Bool {
        guard first + 1 < words.count else { return false }
        let end = words[first].range.upperBound
        let start = words[first + 1].range.lowerBound
        return start == end + 1 && bytes[end] == 0x20
    }

    /// Whether a possessive "'s" or "’s" (or a bare apostrophe after a plural) follows word `index`.
    func possessive(_ index: Int) -> Bool {
        let end = words[index].range.upperBound
        if end < bytes.count, bytes[end] == UInt8(ascii: "'") { return true }
        return end + 2 < bytes.count && bytes[end] == 0xE2 && bytes[end + 1] == 0x80 && bytes[end + 2] == 0x99
    }

    /// Whether word `index` opens the sentence or a clause after a colon, where capitals say nothing of names.
    func isInitial(_ index: Int) -> Bool {
        if index == 0 { return true }
        let previous = words[index - 1].range.upperBound
        let between = bytes[previous..<words[index].range.lowerBound]
        return between.contains(UInt8(ascii: ":"))
    }

    /// Whether punctuation other than a space (or a possessive "'s") separates word `index` from the next word.
    func punctuated(after index: Int) -> Bool {
        guard index + 1 < words.count else { return true }
        var start = words[index].range.upperBound
        if possessive(index) { start += bytes[start] == UInt8(ascii: "'") ? 1 : 3 }
        if start < bytes.count, bytes[start] | 0x20 == UInt8(ascii: "s"), possessive(index) { start += 1 }
        let end = words[index + 1].range.lowerBound
        guard start <= end else { return false }
        return bytes[start..<end].contains { $0 != 0x20 }
    }

    /// The lowercased term of word `index`, or "" when out of range.
    func term(_ index: Int) -> String {
        index >= 0 && index < words.count ? words[index].term : ""
    }

    /// Whether word `index` starts with an upper-case letter and is not a number.
    func isCapitalized(_ index: Int) -> Bool {
        index >= 0 && index < words.count && words[index].isCapitalized && words[index].kind != .number
    }

    /// Whether word `index` is written in capitals only ("NFL", "CBS"), at least two letters.
    func isAcronym(_ index: Int) -> Bool {
        let range = words[index].range
        guard range.count >= 2 else { return false }
        return bytes[range].allSatisfy { UTF8Classes.isUpper($0) || UTF8Classes.isDigit($0) }
    }
}
