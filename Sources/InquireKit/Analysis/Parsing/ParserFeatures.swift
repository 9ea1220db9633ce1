/// The feature templates of the parser, in the manner of Zhang and Nivre (2011): words and tags of the stack's top
/// three words and the buffer's first three, their pairs and triples, the distance between stack top and buffer front,
/// valencies, the outermost dependents of stack top, second stack word and buffer front with their relations, and the
/// sets of relations already attached.
///
/// ``moves(_:_:into:)`` describes a configuration for choosing the next move; ``relation(_:_:head:dependent:into:)``
/// describes a new arc for choosing its relation. Both write keys into a reused buffer and allocate nothing.
package enum ParserFeatures {
    /// The most keys ``moves(_:_:into:)`` writes.
    package static let moveCapacity = 112
    /// The most keys ``relation(_:_:head:dependent:into:)`` writes.
    package static let relationCapacity = 40

    /// Distances bucketed: 1…4 exact, then 5–7, 8–12, 13 and more.
    @inline(__always) static func distanceBucket(_ distance: Int) -> UInt64 {
        distance <= 4 ? UInt64(max(distance, 0)) : distance <= 7 ? 5 : distance <= 12 ? 6 : 7
    }

    /// Writes the move features of `state` over `sentence` into `keys` (at least ``moveCapacity`` long); returns how
    /// many were written.
    package static func moves(
        _ state: ParseState, _ sentence: ParserSentence, into keys: UnsafeMutablePointer<UInt64>
    ) -> Int {
        let view = TokenView(state: state, sentence: sentence)
        var n = 0
        @inline(__always) func add(_ template: UInt64, _ a: UInt64, _ b: UInt64 = 0, _ c: UInt64 = 0) {
            keys[n] = ParserFeatureKey.of(template, a, b, c)
            n += 1
        }
        let s0 = state.stackWord(0)
        let s1 = state.stackWord(1)
        let s2 = state.stackWord(2)
        let b0 = state.bufferWord(0)
        let b1 = state.bufferWord(1)
        let b2 = state.bufferWord(2)
        let s0w = view.word(s0)
        let s0p = view.tag(s0)
        let s1w = view.word(s1)
        let s1p = view.tag(s1)
        let s2p = view.tag(s2)
        let b0w = view.word(b0)
        let b0p = view.tag(b0)
        let b1w = view.word(b1)
        let b1p = view.tag(b1)
        let b2w = view.word(b2)
        let b2p = view.tag(b2)
        let s0wp = s0w << 6 | s0p
        let s1wp = s1w << 6 | s1p
        let b0wp = b0w << 6 | b0p
        let b1wp = b1w << 6 | b1p
        let s0l1 = view.leftmost(s0)
        let s0l2 = view.secondLeftmost(s0)
        let s0r1 = view.rightmost(s0)
        let s0r2 = view.secondRightmost(s0)
        let b0l1 = view.leftmost(b0)
        let b0l2 = view.secondLeftmost(b0)
        let s1l1 = view.leftmost(s1)
        let s1r1 = view.rightmost(s1)
        let s0l1p = view.tag(s0l1)
        let s0r1p = view.tag(s0r1)
        let b0l1p = view.tag(b0l1)
        let s1r1p = view.tag(s1r1)
        let distance = s0 >= 0 ? distanceBucket(b0 - s0) : 0
        let distance10 = s1 >= 0 && s0 >= 0 ? distanceBucket(s0 - s1) : 0
        let s0vl = view.leftValency(s0)
        let s0vr = view.rightValency(s0)
        let b0vl = view.leftValency(b0)

        add(0, 0)  // bias
        // Single words.
        add(1, s0wp)
        add(2, s0w)
        add(3, s0p)
        add(4, b0wp)
        add(5, b0w)
        add(6, b0p)
        add(7, b1wp)
        add(8, b1w)
        add(9, b1p)
        add(10, b2w)
        add(11, b2p)
        add(12, s1wp)
        add(13, s1w)
        add(14, s1p)
        add(15, s2p)
        // Pairs.
        add(16, s0wp, b0wp)
        add(17, s0wp, b0w)
        add(18, s0w, b0wp)
        add(19, s0wp, b0p)
        add(20, s0p, b0wp)
        add(21, s0w, b0w)
        add(22, s0p, b0p)
        add(23, b0p, b1p)
        add(24, s1wp, s0wp)
        add(25, s1wp, s0p)
        add(26, s1p, s0wp)
        add(27, s1w, s0w)
        add(28, s1p, s0p)
        add(29, s0p, b1p)
        add(30, s0w, b1w)
        // Triples.
        add(31, b0p, b1p, b2p)
        add(32, s0p, b0p, b1p)
        add(33, s1p, s0p, b0p)
        add(34, s0p << 6 | s0l1p, b0p)
        add(35, s0p << 6 | s0r1p, b0p)
        add(36, s0p, b0p << 6 | b0l1p)
        add(37, s1p << 6 | s1r1p, s0p)
        add(38, s2p, s1p, s0p)
        add(39, s1p, s0p, b1p)
        add(40, s0wp, b0p, b1p)
        add(41, s0p, b0wp, b1p)
        // Distances.
        add(42, s0w, distance)
        add(43, s0p, distance)
        add(44, b0w, distance)
        add(45, b0p, distance)
        add(46, s0w, b0w, distance)
        add(47, s0p, b0p, distance)
        add(48, s1p, s0p, distance10)
        add(49, s1w, s0w, distance10)
        // Valencies.
        add(50, s0w, s0vr)
        add(51, s0p, s0vr)
        add(52, s0w, s0vl)
        add(53, s0p, s0vl)
        add(54, b0w, b0vl)
        add(55, b0p, b0vl)
        // Outermost dependents.
        add(56, view.word(s0l1))
        add(57, s0l1p)
        add(58, view.label(s0l1))
        add(59, view.word(s0r1))
        add(60, s0r1p)
        add(61, view.label(s0r1))
        add(62, view.word(b0l1))
        add(63, b0l1p)
        add(64, view.label(b0l1))
        add(65, view.tag(s0l2))
        add(66, view.label(s0l2))
        add(67, view.tag(s0r2))
        add(68, view.label(s0r2))
        add(69, view.tag(b0l2))
        add(70, view.label(b0l2))
        add(71, s0p << 6 | s0l1p, view.tag(s0l2))
        add(72, s0p << 6 | s0r1p, view.tag(s0r2))
        add(73, b0p << 6 | b0l1p, view.tag(b0l2))
        add(74, s0p, view.label(s0l1))
        add(75, s0p, view.label(s0r1))
        add(76, b0p, view.label(b0l1))
        add(77, s1p, view.label(s1r1))
        add(78, s1p, view.label(s1l1))
        add(79, s1p << 6 | s1r1p, view.label(s1r1))
        // Relation sets.
        add(80, s0w, view.rightLabels(s0))
        add(81, s0p, view.rightLabels(s0))
        add(82, s0w, view.leftLabels(s0))
        add(83, s0p, view.leftLabels(s0))
        add(84, b0w, view.leftLabels(b0))
        add(85, b0p, view.leftLabels(b0))
        add(86, s1p, view.leftLabels(s1), view.rightLabels(s1))
        // Word pairs with the buffer's second word.
        add(87, b0wp, b1wp)
        add(88, s0p, b0w, b1w)
        // With fine tags, their UPOS beside them: the coarse tags back off where a fine one is rare.
        if !sentence.coarse.isEmpty {
            let s0c = view.coarse(s0)
            let s1c = view.coarse(s1)
            let b0c = view.coarse(b0)
            let b1c = view.coarse(b1)
            let b2c = view.coarse(b2)
            add(100, s0c)
            add(101, b0c)
            add(102, b1c)
            add(103, s1c)
            add(104, s0c, b0c)
            add(105, b0c, b1c)
            add(106, s1c, s0c)
            add(107, b0c, b1c, b2c)
            add(108, s0c, b0c, b1c)
            add(109, s1c, s0c, b0c)
            add(110, s0w, b0c)
            add(111, s0c, b0w)
        }
        return n
    }

    /// Writes the features for choosing the relation of a new arc from `head` to `dependent` (`head` may be the
    /// root) into `keys` (at least ``relationCapacity`` long); returns how many were written.
    package static func relation(
        _ state: ParseState, _ sentence: ParserSentence, head: Int, dependent: Int,
        into keys: UnsafeMutablePointer<UInt64>
    ) -> Int {
        let view = TokenView(state: state, sentence: sentence)
        var n = 0
        let direction: UInt64 = head > dependent ? 1 : 2
        @inline(__always) func add(_ template: UInt64, _ a: UInt64, _ b: UInt64 = 0, _ c: UInt64 = 0) {
            keys[n] = ParserFeatureKey.of(template &+ 200, a, b, c &* 4 &+ direction)
            n += 1
        }
        let dw = view.word(dependent)
        let dp = view.tag(dependent)
        let hw = view.word(head)
        let hp = view.tag(head)
        let dwp = dw << 6 | dp
        let hwp = hw << 6 | hp
        let distance = distanceBucket(abs(head - dependent))
        let dl1 = view.leftmost(dependent)
        let dr1 = view.rightmost(dependent)
        let dl1w = view.word(dl1)
        let dl1p = view.tag(dl1)
        let before = view.tag(dependent - 1)
        let after = view.tag(dependent + 1 < state.count ? dependent + 1 : -1)
        let headBefore = view.tag(head - 1)
        let headAfter = view.tag(head + 1 < state.count ? head + 1 : -1)

        add(0, 0)
        add(1, dw)
        add(2, dp)
        add(3, dwp)
        add(4, hw)
        add(5, hp)
        add(6, hwp)
        add(7, dp, hp)
        add(8, dwp, hp)
        add(9, dp, hwp)
        add(10, dw, hw)
        add(11, dp, hp, distance)
        add(12, dl1w)
        add(13, dl1w, hp)
        add(14, dl1w, dp)
        add(15, dp, view.label(dl1))
        add(16, dp, view.leftLabels(dependent))
        add(17, dp, view.rightLabels(dependent))
        add(18, hp, view.leftLabels(head))
        add(19, hp, view.rightLabels(head))
        add(20, dp, before, after)
        add(21, hp, headBefore, headAfter)
        add(22, dp, hp, dl1p)
        add(23, dp, view.label(dr1))
        add(24, dw, dl1w, hp)
        add(25, dp, hp, view.leftLabels(head))
        add(26, hw, dl1w)
        add(27, dp, hp, view.tag(view.rightmost(head)))
        add(28, dp, view.tag(dr1))
        add(29, dwp, hwp)
        if !sentence.coarse.isEmpty {
            let dc = view.coarse(dependent)
            let hc = view.coarse(head)
            add(30, dc, hc)
            add(31, dc, hc, distance)
        }
        return n
    }
}

