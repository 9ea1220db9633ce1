/// Lines written in title case — a headline such as "Storm Floods Coastal Towns, Closing Mountain Roads" — where
/// capitals mark every word, not names. A capitalised run of such a line is taken as a name only when its last
/// word is not a common word: one the rest of the document writes in lower case ("roads", "closing"), read by
/// its stem (truecasing from the document).
enum TitleCaseLines {
    /// The fewest words of four letters or more a title-cased line has.
    static let minimumWords = 3
    /// The least share of its words of four letters or more that start with a capital.
    static let capitalisedShare = 0.75

    /// Whether `text` is written in title case: at least `minimumWords` words of four letters or more, of which
    /// at least `capitalisedShare` start with a capital letter.
    static func isTitleCased(_ text: String) -> Bool {
        let words = text.split(whereSeparator: \.isWhitespace).filter { $0.filter(\.isLetter).count >= 4 }
        guard words.count >= minimumWords else { return false }
        let capitalised = words.filter { $0.first(where: \.isLetter)?.isUppercase == true }.count
        return Double(capitalised) >= capitalisedShare * Double(words.count)
    }

    /// The stems of the words of two letters or more written in lower case in `texts` (the document's other
    /// lines).
    static func commonStems<S: Sequence<String>>(in texts: S) -> Set<String> {
        var stems: Set<String> = []
        for text in texts {
            for word in text.split(whereSeparator: { !$0.isLetter })
            where word.count > 1 && word.first?.isLowercase == true {
                stems.insert(SnowballStemmer.stem(String(word)))
            }
        }
        return stems
    }

    /// `spans` without the person, group and place spans whose last word's stem (of two letters or more: not the
    /// "s" of a possessive) is in `commonStems`: capitalised
    /// common words of a title-cased line ("Closing Mountain Roads").
    static func names(among spans: [TypedSpan], commonStems: Set<String>) -> [TypedSpan] {
        spans.filter { span in
            guard [.person, .group, .location].contains(span.type),
                let last = span.text.split(whereSeparator: { !$0.isLetter }).last(where: { $0.count > 1 })
            else { return true }
            let word = String(last).lowercased()
            return !commonStems.contains(SnowballStemmer.stem(word))
        }
    }
}

extension TitleCaseLines {
    /// The stems of the words written in lower case in the other sentences of `sentence`'s document.
    static func commonStems(aroundSentence sentence: Int, in corpus: Corpus) -> Set<String> {
        let document = corpus.sentences[sentence].document
        guard corpus.sentenceRanges.indices.contains(document) else { return [] }
        return commonStems(
            in: corpus.sentenceRanges[document].lazy.filter { $0 != sentence }.map {
                corpus.sentences[$0].text
            })
    }
}
