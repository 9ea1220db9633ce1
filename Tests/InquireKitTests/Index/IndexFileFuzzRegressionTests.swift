import Foundation
import Testing

@testable import InquireKit

/// Index files found by the `IndexFile` fuzz target (Fuzz/), rebuilt here with their checksums made to match, so
/// that they reach the reader's structural checks: each must be refused as corrupt, never trap.
@Suite("Index file: fuzz regressions")
struct IndexFileFuzzRegressionTests {
    /// The bytes of a valid index file of `IndexFileTests.corpus()`.
    static func validFile() throws -> [UInt8] {
        try IndexFileTests.written().bytes
    }

    /// Little-endian UInt64 at `offset`.
    static func load(_ bytes: [UInt8], _ offset: Int) -> UInt64 {
        (0..<8).reduce(0) { $0 | UInt64(bytes[offset + $1]) << (8 * UInt64($1)) }
    }

    /// Stores `value` little-endian at `offset`.
    static func store(_ value: UInt64, in bytes: inout [UInt8], at offset: Int) {
        for index in 0..<8 { bytes[offset + index] = UInt8(truncatingIfNeeded: value >> (8 * UInt64(index))) }
    }

    /// The table position of section `tag`.
    static func entry(_ tag: IndexFileFormat.Tag) -> Int {
        IndexFileFormat.headerSize
            + IndexFileFormat.entrySize * (IndexFileFormat.Tag.allCases.firstIndex(of: tag) ?? 0)
    }

    /// Makes every checksum of `bytes` match its content again.
    static func repairChecksums(_ bytes: inout [UInt8]) {
        let tableEnd = IndexFileFormat.headerSize + IndexFileFormat.entrySize * IndexFileFormat.Tag.allCases.count
        for tag in IndexFileFormat.Tag.allCases {
            let base = entry(tag)
            let offset = Int(load(bytes, base + 8))
            let count = Int(load(bytes, base + 16))
            store(bytes[offset..<offset + count].withUnsafeBytes { Checksum.xxh64($0) }, in: &bytes, at: base + 24)
        }
        store(Checksum.xxh64(array: Array(bytes[IndexFileFormat.headerSize..<tableEnd])), in: &bytes, at: 48)
        store(Checksum.xxh64(array: Array(bytes[0..<56])), in: &bytes, at: 56)
    }

    /// Writes `bytes` to a file, reads it, and returns the error.
    static func readError(_ bytes: [UInt8]) throws -> IndexFileError? {
        let path = IndexFileTests.temporaryFile()
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        do {
            _ = try IndexFileReader.read(path: path).corpus()
            return nil
        } catch {
            return error
        }
    }

    @Test(
        "a line number beyond Int in a sentence or document is refused (it trapped rebuilding the corpus)",
        arguments: [(IndexFileFormat.Tag.sentenceLines, "sentence lines"), (.documentInfo, "document lines")])
    func hugeLineNumber(section: IndexFileFormat.Tag, part: String) throws {
        var bytes = try Self.validFile()
        let offset = Int(Self.load(bytes, Self.entry(section) + 8))
        Self.store(UInt64.max, in: &bytes, at: offset)
        Self.repairChecksums(&bytes)
        let error = try Self.readError(bytes)
        guard case .corrupt(_, let found) = error else {
            Issue.record("expected a corrupt-file error, got \(String(describing: error))")
            return
        }
        #expect(found == part)
    }
}
