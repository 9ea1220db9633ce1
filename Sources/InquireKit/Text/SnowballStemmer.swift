/// English Snowball (Porter2) stemmer, the current Snowball 3.x `english` algorithm, working on UTF-8 bytes.
///
/// Reproduces the reference stemmer of snowballstem.org line for line (special words, `'` handling, Y-marking,
/// R1/R2 with the exceptional prefixes, steps 1a–5). Letters are ASCII; any other code point counts as one
/// non-vowel character, as in the reference. Arbitrary bytes, invalid UTF-8 included, never trap.
public enum SnowballStemmer {
    /// Stems one lowercased word given as UTF-8 bytes; returns the stem's bytes.
    @inlinable
    public static func stem<C: Collection>(utf8 word: C) -> [UInt8] where C.Element == UInt8 {
        if let stem = word.withContiguousStorageIfAvailable({ stem(contiguous: $0) }) { return stem }
        return stem(copied: [UInt8](word))
    }

    /// Convenience for Strings (lowercases nothing: pass a lowercased word).
    public static func stem(_ word: String) -> String {
        String(decoding: stem(utf8: word.utf8), as: UTF8.self)
    }

    /// Stems a word held in contiguous memory, copying it once into the array that becomes the result.
    @usableFromInline
    static func stem(contiguous word: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        stem(copied: [UInt8](word))
    }

    /// Stems a word already copied into its own array, editing that array into the result.
    @usableFromInline
    static func stem(copied word: [UInt8]) -> [UInt8] {
        var porter = Porter2Word(bytes: word)
        porter.stem()
        return porter.bytes
    }
}

/// The working state of one word being stemmed: its bytes (edited in place at the end) and its regions.
///
/// Positions are byte offsets. Only ASCII suffixes are ever removed or rewritten, so a multi-byte character is
/// never split; where the algorithm counts characters (length, "at the start", hops) continuation bytes are skipped.
private struct Porter2Word {
    /// The word; steps shorten or rewrite its end, never growing it past its original length.
    var bytes: [UInt8]
    /// Start of region R1 (byte offset).
    private var r1 = 0
    /// Start of region R2 (byte offset).
    private var r2 = 0
    /// Whether the prelude turned some `y` into the consonant marker `Y`.
    private var markedY = false

    init(bytes: [UInt8]) { self.bytes = bytes }

    // MARK: Driver

    /// Runs the whole algorithm on `bytes`.
    mutating func stem() {
        if replaceSpecialWord() { return }
        guard characterCount(atLeast: 3) else { return }
        prelude()
        markRegions()
        step1a()
        step1b()
        step1c()
        step2()
        step3()
        step4()
        step5()
        if markedY {
            for index in bytes.indices where bytes[index] == Letter.upperY { bytes[index] = Letter.y }
        }
    }

    /// Handles the invariant and irregular words that bypass the algorithm; returns whether the word was one.
    private mutating func replaceSpecialWord() -> Bool {
        guard bytes.count >= 3 && bytes.count <= 6 else { return false }
        switch bytes[0] {
        case UInt8(ascii: "a"): return isWord("andes") || isWord("atlas")
        case UInt8(ascii: "b"): return isWord("bias")
        case UInt8(ascii: "c"): return isWord("cosmos")
        case UInt8(ascii: "e"): return isWord("early") && replaceWord(with: "earli")
        case UInt8(ascii: "g"): return isWord("gently") && replaceWord(with: "gentl")
        case UInt8(ascii: "h"): return isWord("howe")
        case UInt8(ascii: "i"): return isWord("idly") && replaceWord(with: "idl")
        case UInt8(ascii: "n"): return isWord("news")
        case UInt8(ascii: "o"): return isWord("only") && replaceWord(with: "onli")
        case UInt8(ascii: "s"):
            if isWord("singly") { return replaceWord(with: "singl") }
            if isWord("skies") { return replaceWord(with: "sky") }
            if isWord("skis") { return replaceWord(with: "ski") }
            return isWord("sky")
        case UInt8(ascii: "u"): return isWord("ugly") && replaceWord(with: "ugli")
        default: return false
        }
    }

    /// Whether the whole word equals `word`.
    private func isWord(_ word: StaticString) -> Bool {
        word.utf8CodeUnitCount == bytes.count && ends(with: word)
    }

    /// Replaces the whole word; always returns `true` so it can end a special-word test.
    private mutating func replaceWord(with word: StaticString) -> Bool {
        bytes.removeAll(keepingCapacity: true)
        word.withUTF8Buffer { bytes.append(contentsOf: $0) }
        return true
    }

