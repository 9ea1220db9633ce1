/// Splits text into syntactic words the way Universal Dependencies English (EWT) does, so that the tagger, parser
/// and entity tagger see words shaped like those they were trained on; every word keeps its byte range in the text.
///
/// The rules, on UTF-8 bytes:
/// - A written token is a run of letters, digits and marks of any script, joined across an apostrophe before a
///   letter ("O’Brien", "don't"), a full stop before a word character ("U.S", "3.5", "example.com"), a comma
///   before exactly three digits ("1,200"), a hyphen, an "@" (e-mail addresses) and an "&" between capitals
///   ("AT&T").
/// - A full stop after an abbreviation, an initial or a dotted acronym stays on the word ("Dr.", "K.", "U.S.").
/// - Hyphenated compounds are split at their hyphens ("900-kilometer" → "900", "-", "kilometer"), as EWT does,
///   except after the prefixes EWT keeps attached ("non-stop", "co-workers", "e-mail", "anti-ship").
/// - Clitics are split off the end of a token as words of their own: the possessive and contracted "'s", "'re",
///   "'ve", "'ll", "'d", "'m" (straight or curly apostrophe), and "n't" ("didn't" → "did" + "n't", "can't" →
///   "ca" + "n't", "won't" → "wo" + "n't"); "cannot", "gonna", "wanna" and "gotta" split in two as in EWT. A
///   clitic already written apart after a space ("What 's", "they 're", in text tokenised before) is one word.
/// - Every other character is a word of its own, but for runs of full stops, "!" and "?" ("...", "?!") and of
///   hyphens ("--"), which stay together.
///
/// One pass over the bytes; O(n) in the text's length.
package enum UDTokenizer {
    /// The words of `text`; ranges are UTF-8 byte offsets into `text`.
    package static func words(in text: String) -> [UDWord] {
        var copy = text
        return copy.withUTF8 { words(utf8: $0) }
    }

    /// The words of `text`; ranges are UTF-8 byte offsets into `text` (counted from its start, not its base's).
    package static func words(in text: Substring) -> [UDWord] { words(in: String(text)) }

    /// The words of UTF-8 `bytes`; ranges are offsets into `bytes`.
    package static func words(utf8 bytes: UnsafeBufferPointer<UInt8>) -> [UDWord] {
        var pieces: [(range: Range<Int>, token: Range<Int>?)] = []
        pieces.reserveCapacity(bytes.count / 4 + 1)
        var index = 0
        while index < bytes.count {
            let spaceLength = Self.spaceLength(bytes, at: index)
            if spaceLength > 0 {
                index += spaceLength
                continue
            }
            let (isWord, length) = UTF8Classes.wordCharacter(in: bytes, at: index)
            if let end = detachedCliticEnd(bytes, at: index) {
                pieces.append((index..<end, nil))
                index = end
            } else if isWord {
                let end = tokenEnd(bytes, from: index)
                split(bytes, index..<end, into: &pieces)
                index = end
            } else {
                let end = punctuationEnd(bytes, from: index, length: length)
                pieces.append((index..<end, nil))
                index = end
            }
        }
        return pieces.map { piece in
            UDWord(
                text: String(decoding: UnsafeBufferPointer(rebasing: bytes[piece.range]), as: UTF8.self),
                range: piece.range,
                spaceAfter: piece.range.upperBound == bytes.count || spaceLength(bytes, at: piece.range.upperBound) > 0,
                token: piece.token)
        }
    }

    /// Prefixes that EWT keeps joined to the rest of a hyphenated word.
    static let attachedPrefixes: Set<String> = [
        "e", "co", "pre", "post", "non", "re", "semi", "pro", "multi", "mid", "ex", "anti", "over",
    ]

    /// The length of white space at `index` (ASCII white space or a no-break space), or 0.
    @inline(__always)
    static func spaceLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let byte = bytes[index]
        if UTF8Classes.isSpace(byte) { return 1 }
        if byte == 0xC2, index + 1 < bytes.count, bytes[index + 1] == 0xA0 { return 2 }
        return 0
    }

    /// Whether the character at `index` (in bounds) belongs inside a word.
    @inline(__always)
    static func isWordCharacter(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        index < bytes.count && UTF8Classes.wordCharacter(in: bytes, at: index).0
    }

    /// The end of the written token that starts with a word character at `start`.
    static func tokenEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        let count = bytes.count
        if let end = addressEnd(bytes, from: start) { return end }
        var position = start
        while position < count {
            let (isWord, length) = UTF8Classes.wordCharacter(in: bytes, at: position)
            if isWord {
                position += length
                continue
            }
            let byte = bytes[position]
            let apostrophe = UTF8Classes.apostropheLength(in: bytes, at: position)
            let hyphen = UTF8Classes.hyphenLength(in: bytes, at: position)
            if apostrophe > 0, position + apostrophe < count, UTF8Classes.isLetter(in: bytes, at: position + apostrophe)
            {
                position += apostrophe
            } else if hyphen > 0, isWordCharacter(bytes, at: position + hyphen) {
                position += hyphen
            } else if byte == UInt8(ascii: "."), isWordCharacter(bytes, at: position + 1) {
                position += 1
            } else if byte == UInt8(ascii: ","), position > start, UTF8Classes.isDigit(bytes[position - 1]),
                threeDigitsFollow(bytes, after: position)
            {
                position += 1
            } else if byte == UInt8(ascii: ":") || byte == UInt8(ascii: "/"), position > start,
                UTF8Classes.isDigit(bytes[position - 1]), position + 1 < count, UTF8Classes.isDigit(bytes[position + 1])
            {
                // Times and dates: "08:02", "02/13/2001".
                position += 1
            } else if byte == UInt8(ascii: "@"), isWordCharacter(bytes, at: position + 1) {
                position += 1
            } else if byte == UInt8(ascii: "&"), position > start, UTF8Classes.isUpper(bytes[position - 1]),
                position + 1 < count, UTF8Classes.isUpper(bytes[position + 1])
            {
                position += 1
            } else {
                break
            }
        }
        // A full stop that belongs to an abbreviation, an initial or a dotted acronym.
        if position < count, bytes[position] == UInt8(ascii: "."),
            keepsFullStop(bytes, start..<position)
        {
            position += 1
        }
        return position
    }

    /// The end of a web address starting at `start` ("http://…", "https://…", "www.…"): it runs to the next white
    /// space, less a final full stop, comma or closing bracket. Nil when no address starts there.
    static func addressEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        func starts(with prefix: String) -> Bool {
            let prefix = Array(prefix.utf8)
            guard start + prefix.count <= bytes.count else { return false }
            return prefix.indices.allSatisfy {
                bytes[start + $0] | 0x20 == prefix[$0] | 0x20 || bytes[start + $0] == prefix[$0]
            }
        }
        guard starts(with: "http://") || starts(with: "https://") || starts(with: "www.") else { return nil }
        var end = start
        while end < bytes.count, spaceLength(bytes, at: end) == 0 { end += 1 }
        while end > start + 4, [UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: ")")].contains(bytes[end - 1]) {
            end -= 1
        }
        return end
    }

    /// Whether the full stop after the token `range` belongs to it: after a title, a month, an initial, a dotted
    /// acronym or a common abbreviation; after "No." or "pp." only when a number follows.
    static func keepsFullStop(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
        switch Abbreviations.classify(text) {
        case .none:
            return false
        case .number:
            var next = range.upperBound + 1
            while next < bytes.count, UTF8Classes.isSpace(bytes[next]) { next += 1 }
            return next < bytes.count && UTF8Classes.isDigit(bytes[next])
        default:
            return true
        }
    }

    /// Whether exactly three digits, and no fourth, follow the comma at `index`.
    static func threeDigitsFollow(_ bytes: UnsafeBufferPointer<UInt8>, after index: Int) -> Bool {
        guard index + 3 < bytes.count else { return false }
        for offset in 1...3 where !UTF8Classes.isDigit(bytes[index + offset]) { return false }
        return index + 4 >= bytes.count || !UTF8Classes.isDigit(bytes[index + 4])
    }

    /// The end of the punctuation or symbol word that starts at `start` (`length` bytes long).
    static func punctuationEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, length: Int) -> Int {
        let byte = bytes[start]
        var end = start + length
        if byte == UInt8(ascii: ".") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?") {
            while end < bytes.count, [UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?")].contains(bytes[end]) {
                end += 1
            }
        } else if repeatable.contains(byte) {
            // "--", "***", "====": a run of one symbol is one word.
            while end < bytes.count, bytes[end] == byte { end += 1 }
        }
        return end
    }

    /// ASCII symbols whose runs make one word.
    static let repeatable: Set<UInt8> = Set("-*=_~#+".utf8)

    /// Splits the written token `range` into words: at hyphens, then clitics off its end.
    static func split(
        _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>,
        into pieces: inout [(range: Range<Int>, token: Range<Int>?)]
    ) {
        var parts: [Range<Int>] = []
        var hyphens: [Range<Int>] = []
        var partStart = range.lowerBound
        var position = range.lowerBound
        var hasAt = false
        while position < range.upperBound {
            if bytes[position] == UInt8(ascii: "@") { hasAt = true }
            let hyphen = UTF8Classes.hyphenLength(in: bytes, at: position)
            if hyphen > 0 {
                parts.append(partStart..<position)
                hyphens.append(position..<(position + hyphen))
                position += hyphen
                partStart = position
            } else {
                position += 1
            }
        }
        parts.append(partStart..<range.upperBound)
        let firstPart = String(decoding: UnsafeBufferPointer(rebasing: bytes[parts[0]]), as: UTF8.self).lowercased()
        let keepWhole =
            parts.count == 1 || hasAt || attachedPrefixes.contains(firstPart)
            || (parts.count >= 3 && parts.allSatisfy { part in part.allSatisfy { UTF8Classes.isDigit(bytes[$0]) } })
            || (parts.count == 2 && parts[0].count == 3 && parts[1].count == 4
                && parts.allSatisfy { part in part.allSatisfy { UTF8Classes.isDigit(bytes[$0]) } })
        if keepWhole {
            splitClitics(bytes, range, into: &pieces)
            return
        }
        for (offset, part) in parts.enumerated() {
            if offset > 0 { pieces.append((hyphens[offset - 1], nil)) }
            if offset == parts.count - 1 {
                splitClitics(bytes, part, into: &pieces)
            } else {
                pieces.append((part, nil))
            }
        }
    }

    /// Words that split in two as EWT splits them, with the length of their first word.
    static let fusedWords: [String: Int] = ["cannot": 3, "gonna": 3, "wanna": 3, "gotta": 3]

    /// Contracted endings split off after an apostrophe.
    static let cliticEndings: Set<String> = ["s", "re", "ve", "ll", "d", "m"]

    /// The end of a clitic written apart at `index` — an apostrophe after white space, a clitic ending, then no
    /// word character ("What 's", "we 'll") — or nil.
    static func detachedCliticEnd(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int? {
        let apostrophe = UTF8Classes.apostropheLength(in: bytes, at: index)
        let afterSpace =
            index > 0 && UTF8Classes.isSpace(bytes[index - 1])
            || index > 1 && bytes[index - 2] == 0xC2 && bytes[index - 1] == 0xA0
        guard apostrophe > 0, afterSpace else { return nil }
        var end = index + apostrophe
        while end < bytes.count, end - index - apostrophe < 2, UTF8Classes.isLetter(in: bytes, at: end),
            bytes[end] < 0x80
        {
            end += 1
        }
        guard end > index + apostrophe, !isWordCharacter(bytes, at: end) else { return nil }
        let ending = String(
            decoding: UnsafeBufferPointer(rebasing: bytes[(index + apostrophe)..<end]), as: UTF8.self
        ).lowercased()
        return cliticEndings.contains(ending) ? end : nil
    }

    /// Appends the word `range`, with a clitic at its end split off as a word of its own.
    static func splitClitics(
        _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>,
        into pieces: inout [(range: Range<Int>, token: Range<Int>?)]
    ) {
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
        let lowered = text.lowercased()
        if let first = fusedWords[lowered] {
            let cut = range.lowerBound + first
            pieces.append((range.lowerBound..<cut, range))
            pieces.append((cut..<range.upperBound, range))
            return
        }
        // The last apostrophe of the token, if any.
        var apostrophe: Range<Int>?
        var position = range.lowerBound
        while position < range.upperBound {
            let length = UTF8Classes.apostropheLength(in: bytes, at: position)
            if length > 0 {
                apostrophe = position..<(position + length)
                position += length
            } else {
                position += 1
            }
        }
        guard let apostrophe, apostrophe.lowerBound > range.lowerBound else {
            pieces.append((range, nil))
            return
        }
        let ending = String(
            decoding: UnsafeBufferPointer(rebasing: bytes[apostrophe.upperBound..<range.upperBound]), as: UTF8.self
        )
        .lowercased()
        if ending == "t", bytes[apostrophe.lowerBound - 1] | 0x20 == UInt8(ascii: "n"),
            apostrophe.lowerBound - 1 > range.lowerBound
        {
            // "didn't" → "did" + "n't"; "can't" → "ca" + "n't"; "won't" → "wo" + "n't".
            let cut = apostrophe.lowerBound - 1
            pieces.append((range.lowerBound..<cut, range))
            pieces.append((cut..<range.upperBound, range))
            return
        }
        if cliticEndings.contains(ending) {
            pieces.append((range.lowerBound..<apostrophe.lowerBound, range))
            pieces.append((apostrophe.lowerBound..<range.upperBound, range))
            return
        }
        pieces.append((range, nil))
    }
}
