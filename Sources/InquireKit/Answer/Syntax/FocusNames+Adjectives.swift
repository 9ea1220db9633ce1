/// *What independent homeland …?* over "an independent Baluchistan": the adjectives the question gives its focus
/// noun describe the thing asked, so a name the evidence gives one of them is described as the focus noun's kind;
/// the nouns compounded with it name the kind as well (*which television channel*: "al-Ikhbariya television").
extension FocusNames {
    /// The lower-case lemmas of the adjectives modifying the asked noun of `frame` ("independent" of "What
    /// independent homeland …?").
    static func adjectives(of frame: QuestionFrame) -> Set<String> {
        guard let asked = frame.asked else { return [] }
        let question = frame.analysis
        return Set(
            question.children[asked].filter {
                question.tags[$0] == .adj && question.baseRelation($0) == "amod"
            }.map { question.lemmas[$0].lowercased() })
    }

    /// The lower-case lemmas of the common nouns compounded with the asked noun of `frame` ("television" of "On
    /// which television channel …?"): each names the asked kind by itself, as a name ellipsis writes it
    /// ("al-Ikhbariya television" is a television channel).
    static func compoundKinds(of frame: QuestionFrame) -> Set<String> {
        guard let asked = frame.asked else { return [] }
        let question = frame.analysis
        return Set(
            question.children[asked].filter {
                question.tags[$0] == .noun && question.baseRelation($0) == "compound" && $0 < asked
                    && !generic.contains(question.lemmas[$0].lowercased())
            }.map { question.lemmas[$0].lowercased() })
    }

    /// Whether the name over `words` (its head word `head`) is a proper name that one of `adjectives` modifies
    /// ("an independent Baluchistan").
    func isDescribedByAdjective(_ words: Range<Int>, head: Int, in analysis: SentenceAnalysis) -> Bool {
        guard !adjectives.isEmpty, analysis.tags[head] == .propn,
            words.contains(where: { Self.isProperWord($0, in: analysis) })
        else { return false }
        return analysis.children[head].contains {
            analysis.baseRelation($0) == "amod" && adjectives.contains(analysis.lemmas[$0].lowercased())
        }
    }
}

extension FocusNames {
    /// Spans of type `type` over the proper names of `analysis` that one of `adjectives` modifies (the whole name
    /// around the word, `SentenceAnalysis.name(around:)`).
    func adjectiveSpans(in analysis: SentenceAnalysis, view: SentenceView, type: SpanType) -> [TypedSpan] {
        guard !adjectives.isEmpty else { return [] }
        var spans: [TypedSpan] = []
        for word in 0..<analysis.count where analysis.tags[word] == .propn {
            guard let name = analysis.name(around: word), isDescribedByAdjective(name, head: word, in: analysis),
                let words = SyntaxSpans.viewWords(analysis.byteRange(of: name), in: view)
            else { continue }
            let span = TypedSpan(view: view, type: type, words: words, strength: 0.8)
            if !spans.contains(span) { spans.append(span) }
        }
        return spans
    }
}
