/// Words that say where by themselves, with no preposition: locative adverbs and bare direction nouns ("cicadas
/// spend most of their lives underground", "the residents fled north", "troops stationed overseas"). For a *where*
/// question, such a word modifying the question's predicate (or a dependent of it) fills the asked place, and is
/// offered as a candidate, whatever preposition the parse gave it ("as grubs underground" read as one noun phrase);
/// a closed class, not read from any question.
enum LocativeAdverbs {
    /// The locative adverbs and directions, by lowercased lemma ("here", "there" and "everywhere" say nothing
    /// about which place).
    static let words: Set<String> = [
        "underground", "abroad", "overseas", "home", "nearby", "upstairs", "downstairs", "offshore", "onshore",
        "inland", "ashore", "aboard", "outdoors", "indoors", "downtown", "uptown", "upstream", "downstream",
        "underwater", "outside", "inside", "north", "south", "east", "west", "northeast", "northwest", "southeast",
        "southwest", "northward", "southward", "eastward", "westward", "northwards", "southwards", "eastwards",
        "westwards", "elsewhere", "worldwide", "nationwide", "offstage", "onstage", "upriver", "downriver",
    ]
    /// Relations under which such a word modifies a verb (tagged as an adverb, or as a bare noun phrase).
    static let relations: Set<Substring> = ["advmod", "obl:npmod", "obl", "nmod:npmod", "xcomp", "compound:prt"]
    /// How strongly such a word reads as a place: weakly, so that any place phrase in the asked role wins and the
    /// word answers only when nothing else fills the place (0.1 and 0.2 kept the SQuAD checking half's
    /// predictions; 0.3 and more lost one of them).
    static let strength = 0.2

    /// Whether word `index` of `analysis` is a locative adverb or bare direction modifying its head: one of
    /// `words` under one of `relations` (whatever preposition the parse gave it), with no determiner ("the north"
    /// is a noun phrase) and no "of" or "from" place after it ("north of London").
    static func isLocative(_ index: Int, in analysis: SentenceAnalysis) -> Bool {
        guard index >= 0, index < analysis.count, analysis.heads[index] >= 0,
            words.contains(analysis.lemmas[index].lowercased())
                || words.contains(analysis.words[index].text.lowercased()),
            relations.contains(analysis.relations[index][...]) || relations.contains(analysis.baseRelation(index))
        else { return false }
        // "the north" is a noun phrase (`PlaceNounPhrases`); "north of London" says where relative to London.
        return !analysis.children[index].contains { child in
            analysis.baseRelation(child) == "det"
                || (analysis.baseRelation(child) == "nmod" && ["of", "from"].contains(analysis.preposition(of: child)))
        }
    }

    /// Location spans for the locative adverbs of `analysis` that fill the place `frame` asks about and that no
    /// recognised location span covers.
    static func spans(
        in analysis: SentenceAnalysis, view: SentenceView, besides spans: [TypedSpan], frame: QuestionFrame,
        relations: RelationLexicon
    ) -> [TypedSpan] {
        guard case .place = frame.role else { return [] }
        var extra: [TypedSpan] = []
        for index in 0..<analysis.count where isLocative(index, in: analysis) {
            let bytes = analysis.byteRange(of: index..<(index + 1))
            guard !spans.contains(where: { $0.type == .location && $0.range.overlaps(bytes) }),
                FrameAlignment.align(frame, with: analysis, candidate: index, relations: relations).role >= 0.5,
                let words = SyntaxSpans.viewWords(bytes, in: view)
            else { continue }
            extra.append(TypedSpan(view: view, type: .location, words: words, strength: strength))
        }
        return extra
    }

    /// The place role a locative adverb plays for `predicate`: a full place when it modifies the predicate, less
    /// when it modifies one of the predicate's dependents ("spend their lives as grubs underground"); nil when it
    /// is none or hangs elsewhere.
    static func fit(of candidate: Int, for predicate: Int, asked: SemanticRole, in analysis: SentenceAnalysis)
        -> Double?
    {
        guard isLocative(candidate, in: analysis) else { return nil }
        let head = analysis.heads[candidate]
        let fit = SemanticRole.place(nil).fit(asked: asked)
        if head == predicate { return fit > 0 ? fit : nil }
        guard head >= 0, analysis.heads[head] == predicate else { return nil }
        return fit > 0 ? fit * PlaceRole.attachedBelow : nil
    }
}
