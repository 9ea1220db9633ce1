/// The feature templates of the entity tagger: the word, its shape, affixes and capitalisation, its neighbours,
/// predicted part-of-speech tags, gazetteer marks, and the entity classes predicted before it; then the optional
/// ``EntityFeatureGroups``.
enum EntityFeatures {
    /// Room for the features ``collect(_:groups:at:previous:beforePrevious:into:)`` appends.
    static let capacity = 88

    private static let quote = FeatureHash.value("\"")
    private static let colon = FeatureHash.value(":")

    /// Appends the features of word `index` (clearing `features` first); `previous` and `beforePrevious` are the
    /// classes predicted for the two words before it (-1 and -2 at the sentence start).
    static func collect(
        _ sentence: EntitySentence, groups: EntityFeatureGroups, at index: Int, previous: Int, beforePrevious: Int,
        into features: inout [UInt64]
    ) {
        features.removeAll(keepingCapacity: true)
        let forms = sentence.forms
        let word = forms[index]
        func form(_ at: Int) -> WordForm {
            at < 0 ? WordForm.start : (at < forms.count ? forms[at] : WordForm.end)
        }
        let before = form(index - 1)
        let beforeThat = form(index - 2)
        let after = form(index + 1)
        let afterThat = form(index + 2)
        func tag(_ at: Int) -> UInt64 {
            at >= 0 && at < sentence.tags.count ? UInt64(sentence.tags[at].rawValue) : 99
        }
        func mark(_ at: Int) -> UInt64 { at >= 0 && at < sentence.marks.count ? sentence.marks[at] : 0 }
        let last = UInt64(bitPattern: Int64(previous))
        let lastTwo = FeatureHash.mix(0, last, UInt64(bitPattern: Int64(beforePrevious)))
        let flags: UInt64 =
            (word.isCapitalised ? 1 : 0) | (word.isAllCaps ? 2 : 0) | (index == 0 ? 4 : 0) | (word.hasDigit ? 8 : 0)
        features.append(FeatureHash.mix(101, 0))
        features.append(FeatureHash.mix(102, word.lowerHash))
        features.append(FeatureHash.mix(103, word.shape))
        features.append(FeatureHash.mix(104, word.prefixes.2))
        features.append(FeatureHash.mix(105, word.suffixes.2))
        features.append(FeatureHash.mix(106, word.suffixes.3))
        features.append(FeatureHash.mix(107, before.lowerHash))
        features.append(FeatureHash.mix(108, after.lowerHash))
        features.append(FeatureHash.mix(109, beforeThat.lowerHash))
        features.append(FeatureHash.mix(110, afterThat.lowerHash))
        features.append(FeatureHash.mix(111, tag(index)))
        features.append(FeatureHash.mix(112, tag(index - 1), tag(index)))
        features.append(FeatureHash.mix(113, tag(index), tag(index + 1)))
        features.append(FeatureHash.mix(114, tag(index), flags))
        features.append(FeatureHash.mix(115, last))
        features.append(FeatureHash.mix(116, lastTwo))
        features.append(FeatureHash.mix(117, last, word.shape))
        features.append(FeatureHash.mix(118, last, word.lowerHash))
        features.append(FeatureHash.mix(119, flags))
        features.append(FeatureHash.mix(120, mark(index)))
        features.append(FeatureHash.mix(121, mark(index - 1), mark(index)))
        features.append(FeatureHash.mix(122, mark(index), mark(index + 1)))
        features.append(FeatureHash.mix(123, last, mark(index)))
        features.append(FeatureHash.mix(124, before.shape, word.shape))
        features.append(FeatureHash.mix(125, word.shape, after.shape))
        features.append(FeatureHash.mix(126, word.lowerHash, after.lowerHash))
        features.append(FeatureHash.mix(127, before.lowerHash, word.lowerHash))
        features.append(FeatureHash.mix(128, last, tag(index)))
        features.append(FeatureHash.mix(129, mark(index), flags))
        features.append(FeatureHash.mix(130, before.lowerHash, flags))
        if groups.contains(.runs) {
            runFeatures(sentence, at: index, previous: last, into: &features)
        }
        if groups.contains(.sentenceCase) {
            let start = index == 0 || before.lowerHash == Self.quote || before.lowerHash == Self.colon
            let context: UInt64 =
                (sentence.isTitleCase ? 1 : 0) | (start ? 2 : 0) | (sentence.repeatsCapitalised[index] ? 4 : 0)
            features.append(FeatureHash.mix(150, context, flags))
            features.append(FeatureHash.mix(151, context, tag(index)))
            features.append(FeatureHash.mix(152, context, last))
            features.append(FeatureHash.mix(153, context, word.lowerHash))
        }
        if groups.contains(.wide) {
            features.append(FeatureHash.mix(160, form(index - 3).lowerHash))
            features.append(FeatureHash.mix(161, form(index + 3).lowerHash))
            features.append(FeatureHash.mix(162, word.suffixes.3 ^ 0x5bd1e995))
            features.append(FeatureHash.mix(163, word.prefixes.1))
            features.append(FeatureHash.mix(164, tag(index - 2), tag(index - 1)))
            features.append(FeatureHash.mix(165, tag(index + 1), tag(index + 2)))
            features.append(FeatureHash.mix(166, beforeThat.shape, before.shape))
            features.append(FeatureHash.mix(167, after.shape, afterThat.shape))
            features.append(FeatureHash.mix(168, after.lowerHash, afterThat.lowerHash))
            features.append(FeatureHash.mix(169, beforeThat.lowerHash, before.lowerHash))
            features.append(FeatureHash.mix(170, word.suffixes.1))
            features.append(FeatureHash.mix(171, word.lowerHash, tag(index)))
        }
        if groups.contains(.joins) {
            let sides: UInt64 =
                (before.isCapitalised ? 1 : 0) | (after.isCapitalised ? 2 : 0) | (mark(index - 1) & 24 != 0 ? 4 : 0)
                | (mark(index + 1) & 8 != 0 ? 8 : 0)
            features.append(FeatureHash.mix(190, word.lowerHash, sides))
            features.append(FeatureHash.mix(191, word.lowerHash, tag(index - 1) << 8 | tag(index + 1)))
            features.append(FeatureHash.mix(192, last, sides))
            features.append(FeatureHash.mix(193, word.lowerHash, (mark(index - 1) >> 6) << 8 | mark(index + 1) >> 6))
            features.append(FeatureHash.mix(194, after.lowerHash, (mark(index) >> 6) << 8 | mark(index + 2) >> 6))
        }
        if groups.contains(.placeKinds) {
            features.append(FeatureHash.mix(180, mark(index) >> 6, tag(index)))
            features.append(FeatureHash.mix(181, mark(index) >> 6, before.lowerHash))
        }
        if groups.contains(.heads) {
            let own = EntityHeadWords.kinds(of: word)
            if let run = sentence.capitalRuns[index] {
                let position = run.position(of: index)
                let end = EntityHeadWords.kinds(of: form(run.end - 1))
                let before = EntityHeadWords.kinds(of: form(run.start - 1))
                features.append(FeatureHash.mix(210, own, position))
                features.append(FeatureHash.mix(211, end, position))
                features.append(FeatureHash.mix(212, before, position))
                features.append(FeatureHash.mix(213, end << 4 | before, last))
            } else {
                features.append(FeatureHash.mix(210, own, 0))
            }
        }
        if groups.contains(.surroundings) {
            surroundingFeatures(sentence, at: index, previous: last, into: &features)
        }
        if groups.contains(.document) {
            func vote(_ at: Int) -> UInt64 { at >= 0 && at < sentence.votes.count ? sentence.votes[at] : 0 }
            let own = vote(index)
            features.append(FeatureHash.mix(200, own & 0xff))
            features.append(FeatureHash.mix(201, own >> 8))
            features.append(FeatureHash.mix(202, own & 0x3f, flags))
            features.append(FeatureHash.mix(203, own & 0x3f, last))
            features.append(FeatureHash.mix(204, own & 0x3f, tag(index)))
            features.append(FeatureHash.mix(205, vote(index - 1) & 0x3f, vote(index + 1) & 0x3f))
            features.append(FeatureHash.mix(206, own & 7, own >> 8 & 7))
        }
    }