    // MARK: Prelude and regions

    /// Drops a leading apostrophe and marks consonant `y` (initial, or after a vowel) as `Y`.
    private mutating func prelude() {
        if bytes.first == Letter.apostrophe { bytes.removeFirst() }
        guard !bytes.isEmpty else { return }
        if bytes[0] == Letter.y {
            bytes[0] = Letter.upperY
            markedY = true
        }
        var index = 1
        while index < bytes.count {
            if bytes[index] == Letter.y && Letter.isVowel(bytes[index - 1]) {
                bytes[index] = Letter.upperY
                markedY = true
            }
            index += 1
        }
    }

    /// Sets R1 and R2: each starts after the first non-vowel that follows a vowel, except that R1 starts right
    /// after one of the exceptional prefixes (gener, commun, arsen, …) when the word begins with it.
    private mutating func markRegions() {
        r1 = bytes.count
        r2 = bytes.count
        guard let start1 = exceptionalPrefixLength() ?? afterVowelThenNonVowel(from: 0) else { return }
        r1 = start1
        guard let start2 = afterVowelThenNonVowel(from: start1) else { return }
        r2 = start2
    }

    /// The length of the exceptional R1 prefix the word begins with, if any.
    private func exceptionalPrefixLength() -> Int? {
        guard let first = bytes.first else { return nil }
        let prefix: StaticString
        switch first {
        case UInt8(ascii: "a"): prefix = "arsen"
        case UInt8(ascii: "c"): prefix = "commun"
        case UInt8(ascii: "e"): prefix = "emerg"
        case UInt8(ascii: "g"): prefix = "gener"
        case UInt8(ascii: "i"): prefix = "inter"
        case UInt8(ascii: "l"): prefix = "later"
        case UInt8(ascii: "o"): prefix = "organ"
        case UInt8(ascii: "p"): prefix = "past"
        case UInt8(ascii: "u"): prefix = "univers"
        default: return nil
        }
        return begins(with: prefix) ? prefix.utf8CodeUnitCount : nil
    }

    /// The offset just past the first non-vowel character that follows a vowel at or after `start`, if any.
    private func afterVowelThenNonVowel(from start: Int) -> Int? {
        var index = start
        while index < bytes.count && !Letter.isVowel(bytes[index]) { index += 1 }
        guard index < bytes.count else { return nil }
        index += 1
        while index < bytes.count && Letter.isVowel(bytes[index]) { index += 1 }
        guard index < bytes.count else { return nil }
        return characterEnd(from: index)
    }

    // MARK: Steps

    /// Step 1a: possessive `'s`, then plural `-sses`, `-ied`/`-ies`, `-s`.
    private mutating func step1a() {
        if ends(with: "'s'") {
            bytes.removeLast(3)
        } else if ends(with: "'s") {
            bytes.removeLast(2)
        } else if ends(with: "'") {
            bytes.removeLast(1)
        }
        if ends(with: "sses") {
            bytes.removeLast(2)
        } else if ends(with: "ied") || ends(with: "ies") {
            // "ties" → "tie" but "cries" → "cri": one character before the suffix keeps the "e".
            let start = bytes.count - 3
            let keepsE = start == 0 || characterStart(before: start) == 0
            replaceSuffix(length: 3, with: keepsE ? "ie" : "i")
        } else if ends(with: "ss") || ends(with: "us") {
            return
        } else if ends(with: "s") {
            // Delete the "s" if a vowel occurs before the character immediately preceding it ("gas", "kiwis").
            let start = bytes.count - 1
            guard start > 0 else { return }
            if containsVowel(before: characterStart(before: start)) { bytes.removeLast(1) }
        }
    }

    /// Step 1b: `-eed`/`-eedly` in R1, and `-ed`/`-edly`/`-ing`/`-ingly` after a vowel, with the tidy-ups.
    private mutating func step1b() {
        let length: Int
        var isEed = false
        var isIng = false
        if ends(with: "eedly") {
            (length, isEed) = (5, true)
        } else if ends(with: "ingly") {
            length = 5
        } else if ends(with: "edly") {
            length = 4
        } else if ends(with: "eed") {
            (length, isEed) = (3, true)
        } else if ends(with: "ing") {
            (length, isIng) = (3, true)
        } else if ends(with: "ed") {
            length = 2
        } else {
            return
        }
        let start = bytes.count - length
        if isEed {
            guard start >= r1 else { return }
            if start == 4 && (begins(with: "succ") || begins(with: "proc")) { return }
            if start == 3 && begins(with: "exc") { return }
            replaceSuffix(length: length, with: "ee")
            return
        }
        if isIng && ingStemIsKept(start: start) { return }
        guard containsVowel(before: start) else { return }
        bytes.removeLast(length)
        let end = bytes.count
        if ends(with: "at") || ends(with: "bl") || ends(with: "iz") {
            bytes.append(Letter.e)
        } else if end >= 2 && bytes[end - 1] == bytes[end - 2] && Letter.isUndoubled(bytes[end - 1]) {
            // "hopp" → "hop", but a double after a lone initial a/e/o stays ("add", "egg").
            if end == 3 && Letter.isAEO(bytes[0]) { return }
            bytes.removeLast(1)
        } else if end == r1 && isShortSyllable(endingAt: end) {
            bytes.append(Letter.e)
        }
    }

