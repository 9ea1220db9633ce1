/// What a news document states in its header rather than in its sentences: the date line under the headline
/// ("Friday, May 8, 2009") and the dateline opening the first paragraph ("Islamabad, Pakistan – …"). Questions
/// about the report itself ("When was the article published?", "From which city was the report filed?") are
/// answered from it (`HeaderQuestion`).
package struct DocumentHeader: Sendable, Equatable {
    /// One fact of the header: the sentence it is read from and the answer's place in it.
    package struct Fact: Sendable, Equatable {
        /// The sentence's position in corpus order.
        package let sentence: Int
        /// The answer's UTF-8 byte range in the sentence.
        package let range: Range<Int>
        /// The answer's text.
        package let text: String
    }

    /// The publication date: a sentence near the top that is a date and nothing else (a weekday may lead it).
    package var date: Fact?
    /// The place the report was filed from: the first name of the dateline opening a sentence near the top.
    package var place: Fact?

    /// How many sentences from a document's start are searched for its header (headline, date line, first
    /// sentence, and one more for a subtitle).
    static let searched = 4

    /// The most words a date line has ("Friday, 8 May 2009, 14:30 GMT").
    static let longestDateLine = 10

    /// The header of document `document` of `corpus`, its dates read by `recognizer`.
    package init(document: Int, corpus: Corpus, recognizer: SpanRecognizer) {
        let sentences = corpus.sentences
        let start = Self.firstSentence(of: document, in: sentences)
        for position in start..<min(start + Self.searched, sentences.count) {
            let sentence = sentences[position]
            guard sentence.document == document else { break }
            let view = SentenceView(sentence.text)
            if date == nil, let range = Self.dateLine(view, recognizer: recognizer) {
                date = Fact(sentence: position, range: range, text: view.string(range))
            }
            if place == nil, let range = Self.datelinePlace(view) {
                place = Fact(sentence: position, range: range, text: view.string(range))
            }
        }
    }

    /// Creates a header from its facts.
    package init(date: Fact?, place: Fact?) {
        self.date = date
        self.place = place
    }

    /// The position of the first sentence of `document` (sentences are in document order).
    static func firstSentence(of document: Int, in sentences: SentenceList) -> Int {
        var low = 0
        var high = sentences.count
        while low < high {
            let middle = (low + high) / 2
            if sentences[middle].document < document { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// The byte range of the whole sentence when it is a date line: a date with a year, led at most by a weekday,
    /// followed by nothing but a time or punctuation; nil otherwise.
    static func dateLine(_ view: SentenceView, recognizer: SpanRecognizer) -> Range<Int>? {
        guard !view.words.isEmpty, view.words.count <= longestDateLine else { return nil }
        let dates = recognizer.spans(in: view).filter { $0.type == .date }
        guard let date = dates.max(by: { $0.tokens.count < $1.tokens.count }),
            date.tokens.contains(where: { isYear(view.words[$0].term) })
        else { return nil }
        let leading = 0..<date.tokens.lowerBound
        guard leading.allSatisfy({ weekdays.contains(view.words[$0].term) }) else { return nil }
        let trailing = date.tokens.upperBound..<view.words.count
        guard trailing.allSatisfy({ isTimeWord(view.words[$0].term) }) else { return nil }
        return view.byteRange(0..<date.tokens.upperBound)
    }

    /// The byte range of the dateline's first name ("Islamabad" of "Islamabad, Pakistan – …"), nil when the
    /// sentence does not open with a dateline.
    static func datelinePlace(_ view: SentenceView) -> Range<Int>? {
        let end = view.datelineEnd
        guard end > 0 else { return nil }
        var last = 0
        while last + 1 < end {
            let between = view.bytes[view.words[last].range.upperBound..<view.words[last + 1].range.lowerBound]
            if between.contains(UInt8(ascii: ",")) { break }
            last += 1
        }
        return view.byteRange(0..<last + 1)
    }

    /// Whether `word` (a token's term) is a year of four digits.
    static func isYear(_ word: String) -> Bool {
        word.utf8.count == 4 && word.utf8.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
    }

    /// Whether `word` (a token's term) may follow a date on its line: a clock time ("14:30"), a time zone or a meridiem.
    static func isTimeWord(_ word: String) -> Bool {
        if timeWords.contains(word) { return true }
        return !word.isEmpty
            && word.utf8.allSatisfy { ($0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9")) || $0 == UInt8(ascii: ":") }
    }

    /// The weekdays and their abbreviations, lowercased.
    static let weekdays: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "tues", "wed",
        "thu", "thur", "thurs", "fri", "sat", "sun",
    ]

    /// Words that may follow a date on a date line.
    static let timeWords: Set<String> = ["gmt", "utc", "bst", "est", "edt", "pst", "pdt", "am", "pm", "a.m.", "p.m."]
}
