import Foundation

@testable import InquireKit

/// Where each input is written for the reader, which reads files (one path per fuzzing process).
nonisolated(unsafe) private var scratchPath = ""

/// Reads arbitrary bytes as an index file. The first byte chooses how: even, the bytes as they are (the magic,
/// version, length and checksum checks); odd, with the length, analyzer fingerprint and every checksum made to
/// match (`repair`), so that mutations reach the structural checks of the sections behind the checksums. A file
/// that is accepted must then answer: searches, its corpus, sentence texts and references, and a question.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzIndexFile(_ data: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    guard count > 0 else { return 0 }
    var bytes = Array(fuzzBytes(data, count).dropFirst())
    if data[0] & 1 == 1 { repair(&bytes) }
    if scratchPath.isEmpty {
        let folder = FileManager.default.fileExists(atPath: "/dev/shm") ? "/dev/shm" : NSTemporaryDirectory()
        scratchPath = folder + "/inquire-fuzz-index-\(getpid()).idx"
    }
    guard FileManager.default.createFile(atPath: scratchPath, contents: Data(bytes)) else {
        fuzzCheck(false, "cannot write \(scratchPath)")
        return 0
    }
    do {
        let stored = try IndexFileReader.read(path: scratchPath)
        for ranking in Ranking.allCases {
            for hit in stored.index.search("Iran Pakistan strikes children", top: 5, ranking: ranking) {
                fuzzCheck(hit.sentence >= 0 && hit.sentence < stored.sentenceCount, "hit outside the sentences")
            }
        }
        for sentence in 0..<min(stored.sentenceCount, 8) {
            _ = stored.text(of: sentence)
            _ = stored.reference(of: sentence)
        }
        let corpus = stored.corpus()
        fuzzCheck(corpus.sentences.count == stored.sentenceCount, "corpus and index disagree on the sentences")
        let engine = try? Engine(corpus: corpus, index: stored.index, configuration: .default)
        fuzzCheck(engine != nil, "the resources were not found beside the fuzz binary")
        _ = engine?.answer("How many children were killed?")
    } catch {
        fuzzCheck(!error.description.contains("\n"), "error message spans several lines: \(error)")
    }
    return 0
}

/// Makes the header's length, analyzer fingerprint and checksums, and each section's checksum, agree with `bytes`
/// (layout in `IndexFileFormat`), where the bytes are long enough to hold them.
private func repair(_ bytes: inout [UInt8]) {
    let header = IndexFileFormat.headerSize
    guard bytes.count >= header else { return }
    func load(_ offset: Int) -> UInt64 {
        (0..<8).reduce(0) { $0 | UInt64(bytes[offset + $1]) << (8 * UInt64($1)) }
    }
    func store(_ value: UInt64, at offset: Int) {
        for index in 0..<8 { bytes[offset + index] = UInt8(truncatingIfNeeded: value >> (8 * UInt64(index))) }
    }
    let sections = Int(UInt32(truncatingIfNeeded: load(12)))
    let tableEnd = header + IndexFileFormat.entrySize * min(sections, 64)
    if sections <= 64, tableEnd <= bytes.count {
        for entry in 0..<sections {
            let base = header + entry * IndexFileFormat.entrySize
            let offset = load(base + 8)
            let length = load(base + 16)
            guard offset <= UInt64(bytes.count), length <= UInt64(bytes.count) - offset else { continue }
            let checksum = bytes[Int(offset)..<Int(offset + length)].withUnsafeBytes { Checksum.xxh64($0) }
            store(checksum, at: base + 24)
        }
        store(Checksum.xxh64(array: Array(bytes[header..<tableEnd])), at: 48)
    }
    store(UInt64(bytes.count), at: 16)
    store(Fingerprints.analyzer, at: 32)
    store(Checksum.xxh64(array: Array(bytes[0..<56])), at: 56)
}