    /// The features of what stands right outside the word's capitalised run (or the word alone, outside any run):
    /// the head word after it and whether a possessive name ends right before it.
    private static func surroundingFeatures(
        _ sentence: EntitySentence, at index: Int, previous last: UInt64, into features: inout [UInt64]
    ) {
        let forms = sentence.forms
        let run = sentence.capitalRuns[index]
        let end = run?.end ?? index + 1
        let position = run?.position(of: index) ?? 0
        let headAfter = end < forms.count ? EntityHeadWords.kinds(of: forms[end]) : 0
        // The capitalised words right before the word, to a possessive inside or before the run.
        var first = index
        while first > 0, forms[first - 1].isCapitalised { first -= 1 }
        let possessor: UInt64 =
            forms[index].isCapitalised && first >= 2 && EntityPossessorJoin.endings.contains(forms[first - 1].lowerHash)
            ? (forms[first - 2].isCapitalised ? 2 : 1) : 0
        let word: UInt64 = position << 1 | (forms[index].isCapitalised ? 1 : 0)
        features.append(FeatureHash.mix(220, headAfter, word))
        features.append(FeatureHash.mix(221, possessor, word))
        // Only where there is something around the run: a bare place mark is read by the place-kind group already,
        // and a second copy of it outweighs a person's name ("the engineer Ada Linden").
        guard headAfter | possessor != 0 else { return }
        features.append(FeatureHash.mix(222, headAfter << 2 | possessor, last))
        features.append(FeatureHash.mix(223, headAfter << 2 | possessor, sentence.marks[index] >> 6))
    }

