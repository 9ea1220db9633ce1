/// Reads a question's `QuestionToken`s off the words of its Universal Dependencies tokenisation (`UDTokenizer`,
/// the one tokeniser every analysis of the question uses), working on UTF-8 bytes.
///
/// Handles both running text ("What's Pakistan’s capital?") and the pre-tokenised TREC style
/// ("What 's Pakistan 's capital ?"): curly apostrophes and quotes become straight, a trailing `'s` is split
/// off as its own token, and `.`, `-`, `'`, `&` stay inside a word when a letter or digit follows
/// (`U.S.`, `.com`, `nuclear-armed`, `AT&T`, `3.5`, `1,200`).
enum QuestionTokenizer {
    /// The tokens of `question`, and the text of every double-quoted span (trimmed, in order), from the words
    /// Universal Dependencies tokenisation makes of it (the words every analysis of the question has).
    static func tokenize(_ question: String) -> (tokens: [QuestionToken], phrases: [String]) {
        tokenize(question, words: UDTokenizer.words(in: question))
    }

    /// The tokens of `question` read off its UD `words` (as `SentenceAnalysis.words` holds them): the pieces UD
    /// splits inside one written token are joined again where the classifier's patterns read one word — across
    /// a hyphen, slash, plus, ampersand or full stop between word characters ("nuclear-armed") and across a
    /// contraction ("did" + "n't"), while a possessive or contracted `'s` stays a token of its own. Each token
    /// records the UD words it is made of (`QuestionToken.words`).
    static func tokenize(_ question: String, words: [UDWord]) -> (tokens: [QuestionToken], phrases: [String]) {
        let text = Array(question.utf8)
        // Each word's bytes with curly quotes and dashes made ASCII, so joins are decided on plain punctuation.
        let forms = words.map { normalizedBytes(String(decoding: text[$0.range], as: UTF8.self)) }
        var tokens: [QuestionToken] = []
        var phrases: [String] = []
        var quoteStart: Int?
        var group = 0
        while group < words.count {
            var last = group
            while last + 1 < words.count, joins(words, forms, last, last + 1) { last += 1 }
            let span = words[group].range.lowerBound..<words[last].range.upperBound
            let bytes = Array(forms[group...last].joined())
            defer { group = last + 1 }
            let first = tokens.count
            if bytes.contains(where: isWordByte) {
                appendWord(bytes[...], quoted: quoteStart != nil, to: &tokens)
            } else {
                // Punctuation: one token a character, as written ("???" is three question marks).
                for character in String(decoding: bytes, as: UTF8.self) where !character.isWhitespace {
                    let piece = Array(String(character).utf8)
                    if piece == [UInt8(ascii: "\"")] {
                        if let start = quoteStart {
                            let inner = normalizedBytes(String(decoding: text[start..<span.lowerBound], as: UTF8.self))
                            let trimmed = trimSpaces(String(decoding: inner, as: UTF8.self))
                            if !trimmed.isEmpty { phrases.append(trimmed) }
                            quoteStart = nil
                        } else {
                            quoteStart = span.upperBound
                        }
                        tokens.append(makeToken(piece[...], quoted: false))
                    } else {
                        tokens.append(makeToken(piece[...], quoted: quoteStart != nil))
                    }
                }
            }
            for index in first..<tokens.count { tokens[index].words = group..<(last + 1) }
        }
        return (tokens, phrases)
    }

    /// Whether UD word `next` continues the classifier's token that word `index` ends (`forms` are the words'
    /// normalised bytes): no space between them, and a word character meeting a word character ("did" + "n't"),
    /// a joiner between word characters ("nuclear" + "-" + "armed", "they" + "'re"), or a full stop or apostrophe
    /// written apart before a word (".com", the "'s" of pre-tokenised "What 's").
    private static func joins(_ words: [UDWord], _ forms: [[UInt8]], _ index: Int, _ next: Int) -> Bool {
        guard words[index].range.upperBound == words[next].range.lowerBound, let before = forms[index].last,
            let after = forms[next].first
        else { return false }
        if isWordByte(before), isWordByte(after) { return true }
        if isWordByte(before), isJoiner(after), after != UInt8(ascii: ",") {
            // A joiner opening the next word joins when a word character follows it, in that word or the one after.
            if forms[next].count > 1 { return isWordByte(forms[next][1]) }
            return next + 1 < words.count && words[next + 1].range.lowerBound == words[next].range.upperBound
                && forms[next + 1].first.map(isWordByte) == true
        }
        let apart = index == 0 || words[index - 1].range.upperBound < words[index].range.lowerBound
        if forms[index].count == 1, before == UInt8(ascii: "'") || before == UInt8(ascii: "."), isWordByte(after) {
            if apart { return true }
        }
        if isJoiner(before), isWordByte(after), before != UInt8(ascii: ","), forms[index].count == 1, !apart {
            return forms[index - 1].last.map(isWordByte) == true
        }
        return false
    }

