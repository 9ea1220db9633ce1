/// A window of a long sentence around the answer, for showing to people: a corpus without sentence punctuation
/// (a log, a table dumped as one line) can make one "sentence" megabytes long, and printing it whole buries the
/// answer. Works on UTF-8 bytes; cuts fall on spaces where one is near and always on character boundaries.
package enum Excerpt {
    /// The longest text shown, in UTF-8 bytes (before the "…" marks).
    package static let defaultLimit = 1_000

    /// How far a cut moves to reach a space, in bytes.
    static let spaceSearch = 40

    /// `text` cut to at most about `limit` bytes around the byte range `focus` (the start of the text when nil),
    /// with "…" where something was left out; the focus's byte range in the result. Text within the limit is
    /// returned unchanged.
    package static func cut(_ text: String, around focus: Range<Int>?, limit: Int = defaultLimit) -> (
        text: String, range: Range<Int>?
    ) {
        guard text.utf8.count > limit, limit > 0 else { return (text, focus) }
        let bytes = Array(text.utf8)
        let count = bytes.count
        let wanted = clamped(focus ?? 0..<0, count: count)
        var start: Int
        var end: Int
        if wanted.count >= limit {
            start = wanted.lowerBound
            end = wanted.lowerBound + limit
        } else {
            let slack = (limit - wanted.count) / 2
            start = max(0, wanted.lowerBound - slack)
            end = min(count, wanted.upperBound + slack)
            if start == 0 { end = min(count, limit) }
            if end == count { start = max(0, count - limit) }
        }
        if start > 0, let space = firstSpace(in: bytes, from: start, to: min(start + spaceSearch, wanted.lowerBound)) {
            start = space + 1
        }
        if end < count, let space = lastSpace(in: bytes, from: max(end - spaceSearch, wanted.upperBound), to: end) {
            end = space
        }
        // Whole characters: the start moves forward to a character's first byte, the end back to one (or, when
        // that would pass the start, forward).
        while start < count, bytes[start] & 0xC0 == 0x80 { start += 1 }
        while end < count, end > start, bytes[end] & 0xC0 == 0x80 { end -= 1 }
        if end < start { end = start }
        while end < count, bytes[end] & 0xC0 == 0x80 { end += 1 }
        let prefix = start > 0 ? "… " : ""
        let suffix = end < count ? " …" : ""
        let body = String(decoding: bytes[start..<end], as: UTF8.self)
        let shift = prefix.utf8.count - start
        let range = focus.map { _ -> Range<Int> in
            let lower = min(max(wanted.lowerBound, start), end) + shift
            let upper = min(max(wanted.upperBound, start), end) + shift
            return lower..<upper
        }
        return (prefix + body + suffix, range)
    }

    /// `text` cut around the first occurrence of the first of `terms` (analysed terms, best first) that it holds
    /// (the start when it holds none), as a search result shows a long sentence: where the query matched.
    package static func cut(_ text: String, matching terms: [String], limit: Int = defaultLimit) -> String {
        guard text.utf8.count > limit else { return text }
        var first: [String: Range<Int>] = [:]
        for token in Tokenizer.tokenize(text) {
            if let term = Analyzer.term(for: token), first[term] == nil { first[term] = token.range }
        }
        let focus = terms.lazy.compactMap { first[$0] }.first
        return cut(text, around: focus, limit: limit).text
    }

    /// `range` limited to `0..<count`.
    static func clamped(_ range: Range<Int>, count: Int) -> Range<Int> {
        let lower = min(max(range.lowerBound, 0), count)
        return lower..<min(max(range.upperBound, lower), count)
    }

    /// The first space in `from..<to`.
    static func firstSpace(in bytes: [UInt8], from: Int, to: Int) -> Int? {
        guard from < to else { return nil }
        return bytes[from..<to].firstIndex(of: 0x20)
    }

    /// The last space in `from..<to`.
    static func lastSpace(in bytes: [UInt8], from: Int, to: Int) -> Int? {
        guard from < to else { return nil }
        return bytes[from..<to].lastIndex(of: 0x20)
    }
}

extension Evidence {
    /// The evidence with its text cut to a window of about `limit` bytes around the answer (see `Excerpt`).
    package func excerpt(limit: Int = Excerpt.defaultLimit) -> Evidence {
        let cut = Excerpt.cut(text, around: range, limit: limit)
        return Evidence(sentence: sentence, text: cut.text, source: source, range: range == nil ? nil : cut.range)
    }
}