    /// The features of the runs of proper nouns and of capitalised words the word lies in.
    private static func runFeatures(
        _ sentence: EntitySentence, at index: Int, previous last: UInt64, into features: inout [UInt64]
    ) {
        let forms = sentence.forms
        func lower(_ at: Int) -> UInt64 {
            at < 0 ? WordForm.start.lowerHash : (at < forms.count ? forms[at].lowerHash : WordForm.end.lowerHash)
        }
        func tag(_ at: Int) -> UInt64 {
            at >= 0 && at < sentence.tags.count ? UInt64(sentence.tags[at].rawValue) : 99
        }
        if let run = sentence.properRuns[index] {
            let place = run.position(of: index) | run.length << 4
            features.append(FeatureHash.mix(140, place))
            features.append(FeatureHash.mix(141, place, lower(run.end - 1)))
            features.append(FeatureHash.mix(142, place, lower(run.start)))
            features.append(FeatureHash.mix(143, run.position(of: index), lower(run.start - 1)))
            features.append(FeatureHash.mix(144, run.position(of: index), lower(run.end)))
            features.append(FeatureHash.mix(145, place, last))
            features.append(FeatureHash.mix(146, forms[run.end - 1].suffixes.3, tag(run.end)))
            features.append(FeatureHash.mix(147, lower(run.end - 1), lower(run.start - 1)))
        } else {
            features.append(FeatureHash.mix(140, 0))
        }
        if let run = sentence.capitalRuns[index] {
            let place = run.position(of: index) | run.length << 4
            features.append(FeatureHash.mix(148, place, lower(run.end - 1)))
            features.append(FeatureHash.mix(149, place, last))
            features.append(FeatureHash.mix(139, run.position(of: index), lower(run.start - 1)))
            features.append(FeatureHash.mix(138, run.position(of: index), lower(run.end)))
        } else {
            features.append(FeatureHash.mix(148, 0))
        }
    }
}
