/// A sentence that states another year than the question's: "How many died in the outbreak of 1471?" over "In 1466,
/// perhaps 40,000 people died of the plague in Paris." tells of another outbreak, so none of its candidates answers.
/// The question's years are its arguments (which instance of the event it asks about); a sentence that names years,
/// none of them the question's nor a span of them holding it, in a document that names none of the question's
/// years either, states another instance. A sentence naming no year says nothing against the question's, and a
/// document naming the question's year may state it in a sentence beside the answer's (a paragraph's "In 1942, …"
/// before "He was then its president").
///
/// Measured (session 20): SQuAD open-mode near misses declined 89 → 93 of 174 on the tuning side, 120 → 125 of 233
/// on the checking side; paragraph near misses of the checking half 81.34 → 81.74 %; right answers lost: one of the
/// tuning half (68.95 → 68.80 EM), none of the checking half, open mode or the hand-written sets.
package enum ConflictingYears {
    /// The years a text names: numbers of four digits from 1000 to 2099 standing alone (not "1920s" or "1950's",
    /// not "1,426", "$1500" or part of a longer number). Read on the text's UTF-8 bytes; only the characters right
    /// around a run of digits are decoded.
    package static func years(in text: String) -> [Int] {
        var result: [Int] = []
        let bytes = Array(text.utf8)
        func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
        // The character ending right before byte `index`, or starting at it.
        func character(endingBefore index: Int) -> Character {
            var start = index - 1
            while start > 0, bytes[start] & 0xC0 == 0x80 { start -= 1 }
            return String(decoding: bytes[start..<index], as: UTF8.self).first ?? " "
        }
        func character(startingAt index: Int) -> Character {
            var end = index + 1
            while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
            return String(decoding: bytes[index..<end], as: UTF8.self).first ?? " "
        }
        var index = 0
        while index < bytes.count {
            guard isDigit(bytes[index]) else {
                index += 1
                continue
            }
            var end = index
            while end < bytes.count, isDigit(bytes[end]) { end += 1 }
            if end - index == 4 {
                let before: Character = index > 0 ? character(endingBefore: index) : " "
                let after: Character = end < bytes.count ? character(startingAt: end) : " "
                let nextIsDigit = end + 1 < bytes.count && character(startingAt: end + 1).isNumber
                let glued =
                    before.isLetter || [",", ".", "$"].contains(before) || after.isLetter
                    || ["'", "\u{2019}"].contains(after) || ([",", "."].contains(after) && nextIsDigit)
                let value = bytes[index..<end].reduce(0) { $0 * 10 + Int($1 - UInt8(ascii: "0")) }
                if !glued, (1000...2099).contains(value) { result.append(value) }
            }
            index = end
        }
        return result
    }

    /// Whether a sentence naming `sentence` years states another instance than a question naming `question` years:
    /// both name years, they share none, and the sentence's years do not span one of the question's.
    package static func conflict(question: [Int], sentence: [Int]) -> Bool {
        guard !question.isEmpty, let low = sentence.min(), let high = sentence.max() else { return false }
        if !Set(question).isDisjoint(with: sentence) { return false }
        return !question.contains { low < $0 && $0 < high }
    }

    /// Whether the sentence `sentence` states another year than `asked`, the years the question names
    /// (`years(in:)`, read once per question), and its document (`document` gives its sentences' texts, read only
    /// when the sentence conflicts) names none of them.
    package static func conflict(asked: [Int], sentence: String, document: () -> [String]) -> Bool {
        guard !asked.isEmpty, conflict(question: asked, sentence: years(in: sentence)) else { return false }
        return !document().contains { !Set(years(in: $0)).isDisjoint(with: asked) }
    }
}
