/// An open-addressing hash table from feature hashes to dense row numbers.
///
/// Keys are ``FeatureHash`` keys (never zero; zero marks an empty slot). Linear probing over a power-of-two
/// capacity kept at most half full; a look-up is a multiply, a shift and usually one or two probes.
package struct FeatureTable: Sendable {
    private var keys: [UInt64]
    private var rows: [Int32]
    private var shift: UInt64
    /// The number of keys stored.
    package private(set) var count: Int = 0

    /// An empty table with room for about `capacity` keys before it grows.
    package init(capacity: Int = 1024) {
        var size = 16
        while size < capacity * 2 { size *= 2 }
        keys = Array(repeating: 0, count: size)
        rows = Array(repeating: -1, count: size)
        shift = UInt64(64 - size.trailingZeroBitCount)
    }

    @inline(__always) private static func slot(_ key: UInt64, shift: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    /// The row of a key, or `nil` when absent.
    @inlinable package func row(of key: UInt64) -> Int? {
        let found = lookUp(key)
        return found < 0 ? nil : found
    }

    /// The row of a key, or -1 when absent.
    @usableFromInline func lookUp(_ key: UInt64) -> Int {
        keys.withUnsafeBufferPointer { keys in
            let mask = keys.count - 1
            var slot = Self.slot(key, shift: shift)
            while true {
                let stored = keys[slot]
                if stored == key { return Int(rows[slot]) }
                if stored == 0 { return -1 }
                slot = (slot + 1) & mask
            }
        }
    }

    /// Stores `row` for `key` (replacing any earlier row).
    package mutating func insert(_ key: UInt64, row: Int) {
        precondition(key != 0, "key 0 is reserved")  // safe: fixed by the code
        if (count + 1) * 2 > keys.count { grow() }
        let mask = keys.count - 1
        var slot = Self.slot(key, shift: shift)
        while keys[slot] != 0 && keys[slot] != key {
            slot = (slot + 1) & mask
        }
        if keys[slot] == 0 { count += 1 }
        keys[slot] = key
        rows[slot] = Int32(row)
    }

    private mutating func grow() {
        let oldKeys = keys
        let oldRows = rows
        keys = Array(repeating: 0, count: oldKeys.count * 2)
        rows = Array(repeating: -1, count: oldKeys.count * 2)
        shift -= 1
        count = 0
        for (key, row) in zip(oldKeys, oldRows) where key != 0 {
            insert(key, row: Int(row))
        }
    }
}
