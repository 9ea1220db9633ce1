/// A hash table from token forms (their normalised UTF-8 bytes) to a worker's local term ids, so that each form is
/// analysed (stopword check, stemming) once per worker and every later occurrence costs one hash and one compare.
/// Keys live in one byte arena; the table stores each key's 64-bit hash to skip most byte comparisons.
struct FormCache {
    private var arena: [UInt8] = []
    private var keyStarts: [UInt32] = []
    private var keyHashes: [UInt64] = []
    private var values: [UInt32] = []
    /// Entry index + 1 per slot (0 = empty); a power of two, kept under half full.
    private var slots = [UInt32](repeating: 0, count: 1 << 12)

    /// The value stored for `key`, if any.
    @inline(__always)
    func value(for key: UnsafeBufferPointer<UInt8>, hash: UInt64) -> UInt32? {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let entry = Int(slots[slot])
            if entry == 0 { return nil }
            if keyHashes[entry - 1] == hash && matches(entry - 1, key) { return values[entry - 1] }
            slot = (slot + 1) & mask
        }
    }

    /// Stores `value` for `key` (which must not be present).
    mutating func insert(_ key: UnsafeBufferPointer<UInt8>, hash: UInt64, value: UInt32) {
        if (values.count + 1) * 2 > slots.count { grow() }
        keyStarts.append(UInt32(arena.count))
        arena.append(contentsOf: key)
        keyHashes.append(hash)
        values.append(value)
        place(entry: values.count - 1, hash: hash)
    }

    /// A well-mixed 64-bit hash of a short byte string.
    @inline(__always)
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        hash ^= hash >> 32
        hash &*= 0xD6E8_FEB8_6659_FD93
        return hash ^ (hash >> 32)
    }

    private func matches(_ entry: Int, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = Int(keyStarts[entry])
        let end = entry + 1 < keyStarts.count ? Int(keyStarts[entry + 1]) : arena.count
        guard end - start == key.count else { return false }
        for offset in 0..<key.count where arena[start + offset] != key[offset] { return false }
        return true
    }

    private mutating func place(entry: Int, hash: UInt64) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = UInt32(entry + 1)
    }

    private mutating func grow() {
        slots = [UInt32](repeating: 0, count: slots.count * 2)
        for entry in 0..<values.count { place(entry: entry, hash: keyHashes[entry]) }
    }
}
