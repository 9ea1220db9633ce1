/// The classes a part-of-speech tagger predicts and a parser reads: the 17 UPOS tags, or finer tags that each stand
/// for one UPOS, a UPOS with the treebank's own tag (XPOS, for English the Penn tags: "VERB|VBN", "PART|TO",
/// "PRON|WDT").
///
/// A fine tag keeps distinctions that UPOS merges and that decide attachments (a past participle and a finite verb,
/// infinitival *to* and a preposition, a wh-determiner); its UPOS is fixed by the label, so the UPOS everything else
/// reads is derived from it exactly. Class ids are positions in ``labels``; at most ``maximumCount`` of them, so a
/// tag id plus one fits the parser's 6-bit tag field with one value left for the root.
package struct TagSet: Sendable, Equatable {
    /// The labels in class-id order: a UPOS label ("NOUN") or a UPOS and a fine tag ("NOUN|NNS").
    package let labels: [String]
    /// The UPOS of each class.
    package let universal: [UniversalTag]
    /// For each UPOS (by raw value), the class that stands for it when its fine tag is not in the set: the first
    /// class with that UPOS.
    private let fallback: [UInt8]
    private let ids: [String: UInt8]

    /// The most classes a tag set holds.
    package static let maximumCount = 62

    /// The 17 UPOS tags, class id = raw value (the tag set of models without fine tags).
    package static let universalTags = TagSet(
        uncheckedLabels: UniversalTag.allCases.map(\.label), universal: UniversalTag.allCases)

    /// Whether the classes are the UPOS tags themselves.
    package var isUniversal: Bool { labels == Self.universalTags.labels }

    /// The number of classes.
    package var count: Int { labels.count }

    private init(uncheckedLabels labels: [String], universal: [UniversalTag]) {
        self.labels = labels
        self.universal = universal
        var fallback = [UInt8](repeating: 0, count: UniversalTag.allCases.count)
        for tag in UniversalTag.allCases {
            fallback[Int(tag.rawValue)] = UInt8(universal.firstIndex(of: tag) ?? 0)
        }
        self.fallback = fallback
        var ids: [String: UInt8] = [:]
        for (index, label) in labels.enumerated() { ids[label] = UInt8(index) }
        self.ids = ids
    }

    /// A tag set of the given labels, or `nil` when one names no UPOS, repeats, or there are more than
    /// ``maximumCount``.
    package init?(labels: [String]) {
        guard labels.count <= Self.maximumCount, Set(labels).count == labels.count else { return nil }
        var universal: [UniversalTag] = []
        for label in labels {
            guard let tag = UniversalTag(label: label.split(separator: "|", maxSplits: 1).first ?? "") else {
                return nil
            }
            universal.append(tag)
        }
        self.init(uncheckedLabels: labels, universal: universal)
    }

    /// The label of a UPOS and fine tag pair.
    package static func label(upos: UniversalTag, xpos: String) -> String { upos.label + "|" + xpos }

    /// The class of a word with this UPOS and fine tag: the pair's class, else the first class of the UPOS (for the
    /// UPOS tag set, the UPOS itself).
    package func id(upos: UniversalTag, xpos: String) -> UInt8 {
        if isUniversal { return upos.rawValue }
        return ids[Self.label(upos: upos, xpos: xpos)] ?? fallback[Int(upos.rawValue)]
    }

    /// The fine tag set of a treebank: from counts of UPOS|XPOS labels, each UPOS's most frequent pair first (so
    /// every UPOS has a class), then the other pairs seen at least `minimumCount` times, most frequent first, up to
    /// ``maximumCount`` in all. Deterministic (ties broken by label).
    package static func frequentPairs(_ counts: [String: Int], minimumCount: Int) -> TagSet {
        let ranked = counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
        var chosen: [String] = []
        var covered: Set<String> = []
        for (label, _) in ranked {
            let upos = String(label.split(separator: "|", maxSplits: 1).first ?? "")
            guard UniversalTag(label: upos) != nil, covered.insert(upos).inserted else { continue }
            chosen.append(label)
        }
        for (label, count) in ranked where count >= minimumCount && chosen.count < maximumCount {
            guard !chosen.contains(label),
                UniversalTag(label: label.split(separator: "|", maxSplits: 1).first ?? "") != nil
            else { continue }
            chosen.append(label)
        }
        let order = Dictionary(uniqueKeysWithValues: ranked.enumerated().map { ($1.key, $0) })
        chosen.sort { order[$0, default: 0] < order[$1, default: 0] }
        return TagSet(labels: chosen) ?? universalTags
    }
}

extension TagSet {
    /// Writes the labels as an archive section (only fine tag sets are written; no section means UPOS).
    package func write(into archive: inout ModelArchive, section: String) {
        guard !isUniversal else { return }
        archive.set(section) { $0.append(strings: labels) }
    }

    /// The tag set of an archive's section, or the UPOS tag set when the archive has none.
    package init(from archive: ModelArchive, section: String) throws {
        guard archive.has(section) else {
            self = .universalTags
            return
        }
        var reader = try archive.reader(for: section)
        guard let tags = TagSet(labels: try reader.readStrings()) else {
            throw ModelFileError.corrupt("the tag set in \(section) is not valid")
        }
        self = tags
    }
}
