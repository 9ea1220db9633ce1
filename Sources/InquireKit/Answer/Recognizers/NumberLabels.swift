/// Numbers that label a name rather than count ("Super Bowl 50", "Boeing 747", "Velayat 1402", "Windows 10"), and
/// the vulgar fractions glued to a number that the tokenizer leaves out of it ("5½ sacks").
enum NumberLabels {
    /// Whether the quantity is a number in digits that labels the name before it: one word of digits, with no
    /// qualifier or unit, right after a capitalised word (not one opening the sentence or a clause, not a
    /// stopword, a month or another time word) with a space between, no fraction glued to it, and no plural noun
    /// after it that it would count ("Winter Cup XL 10 players joined" counts players).
    static func labelsName(_ view: SentenceView, _ quantity: NumberRecognizer.Quantity) -> Bool {
        guard quantity.reading.qualifier == nil, quantity.reading.unit == nil, quantity.numberWords.count == 1
        else { return false }
        let word = quantity.numberWords.lowerBound
        guard word > 0, view.words[word].kind == .number, view.spaced(word - 1), view.isCapitalized(word - 1),
            !view.isInitial(word - 1), fractionLength(in: view.bytes, at: quantity.numberBytes.upperBound) == 0
        else { return false }
        let before = view.term(word - 1)
        guard !Stopwords.contains(before), !DateLexicon.isTimeWord(before), !DateLexicon.months.contains(before)
        else { return false }
        return word + 1 >= view.words.count || !DateRecognizer.countsPluralNoun(view, number: word)
    }

    /// The vulgar fractions written as one character: ½ ¼ ¾ (U+00BC–U+00BE) and ⅐ … ⅞ (U+2150–U+215E).
    static func isVulgarFraction(_ scalar: Unicode.Scalar) -> Bool {
        (0xBC...0xBE).contains(scalar.value) || (0x2150...0x215E).contains(scalar.value)
    }

    /// The length in bytes of a vulgar fraction written right at `index` of `bytes` ("½" of "5½"), 0 when there
    /// is none.
    static func fractionLength(in bytes: [UInt8], at index: Int) -> Int {
        guard index < bytes.count, bytes[index] >= 0xC2 else { return 0 }
        let length = bytes[index] >= 0xE0 ? 3 : 2
        guard index + length <= bytes.count,
            let scalar = String(decoding: bytes[index..<(index + length)], as: UTF8.self).unicodeScalars.first,
            isVulgarFraction(scalar)
        else { return 0 }
        return length
    }
}
