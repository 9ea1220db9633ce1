/// *Which two provinces …?*, *What three colours …?*, *Which both …?*: a numeral (or *both*) between the question
/// word and the focus noun asks for that many things at once, and the answer is a coordination of that many
/// names ("Baluchistan province and Sistan province"), not one of them. The whole coordination is offered as a
/// candidate and fits better than each of its members.
enum CountedConjuncts {
    /// The numbers of things a numeral may ask for at once (*both* asks for two).
    static let numbers = 2...6

    /// The number of things the question word `word` asks for: a cardinal word or digits in `numbers`
    /// (`NumberWords.cardinals`), 2 for *both*; nil otherwise.
    static func number(_ word: String) -> Int? {
        if word == "both" { return 2 }
        guard let value = NumberWords.cardinals[word] ?? Double(word), value == value.rounded(),
            numbers.contains(Int(value))
        else { return nil }
        return Int(value)
    }

    /// How much better a coordination of as many members as the question asks for fits (a factor of the type
    /// fit), and how much less one member alone fits.
    static let fit = (whole: 1.3, member: 0.7)

    /// What `askedCount` gives for a question that asks for several things without saying how many: a plural
    /// focus noun (*Which tribes …?*).
    static let several = 0

    /// How many things the question asks for when a numeral stands right after *which*/*what* (`words`: the
    /// question's words, lowercased): *Which two provinces* → 2; `several` when its focus noun is written in the
    /// plural (`focus` singular, `asked` as written: *Which tribes …?*); nil otherwise.
    static func askedCount(_ words: [String], focus: String? = nil, asked: String? = nil) -> Int? {
        guard let wh = words.firstIndex(where: { $0 == "which" || $0 == "what" }), wh + 1 < words.count else {
            return nil
        }
        if let count = number(words[wh + 1]) { return count }
        guard let focus, let asked = asked?.lowercased(), asked != focus, asked.hasSuffix("s"), !focus.hasSuffix("s"),
            words[(wh + 1)...].prefix(3).contains(asked)
        else { return nil }
        return several
    }

    /// Whether a coordination of `members` members is as many as asked (`count`, or any two or more for
    /// `several`).
    static func isAsked(_ members: Int, count: Int) -> Bool {
        count == several ? members >= 2 : members == count
    }

    /// The members of the coordination headed by `head`: the head and its conjuncts, in order.
    static func members(of head: Int, in analysis: SentenceAnalysis) -> [Int] {
        [head] + analysis.dependents(of: head, "conj")
    }

    /// Spans of type `type` over the coordinations of exactly `count` members that open with one of `spans` (a
    /// person, group or place): the candidate's head word with its conjuncts, the whole noun phrase from the
    /// candidate's start ("Pakistan's Baluchistan province and Iran's Sistan province").
    static func spans(
        in analysis: SentenceAnalysis, view: SentenceView, besides spans: [TypedSpan], count: Int
    ) -> [TypedSpan] {
        var found: [TypedSpan] = []
        for span in spans where [.person, .group, .location].contains(span.type) {
            guard let head = analysis.headWord(coveringBytes: span.range),
                isAsked(members(of: head, in: analysis).count, count: count),
                let covered = analysis.words(coveringBytes: span.range)
            else { continue }
            let phrase = analysis.phrase(headedBy: head)
            guard phrase.upperBound > covered.upperBound else { continue }
            var lower = min(covered.lowerBound, phrase.lowerBound)
            // "as Liu and Yao": no preposition or conjunction opens the answer.
            while lower < covered.lowerBound, Self.openers.contains(analysis.tags[lower]) { lower += 1 }
            let bytes = analysis.byteRange(of: lower..<sharedNoun(after: phrase, head: head, in: analysis))
            guard let words = SyntaxSpans.viewWords(bytes, in: view) else { continue }
            let whole = TypedSpan(view: view, type: span.type, words: words, strength: span.strength)
            if !found.contains(whole), !spans.contains(whole) { found.append(whole) }
        }
        return found
    }

    /// The coordination a span headed by `head` belongs to: the one `head` is a conjunct of, its own, or that of
    /// its first adjective or compound that has conjuncts ("Mongol and Turkic" of "Turkic tribes" and of "the
    /// Mongol and Turkic tribes"); just `head` when there is none.
    static func coordination(of head: Int, in analysis: SentenceAnalysis) -> [Int] {
        if analysis.baseRelation(head) == "conj", analysis.heads[head] >= 0 {
            return members(of: analysis.heads[head], in: analysis)
        }
        let own = members(of: head, in: analysis)
        if own.count >= 2 { return own }
        for child in analysis.children[head] where ["amod", "compound"].contains(analysis.baseRelation(child)) {
            let modifiers = members(of: child, in: analysis)
            if modifiers.count >= 2 { return modifiers }
        }
        return own
    }

    /// Parts of speech that open no answer: a preposition, a conjunction, punctuation.
    static let openers: Set<UniversalTag> = [.adp, .sconj, .cconj, .punct]

    /// The end of the coordination `phrase` headed by `head`, past the noun its members modify together
    /// ("Mongol and Turkic tribes": the adjectives are the members, *tribes* ends the phrase): that noun when
    /// `head` is its adjective or compound and only its other modifiers stand between; the phrase's end otherwise.
    static func sharedNoun(after phrase: Range<Int>, head: Int, in analysis: SentenceAnalysis) -> Int {
        let noun = analysis.heads[head]
        guard ["amod", "compound"].contains(analysis.baseRelation(head)), noun >= phrase.upperBound,
            noun - phrase.upperBound <= 2, analysis.tags[noun] == .noun,
            (phrase.upperBound..<noun).allSatisfy({ analysis.heads[$0] == noun })
        else { return phrase.upperBound }
        return noun + 1
    }

    /// `syntaxes` (one per span) with the focus fit of each person, group or place span scaled: by `fit.whole`
    /// when its head word (`heads`) has as many members as the question asks for (`count`) and the span holds
    /// them all, by `fit.member` when it holds only some of a coordination.
    static func applied(
        to syntaxes: [SyntaxEvidence], spans: [TypedSpan], heads: [Int?], count: Int, in analysis: SentenceAnalysis
    ) -> [SyntaxEvidence] {
        var syntaxes = syntaxes
        for (index, span) in spans.enumerated() where [.person, .group, .location].contains(span.type) {
            guard let head = heads[index], let words = analysis.words(coveringBytes: span.range) else { continue }
            let all = coordination(of: head, in: analysis)
            guard all.count >= 2 else { continue }
            let held = all.filter { words.contains($0) }.count
            if held == all.count, isAsked(all.count, count: count) {
                syntaxes[index].focusFit *= fit.whole
            } else if held < all.count {
                syntaxes[index].focusFit *= fit.member
            }
        }
        return syntaxes
    }
}
