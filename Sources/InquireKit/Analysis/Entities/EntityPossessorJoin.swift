/// Output conventions for possessives around names. ``joined(_:forms:)`` makes a name, a possessive *'s* and the
/// place or organisation name right after it one entity ("Pakistan's Baluchistan province", "Berkeley's Department
/// of Linguistics"), as GUM writes them (45 times in its training data against 2 split; Universal NER dev splits 5
/// and joins 4), so that the answer stage sees the whole name rather than the possessor alone.
/// ``withoutFinalPossessives(_:forms:)`` leaves a final *'s* out of a name, as Universal NER writes it.
enum EntityPossessorJoin {
    /// `tags` with every entity that ends right before a possessive, followed at once by an entity, joined with it
    /// (unless that entity is a person's name or the first of a coordination of names).
    static func joined(_ tags: [EntityTag], forms: [WordForm]) -> [EntityTag] {
        var tags = tags
        var index = 1
        while index + 1 < tags.count {
            guard Self.possessives.contains(forms[index].lowerHash), tags[index - 1].kind != nil,
                tags[index] == .outside || tags[index] == .inside(tags[index - 1].kind ?? .person),
                case .begin(let kind) = tags[index + 1], kind != .person
            else {
                index += 1
                continue
            }
            var end = index + 2
            while end < tags.count, tags[end] == .inside(kind) { end += 1 }
            // "Iran's Sistan and Baluchestan province": the possessor qualifies a coordination of names, which the
            // join would cut after its first name.
            if end + 1 < tags.count, Self.conjunctions.contains(forms[end].lowerHash), forms[end + 1].isCapitalised {
                index = end
                continue
            }
            var start = index - 1
            while start > 0, case .inside = tags[start] { start -= 1 }
            tags[start] = .begin(kind)
            for inside in start + 1...index + 1 { tags[inside] = .inside(kind) }
            index += 2
        }
        return tags
    }

    /// `tags` with the possessive *'s* (or *'*) that ends an entity of two words or more left out of it: a model
    /// trained on GUM's mentions ("[Pakistan's] air force") outputs names as Universal NER writes them.
    static func withoutFinalPossessives(_ tags: [EntityTag], forms: [WordForm]) -> [EntityTag] {
        var tags = tags
        for index in tags.indices.dropFirst() where Self.endings.contains(forms[index].lowerHash) {
            guard case .inside = tags[index] else { continue }
            if index + 1 < tags.count, case .inside = tags[index + 1] { continue }
            tags[index] = .outside
        }
        return tags
    }

    /// The conjunctions that coordinate two names.
    private static let conjunctions: Set<UInt64> = Set(["and", "or", "&"].map { FeatureHash.value($0) })

    /// A possessive ending written apart: *'s*, *’s*.
    private static let possessives: Set<UInt64> = Set(["'s", "\u{2019}s"].map { FeatureHash.value($0) })
    /// A possessive ending or a lone apostrophe after a plural: *'s*, *’s*, *'*, *’*.
    static let endings: Set<UInt64> = Set(["'s", "\u{2019}s", "'", "\u{2019}"].map { FeatureHash.value($0) })
}
