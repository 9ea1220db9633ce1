import Foundation
import Testing

@testable import InquireKit

@Suite("Model archive")
struct ModelArchiveTests {
    func sample() -> ModelArchive {
        var model = AveragedPerceptron(classCount: 2)
        model.update(truth: 1, guess: 0, features: [FeatureHash.of(1, "x")])
        model.update(truth: 0, guess: 1, features: [FeatureHash.of(1, "y")])
        var archive = ModelArchive(kind: "test")
        archive.set("weights") { model.compacted().write(to: &$0) }
        archive.set("labels") { $0.append(strings: ["A", "B"]) }
        return archive
    }

    @Test("round-trips weights and sections")
    func roundTrip() throws {
        let archive = try ModelArchive(bytes: sample().bytes, expecting: "test")
        var reader = try archive.reader(for: "weights")
        let weights = try CompactWeights(from: &reader)
        #expect(weights.predict([FeatureHash.of(1, "x")]) == 1)
        #expect(weights.predict([FeatureHash.of(1, "y")]) == 0)
        var labels = try archive.reader(for: "labels")
        #expect(try labels.readStrings() == ["A", "B"])
    }

    @Test("rejects damage, other kinds, other versions and missing sections")
    func rejects() throws {
        var bytes = sample().bytes
        bytes[bytes.count / 2] ^= 0x40
        #expect(throws: ModelFileError.checksumMismatch) { try ModelArchive(bytes: bytes) }
        #expect(throws: ModelFileError.notAModel) { try ModelArchive(bytes: Array("hello world, not a model".utf8)) }
        #expect(throws: ModelFileError.wrongKind(expected: "parser", found: "test")) {
            try ModelArchive(bytes: sample().bytes, expecting: "parser")
        }
        var future = sample().bytes
        future[4] = 99
        #expect(throws: ModelFileError.unsupportedVersion(99)) { try ModelArchive(bytes: future) }
        #expect(throws: ModelFileError.missingSection("nothing")) { try sample().reader(for: "nothing") }
    }

    @Test("a reader that checks the checksum itself gets the sections first, then the verdict")
    func separateChecksum() throws {
        var bytes = sample().bytes
        try ModelArchive.verifyChecksum(bytes)
        bytes[bytes.count - 12] ^= 0x01
        let archive = try ModelArchive(bytes: bytes, expecting: "test", verifying: false)
        #expect(archive.has("weights") && archive.has("labels"))
        #expect(throws: ModelFileError.checksumMismatch) { try ModelArchive.verifyChecksum(bytes) }
        #expect(throws: ModelFileError.notAModel) { try ModelArchive.verifyChecksum([1, 2, 3]) }
    }

    @Test("format 1 files (FNV-1a checksum) still read, and their damage is found")
    func readsFormatOne() throws {
        var old = ModelArchive(kind: "test", version: 1)
        old.set("labels") { $0.append(strings: ["A", "B"]) }
        var bytes = old.bytes
        let archive = try ModelArchive(bytes: bytes, expecting: "test")
        #expect(archive.version == 1)
        var labels = try archive.reader(for: "labels")
        #expect(try labels.readStrings() == ["A", "B"])
        bytes[bytes.count - 10] ^= 0x80
        #expect(throws: ModelFileError.checksumMismatch) { try ModelArchive(bytes: bytes) }
    }

    @Test("the checksum changes when any one byte of a file changes, in any bit")
    func checksumSeesEveryByte() {
        var random = SeededGenerator(seed: 3)
        for length in [0, 1, 7, 31, 32, 33, 100, 257] {
            var bytes = (0..<length).map { _ in UInt8(truncatingIfNeeded: random.next()) }
            let original = ModelChecksum.of(bytes[...])
            for index in bytes.indices {
                for bit in [0, 3, 7] {
                    bytes[index] ^= 1 << bit
                    #expect(ModelChecksum.of(bytes[...]) != original, "byte \(index) bit \(bit) of \(length)")
                    bytes[index] ^= 1 << bit
                }
            }
            #expect(ModelChecksum.of(bytes[...]) == original)
            #expect(ModelChecksum.of((bytes + [0])[...]) != original)
        }
    }

    @Test("a file that is missing or not a regular file is one reason, not a crash")
    func unreadableFiles() throws {
        let missing = URL(fileURLWithPath: "/nonexistent/model.inqm")
        #expect(throws: ModelFileError.unreadable("No such file or directory")) {
            try ModelArchive(contentsOf: missing)
        }
        #expect(throws: ModelFileError.unreadable("not a regular file")) {
            try ModelArchive(contentsOf: URL(fileURLWithPath: NSTemporaryDirectory()))
        }
    }
}
