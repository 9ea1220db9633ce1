/// What the entity features read about one sentence, computed once before its words are tagged: the words' forms,
/// part-of-speech tags and gazetteer marks, and the runs of proper nouns and of capitalised words they fall in.
struct EntitySentence {
    /// A run of words: where it starts and ends (end exclusive).
    struct Run {
        var start: Int
        var end: Int

        /// The word's place in the run: 1 begin, 2 inside, 3 last, 4 a run of one.
        func position(of index: Int) -> UInt64 {
            if end - start == 1 { return 4 }
            return index == start ? 1 : (index == end - 1 ? 3 : 2)
        }

        /// The run's length, capped at 4.
        var length: UInt64 { UInt64(min(end - start, 4)) }
    }

    let forms: [WordForm]
    let tags: [UniversalTag]
    let marks: [UInt64]
    /// Each word's run of consecutive proper nouns, if it is in one.
    let properRuns: [Run?]
    /// Each word's run of capitalised words (with *of*, *the*, *and*, *de*, *for*, *&* and *'s* allowed between them).
    let capitalRuns: [Run?]
    /// Whether most of the sentence's words are capitalised (a headline or title).
    let isTitleCase: Bool
    /// For each word: whether the same word appears capitalised elsewhere in the sentence, not at its start.
    let repeatsCapitalised: [Bool]
    /// For each word, what a first pass said about its other mentions in the document (``EntityDocumentMemory``);
    /// empty on a first pass.
    var votes: [UInt64] = []

    private static let connectors: Set<UInt64> = Set(
        ["of", "the", "and", "de", "for", "&", "'s", "von", "van", "du", "da"].map { FeatureHash.value($0) })

    init(forms: [WordForm], tags: [UniversalTag], gazetteer: Gazetteer, placeKinds: Bool, lowercase: Bool = false) {
        self.forms = forms
        self.tags = tags
        marks =
            EntityGazetteerMarks(forms.map(\.text), gazetteer: gazetteer, placeKinds: placeKinds, lowercase: lowercase)
            .marks
        properRuns = Self.runs(count: forms.count) { index in
            index < tags.count && tags[index] == .propn ? .member : .breaks
        }
        capitalRuns = Self.runs(count: forms.count) { index in
            let form = forms[index]
            if form.isCapitalised { return .member }
            return Self.connectors.contains(form.lowerHash) ? .connector : .breaks
        }
        var letters = 0
        var capitals = 0
        for form in forms where form.text.first?.isLetter ?? false {
            letters += 1
            if form.isCapitalised { capitals += 1 }
        }
        isTitleCase = letters >= 3 && capitals * 4 >= letters * 3
        var seen: [UInt64: Int] = [:]
        for index in forms.indices.dropFirst() where forms[index].isCapitalised {
            seen[forms[index].lowerHash, default: 0] += 1
        }
        repeatsCapitalised = forms.indices.map { index in
            let count = seen[forms[index].lowerHash] ?? 0
            return count > (index > 0 && forms[index].isCapitalised ? 1 : 0)
        }
    }

    private enum RunRole { case member, connector, breaks }

    /// The runs of members, where connectors may join two members but neither start nor end a run.
    private static func runs(count: Int, role: (Int) -> RunRole) -> [Run?] {
        var result = [Run?](repeating: nil, count: count)
        var index = 0
        while index < count {
            guard role(index) == .member else {
                index += 1
                continue
            }
            var end = index + 1
            var probe = end
            while probe < count {
                let kind = role(probe)
                if kind == .member {
                    end = probe + 1
                } else if kind == .breaks {
                    break
                }
                probe += 1
            }
            let run = Run(start: index, end: end)
            for inside in index..<end { result[inside] = run }
            index = end
        }
        return result
    }
}