    /// The bytes of the question with curly quotes, backquotes, dashes and no-break spaces made ASCII.
    private static func normalizedBytes(_ text: String) -> [UInt8] {
        let input = Array(text.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(input.count)
        var index = 0
        while index < input.count {
            let byte = input[index]
            if byte == 0xE2, index + 2 < input.count, input[index + 1] == 0x80 {
                let replacement: UInt8? =
                    switch input[index + 2] {
                    case 0x98, 0x99, 0x9B, 0xB2: UInt8(ascii: "'")
                    case 0x9C, 0x9D, 0x9E, 0x9F, 0xB3: UInt8(ascii: "\"")
                    case 0x93, 0x94: UInt8(ascii: " ")
                    default: nil
                    }
                if let replacement {
                    out.append(replacement)
                    index += 3
                    continue
                }
            }
            if byte == 0xC2, index + 1 < input.count, input[index + 1] == 0xA0 {
                out.append(UInt8(ascii: " "))
                index += 2
                continue
            }
            out.append(byte == UInt8(ascii: "`") ? UInt8(ascii: "'") : byte)
            index += 1
        }
        return out
    }

    /// Appends a word, splitting a trailing possessive or contracted `'s` into its own token.
    private static func appendWord(_ word: ArraySlice<UInt8>, quoted: Bool, to tokens: inout [QuestionToken]) {
        let apostrophe = UInt8(ascii: "'")
        if word.count > 2, word[word.endIndex - 2] == apostrophe,
            word[word.endIndex - 1] | 0x20 == UInt8(ascii: "s")
        {
            tokens.append(makeToken(word[word.startIndex..<word.endIndex - 2], quoted: quoted))
            tokens.append(makeToken(word[(word.endIndex - 2)...], quoted: quoted))
        } else if word.count >= 4, word.count <= 6, word.last.map({ $0 | 0x20 }) == UInt8(ascii: "s"),
            contractedQuestionWords.contains(Array(word.dropLast()).map { $0 | 0x20 })
        {
            // "whats", "whos" typed without the apostrophe: the question word and 's.
            tokens.append(makeToken(word.dropLast(), quoted: quoted))
            tokens.append(makeToken(Array("'s".utf8)[...], quoted: quoted))
        } else {
            tokens.append(makeToken(word, quoted: quoted))
        }
    }

    /// Question words whose contraction with *is* is often typed without its apostrophe (*whats*, *wheres*).
    private static let contractedQuestionWords: Set<[UInt8]> = Set(
        ["what", "who", "where", "when", "how"].map { Array($0.utf8) })

    /// Builds a token from its bytes.
    private static func makeToken(_ word: ArraySlice<UInt8>, quoted: Bool) -> QuestionToken {
        var lowered: [UInt8] = []
        lowered.reserveCapacity(word.count)
        var isWord = false
        var letters = 0
        var uppers = 0
        for byte in word {
            if isWordByte(byte) { isWord = true }
            if isLetter(byte) { letters += 1 }
            if byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") {
                uppers += 1
                lowered.append(byte | 0x20)
            } else {
                lowered.append(byte)
            }
        }
        let first = word.first ?? 0
        return QuestionToken(
            text: String(decoding: word, as: UTF8.self),
            lower: String(decoding: lowered, as: UTF8.self),
            isWord: isWord,
            isCapitalized: first >= UInt8(ascii: "A") && first <= UInt8(ascii: "Z"),
            isAllCaps: letters >= 2 && uppers == letters,
            isQuoted: quoted
        )
    }

    /// Trims ASCII spaces from both ends.
    private static func trimSpaces(_ text: String) -> String {
        let utf8 = Array(text.utf8)
        guard let first = utf8.firstIndex(where: { !isSpace($0) }),
            let last = utf8.lastIndex(where: { !isSpace($0) })
        else { return "" }
        return String(decoding: utf8[first...last], as: UTF8.self)
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    private static func isLetter(_ byte: UInt8) -> Bool {
        let folded = byte | 0x20
        return folded >= UInt8(ascii: "a") && folded <= UInt8(ascii: "z")
    }

    /// Letters, digits and any non-ASCII byte (letters of other scripts; curly punctuation is normalised first).
    private static func isWordByte(_ byte: UInt8) -> Bool {
        isLetter(byte) || isDigit(byte) || byte >= 0x80
    }

    /// Characters kept inside a word when a letter or digit follows.
    private static func isJoiner(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: ".") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "'")
            || byte == UInt8(ascii: "&") || byte == UInt8(ascii: ",") || byte == UInt8(ascii: "/")
            || byte == UInt8(ascii: "+")
    }
}
