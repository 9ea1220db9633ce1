/// A fixed set of short words (at most 15 UTF-8 bytes) with a lookup that does not hash Strings: a word's bytes
/// and length are packed into two 64-bit integers and found by linear probing in a power-of-two table at most a
/// quarter full.
struct PackedWordSet: Sendable {
    /// A word packed into two integers: bytes 0–7 in `low`, bytes 8–14 and the length (top byte) in `high`,
    /// little-endian; (0, 0), which no word packs to, marks an empty slot.
    struct Key: Equatable, Sendable {
        var low: UInt64 = 0
        var high: UInt64 = 0
    }

    private let slots: [Key]
    private let mask: Int

    /// Builds the set; words longer than 15 bytes or empty are left out (`contains` is false for them).
    init<S: Sequence>(_ words: S) where S.Element == String {
        let packed = words.compactMap { Self.pack($0.utf8) }
        var size = 16
        while size < packed.count * 4 { size *= 2 }
        var slots = [Key](repeating: Key(), count: size)
        for key in packed {
            var slot = Self.slot(of: key, mask: size - 1)
            while slots[slot] != Key(), slots[slot] != key { slot = (slot + 1) & (size - 1) }
            slots[slot] = key
        }
        self.slots = slots
        self.mask = size - 1
    }

    /// Whether `word` is in the set.
    @inline(__always)
    func contains(_ word: String) -> Bool {
        guard word.utf8.count <= 15 else { return false }
        if let found = word.utf8.withContiguousStorageIfAvailable({ contains($0) }) { return found }
        return contains(word.utf8)
    }

    /// Whether the word whose UTF-8 bytes are `word` is in the set.
    @inline(__always)
    func contains<C: Collection>(_ word: C) -> Bool where C.Element == UInt8 {
        guard let key = Self.pack(word) else { return false }
        return contains(key)
    }

    /// Whether the packed word `key` is in the set.
    @inline(__always)
    func contains(_ key: Key) -> Bool {
        var slot = Self.slot(of: key, mask: mask)
        while true {
            let found = slots[slot]
            if found == key { return true }
            if found == Key() { return false }
            slot = (slot + 1) & mask
        }
    }

    /// The packed form of 1 to 15 bytes, or nil for an empty or longer word.
    @inline(__always)
    static func pack<C: Collection>(_ word: C) -> Key? where C.Element == UInt8 {
        var key = Key()
        var count = 0
        for byte in word {
            guard count < 15 else { return nil }
            if count < 8 {
                key.low |= UInt64(byte) << (8 * UInt64(count))
            } else {
                key.high |= UInt64(byte) << (8 * UInt64(count - 8))
            }
            count += 1
        }
        guard count > 0 else { return nil }
        key.high |= UInt64(count) << 56
        return key
    }

    /// The first slot to probe for `key`.
    @inline(__always)
    static func slot(of key: Key, mask: Int) -> Int {
        let mixed = (key.low &* 0x9E37_79B9_7F4A_7C15) ^ (key.high &* 0xC2B2_AE3D_27D4_EB4F)
        return Int(truncatingIfNeeded: (mixed ^ (mixed >> 29)) >> 7) & mask
    }
}