    /// The `-ing` special cases: "dying" → "die" (rewritten here) and whole stems such as "inning", "evening" that
    /// stay as they are. Returns whether step 1b is done.
    private mutating func ingStemIsKept(start: Int) -> Bool {
        if start >= 1 && bytes[start - 1] == Letter.y {
            let yStart = start - 1
            guard yStart > 0 else { return false }
            let consonant = characterStart(before: yStart)
            guard consonant == 0 && !Letter.isVowel(bytes[consonant]) else { return false }
            replaceSuffix(length: bytes.count - yStart, with: "ie")
            return true
        }
        switch start {
        case 3: return begins(with: "inn") || begins(with: "out")
        case 4: return begins(with: "even") || begins(with: "cann") || begins(with: "earr") || begins(with: "herr")
        default: return false
        }
    }

    /// Step 1c: final `y`/`Y` after a non-vowel that is not the first character becomes `i` ("cry" → "cri").
    private mutating func step1c() {
        guard let last = bytes.last, last == Letter.y || last == Letter.upperY else { return }
        let yStart = bytes.count - 1
        guard yStart > 0 else { return }
        let before = characterStart(before: yStart)
        guard before > 0 && !Letter.isVowel(bytes[before]) else { return }
        bytes[yStart] = Letter.i
    }

    /// Step 2: derivational suffixes in R1 mapped to shorter ones (`-ational` → `-ate`, `-ousli` → `-ous`, …).
    private mutating func step2() {
        guard let last = bytes.last else { return }
        switch last {
        case UInt8(ascii: "i"):
            if ends(with: "biliti") {
                replaceInR1(length: 6, with: "ble")
            } else if ends(with: "lessli") {
                replaceInR1(length: 6, with: "less")
            } else if ends(with: "fulli") {
                replaceInR1(length: 5, with: "ful")
            } else if ends(with: "ousli") {
                replaceInR1(length: 5, with: "ous")
            } else if ends(with: "entli") {
                replaceInR1(length: 5, with: "ent")
            } else if ends(with: "aliti") {
                replaceInR1(length: 5, with: "al")
            } else if ends(with: "iviti") {
                replaceInR1(length: 5, with: "ive")
            } else if ends(with: "abli") {
                replaceInR1(length: 4, with: "able")
            } else if ends(with: "alli") {
                replaceInR1(length: 4, with: "al")
            } else if ends(with: "anci") {
                replaceInR1(length: 4, with: "ance")
            } else if ends(with: "enci") {
                replaceInR1(length: 4, with: "ence")
            } else if ends(with: "bli") {
                replaceInR1(length: 3, with: "ble")
            } else if ends(with: "ogi") {
                let start = bytes.count - 3
                if start >= r1 && start > 0 && bytes[start - 1] == Letter.l { replaceSuffix(length: 3, with: "og") }
            } else if ends(with: "li") {
                let start = bytes.count - 2
                if start >= r1 && start > 0 && Letter.isValidLiEnding(bytes[start - 1]) { bytes.removeLast(2) }
            }
        case UInt8(ascii: "l"):
            if ends(with: "ational") {
                replaceInR1(length: 7, with: "ate")
            } else if ends(with: "tional") {
                replaceInR1(length: 6, with: "tion")
            }
        case UInt8(ascii: "m"):
            if ends(with: "alism") { replaceInR1(length: 5, with: "al") }
        case UInt8(ascii: "n"):
            if ends(with: "ization") {
                replaceInR1(length: 7, with: "ize")
            } else if ends(with: "ation") {
                replaceInR1(length: 5, with: "ate")
            }
        case UInt8(ascii: "r"):
            if ends(with: "izer") {
                replaceInR1(length: 4, with: "ize")
            } else if ends(with: "ator") {
                replaceInR1(length: 4, with: "ate")
            }
        case UInt8(ascii: "s"):
            if ends(with: "iveness") {
                replaceInR1(length: 7, with: "ive")
            } else if ends(with: "fulness") {
                replaceInR1(length: 7, with: "ful")
            } else if ends(with: "ousness") {
                replaceInR1(length: 7, with: "ous")
            }
        case UInt8(ascii: "t"):
            if ends(with: "ogist") { replaceInR1(length: 5, with: "og") }
        default:
            return
        }
    }

