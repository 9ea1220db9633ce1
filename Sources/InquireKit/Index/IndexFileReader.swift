import Dispatch
import Foundation
import Synchronization

/// Opens an index file written by `IndexFileWriter` in place: the file is mapped read-only and its sections become
/// `Column`s that point into the mapping, so opening allocates nothing per term, posting or sentence.
///
/// Anything that is not exactly such a file is refused with one `IndexFileError` line: wrong magic, another format
/// version (an older one: "made by an older inquire; rebuild it"), a length other than the header says, a checksum
/// mismatch in the header, the section table or a section, or arrays that do not fit together.
///
/// Checksums are verified per section. Opening (`read(path:)`) hashes every section but the two bulky ones, the
/// posting blocks (`PDAT`) and the corpus text (`CSTR`), on every core, and checks that the arrays fit together in
/// work proportional to the terms and sentences (each term holding exactly the blocks its postings fill, every
/// sentence's range inside its document's text), then releases the pages it read so the process keeps only what
/// searches touch. The bulky sections are hashed by `read(path:checking: .everything)` (`inquire index verify`);
/// every read of them is bounded (a posting block is checked as it is decoded, the text's ranges at open), so a
/// damaged block or text can only give wrong hits or characters, never a read outside the file.
public enum IndexFileReader {
    /// How much of a file `read` hashes.
    public enum Checking: Sendable {
        /// Every section but the posting blocks and the corpus text: what opening needs to search and show
        /// sentences safely.
        case structure
        /// Every section, the corpus text too.
        case everything
    }

    /// The sections opening does not hash (`Checking.structure`): the bulk of the file, read only through
    /// bounds-checked reads, and hashed by `Checking.everything`.
    static let deferredSections: Set<IndexFileFormat.Tag> = [.postingData, .corpusStrings]

    /// Whether the file at `path` begins as an index file does (its magic bytes); false when it cannot be read.
    public static func isIndexFile(path: String) -> Bool {
        guard let file = try? MappedFile(path: path), file.size >= IndexFileFormat.magic.count else { return false }
        return file.bytes(0..<IndexFileFormat.magic.count).elementsEqual(IndexFileFormat.magic)
    }

    /// Opens the index file at `path`, hashing what `checking` says.
    public static func read(path: String, checking: Checking = .structure) throws(IndexFileError) -> StoredIndex {
        let file = try MappedFile(path: path)
        let header = file.bytes(0..<min(IndexFileFormat.headerSize, file.size))
        guard header.starts(with: IndexFileFormat.magic.prefix(min(header.count, 8))) else {
            throw .notAnIndex(path: path)
        }
        guard header.count == IndexFileFormat.headerSize else {
            throw .truncated(path: path, expected: UInt64(IndexFileFormat.headerSize), actual: UInt64(file.size))
        }
        let version: UInt32 = header.littleEndian(at: 8)
        guard version == IndexFileFormat.version else {
            throw .unsupportedVersion(path: path, found: version, supported: IndexFileFormat.version)
        }
        guard Checksum.xxh64(UnsafeRawBufferPointer(rebasing: header[0..<56])) == header.littleEndian(at: 56) else {
            throw .corrupt(path: path, part: "header")
        }
        let length: UInt64 = header.littleEndian(at: 16)
        guard length == UInt64(file.size) else {
            throw .truncated(path: path, expected: length, actual: UInt64(file.size))
        }
        let sectionCount = Int(header.littleEndian(at: 12) as UInt32)
        guard sectionCount == IndexFileFormat.Tag.allCases.count else {
            throw .corrupt(path: path, part: "section count \(sectionCount)")
        }
        let tableRange = IndexFileFormat.headerSize..<(IndexFileFormat.headerSize + sectionCount * 32)
        guard tableRange.upperBound <= file.size else {
            throw .truncated(path: path, expected: UInt64(tableRange.upperBound), actual: UInt64(file.size))
        }
        let table = file.bytes(tableRange)
        guard Checksum.xxh64(table) == header.littleEndian(at: 48) as UInt64 else {
            throw .corrupt(path: path, part: "section table")
        }
        guard header.littleEndian(at: 32) as UInt64 == Fingerprints.analyzer else { throw .staleAnalyzer(path: path) }
        var sections = MappedSections(file: file, path: path)
        // The sections lie one after another, each at the next multiple of 8, the last ending the file, as the
        // writer lays them out: no section overlaps another or the table, however large it claims to be.
        var next = UInt64(tableRange.upperBound)
        for (position, tag) in IndexFileFormat.Tag.allCases.enumerated() {
            let base = position * 32
            let entry = SectionEntry(
                tag: table.littleEndian(at: base), elementSize: table.littleEndian(at: base + 4),
                offset: table.littleEndian(at: base + 8), byteCount: table.littleEndian(at: base + 16),
                checksum: table.littleEndian(at: base + 24))
            guard entry.tag == tag.code else { throw .corrupt(path: path, part: "section \(position) is not \(tag)") }
            guard entry.offset == (next + 7) & ~7, entry.offset <= length, entry.byteCount <= length - entry.offset
            else { throw .corrupt(path: path, part: "section \(tag.rawValue) bounds") }
            next = entry.offset + entry.byteCount
            sections.entries[tag] = entry
        }
        guard next == length else { throw .corrupt(path: path, part: "section table: the sections end at \(next)") }
        try sections.verifyChecksums(skipping: checking == .everything ? [] : deferredSections)
        let index = try readIndex(sections, path: path)
        guard UInt64(index.sentenceCount) == header.littleEndian(at: 40) as UInt64 else {
            throw .corrupt(path: path, part: "sentence count")
        }
        let store = try readCorpus(sections, path: path, sentenceCount: index.sentenceCount)
        sections.releasePages()
        return StoredIndex(index: index, store: store, corpusFingerprint: header.littleEndian(at: 24))
    }

