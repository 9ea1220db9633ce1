/// Candidate spans from the analysis of an evidence sentence: recognised names widened to the whole name the
/// tree and the entity tagger see ("Abu Bakr al-Baghdadi", not "Abu Bakr"), and named entities no rule found.
enum SyntaxSpans {
    /// The span types a named entity of each kind stands for.
    static func type(of kind: EntityKind) -> SpanType {
        switch kind {
        case .person: .person
        case .organization: .group
        case .place: .location
        }
    }

    /// `span` widened to the whole name around its head when that name holds it and reaches beyond it; the span
    /// itself otherwise (and always for numbers, dates and measures).
    static func widened(_ span: TypedSpan, in analysis: SentenceAnalysis, view: SentenceView) -> TypedSpan {
        guard [.person, .group, .location].contains(span.type),
            let covered = analysis.words(coveringBytes: span.range),
            let head = analysis.headWord(coveringBytes: span.range),
            let name = analysis.name(around: head),
            name.lowerBound <= covered.lowerBound, name.upperBound >= covered.upperBound, name != covered
        else { return span }
        // Not into an entity of another kind ("Tomas Novak of Austria" is a person; the place is "Austria").
        if let entity = analysis.entity(containing: head), type(of: entity.kind) != span.type { return span }
        let bytes = analysis.byteRange(of: name)
        guard let words = viewWords(bytes, in: view) else { return span }
        return TypedSpan(view: view, type: span.type, words: words, strength: span.strength)
    }

    /// The entity kind of the candidate over `words`: that of the entity holding its head, when the entity lies
    /// within the candidate (an entity reaching beyond it, "Tomas Novak of Austria" around "Austria", says nothing
    /// of the candidate's own kind).
    static func kind(of words: Range<Int>, head: Int, in analysis: SentenceAnalysis) -> EntityKind? {
        guard let entity = analysis.entity(containing: head),
            entity.words.lowerBound >= words.lowerBound, entity.words.upperBound <= words.upperBound
        else { return nil }
        return entity.kind
    }

    /// Spans for the named entities of `analysis` of an expected type that no recognised span covers and that
    /// fill the role the question asks about (an entity the rules missed is only worth proposing where the parse
    /// puts it in the answer's place).
    static func entities(
        in analysis: SentenceAnalysis, view: SentenceView, expected: [SpanType], besides spans: [TypedSpan],
        frame: QuestionFrame
    ) -> [TypedSpan] {
        var extra: [TypedSpan] = []
        for entity in analysis.entities {
            let type = type(of: entity.kind)
            guard expected.contains(type) else { continue }
            let bytes = analysis.byteRange(of: entity.words)
            if spans.contains(where: { $0.range.overlaps(bytes) && [.person, .group, .location].contains($0.type) }) {
                continue
            }
            guard let head = analysis.headWord(coveringBytes: bytes),
                FrameAlignment.align(frame, with: analysis, candidate: head).role >= 0.7,
                let words = viewWords(bytes, in: view)
            else { continue }
            extra.append(TypedSpan(view: view, type: type, words: words, strength: 0.6))
        }
        return extra
    }

    /// The words of `view` overlapping the byte range `bytes`, or nil when none does.
    static func viewWords(_ bytes: Range<Int>, in view: SentenceView) -> Range<Int>? {
        // Binary search for the first word ending after the range starts: O(log n) in a long sentence.
        var low = 0
        var high = view.words.count
        while low < high {
            let middle = (low + high) / 2
            if view.words[middle].range.upperBound <= bytes.lowerBound { low = middle + 1 } else { high = middle }
        }
        var end = low
        while end < view.words.count, view.words[end].range.lowerBound < bytes.upperBound { end += 1 }
        return end > low ? low..<end : nil
    }
}