    /// Step 3: further derivational suffixes in R1 (`-icate` → `-ic`, `-ness` removed, `-ative` removed in R2).
    private mutating func step3() {
        guard let last = bytes.last else { return }
        switch last {
        case UInt8(ascii: "e"):
            if ends(with: "icate") {
                replaceInR1(length: 5, with: "ic")
            } else if ends(with: "ative") {
                if bytes.count - 5 >= r2 { bytes.removeLast(5) }
            } else if ends(with: "alize") {
                replaceInR1(length: 5, with: "al")
            }
        case UInt8(ascii: "i"):
            if ends(with: "iciti") { replaceInR1(length: 5, with: "ic") }
        case UInt8(ascii: "l"):
            if ends(with: "ational") {
                replaceInR1(length: 7, with: "ate")
            } else if ends(with: "tional") {
                replaceInR1(length: 6, with: "tion")
            } else if ends(with: "ical") {
                replaceInR1(length: 4, with: "ic")
            } else if ends(with: "ful") {
                replaceInR1(length: 3, with: "")
            }
        case UInt8(ascii: "s"):
            if ends(with: "ness") { replaceInR1(length: 4, with: "") }
        default:
            return
        }
    }

    /// Step 4: residual suffixes removed when in R2 (`-ance`, `-ement`, `-ion` after s or t, …).
    private mutating func step4() {
        guard let last = bytes.last else { return }
        let length: Int
        switch last {
        case UInt8(ascii: "c"):
            guard ends(with: "ic") else { return }
            length = 2
        case UInt8(ascii: "e"):
            if ends(with: "ance") || ends(with: "ence") || ends(with: "able") || ends(with: "ible") {
                length = 4
            } else if ends(with: "ate") || ends(with: "ive") || ends(with: "ize") {
                length = 3
            } else {
                return
            }
        case UInt8(ascii: "i"):
            guard ends(with: "iti") else { return }
            length = 3
        case UInt8(ascii: "l"):
            guard ends(with: "al") else { return }
            length = 2
        case UInt8(ascii: "m"):
            guard ends(with: "ism") else { return }
            length = 3
        case UInt8(ascii: "n"):
            guard ends(with: "ion") else { return }
            let start = bytes.count - 3
            guard start >= r2 && start > 0 && (bytes[start - 1] == Letter.s || bytes[start - 1] == Letter.t) else {
                return
            }
            length = 3
        case UInt8(ascii: "r"):
            guard ends(with: "er") else { return }
            length = 2
        case UInt8(ascii: "s"):
            guard ends(with: "ous") else { return }
            length = 3
        case UInt8(ascii: "t"):
            if ends(with: "ement") {
                length = 5
            } else if ends(with: "ment") {
                length = 4
            } else if ends(with: "ent") || ends(with: "ant") {
                length = 3
            } else {
                return
            }
        default:
            return
        }
        if bytes.count - length >= r2 { bytes.removeLast(length) }
    }

    /// Step 5: final `e` in R2, or in R1 unless it follows a short syllable; final `ll` in R2 loses one `l`.
    private mutating func step5() {
        guard let last = bytes.last else { return }
        let start = bytes.count - 1
        if last == Letter.e {
            if start >= r2 || (start >= r1 && !isShortSyllable(endingAt: start)) { bytes.removeLast(1) }
        } else if last == Letter.l {
            if start >= r2 && start > 0 && bytes[start - 1] == Letter.l { bytes.removeLast(1) }
        }
    }

    // MARK: Helpers

    /// Whether the word up to `end` ends in a short syllable: non-vowel (not w, x, Y) + vowel + non-vowel, or
    /// vowel + non-vowel at the very start, or "past".
    private func isShortSyllable(endingAt end: Int) -> Bool {
        guard end > 0 else { return false }
        let last = characterStart(before: end)
        if !Letter.isVowelWXY(bytes[last]) && last > 0 {
            let vowel = characterStart(before: last)
            if Letter.isVowel(bytes[vowel]) && vowel > 0 && !Letter.isVowel(bytes[characterStart(before: vowel)]) {
                return true
            }
        }
        if !Letter.isVowel(bytes[last]) && last > 0 {
            let vowel = characterStart(before: last)
            if vowel == 0 && Letter.isVowel(bytes[vowel]) { return true }
        }
        return end >= 4 && bytes[end - 4] == UInt8(ascii: "p") && bytes[end - 3] == UInt8(ascii: "a")
            && bytes[end - 2] == Letter.s && bytes[end - 1] == Letter.t
    }

