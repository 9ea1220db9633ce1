/// The feature templates of the entity tagger: the word, its shape, affixes and capitalisation, its neighbours,
/// predicted part-of-speech tags, gazetteer marks, and the entity tags predicted before it.
enum EntityFeatures {
    /// The number of features ``collect(_:tags:marks:at:previous:beforePrevious:into:)`` appends.
    static let count = 30

    /// Appends the features of word `index` (clearing `features` first); `previous` and `beforePrevious` are the
    /// class indices of the two entity tags predicted before it (-1 and -2 at the sentence start).
    static func collect(
        _ forms: [WordForm], tags: [UniversalTag], marks: [UInt64], at index: Int, previous: Int,
        beforePrevious: Int, into features: inout [UInt64]
    ) {
        features.removeAll(keepingCapacity: true)
        let word = forms[index]
        let before = index > 0 ? forms[index - 1] : WordForm.start
        let beforeThat = index > 1 ? forms[index - 2] : WordForm.start
        let after = index + 1 < forms.count ? forms[index + 1] : WordForm.end
        let afterThat = index + 2 < forms.count ? forms[index + 2] : WordForm.end
        func tag(_ at: Int) -> UInt64 { at >= 0 && at < tags.count ? UInt64(tags[at].rawValue) : 99 }
        func mark(_ at: Int) -> UInt64 { at >= 0 && at < marks.count ? marks[at] : 0 }
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
    }
}
