import Foundation
import TestSupport
import Testing

@testable import InquireKit

@Suite("Index file")
struct IndexFileTests {
    static let text = """
        Pakistan’s air force conducted retaliatory airstrikes on militant positions in Iran. The strikes killed \
        nine people, Iranian officials said. Crème brûlée is a dessert.

        A second paragraph mentions Iran again, and the 900-kilometer border.
        """

    static func corpus() -> Corpus {
        Corpus(
            name: "sample",
            documents: [
                Document(id: "a", source: "a.txt", text: text),
                Document(
                    id: "b", title: "Second", source: "b.jsonl", text: "Empty docs are fine too.", firstLine: 7,
                    textLinesAreSourceLines: false),
                Document(id: "c", source: "c.txt", text: "   "),
                Document(id: "d", source: "d.txt", text: "Iran and Pakistan share a border. Pakistan fired missiles."),
            ])
    }

    /// A fresh temporary path.
    static func temporaryFile() -> String {
        ScratchSpace.path("inquire.idx")
    }

    /// Writes the sample corpus's index and returns its path and bytes.
    static func written() throws -> (path: String, bytes: [UInt8], corpus: Corpus, index: SentenceIndex) {
        let corpus = corpus()
        let index = try SentenceIndex(corpus: corpus)
        let path = temporaryFile()
        try IndexFileWriter.write(index, corpus: corpus, to: path)
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        return (path, bytes, corpus, index)
    }

