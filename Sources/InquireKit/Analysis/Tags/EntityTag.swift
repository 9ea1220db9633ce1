/// The kind of a named entity, as the entity tagger predicts it.
package enum EntityKind: UInt8, CaseIterable, Sendable, Hashable {
    /// A person (PER).
    case person
    /// An organisation (ORG).
    case organization
    /// A place (LOC).
    case place

    /// The label used in BIO tags: "PER", "ORG", "LOC".
    package var label: String {
        switch self {
        case .person: "PER"
        case .organization: "ORG"
        case .place: "LOC"
        }
    }

    /// The kind named by a BIO type label ("PER", "ORG", "LOC"; also "PERSON", "GPE", "LOCATION"), or `nil`.
    package init?(label: some StringProtocol) {
        switch label.uppercased() {
        case "PER", "PERSON": self = .person
        case "ORG", "ORGANIZATION", "ORGANISATION": self = .organization
        case "LOC", "LOCATION", "GPE", "PLACE": self = .place
        default: return nil
        }
    }
}

/// One word's entity tag in the BIO scheme: outside an entity, beginning one, or inside one.
package enum EntityTag: Hashable, Sendable {
    /// Not part of a named entity ("O").
    case outside
    /// The first word of an entity ("B-PER").
    case begin(EntityKind)
    /// A later word of an entity ("I-PER").
    case inside(EntityKind)

    /// The BIO label: "O", "B-PER", "I-ORG", "B-LOC".
    package var label: String {
        switch self {
        case .outside: "O"
        case .begin(let kind): "B-" + kind.label
        case .inside(let kind): "I-" + kind.label
        }
    }

    /// The kind of entity the word belongs to, or `nil` outside entities.
    package var kind: EntityKind? {
        switch self {
        case .outside: nil
        case .begin(let kind), .inside(let kind): kind
        }
    }

    /// The tag named by a BIO label ("O", "B-PER", "I-ORG"), or `nil` for anything else.
    package init?(label: some StringProtocol) {
        if label == "O" {
            self = .outside
            return
        }
        let text = String(label)
        guard text.count > 2, let dash = text.firstIndex(of: "-"),
            let kind = EntityKind(label: text[text.index(after: dash)...])
        else { return nil }
        switch text[..<dash] {
        case "B": self = .begin(kind)
        case "I": self = .inside(kind)
        default: return nil
        }
    }

    /// A dense class index: 0 for outside, then B and I of each kind in turn.
    package var classIndex: Int {
        switch self {
        case .outside: 0
        case .begin(let kind): 1 + 2 * Int(kind.rawValue)
        case .inside(let kind): 2 + 2 * Int(kind.rawValue)
        }
    }

    /// The tag with the given dense class index (see ``classIndex``), or `nil` when out of range.
    package init?(classIndex: Int) {
        if classIndex == 0 {
            self = .outside
            return
        }
        guard classIndex > 0, let kind = EntityKind(rawValue: UInt8((classIndex - 1) / 2)) else { return nil }
        self = classIndex % 2 == 1 ? .begin(kind) : .inside(kind)
    }

    /// The number of distinct tags (and class indices).
    package static var classCount: Int { 1 + 2 * EntityKind.allCases.count }
}
