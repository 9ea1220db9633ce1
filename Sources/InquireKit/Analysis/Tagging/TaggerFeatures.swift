/// The feature templates of the part-of-speech tagger, after Honnibal's "A good part-of-speech tagger in about 200
/// lines of Python": the word, its affixes and shape, its neighbours, and the two tags predicted before it.
enum TaggerFeatures {
    /// The number of features ``collect(_:at:previous:beforePrevious:into:)`` appends.
    static let count = 35

    /// Appends the features of word `index` of `forms` given the words' ambiguity classes (the tags each word
    /// took in training, as a bit set; 0 for unseen words) and the previous two predicted tags (-1 and -2 stand for
    /// the sentence start) to `features`, which it clears first.
    static func collect(
        _ forms: [WordForm], classes: [UInt64], at index: Int, previous: Int, beforePrevious: Int,
        into features: inout [UInt64]
    ) {
        features.removeAll(keepingCapacity: true)
        let word = forms[index]
        let before = index > 0 ? forms[index - 1] : WordForm.start
        let beforeThat = index > 1 ? forms[index - 2] : WordForm.start
        let after = index + 1 < forms.count ? forms[index + 1] : WordForm.end
        let afterThat = index + 2 < forms.count ? forms[index + 2] : WordForm.end
        let previousTag = UInt64(bitPattern: Int64(previous))
        let beforePreviousTag = UInt64(bitPattern: Int64(beforePrevious))
        features.append(FeatureHash.mix(1, 0))
        features.append(FeatureHash.mix(2, word.normal))
        features.append(FeatureHash.mix(3, word.suffixes.2))
        features.append(FeatureHash.mix(4, word.suffixes.1))
        features.append(FeatureHash.mix(5, word.suffixes.0))
        features.append(FeatureHash.mix(6, word.suffixes.3))
        features.append(FeatureHash.mix(7, word.prefixes.0))
        features.append(FeatureHash.mix(8, word.prefixes.1))
        features.append(FeatureHash.mix(9, word.prefixes.2))
        features.append(FeatureHash.mix(10, word.shape))
        features.append(FeatureHash.mix(11, previousTag))
        features.append(FeatureHash.mix(12, beforePreviousTag))
        features.append(FeatureHash.mix(13, previousTag, beforePreviousTag))
        features.append(FeatureHash.mix(14, previousTag, word.normal))
        features.append(FeatureHash.mix(15, before.normal))
        features.append(FeatureHash.mix(16, before.suffixes.2))
        features.append(FeatureHash.mix(17, beforeThat.normal))
        features.append(FeatureHash.mix(18, after.normal))
        features.append(FeatureHash.mix(19, after.suffixes.2))
        features.append(FeatureHash.mix(20, afterThat.normal))
        features.append(FeatureHash.mix(21, after.shape))
        features.append(FeatureHash.mix(22, before.shape))
        features.append(FeatureHash.mix(23, index == 0 ? 1 : 0, word.isCapitalised ? 1 : 0))
        features.append(FeatureHash.mix(24, word.hasHyphen ? 1 : 0, word.hasDigit ? 1 : 0))
        features.append(FeatureHash.mix(25, word.normal, after.normal))
        features.append(FeatureHash.mix(26, before.normal, word.normal))
        features.append(FeatureHash.mix(27, previousTag, after.normal))
        features.append(FeatureHash.mix(28, word.lowerHash))
        features.append(FeatureHash.mix(29, word.isAllCaps ? 1 : 0, word.suffixes.2))
        let here = classes[index]
        let next = index + 1 < classes.count ? classes[index + 1] : 1 << 40
        let nextButOne = index + 2 < classes.count ? classes[index + 2] : 1 << 40
        features.append(FeatureHash.mix(30, here))
        features.append(FeatureHash.mix(31, next))
        features.append(FeatureHash.mix(32, nextButOne))
        features.append(FeatureHash.mix(33, here, next))
        features.append(FeatureHash.mix(34, previousTag, here))
        features.append(FeatureHash.mix(35, here == 0 ? word.suffixes.2 : here, word.shape))
    }
}