    static func write(_ bytes: [UInt8]) throws -> String {
        let path = temporaryFile()
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test("round trip: the same index, corpus and hits")
    func roundTrip() throws {
        let (path, _, corpus, index) = try Self.written()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let stored = try IndexFileReader.read(path: path)
        #expect(stored.index.hasSameContents(as: index))
        let restored = stored.corpus()
        #expect(restored.name == corpus.name)
        #expect(restored.documents == corpus.documents)
        #expect(restored.sentences == corpus.sentences)
        #expect(restored.sentenceRanges == corpus.sentenceRanges)
        for sentence in 0..<corpus.sentences.count {
            #expect(stored.text(of: sentence) == corpus.sentences[sentence].text)
            #expect(stored.reference(of: sentence) == corpus.reference(of: sentence))
        }
        for ranking in Ranking.allCases {
            #expect(
                stored.index.search("Iran Pakistan border", top: 5, ranking: ranking)
                    == index.search("Iran Pakistan border", top: 5, ranking: ranking))
        }
        try stored.verify(against: corpus, path: path)
        // No temporary file of this index is left beside it (other tests write their own in the same folder).
        let folder = (path as NSString).deletingLastPathComponent
        let name = (path as NSString).lastPathComponent
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: folder).filter {
                $0.contains(".tmp-") && $0.contains(name)
            } == [])
    }

    @Test("a build from several files writes the same bytes as a build from the same documents in memory")
    func severalFiles() throws {
        let folder = try ScratchSpace.folder("several")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let texts = [
            "a.txt": Self.text, "b.txt": "Iran and Pakistan share a border.\nPakistan fired missiles.",
            "c.md": String(repeating: "A repeated line about the border. ", count: 300),
        ]
        for (name, text) in texts { try Data(text.utf8).write(to: URL(fileURLWithPath: folder + "/" + name)) }
        let loaded = try CorpusLoader.load(path: folder)
        let fromFiles = Self.temporaryFile()
        defer { try? FileManager.default.removeItem(atPath: fromFiles) }
        try IndexFileWriter.write(SentenceIndex(corpus: loaded), corpus: loaded, to: fromFiles)
        let documents = texts.keys.sorted().map { name in
            Document(id: name, source: loaded.documents.first { $0.id == name }?.source ?? "", text: texts[name] ?? "")
        }
        let inMemory = Corpus(name: loaded.name, documents: documents)
        let fromMemory = Self.temporaryFile()
        defer { try? FileManager.default.removeItem(atPath: fromMemory) }
        try IndexFileWriter.write(SentenceIndex(corpus: inMemory), corpus: inMemory, to: fromMemory)
        #expect(loaded.documents.count == 3)
        #expect(
            try Data(contentsOf: URL(fileURLWithPath: fromFiles)) == Data(contentsOf: URL(fileURLWithPath: fromMemory)))
        let stored = try IndexFileReader.read(path: fromFiles, checking: .everything)
        #expect(try stored.index.search("border", top: 3) == SentenceIndex(corpus: inMemory).search("border", top: 3))
    }

    @Test("a different corpus is refused as stale")
    func staleCorpus() throws {
        let (path, _, corpus, _) = try Self.written()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let stored = try IndexFileReader.read(path: path)
        let changed = Corpus(
            name: corpus.name,
            documents: Array(corpus.documents.dropLast()) + [Document(id: "d", source: "d.txt", text: "Changed.")])
        #expect(throws: IndexFileError.staleCorpus(path: path)) { try stored.verify(against: changed, path: path) }
        let resplit = Corpus(name: corpus.name, documents: Array(corpus.documents), oneSentencePerLine: true)
        #expect(throws: IndexFileError.staleCorpus(path: path)) { try stored.verify(against: resplit, path: path) }
    }

    @Test("a missing file, a folder, an empty file and a foreign file are refused")
    func notAnIndex() throws {
        let missing = Self.temporaryFile()
        #expect(throws: IndexFileError.self) { try IndexFileReader.read(path: missing) }
        #expect(throws: IndexFileError.self) {
            try IndexFileReader.read(path: FileManager.default.temporaryDirectory.path)
        }
        for bytes in [[], Array("hello, this is a text file\n".utf8), [UInt8](repeating: 0, count: 200)] {
            let path = try Self.write(bytes)
            defer { try? FileManager.default.removeItem(atPath: path) }
            #expect(throws: IndexFileError.notAnIndex(path: path)) { try IndexFileReader.read(path: path) }
        }
    }

    @Test("every truncation is refused", arguments: [1, 7, 8, 40, 63, 64, 100, 500])
    func truncated(keep: Int) throws {
        let (path, bytes, _, _) = try Self.written()
        try? FileManager.default.removeItem(atPath: path)
        let cut = try Self.write(Array(bytes.prefix(min(keep, bytes.count - 1))))
        defer { try? FileManager.default.removeItem(atPath: cut) }
        #expect(throws: IndexFileError.self) { try IndexFileReader.read(path: cut) }
        let tail = try Self.write(Array(bytes.dropLast(1 + keep % 13)))
        defer { try? FileManager.default.removeItem(atPath: tail) }
        #expect(throws: IndexFileError.self) { try IndexFileReader.read(path: tail) }
    }

    @Test("bytes appended after the end are refused")
    func padded() throws {
        let (path, bytes, _, _) = try Self.written()
        try? FileManager.default.removeItem(atPath: path)
        let longer = try Self.write(bytes + [0])
        defer { try? FileManager.default.removeItem(atPath: longer) }
        #expect(
            throws: IndexFileError.truncated(
                path: longer, expected: UInt64(bytes.count), actual: UInt64(bytes.count + 1))
        ) {
            try IndexFileReader.read(path: longer)
        }
    }

    @Test("a flipped bit anywhere is refused by a full check; at open, anywhere but in the posting blocks and text")
    func flipped() throws {
        let (path, bytes, _, _) = try Self.written()
        try? FileManager.default.removeItem(atPath: path)
        // Every byte of the header and section table, then a byte inside each section.
        var positions = Array(0..<(64 + 32 * IndexFileFormat.Tag.allCases.count))
        for entry in 0..<IndexFileFormat.Tag.allCases.count {
            let base = 64 + 32 * entry
            let offset: UInt64 = bytes.littleEndian(at: base + 8)
            let count: UInt64 = bytes.littleEndian(at: base + 16)
            if count > 0 { positions.append(Int(offset + count / 2)) }
        }
        for position in positions {
            var damaged = bytes
            damaged[position] ^= 0x10
            let file = try Self.write(damaged)
            defer { try? FileManager.default.removeItem(atPath: file) }
            #expect(throws: IndexFileError.self, "flip at byte \(position)") {
                try IndexFileReader.read(path: file, checking: .everything)
            }
            if let stored = try? IndexFileReader.read(path: file) {
                // Opening hashes everything but the posting blocks and the text: only a flip inside them gets this
                // far, and searches and reads stay safe.
                let inside = IndexFileReader.deferredSections.contains { tag in
                    let entry = 64 + 32 * (IndexFileFormat.Tag.allCases.firstIndex(of: tag) ?? 0)
                    let offset = Int(bytes.littleEndian(at: entry + 8) as UInt64)
                    let count = Int(bytes.littleEndian(at: entry + 16) as UInt64)
                    return (offset..<(offset + count)).contains(position)
                }
                #expect(inside, "flip at byte \(position) passed")
                for sentence in 0..<stored.sentenceCount { _ = stored.text(of: sentence) }
                for ranking in Ranking.allCases {
                    for hit in stored.index.search("Iran Pakistan border strikes", top: 5, ranking: ranking) {
                        #expect(hit.sentence >= 0 && hit.sentence < stored.sentenceCount)
                    }
                }
            }
        }
    }

    @Test("a file of a previous format version gets the rebuild message", arguments: [1, 2] as [UInt8])
    func olderVersion(version: UInt8) throws {
        let (path, bytes, _, _) = try Self.written()
        try? FileManager.default.removeItem(atPath: path)
        var old = bytes
        old[8] = version
        rewriteHeaderChecksum(&old)
        let file = try Self.write(old)
        defer { try? FileManager.default.removeItem(atPath: file) }
        let error = IndexFileError.unsupportedVersion(
            path: file, found: UInt32(version), supported: IndexFileFormat.version)
        #expect(throws: error) { try IndexFileReader.read(path: file) }
        #expect(error.needsRebuild)
        #expect(error.description.contains("made by an older inquire"))
        #expect(error.description.hasSuffix("rebuild it"))
    }

    @Test("another format version is refused with its number")
    func version() throws {
        let (path, bytes, _, _) = try Self.written()
        try? FileManager.default.removeItem(atPath: path)
        var future = bytes
        future[8] = 4
        rewriteHeaderChecksum(&future)
        let file = try Self.write(future)
        defer { try? FileManager.default.removeItem(atPath: file) }
        #expect(throws: IndexFileError.unsupportedVersion(path: file, found: 4, supported: 3)) {
            try IndexFileReader.read(path: file)
        }
    }

    @Test("an index built with another analyzer is refused as stale")
    func staleAnalyzer() throws {
        let (path, bytes, _, _) = try Self.written()
        try? FileManager.default.removeItem(atPath: path)
        var other = bytes
        other[32] ^= 0xFF
        rewriteHeaderChecksum(&other)
        let file = try Self.write(other)
        defer { try? FileManager.default.removeItem(atPath: file) }
        #expect(throws: IndexFileError.staleAnalyzer(path: file)) { try IndexFileReader.read(path: file) }
    }

    @Test("structurally inconsistent sections are refused even with valid checksums")
    func inconsistent() throws {
        let corpus = Self.corpus()
        let index = try SentenceIndex(corpus: corpus)
        // A term claiming a block more than its bytes hold (its skip table then does not fit).
        var starts = index.postings.starts.array
        starts[starts.count - 1] += UInt32(PostingBlocks.blockSize)
        let postings = PostingBlocks(
            starts: Column(starts), offsets: index.postings.offsets, data: index.postings.data)
        let broken = SentenceIndex(
            dictionary: index.dictionary, postings: postings, sentenceLengths: index.sentenceLengths.array,
            inverseNorms: index.inverseNorms.array)
        let path = Self.temporaryFile()
        defer { try? FileManager.default.removeItem(atPath: path) }
        try IndexFileWriter.write(broken, corpus: corpus, to: path)
        #expect(throws: IndexFileError.corrupt(path: path, part: "posting blocks")) {
            try IndexFileReader.read(path: path)
        }
    }

    @Test("errors read as one clear line")
    func messages() {
        let errors: [IndexFileError] = [
            .notAnIndex(path: "x.idx"), .unsupportedVersion(path: "x.idx", found: 9, supported: 1),
            .truncated(path: "x.idx", expected: 10, actual: 5), .corrupt(path: "x.idx", part: "header"),
            .staleCorpus(path: "x.idx"), .staleAnalyzer(path: "x.idx"), .unreadable(path: "x.idx", reason: "gone"),
            .writeFailed(path: "x.idx", reason: "disk full"),
        ]
        for error in errors {
            #expect(error.description.hasPrefix("x.idx: "))
            #expect(!error.description.contains("\n"))
        }
    }

    /// Recomputes the header checksum after a deliberate header edit.
    func rewriteHeaderChecksum(_ bytes: inout [UInt8]) {
        let checksum = Checksum.xxh64(array: Array(bytes[0..<56]))
        withUnsafeBytes(of: checksum.littleEndian) { raw in
            for (offset, byte) in raw.enumerated() { bytes[56 + offset] = byte }
        }
    }
}
