import Testing

@testable import InquireKit

@Suite("Checksum stream")
struct ChecksumStreamTests {
    @Test(
        "XXH64 of bytes given in pieces equals XXH64 of the bytes joined", arguments: [0, 1, 5, 31, 32, 33, 100, 1000])
    func pieces(length: Int) {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<length).map { _ in UInt8.random(in: 0...255, using: &generator) }
        let whole = Checksum.xxh64(array: bytes)
        for cuts in [[], [length / 2], [1, 2, 3, 40, 41], [7, 7, 64]] {
            var stream = ChecksumStream()
            var start = 0
            for cut in cuts.map({ min($0, length) }) + [length] where cut >= start {
                bytes[start..<cut].withUnsafeBytes { stream.update($0) }
                start = cut
            }
            #expect(stream.count == length)
            #expect(stream.finish() == whole, "cuts \(cuts)")
        }
    }

    @Test("strings are hashed as their UTF-8 bytes")
    func strings() {
        var stream = ChecksumStream()
        for piece in ["Crème ", "brûlée, ", "", String(repeating: "東京 ", count: 20)] { stream.update(piece) }
        #expect(stream.finish() == Checksum.xxh64("Crème brûlée, " + String(repeating: "東京 ", count: 20)))
    }
}
