/// The move classifier's weights as they lie in memory and in a model file: one 64-bit entry a feature in a
/// Robin Hood–ordered open-addressing table, so a model loads with one bulk copy and a lookup reads 8 bytes.
///
/// A 32-bit feature key is first scrambled by an odd multiplier (a bijection): the top `homeBits` bits of the result
/// are the feature's home slot, the rest its remainder. An entry holds a 16-bit tag — the remainder and the entry's
/// displacement from its home — and the three classes' 16-bit quantised levels. Home slot and remainder together give
/// back the whole key, so a lookup is exact: a feature matches only its own entry. Entries lie in home-slot order
/// (displacements fit the tag: at most `1 << (homeBits - 16)` slots), and a slot past the last home holds overflow,
/// so probing never wraps. A feature whose levels are all zero adds nothing and is not stored; an all-zero entry
/// marks an empty slot.
package struct MoveTable: Sendable, Equatable {
    /// The number of classes (at most three).
    package let width: Int
    /// log₂ of the number of home slots (17…28).
    package let homeBits: Int
    /// The entries: `1 << homeBits` home slots then the overflow slots.
    package let entries: [UInt64]

    /// The scrambling multiplier and its inverse modulo 2³².
    private static let multiplier: UInt32 = 0x9E37_79B1
    private static let inverse: UInt32 = {
        var inverse = multiplier
        for _ in 0..<5 { inverse = inverse &* (2 &- multiplier &* inverse) }
        return inverse
    }()

    /// The remainder's bit count (the tag's low bits; the displacement takes the rest of its 16).
    @inline(__always) var remainderBits: Int { 32 - homeBits }
    /// The number of slots probed at most (the largest displacement + 1).
    @inline(__always) var probeLimit: Int { 1 << (homeBits - 16) }

    /// The number of entries a table of `homeBits` holds.
    static func length(homeBits: Int) -> Int { (1 << homeBits) + (1 << (homeBits - 16)) - 1 }

    /// A table from its stored parts, as read from a file; nil if their sizes do not agree.
    package init?(width: Int, homeBits: Int, entries: [UInt64]) {
        guard (1...3).contains(width), (17...28).contains(homeBits), entries.count == Self.length(homeBits: homeBits)
        else { return nil }
        self.width = width
        self.homeBits = homeBits
        self.entries = entries
    }

    /// Builds the table of `features` (distinct non-zero keys, classes below `width` ≤ 3): the smallest table at
    /// most about 62% full whose displacements fit the tag. Deterministic: entries are placed in the order of their
    /// scrambled keys.
    package init(width: Int, features: [(key: UInt32, levels: (Int16, Int16, Int16))]) {
        precondition((1...3).contains(width), "a move table holds at most three classes")  // safe: callers check
        let stored = features.filter { $0.levels != (0, 0, 0) }
        var homeBits = 17
        while Double(1 << homeBits) * 0.62 < Double(stored.count) { homeBits += 1 }
        let scrambled = stored.map { (hash: $0.key &* Self.multiplier, levels: $0.levels) }.sorted { $0.hash < $1.hash }
        while true {
            if let entries = Self.place(scrambled, homeBits: homeBits) {
                self.width = width
                self.homeBits = homeBits
                self.entries = entries
                return
            }
            homeBits += 1
        }
    }

    /// The entries of a table of `homeBits` holding `scrambled` (ascending), or nil if a displacement is too long.
    private static func place(_ scrambled: [(hash: UInt32, levels: (Int16, Int16, Int16))], homeBits: Int)
        -> [UInt64]?
    {
        let remainderBits = 32 - homeBits
        let limit = 1 << (homeBits - 16)
        var entries = [UInt64](repeating: 0, count: length(homeBits: homeBits))
        var next = 0
        for (hash, levels) in scrambled {
            let home = Int(hash >> UInt32(remainderBits))
            let slot = max(home, next)
            let displacement = slot - home
            guard displacement < limit else { return nil }
            let tag = UInt64(displacement << remainderBits) | UInt64(hash & ((1 << UInt32(remainderBits)) - 1))
            entries[slot] =
                tag | UInt64(UInt16(bitPattern: levels.0)) << 16 | UInt64(UInt16(bitPattern: levels.1)) << 32
                | UInt64(UInt16(bitPattern: levels.2)) << 48
            next = slot + 1
        }
        return entries
    }

    /// The stored features, keys ascending: each key with its non-zero (class, level) cells.
    package var features: [(key: UInt32, cells: [(UInt8, Int16)])] {
        let remainderBits = UInt32(self.remainderBits)
        var features: [(key: UInt32, cells: [(UInt8, Int16)])] = []
        for (slot, entry) in entries.enumerated() where entry != 0 {
            let tag = UInt32(truncatingIfNeeded: entry & 0xFFFF)
            let home = UInt32(slot) - (tag >> remainderBits)
            let hash = home << remainderBits | (tag & ((1 << remainderBits) - 1))
            var cells: [(UInt8, Int16)] = []
            for label in 0..<3 {
                let level = Int16(truncatingIfNeeded: entry >> (16 * UInt64(label + 1)))
                if level != 0 { cells.append((UInt8(label), level)) }
            }
            features.append((hash &* Self.inverse, cells))
        }
        return features.sorted { $0.key < $1.key }
    }

    /// Adds the weights of `count` feature keys, each level times `scale`, to `scores[0..<width]`, feature after
    /// feature (the same additions in the same order as a table of `Float` rows, so the same sums).
    ///
    /// A first pass loads every feature's home entry into a buffer, loads that do not depend on one another or on a
    /// branch, so their cache misses overlap; the probes then start from the loaded entries.
    @inline(__always) package func accumulate(
        _ features: UnsafePointer<UInt64>, count: Int, scale: Float, into scores: UnsafeMutablePointer<Float>
    ) {
        let remainderBits = UInt32(self.remainderBits)
        let remainderMask = (UInt64(1) << UInt64(remainderBits)) - 1
        let limit = probeLimit
        entries.withUnsafeBufferPointer { table in
            let base = table.baseAddress!
            withUnsafeTemporaryAllocation(of: UInt64.self, capacity: max(count, 1)) { first in
                for index in 0..<count {
                    let hash = UInt32(truncatingIfNeeded: features[index]) &* Self.multiplier
                    first[index] = base[Int(hash >> remainderBits)]
                }
                for index in 0..<count {
                    let hash = UInt32(truncatingIfNeeded: features[index]) &* Self.multiplier
                    let home = Int(hash >> remainderBits)
                    let remainder = UInt64(hash) & remainderMask
                    var entry = first[index]
                    var displacement = 0
                    while entry != 0 {
                        let tag = entry & 0xFFFF
                        let stored = Int(tag >> UInt64(remainderBits))
                        if stored < displacement { break }
                        if stored == displacement && tag & remainderMask == remainder {
                            scores[0] += Float(Int16(truncatingIfNeeded: entry >> 16)) * scale
                            if width > 1 { scores[1] += Float(Int16(truncatingIfNeeded: entry >> 32)) * scale }
                            if width > 2 { scores[2] += Float(Int16(truncatingIfNeeded: entry >> 48)) * scale }
                            break
                        }
                        displacement &+= 1
                        if displacement == limit { break }
                        entry = base[home &+ displacement]
                    }
                }
            }
        }
    }
}
