import Testing

@testable import InquireKit

@Suite("XXH64 checksum")
struct ChecksumTests {
    /// Reference values from the xxHash library (Python `xxhash` 3.x).
    @Test(
        "matches the reference implementation",
        arguments: [
            ([UInt8](), UInt64(0), UInt64(0xEF46_DB37_51D8_E999)),
            (Array("a".utf8), 0, 0xD24E_C4F1_A98C_6E5B),
            (Array("abc".utf8), 0, 0x44BC_2CF5_AD77_0999),
            (Array("Nobody inspects the spammish repetition".utf8), 0, 0xFBCE_A83C_8A37_8BF1),
            (Array((0..<768).map { UInt8($0 % 256) }), 0, 0x8E03_C838_C596_036F),
            (Array("a".utf8), 12345, 0x747B_8605_23D6_9AB6),
            (Array((0..<768).map { UInt8($0 % 256) }), 12345, 0x6ECA_C135_863F_12B2),
        ])
    func reference(bytes: [UInt8], seed: UInt64, expected: UInt64) {
        #expect(bytes.withUnsafeBytes { Checksum.xxh64($0, seed: seed) } == expected)
    }
}
