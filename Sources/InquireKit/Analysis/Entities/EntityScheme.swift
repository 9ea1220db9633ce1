/// How the entity tagger's classes encode entity spans: BIO (begin, inside, outside) or BILOU (begin, inside, last,
/// unit-length, outside). The model's classes are dense indices: 0 is outside, then one block per ``EntityKind``.
package enum EntityScheme: UInt8, Sendable, CaseIterable {
    /// Begin, inside, outside: 1 + 2 classes per kind.
    case bio
    /// Begin, inside, last, unit, outside: 1 + 4 classes per kind.
    case bilou

    /// The number of classes per entity kind.
    var perKind: Int { self == .bio ? 2 : 4 }

    /// The number of classes.
    package var classCount: Int { 1 + perKind * EntityKind.allCases.count }

    /// The scheme of a model over `classCount` classes, or `nil`.
    package init?(classCount: Int) {
        guard let scheme = Self.allCases.first(where: { $0.classCount == classCount }) else { return nil }
        self = scheme
    }

    /// The position a class stands for within its entity (0 begin, 1 inside, 2 last, 3 unit), and its kind; `nil`
    /// for outside.
    func decompose(_ label: Int) -> (position: Int, kind: EntityKind)? {
        guard label > 0, let kind = EntityKind(rawValue: UInt8((label - 1) / perKind)) else { return nil }
        return ((label - 1) % perKind, kind)
    }

    /// The class of a position (0 begin, 1 inside, 2 last, 3 unit) in an entity of `kind`.
    func label(position: Int, kind: EntityKind) -> Int { 1 + perKind * Int(kind.rawValue) + position }

    /// The classes of a sentence's BIO tags.
    func encode(_ tags: [EntityTag]) -> [Int] {
        tags.indices.map { index in
            guard let kind = tags[index].kind else { return 0 }
            let begins = index == 0 || tags[index] == .begin(kind) || tags[index - 1].kind != kind
            if self == .bio { return label(position: begins ? 0 : 1, kind: kind) }
            let ends = index + 1 == tags.count || tags[index + 1] != .inside(kind)
            switch (begins, ends) {
            case (true, true): return label(position: 3, kind: kind)
            case (true, false): return label(position: 0, kind: kind)
            case (false, true): return label(position: 2, kind: kind)
            case (false, false): return label(position: 1, kind: kind)
            }
        }
    }

    /// The BIO tag of a class given the tag before it: begin and unit classes begin an entity, inside and last
    /// classes continue one of their kind (or begin one when there is none to continue).
    func tag(_ label: Int, after previous: EntityTag?) -> EntityTag {
        guard let (position, kind) = decompose(label) else { return .outside }
        let continues = position == 1 || position == 2
        return continues && previous?.kind == kind ? .inside(kind) : .begin(kind)
    }

    /// Whether class `next` may follow class `previous` (-1 at the sentence start): an entity left open by a begin or
    /// inside class must go on with an inside or last class of its kind, and only those continue one.
    func allows(_ next: Int, after previous: Int) -> Bool {
        let open = previous > 0 ? decompose(previous).flatMap { $0.position <= 1 ? $0.kind : nil } : nil
        let continuing = decompose(next).flatMap { $0.position == 1 || $0.position == 2 ? $0.kind : nil }
        if self == .bio {
            guard let continuing else { return true }
            return previous > 0 && decompose(previous)?.kind == continuing
        }
        return open == continuing
    }
}