    /// Whether the word has at least `minimum` characters (code points; continuation bytes are not counted).
    private func characterCount(atLeast minimum: Int) -> Bool {
        var count = 0
        for byte in bytes where !Letter.isContinuation(byte) {
            count += 1
            if count >= minimum { return true }
        }
        return false
    }

    /// The offset where the character ending at `end` starts; `end` must be positive.
    private func characterStart(before end: Int) -> Int {
        var index = end - 1
        while index > 0 && Letter.isContinuation(bytes[index]) { index -= 1 }
        return index
    }

    /// The offset just past the character starting at `start`; `start` must be inside the word.
    private func characterEnd(from start: Int) -> Int {
        var index = start + 1
        while index < bytes.count && Letter.isContinuation(bytes[index]) { index += 1 }
        return index
    }

    /// Whether a vowel occurs in the first `end` bytes.
    private func containsVowel(before end: Int) -> Bool {
        var index = 0
        while index < end {
            if Letter.isVowel(bytes[index]) { return true }
            index += 1
        }
        return false
    }

    /// Whether the word ends with the ASCII `suffix`.
    private func ends(with suffix: StaticString) -> Bool {
        let length = suffix.utf8CodeUnitCount
        guard length <= bytes.count else { return false }
        let base = bytes.count - length
        return suffix.withUTF8Buffer { suffixBytes in
            for offset in 0..<length where bytes[base + offset] != suffixBytes[offset] { return false }
            return true
        }
    }

    /// Whether the word begins with the ASCII `prefix`.
    private func begins(with prefix: StaticString) -> Bool {
        let length = prefix.utf8CodeUnitCount
        guard length <= bytes.count else { return false }
        return prefix.withUTF8Buffer { prefixBytes in
            for offset in 0..<length where bytes[offset] != prefixBytes[offset] { return false }
            return true
        }
    }

    /// Replaces the last `length` bytes with `replacement`.
    private mutating func replaceSuffix(length: Int, with replacement: StaticString) {
        bytes.removeLast(length)
        replacement.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    /// Replaces the last `length` bytes with `replacement` when they lie in R1.
    private mutating func replaceInR1(length: Int, with replacement: StaticString) {
        guard bytes.count - length >= r1 else { return }
        replaceSuffix(length: length, with: replacement)
    }
}

/// The byte constants and letter classes of the English stemmer.
private enum Letter {
    static let apostrophe = UInt8(ascii: "'")
    static let e = UInt8(ascii: "e")
    static let i = UInt8(ascii: "i")
    static let l = UInt8(ascii: "l")
    static let s = UInt8(ascii: "s")
    static let t = UInt8(ascii: "t")
    static let y = UInt8(ascii: "y")
    /// The marker for a `y` that acts as a consonant; it is not a vowel.
    static let upperY = UInt8(ascii: "Y")

    /// a e i o u y.
    @inline(__always) static func isVowel(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x61, 0x65, 0x69, 0x6F, 0x75, 0x79: return true
        default: return false
        }
    }

    /// A vowel, or w, x, Y: letters that cannot close a short syllable.
    @inline(__always) static func isVowelWXY(_ byte: UInt8) -> Bool {
        isVowel(byte) || byte == 0x77 || byte == 0x78 || byte == upperY
    }

    /// c d e g h k m n r t: the letters after which `-li` is removed in step 2.
    @inline(__always) static func isValidLiEnding(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x63, 0x64, 0x65, 0x67, 0x68, 0x6B, 0x6D, 0x6E, 0x72, 0x74: return true
        default: return false
        }
    }

    /// b d f g m n p r t: the letters whose doubling step 1b undoes.
    @inline(__always) static func isUndoubled(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x62, 0x64, 0x66, 0x67, 0x6D, 0x6E, 0x70, 0x72, 0x74: return true
        default: return false
        }
    }

    /// a e o.
    @inline(__always) static func isAEO(_ byte: UInt8) -> Bool { byte == 0x61 || byte == 0x65 || byte == 0x6F }

    /// A UTF-8 continuation byte (10xxxxxx).
    @inline(__always) static func isContinuation(_ byte: UInt8) -> Bool { byte & 0xC0 == 0x80 }
}
