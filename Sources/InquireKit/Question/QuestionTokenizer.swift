/// Splits a question into `QuestionToken`s, working on UTF-8 bytes.
///
/// Handles both running text ("What's Pakistan’s capital?") and the pre-tokenised TREC style
/// ("What 's Pakistan 's capital ?"): curly apostrophes and quotes become straight, a trailing `'s` is split
/// off as its own token, and `.`, `-`, `'`, `&` stay inside a word when a letter or digit follows
/// (`U.S.`, `.com`, `nuclear-armed`, `AT&T`, `3.5`, `1,200`).
enum QuestionTokenizer {
    /// The tokens of `question`, and the text of every double-quoted span (trimmed, in order).
    static func tokenize(_ question: String) -> (tokens: [QuestionToken], phrases: [String]) {
        let bytes = normalizedBytes(question)
        var tokens: [QuestionToken] = []
        var phrases: [String] = []
        var quoteStart: Int?
        var index = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            if isSpace(byte) {
                index += 1
                continue
            }
            if byte == UInt8(ascii: "\"") {
                if let start = quoteStart {
                    let inner = String(decoding: bytes[start..<index], as: UTF8.self)
                    let trimmed = trimSpaces(inner)
                    if !trimmed.isEmpty { phrases.append(trimmed) }
                    quoteStart = nil
                } else {
                    quoteStart = index + 1
                }
                tokens.append(makeToken(bytes[index..<index + 1], quoted: false))
                index += 1
                continue
            }
            let end = wordEnd(bytes, from: index)
            if end == index {
                tokens.append(makeToken(bytes[index..<index + 1], quoted: quoteStart != nil))
                index += 1
                continue
            }
            appendWord(bytes[index..<end], quoted: quoteStart != nil, to: &tokens)
            index = end
        }
        return (tokens, phrases)
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

    /// The end (exclusive) of the word starting at `start`, or `start` when no word starts there.
    private static func wordEnd(_ bytes: [UInt8], from start: Int) -> Int {
        let count = bytes.count
        var index = start
        let first = bytes[index]
        if !isWordByte(first) {
            // A leading `.` or `'` starts a word when a letter or digit follows: `.com`, `'s`, `'em`.
            let joinable = first == UInt8(ascii: ".") || first == UInt8(ascii: "'")
            guard joinable, index + 1 < count, isWordByte(bytes[index + 1]) else { return start }
            if first == UInt8(ascii: "'"), start > 0, !isSpace(bytes[start - 1]), bytes[start - 1] != 0x22 {
                return start
            }
            index += 1
        }
        while index < count {
            let byte = bytes[index]
            if isWordByte(byte) {
                index += 1
            } else if byte == UInt8(ascii: "."), index + 2 < count, bytes[index + 1] == UInt8(ascii: "-"),
                isWordByte(bytes[index + 2])
            {
                index += 3  // "U.K.-born"
            } else if isJoiner(byte), index + 1 < count, isWordByte(bytes[index + 1]) {
                if byte == UInt8(ascii: ","), !(isDigit(bytes[index - 1]) && isDigit(bytes[index + 1])) { break }
                index += 2
            } else {
                break
            }
        }
        // Keep the final period of an initialism written with periods: `U.S.`, `a.m.`.
        if index < count, bytes[index] == UInt8(ascii: "."),
            isInitialism(bytes[start..<index]) || isPeriodAbbreviation(bytes[start..<index])
                || (index - start == 1 && bytes[start] >= UInt8(ascii: "A") && bytes[start] <= UInt8(ascii: "Z")
                    && index + 1 < count && bytes[index + 1] == UInt8(ascii: " "))
        {
            index += 1
        }
        return index
    }

    /// Whether the bytes spell an abbreviation that takes a period (`Mr`, `Inc`, `Mt`), followed by more text.
    private static func isPeriodAbbreviation(_ word: ArraySlice<UInt8>) -> Bool {
        guard word.count <= 5 else { return false }
        let lowered = String(decoding: word.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }, as: UTF8.self)
        return WordClasses.periodAbbreviations.contains(lowered)
    }

    /// Whether the bytes read like `u.s` or `a.m`: single letters separated by periods.
    private static func isInitialism(_ word: ArraySlice<UInt8>) -> Bool {
        var letters = 0
        var expectLetter = true
        for byte in word {
            if expectLetter {
                guard isLetter(byte) else { return false }
                letters += 1
            } else if byte != UInt8(ascii: ".") {
                return false
            }
            expectLetter.toggle()
        }
        return letters >= 2 && !expectLetter
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
