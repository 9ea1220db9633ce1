/// XXH64 over bytes given in pieces: the same value as `Checksum.xxh64` of the pieces joined, without joining them
/// (the index writer hashes the corpus text document by document instead of copying it into one array).
struct ChecksumStream {

    private let seed: UInt64
    private var v1: UInt64
    private var v2: UInt64
    private var v3: UInt64
    private var v4: UInt64
    /// Bytes not yet making a whole 32-byte stripe.
    private var pending: [UInt8] = []
    /// Bytes hashed so far.
    private(set) var count = 0

    /// A stream with `seed`.
    init(seed: UInt64 = 0) {
        self.seed = seed
        v1 = seed &+ Checksum.prime1 &+ Checksum.prime2
        v2 = seed &+ Checksum.prime2
        v3 = seed
        v4 = seed &- Checksum.prime1
        pending.reserveCapacity(32)
    }

    /// Adds `bytes`.
    mutating func update(_ bytes: UnsafeRawBufferPointer) {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return }
        count += bytes.count
        var offset = 0
        if !pending.isEmpty {
            let taken = min(32 - pending.count, bytes.count)
            pending.append(contentsOf: UnsafeRawBufferPointer(rebasing: bytes[0..<taken]))
            offset = taken
            guard pending.count == 32 else { return }
            pending.withUnsafeBytes { if let stripeBase = $0.baseAddress { stripe(stripeBase, 0) } }
            pending.removeAll(keepingCapacity: true)
        }
        while offset + 32 <= bytes.count {
            stripe(base, offset)
            offset += 32
        }
        if offset < bytes.count { pending.append(contentsOf: UnsafeRawBufferPointer(rebasing: bytes[offset...])) }
    }

    /// Adds the UTF-8 bytes of `text`.
    mutating func update(_ text: String) {
        SentenceSpans.withUTF8(text) { update(UnsafeRawBufferPointer($0)) }
    }

    /// The hash of everything added.
    func finish() -> UInt64 {
        pending.withUnsafeBytes {
            Checksum.finish(lanes: count >= 32 ? (v1, v2, v3, v4) : nil, seed: seed, count: count, tail: $0)
        }
    }

    @inline(__always)
    private mutating func stripe(_ base: UnsafeRawPointer, _ offset: Int) {
        v1 = Checksum.round(v1, base.loadUnaligned(fromByteOffset: offset, as: UInt64.self).littleEndian)
        v2 = Checksum.round(v2, base.loadUnaligned(fromByteOffset: offset + 8, as: UInt64.self).littleEndian)
        v3 = Checksum.round(v3, base.loadUnaligned(fromByteOffset: offset + 16, as: UInt64.self).littleEndian)
        v4 = Checksum.round(v4, base.loadUnaligned(fromByteOffset: offset + 24, as: UInt64.self).littleEndian)
    }
}