    static func readIndex(_ sections: MappedSections, path: String) throws(IndexFileError) -> SentenceIndex {
        let termBytes: Column<UInt8> = try sections.column(.termBytes)
        let termOffsets: Column<UInt32> = try sections.column(.termOffsets)
        let slots: Column<UInt32> = try sections.column(.termSlots)
        let starts: Column<UInt32> = try sections.column(.postingStarts)
        let postingOffsets: Column<UInt32> = try sections.column(.postingOffsets)
        let data: Column<UInt8> = try sections.column(.postingData)
        let lengths: Column<UInt32> = try sections.column(.sentenceLengths)
        let norms: Column<Float> = try sections.column(.inverseNorms)
        let classes: Column<UInt8> = try sections.column(.normClasses)
        let bounds: Column<Float> = try sections.column(.normClassBounds)
        let total: Column<UInt64> = try sections.column(.lengthTotal)

        let terms = termOffsets.count - 1
        let sentences = lengths.count
        func check(_ condition: Bool, _ part: String) throws(IndexFileError) {
            if !condition { throw .corrupt(path: path, part: part) }
        }
        try check(terms >= 0 && termOffsets.first == 0, "term offsets")
        try check(isAscending(termOffsets) && termOffsets.last.map(Int.init) == termBytes.count, "term offsets")
        try check(slots.count >= 16 && slots.count.nonzeroBitCount == 1 && slots.count >= terms * 2, "term slots")
        try check(slots.buffer.allSatisfy { $0 == TermDictionary.emptySlot || Int($0) < terms }, "term slots")
        try check(starts.count == terms + 1 && starts.first == 0 && isAscending(starts), "posting starts")
        try check(sentences <= Int(UInt32.max), "sentence count")
        try check(
            data.count >= PostingBlocks.padding
                && postingOffsets.last.map(Int.init) == data.count - PostingBlocks.padding
                && termsFit(postingOffsets, starts: starts),
            "posting blocks")
        // The blocks' bytes are checked as each is decoded (`PostingBlocks.decode`), not here: opening does work
        // in proportion to the terms, not to the postings.
        try check(norms.count == sentences && classes.count == sentences, "sentence norms")
        try check(bounds.count == 256 && total.count == 1, "norm classes")
        return SentenceIndex(
            dictionary: TermDictionary(bytes: termBytes, offsets: termOffsets, slots: slots),
            postings: PostingBlocks(starts: starts, offsets: postingOffsets, data: data),
            sentenceLengths: lengths, inverseNorms: norms,
            normBounds: NormBounds(classes: classes, bounds: bounds), totalLength: total[0])
    }

