import Foundation

/// The index's vocabulary: every distinct term once, interned to a dense integer id, stored flat (one byte arena,
/// one offset array, one open-addressing slot table) so that it is written to and read from an index file in three
/// bulk copies, without allocating anything per term.
///
/// Lookups hash the term's UTF-8 bytes with FNV-1a and probe linearly; the slot table is at least twice the number
/// of terms, so a probe ends after about 1.5 slots on average.
struct TermDictionary: Sendable, Equatable {
    /// The UTF-8 bytes of all terms, in id order.
    let bytes: Column<UInt8>
    /// Term `id` spans `bytes[offsets[id]..<offsets[id + 1]]`; `offsets.count == count + 1`.
    let offsets: Column<UInt32>
    /// Open-addressing table (a power of two long): a term id, or `emptySlot`.
    let slots: Column<UInt32>

    /// The marker of an unused slot.
    static let emptySlot = UInt32.max

    /// The number of terms.
    var count: Int { offsets.count - 1 }

    /// Interns `terms` (distinct, in id order).
    init(terms: [String]) {
        var arena: [UInt8] = []
        arena.reserveCapacity(terms.reduce(0) { $0 + $1.utf8.count })
        var offsets: [UInt32] = [0]
        offsets.reserveCapacity(terms.count + 1)
        for term in terms {
            arena.append(contentsOf: term.utf8)
            offsets.append(UInt32(arena.count))
        }
        self.init(bytes: arena, offsets: offsets)
    }

    /// Builds the slot table over terms already laid out in an arena.
    init(bytes: [UInt8], offsets: [UInt32]) {
        let count = offsets.count - 1
        var size = 16
        while size < count * 2 { size <<= 1 }
        var slots = [UInt32](repeating: Self.emptySlot, count: size)
        let mask = size - 1
        bytes.withUnsafeBufferPointer { arena in
            for id in 0..<count {
                let term = UnsafeBufferPointer(rebasing: arena[Int(offsets[id])..<Int(offsets[id + 1])])
                var slot = Int(truncatingIfNeeded: Self.hash(term)) & mask
                while slots[slot] != Self.emptySlot { slot = (slot + 1) & mask }
                slots[slot] = UInt32(id)
            }
        }
        self.init(bytes: Column(bytes), offsets: Column(offsets), slots: Column(slots))
    }

    /// Wraps columns read from an index file (already validated by the reader).
    init(bytes: Column<UInt8>, offsets: Column<UInt32>, slots: Column<UInt32>) {
        self.bytes = bytes
        self.offsets = offsets
        self.slots = slots
    }

    /// The id of `term`, or nil when the corpus never contains it.
    func id(of term: String) -> UInt32? {
        var copy = term
        return copy.withUTF8 { id(of: $0) }
    }

    /// The id of the term spelled by `utf8`, or nil.
    func id(of utf8: UnsafeBufferPointer<UInt8>) -> UInt32? {
        let mask = slots.count - 1
        return bytes.withUnsafeBufferPointer { arena in
            slots.withUnsafeBufferPointer { table in
                var slot = Int(truncatingIfNeeded: Self.hash(utf8)) & mask
                while true {
                    let id = table[slot]
                    if id == Self.emptySlot { return nil }
                    let start = Int(offsets[Int(id)])
                    let end = Int(offsets[Int(id) + 1])
                    if end - start == utf8.count, Self.equal(arena, start, utf8) { return id }
                    slot = (slot + 1) & mask
                }
            }
        }
    }

    /// Whether `arena[start..<start + term.count]` holds the bytes of `term`.
    @inline(__always)
    private static func equal(_ arena: UnsafeBufferPointer<UInt8>, _ start: Int, _ term: UnsafeBufferPointer<UInt8>)
        -> Bool
    {
        guard let stored = arena.baseAddress, let wanted = term.baseAddress else { return term.isEmpty }
        return memcmp(stored + start, wanted, term.count) == 0
    }

    /// The text of term `id`.
    func term(_ id: UInt32) -> String {
        let range = Int(offsets[Int(id)])..<Int(offsets[Int(id) + 1])
        return String(decoding: UnsafeBufferPointer(rebasing: bytes.buffer[range]), as: UTF8.self)
    }

    /// FNV-1a over the bytes: stable across runs, as the slot table is stored in index files.
    @inline(__always)
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        return hash ^ (hash >> 29)
    }

    /// The bytes the dictionary holds in memory.
    var memoryBytes: Int { bytes.byteCount + offsets.byteCount + slots.byteCount }
}