/// Reads word, tag and tree facts of a position, answering "none" (0) for -1 and the root for the sentence length.
struct TokenView {
    let state: ParseState
    let sentence: ParserSentence

    @inline(__always) func word(_ index: Int) -> UInt64 {
        index < 0 ? 0 : index == sentence.count ? UInt64(ParserVocabulary.rootWord) : UInt64(sentence.words[index])
    }

    @inline(__always) func tag(_ index: Int) -> UInt64 {
        index < 0 ? 0 : index == sentence.count ? UInt64(sentence.rootTag) : UInt64(sentence.tags[index])
    }

    /// The UPOS tag id of a word read beside its fine tag (the root's is ``ParserSentence/rootTag``).
    @inline(__always) func coarse(_ index: Int) -> UInt64 {
        index < 0 ? 0 : index == sentence.count ? UInt64(ParserSentence.rootTag) : UInt64(sentence.coarse[index])
    }

    /// The relation id + 1 of an attached word, 0 otherwise.
    @inline(__always) func label(_ index: Int) -> UInt64 {
        index < 0 || state.heads[index] < 0 ? 0 : UInt64(state.labels[index]) + 1
    }

    @inline(__always) func leftmost(_ index: Int) -> Int { index < 0 ? -1 : Int(state.leftmost[index]) }
    @inline(__always) func secondLeftmost(_ index: Int) -> Int { index < 0 ? -1 : Int(state.secondLeftmost[index]) }
    @inline(__always) func rightmost(_ index: Int) -> Int { index < 0 ? -1 : Int(state.rightmost[index]) }
    @inline(__always) func secondRightmost(_ index: Int) -> Int {
        index < 0 ? -1 : Int(state.secondRightmost[index])
    }
    @inline(__always) func leftValency(_ index: Int) -> UInt64 {
        index < 0 ? 0 : UInt64(min(state.leftValency[index], 7)) + 1
    }
    @inline(__always) func rightValency(_ index: Int) -> UInt64 {
        index < 0 ? 0 : UInt64(min(state.rightValency[index], 7)) + 1
    }
    @inline(__always) func leftLabels(_ index: Int) -> UInt64 { index < 0 ? 0 : state.leftLabels[index] }
    @inline(__always) func rightLabels(_ index: Int) -> UInt64 { index < 0 ? 0 : state.rightLabels[index] }
}