    static func readCorpus(_ sections: MappedSections, path: String, sentenceCount: Int)
        throws(IndexFileError) -> CorpusStore
    {
        let strings: Column<UInt8> = try sections.column(.corpusStrings)
        let offsets: Column<UInt64> = try sections.column(.corpusStringOffsets)
        let info: Column<UInt64> = try sections.column(.documentInfo)
        let documents: Column<UInt32> = try sections.column(.sentenceDocuments)
        let ranges: Column<UInt64> = try sections.column(.sentenceRanges)
        let lines: Column<UInt64> = try sections.column(.sentenceLines)
        let firstSentences: Column<UInt64> = try sections.column(.documentSentences)
        func check(_ condition: Bool, _ part: String) throws(IndexFileError) {
            if !condition { throw .corrupt(path: path, part: part) }
        }
        let documentCount = info.count / 2
        try check(info.count % 2 == 0 && offsets.count == 2 + 4 * documentCount, "corpus strings")
        try check(offsets.first == 0 && isAscending(offsets) && offsets.last == UInt64(strings.count), "corpus strings")
        try check(documents.count == sentenceCount && ranges.count == 2 * sentenceCount, "sentence table")
        try check(lines.count == sentenceCount, "sentence table")
        try check(firstSentences.count == documentCount + 1 && firstSentences.first == 0, "document sentences")
        try check(isAscending(firstSentences) && firstSentences.last == UInt64(sentenceCount), "document sentences")
        try check(stride(from: 0, to: info.count, by: 2).allSatisfy { info[$0] <= UInt64(Int.max) }, "document lines")
        // Line numbers become Int when sentences are read; larger values would trap there.
        var linesFit = true
        for start in stride(from: 0, to: sentenceCount, by: 1 << 19) {
            let end = min(sentenceCount, start + 1 << 19)
            linesFit = linesFit && lines.buffer[start..<end].allSatisfy { $0 <= UInt64(Int.max) }
            sections.release(.sentenceLines, elementsBefore: end, of: UInt64.self)
        }
        try check(linesFit, "sentence lines")
        let fits = documents.withUnsafeBufferPointer { documents in
            ranges.withUnsafeBufferPointer { ranges in
                offsets.withUnsafeBufferPointer { offsets in
                    var fits = true
                    for sentence in 0..<sentenceCount {
                        if sentence & (1 << 19 - 1) == 0 {
                            sections.release(.sentenceDocuments, elementsBefore: sentence, of: UInt32.self)
                            sections.release(.sentenceRanges, elementsBefore: 2 * sentence, of: UInt64.self)
                        }
                        let document = Int(documents[sentence])
                        guard document < documentCount else { return false }
                        let textLength = offsets[5 + 4 * document] - offsets[4 + 4 * document]
                        let lower = ranges[2 * sentence]
                        let upper = ranges[2 * sentence + 1]
                        fits = fits && lower <= upper && upper <= textLength
                    }
                    return fits
                }
            }
        }
        try check(fits, "sentence table")
        return CorpusStore(
            strings: strings, offsets: offsets, documentInfo: info, sentenceDocuments: documents,
            sentenceRanges: ranges, sentenceLines: lines, documentSentences: firstSentences)
    }

    /// Whether each term's bytes start at 0, ascend and are at least as many as its postings need (a skip table,
    /// and each block's widths): so a search never reads a skip entry of another term. `starts` is already checked
    /// ascending.
    static func termsFit(_ offsets: Column<UInt32>, starts: Column<UInt32>) -> Bool {
        guard offsets.count == starts.count, offsets.first == 0 else { return false }
        return offsets.withUnsafeBufferPointer { offsets in
            starts.withUnsafeBufferPointer { starts in
                var fits = true
                for term in 0..<(offsets.count - 1) {
                    let postings = Int(starts[term + 1] &- starts[term])
                    fits =
                        fits && offsets[term + 1] >= offsets[term]
                        && Int(offsets[term + 1] &- offsets[term]) >= PostingBlocks.minimumBytes(postings: postings)
                }
                return fits
            }
        }
    }

