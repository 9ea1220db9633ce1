/// XXH64, the 64-bit hash of the xxHash family (Yann Collet, BSD-2-Clause algorithm), used for index-file
/// checksums and corpus fingerprints: fast enough to check hundreds of megabytes while loading, and stable across
/// runs and machines (unlike Swift's seeded `Hasher`).
package enum Checksum {
    static let prime1: UInt64 = 0x9E37_79B1_85EB_CA87
    static let prime2: UInt64 = 0xC2B2_AE3D_27D4_EB4F
    static let prime3: UInt64 = 0x1656_67B1_9E37_79F9
    static let prime4: UInt64 = 0x85EB_CA77_C2B2_AE63
    static let prime5: UInt64 = 0x27D4_EB2F_1656_67C5

    /// The XXH64 hash of `bytes` with `seed`.
    package static func xxh64(_ bytes: UnsafeRawBufferPointer, seed: UInt64 = 0) -> UInt64 {
        xxh64(bytes, seed: seed, every: Int.max) { _ in }
    }

    /// The XXH64 hash of `bytes`, calling `passed` with the number of bytes consumed every `interval` bytes (a
    /// multiple of 32) or so, so that a caller hashing a mapped file can release the pages behind it.
    static func xxh64(
        _ bytes: UnsafeRawBufferPointer, seed: UInt64 = 0, every interval: Int, passed: (Int) -> Void
    ) -> UInt64 {
        let count = bytes.count
        guard let base = bytes.baseAddress, count > 0 else { return avalanche(seed &+ prime5) }
        var offset = 0
        var lanes: (UInt64, UInt64, UInt64, UInt64)?
        if count >= 32 {
            var v1 = seed &+ prime1 &+ prime2
            var v2 = seed &+ prime2
            var v3 = seed
            var v4 = seed &- prime1
            let step = max(32, interval & ~31)
            while offset + 32 <= count {
                let stop = count - offset > step ? offset + step : count
                while offset + 32 <= stop {
                    v1 = round(v1, load64(base, offset))
                    v2 = round(v2, load64(base, offset + 8))
                    v3 = round(v3, load64(base, offset + 16))
                    v4 = round(v4, load64(base, offset + 24))
                    offset += 32
                }
                passed(offset)
            }
            lanes = (v1, v2, v3, v4)
        }
        return finish(lanes: lanes, seed: seed, count: count, tail: UnsafeRawBufferPointer(rebasing: bytes[offset...]))
    }

    /// The end of XXH64 over `count` bytes in all: the four lanes merged (nil when fewer than 32 bytes were
    /// hashed: the seed stands for them), then `tail`, the bytes after the last whole stripe of 32, and the
    /// avalanche. Shared by the one-shot hash and ``ChecksumStream``.
    static func finish(
        lanes: (UInt64, UInt64, UInt64, UInt64)?, seed: UInt64, count: Int, tail: UnsafeRawBufferPointer
    ) -> UInt64 {
        var hash: UInt64
        if let (v1, v2, v3, v4) = lanes {
            hash = rotate(v1, 1) &+ rotate(v2, 7) &+ rotate(v3, 12) &+ rotate(v4, 18)
            hash = merge(hash, v1)
            hash = merge(hash, v2)
            hash = merge(hash, v3)
            hash = merge(hash, v4)
        } else {
            hash = seed &+ prime5
        }
        hash &+= UInt64(count)
        guard let base = tail.baseAddress else { return avalanche(hash) }
        let count = tail.count
        var offset = 0
        while offset + 8 <= count {
            hash ^= round(0, load64(base, offset))
            hash = rotate(hash, 27) &* prime1 &+ prime4
            offset += 8
        }
        if offset + 4 <= count {
            hash ^= UInt64(base.loadUnaligned(fromByteOffset: offset, as: UInt32.self).littleEndian) &* prime1
            hash = rotate(hash, 23) &* prime2 &+ prime3
            offset += 4
        }
        while offset < count {
            hash ^= UInt64(base.load(fromByteOffset: offset, as: UInt8.self)) &* prime5
            hash = rotate(hash, 11) &* prime1
            offset += 1
        }
        return avalanche(hash)
    }

    /// The XXH64 hash of the UTF-8 bytes of `text`.
    package static func xxh64(_ text: String, seed: UInt64 = 0) -> UInt64 {
        var copy = text
        return copy.withUTF8 { xxh64(UnsafeRawBufferPointer($0), seed: seed) }
    }

    /// The XXH64 hash of an array's raw bytes.
    package static func xxh64<T: BitwiseCopyable>(array: [T], seed: UInt64 = 0) -> UInt64 {
        array.withUnsafeBytes { xxh64($0, seed: seed) }
    }

    @inline(__always) private static func load64(_ base: UnsafeRawPointer, _ offset: Int) -> UInt64 {
        base.loadUnaligned(fromByteOffset: offset, as: UInt64.self).littleEndian
    }

    @inline(__always) static func rotate(_ value: UInt64, _ bits: UInt64) -> UInt64 {
        (value << bits) | (value >> (64 - bits))
    }

    @inline(__always) static func round(_ accumulator: UInt64, _ input: UInt64) -> UInt64 {
        rotate(accumulator &+ input &* prime2, 31) &* prime1
    }

    @inline(__always) static func merge(_ hash: UInt64, _ value: UInt64) -> UInt64 {
        (hash ^ round(0, value)) &* prime1 &+ prime4
    }

    @inline(__always) static func avalanche(_ value: UInt64) -> UInt64 {
        var hash = value
        hash ^= hash >> 33
        hash &*= prime2
        hash ^= hash >> 29
        hash &*= prime3
        hash ^= hash >> 32
        return hash
    }
}

/// Accumulates a fingerprint over a sequence of values, each hashed with XXH64 and chained through the seed.
struct FingerprintHasher {
    /// The running value.
    private(set) var value: UInt64 = 0x494E_5155_4952_4531

    /// Mixes in raw bytes.
    mutating func combine(bytes: UnsafeRawBufferPointer) { value = Checksum.xxh64(bytes, seed: value) }

    /// Mixes in a string (its length first, so boundaries between strings count).
    mutating func combine(_ text: String) {
        combine(UInt64(text.utf8.count))
        value = Checksum.xxh64(text, seed: value)
    }

    /// Starts mixing in a string given in pieces (its length first, as `combine(_: String)` does): the stream to
    /// add its bytes to, to be handed to `endString(_:)`.
    mutating func beginString(length: Int) -> ChecksumStream {
        combine(UInt64(length))
        return ChecksumStream(seed: value)
    }

    /// Ends a string begun with `beginString(length:)`.
    mutating func endString(_ stream: ChecksumStream) { value = stream.finish() }

    /// Mixes in an integer.
    mutating func combine(_ number: UInt64) {
        withUnsafeBytes(of: number.littleEndian) { combine(bytes: $0) }
    }
}
