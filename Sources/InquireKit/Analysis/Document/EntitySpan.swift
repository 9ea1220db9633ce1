/// A named entity in an analysed sentence: a run of words and its kind.
package struct EntitySpan: Sendable, Equatable {
    /// The entity's words (indices into the sentence's words).
    package var words: Range<Int>
    /// What the entity names.
    package var kind: EntityKind

    /// Creates an entity span.
    package init(words: Range<Int>, kind: EntityKind) {
        self.words = words
        self.kind = kind
    }

    /// The entity spans of BIO tags: a span starts at a `B-` tag, or at an `I-` tag that does not continue a span
    /// of its kind, and runs over the `I-` tags of its kind that follow.
    package static func spans(of tags: [EntityTag]) -> [EntitySpan] {
        var spans: [EntitySpan] = []
        var start = 0
        var current: EntityKind?
        for (index, tag) in tags.enumerated() {
            switch tag {
            case .outside:
                if let kind = current { spans.append(EntitySpan(words: start..<index, kind: kind)) }
                current = nil
            case .begin(let kind):
                if let open = current { spans.append(EntitySpan(words: start..<index, kind: open)) }
                current = kind
                start = index
            case .inside(let kind):
                if current == kind { continue }
                if let open = current { spans.append(EntitySpan(words: start..<index, kind: open)) }
                current = kind
                start = index
            }
        }
        if let kind = current { spans.append(EntitySpan(words: start..<tags.count, kind: kind)) }
        return spans
    }
}