    static func isAscending<T: Comparable & BitwiseCopyable>(_ values: Column<T>) -> Bool {
        values.withUnsafeBufferPointer { buffer in
            var ascending = true
            if buffer.count > 1 {
                for index in 1..<buffer.count { ascending = ascending && buffer[index - 1] <= buffer[index] }
            }
            return ascending
        }
    }
}

/// The sections of a mapped index file, by tag: checked against the file's bounds, hashed, and seen as columns.
struct MappedSections {
    let file: MappedFile
    let path: String
    var entries: [IndexFileFormat.Tag: SectionEntry] = [:]

    init(file: MappedFile, path: String) {
        self.file = file
        self.path = path
    }

    /// Hashes every section but those in `skipped`, on every core, and compares each with its table entry.
    func verifyChecksums(skipping skipped: Set<IndexFileFormat.Tag>) throws(IndexFileError) {
        // XXH64 is sequential within a section, so whole sections are spread across the cores, largest first.
        let work = entries.filter { !skipped.contains($0.key) }.sorted { $0.value.byteCount > $1.value.byteCount }
        let failures = Mutex<Set<Int>>([])
        let file = self.file
        DispatchQueue.concurrentPerform(iterations: work.count) { item in
            let entry = work[item].value
            // Hashed through the mapping 4 MiB at a time, each slice's pages released behind it: the process's
            // peak memory does not grow with the file.
            let start = Int(entry.offset)
            let bytes = file.bytes(start..<(start + Int(entry.byteCount)))
            var released = 0
            let checksum = Checksum.xxh64(bytes, every: MappedFile.slice) { done in
                file.release((start + released)..<(start + done))
                released = done
            }
            file.release((start + released)..<(start + bytes.count))
            if checksum != entry.checksum { failures.withLock { _ = $0.insert(item) } }
        }
        if let failed = failures.withLock({ $0.min() }) {
            throw .corrupt(path: path, part: "checksum of section \(work[failed].key.rawValue)")
        }
    }

    /// The section `tag` as a column of `T`, read in place.
    func column<T: BitwiseCopyable>(_ tag: IndexFileFormat.Tag) throws(IndexFileError) -> Column<T> {
        guard let entry = entries[tag] else { throw .corrupt(path: path, part: "missing section \(tag.rawValue)") }
        let stride = MemoryLayout<T>.stride
        guard Int(entry.elementSize) == stride, entry.byteCount % UInt64(stride) == 0 else {
            throw .corrupt(path: path, part: "section \(tag.rawValue) bounds")
        }
        return Column(mapped: file, offset: Int(entry.offset), count: Int(entry.byteCount) / stride)
    }

    /// Drops the pages of section `tag` before element `count` from the process's resident set.
    func release<T>(_ tag: IndexFileFormat.Tag, elementsBefore count: Int, of type: T.Type) {
        guard let entry = entries[tag] else { return }
        file.release(
            Int(entry.offset)..<(Int(entry.offset) + min(Int(entry.byteCount), count * MemoryLayout<T>.stride)))
    }

    /// Drops the pages of section `tag` from the process's resident set.
    func release(_ tag: IndexFileFormat.Tag) {
        guard let entry = entries[tag] else { return }
        file.release(Int(entry.offset)..<Int(entry.offset + entry.byteCount))
    }

    /// Drops the pages the checks read from the process's resident set (they stay in the page cache).
    func releasePages() {
        for entry in entries.values { file.release(Int(entry.offset)..<Int(entry.offset + entry.byteCount)) }
    }
}

extension UnsafeRawBufferPointer {
    /// The little-endian integer at byte `offset`.
    func littleEndian<T: FixedWidthInteger>(at offset: Int) -> T {
        T(littleEndian: loadUnaligned(fromByteOffset: offset, as: T.self))
    }
}

extension [UInt8] {
    /// The little-endian integer at byte `offset`.
    func littleEndian<T: FixedWidthInteger>(at offset: Int) -> T {
        withUnsafeBytes { $0.littleEndian(at: offset) }
    }
}
