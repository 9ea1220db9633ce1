import Testing

@testable import InquireKit

@Suite("Posting block unpacking")
struct PostingUnpackTests {
    /// A reproducible byte stream (SplitMix64), with the 8 zero bytes of padding a block's reader may load past.
    static func stream(bytes: Int, seed: UInt64) -> [UInt8] {
        var state = seed
        var result: [UInt8] = []
        for _ in 0..<bytes {
            state &+= 0x9E37_79B9_7F4A_7C15
            var mixed = state
            mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
            mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
            result.append(UInt8(truncatingIfNeeded: mixed ^ (mixed >> 31)))
        }
        return result + [UInt8](repeating: 0, count: PostingBlocks.padding)
    }

    /// The `width`-bit value at bit `position` of a little-endian bit stream, read one bit at a time.
    static func value(_ bytes: [UInt8], at position: Int, width: Int) -> UInt64 {
        var result: UInt64 = 0
        for bit in 0..<width where bytes[(position + bit) / 8] & (1 << UInt8((position + bit) % 8)) != 0 {
            result |= 1 << UInt64(bit)
        }
        return result
    }

    static let blockLengths = [1, 2, 7, 8, 9, 15, 16, 17, 100, 127, 128]

    @Test(
        "counts of every width 0–32, full and partial blocks, at every bit offset, as read bit by bit",
        arguments: 0...32)
    func counts(width: Int) {
        for count in Self.blockLengths {
            for origin in [0, 1, 3, 7, 8, 13, 127 * 5] {
                let bytes = Self.stream(
                    bytes: (origin + count * width) / 8 + 1, seed: UInt64(width * 1000 + count + origin))
                var fast = [UInt32](repeating: 77, count: PostingBlocks.blockSize)
                var scalar = fast
                bytes.withUnsafeBytes { raw in
                    guard let base = raw.baseAddress else { return }
                    fast.withUnsafeMutableBufferPointer {
                        PostingBlocks.unpackCounts(
                            base, from: origin, width: width, count: count, into: $0.baseAddress!)
                    }
                    if width > 0 {
                        scalar.withUnsafeMutableBufferPointer {
                            PostingBlocks.unpackCounts(base, from: origin, width, count: count, into: $0.baseAddress!)
                        }
                    }
                }
                let expected: [UInt32] =
                    width == 0
                    ? [UInt32](repeating: 77, count: count)
                    : (0..<count).map {
                        UInt32(min(Self.value(bytes, at: origin + $0 * width, width: width) + 1, 0xFFFF_FFFF))
                    }
                #expect(Array(fast[..<count]) == expected, "width \(width), \(count) counts from bit \(origin)")
                #expect(fast[count...].allSatisfy { $0 == 77 }, "width \(width): nothing written past \(count) counts")
                if width > 0 { #expect(Array(scalar[..<count]) == expected, "scalar, width \(width), \(count) counts") }
            }
        }
    }

    @Test("gaps of every width 0–32, full and partial blocks, as read bit by bit", arguments: 0...32)
    func gaps(width: Int) {
        for count in Self.blockLengths {
            let bytes = Self.stream(bytes: (count * width) / 8 + 1, seed: UInt64(width * 1000 + count))
            let first: UInt64 = 12_345
            var sentences = [UInt32](repeating: 77, count: PostingBlocks.blockSize)
            sentences[0] = UInt32(first)
            let last = bytes.withUnsafeBytes { raw in
                sentences.withUnsafeMutableBufferPointer {
                    PostingBlocks.unpackGaps(
                        raw.baseAddress!, width: width, count: count, first: first, into: $0.baseAddress!)
                }
            }
            var expected: [UInt32] = [UInt32(first)]
            var sentence = first
            for index in 1..<count {
                sentence += Self.value(bytes, at: (index - 1) * width, width: width) + 1
                expected.append(UInt32(truncatingIfNeeded: sentence))
            }
            #expect(Array(sentences[..<count]) == expected, "width \(width), \(count) postings")
            #expect(sentences[count...].allSatisfy { $0 == 77 }, "width \(width): nothing written past \(count)")
            #expect(last == sentence, "width \(width), \(count) postings: the last sentence before truncation")
        }
    }
}
