import Foundation

/// Reads an index file written by `IndexFileWriter`, refusing anything that is not exactly such a file: wrong magic,
/// another format version, a different length than the header says, a checksum mismatch in the header, the section
/// table or any section, or arrays that do not fit together. Each section is read with one `pread` straight into
/// its array (no per-term allocation) and checked as it arrives.
public enum IndexFileReader {
    /// The largest section read: half the machine's memory, so a section declared over a huge sparse file (of a
    /// length matching the header) is refused before it is allocated rather than exhausting memory.
    public static let largestSection = ProcessInfo.processInfo.physicalMemory / 2

    /// Whether the file at `path` begins as an index file does (its magic bytes); false when it cannot be read.
    public static func isIndexFile(path: String) -> Bool {
        guard let file = try? OpenFile(path: path) else { return false }
        defer { close(file.descriptor) }
        let magic = IndexFileFormat.magic
        return (try? file.bytes(at: 0, count: magic.count)) == magic
    }

    /// Loads the index file at `path`.
    public static func read(path: String) throws(IndexFileError) -> StoredIndex {
        let file = try OpenFile(path: path)
        defer { close(file.descriptor) }
        let header = try file.bytes(at: 0, count: min(IndexFileFormat.headerSize, Int(file.size)))
        guard header.starts(with: IndexFileFormat.magic.prefix(min(header.count, 8))), !header.isEmpty else {
            throw .notAnIndex(path: path)
        }
        guard header.count == IndexFileFormat.headerSize else {
            throw .truncated(path: path, expected: UInt64(IndexFileFormat.headerSize), actual: file.size)
        }
        let version: UInt32 = header.littleEndian(at: 8)
        guard version == IndexFileFormat.version else {
            throw .unsupportedVersion(path: path, found: version, supported: IndexFileFormat.version)
        }
        let checksum: UInt64 = header.littleEndian(at: 56)
        guard Checksum.xxh64(array: Array(header[0..<56])) == checksum else {
            throw .corrupt(path: path, part: "header")
        }
        let length: UInt64 = header.littleEndian(at: 16)
        guard length == file.size else { throw .truncated(path: path, expected: length, actual: file.size) }
        let sectionCount = Int(header.littleEndian(at: 12) as UInt32)
        guard sectionCount == IndexFileFormat.Tag.allCases.count else {
            throw .corrupt(path: path, part: "section count \(sectionCount)")
        }
        let table = try file.bytes(at: UInt64(IndexFileFormat.headerSize), count: sectionCount * 32)
        guard Checksum.xxh64(array: table) == header.littleEndian(at: 48) as UInt64 else {
            throw .corrupt(path: path, part: "section table")
        }
        guard header.littleEndian(at: 32) as UInt64 == Fingerprints.analyzer else { throw .staleAnalyzer(path: path) }
        var sections = SectionReader(file: file, path: path)
        // The sections lie after the header and table, one after another: their declared sizes add up to at most
        // the file's length (a sparse file can be any length, so each size is also held to `largestSection`).
        var declared = UInt64(IndexFileFormat.headerSize + sectionCount * 32)
        for (position, tag) in IndexFileFormat.Tag.allCases.enumerated() {
            let base = position * 32
            let entry = SectionEntry(
                tag: table.littleEndian(at: base), elementSize: table.littleEndian(at: base + 4),
                offset: table.littleEndian(at: base + 8), byteCount: table.littleEndian(at: base + 16),
                checksum: table.littleEndian(at: base + 24))
            guard entry.tag == tag.code else { throw .corrupt(path: path, part: "section \(position) is not \(tag)") }
            let (total, overflow) = declared.addingReportingOverflow(entry.byteCount)
            guard !overflow, total <= file.size, entry.byteCount <= IndexFileReader.largestSection else {
                throw .corrupt(path: path, part: "section \(tag.rawValue) size \(entry.byteCount)")
            }
            declared = total
            sections.entries[tag] = entry
        }
        let index = try readIndex(&sections, path: path)
        let store = try readCorpus(&sections, path: path, sentenceCount: index.sentenceCount)
        guard UInt64(index.sentenceCount) == header.littleEndian(at: 40) as UInt64 else {
            throw .corrupt(path: path, part: "sentence count")
        }
        return StoredIndex(index: index, store: store, corpusFingerprint: header.littleEndian(at: 24))
    }

    static func readIndex(_ sections: inout SectionReader, path: String) throws(IndexFileError) -> SentenceIndex {
        let termBytes: [UInt8] = try sections.array(.termBytes)
        let termOffsets: [UInt32] = try sections.array(.termOffsets)
        let slots: [UInt32] = try sections.array(.termSlots)
        let starts: [UInt64] = try sections.array(.postingStarts)
        let postingSentences: [UInt32] = try sections.array(.postingSentences)
        let counts: [UInt8] = try sections.array(.postingCounts)
        let overflowPostings: [UInt64] = try sections.array(.overflowPostings)
        let overflowCounts: [UInt32] = try sections.array(.overflowCounts)
        let lengths: [UInt32] = try sections.array(.sentenceLengths)
        let norms: [Float] = try sections.array(.inverseNorms)

        let terms = termOffsets.count - 1
        let sentences = lengths.count
        func check(_ condition: Bool, _ part: String) throws(IndexFileError) {
            if !condition { throw .corrupt(path: path, part: part) }
        }
        try check(terms >= 0 && termOffsets.first == 0, "term offsets")
        try check(isAscending(termOffsets) && termOffsets.last.map(Int.init) == termBytes.count, "term offsets")
        try check(slots.count >= 16 && slots.count.nonzeroBitCount == 1 && slots.count >= terms * 2, "term slots")
        try check(slots.allSatisfy { $0 == TermDictionary.emptySlot || Int($0) < terms }, "term slots")
        try check(starts.count == terms + 1 && starts.first == 0 && isAscending(starts), "posting starts")
        try check(starts.last == UInt64(postingSentences.count) && counts.count == postingSentences.count, "postings")
        try check(maximum(postingSentences).map { Int($0) < sentences } ?? true, "posting sentences")
        try check(overflowPostings.count == overflowCounts.count && isAscending(overflowPostings), "count overflow")
        try check(overflowPostings.last.map { $0 < UInt64(counts.count) } ?? true, "count overflow")
        try check(norms.count == sentences && sentences <= Int(UInt32.max), "sentence norms")
        return SentenceIndex(
            dictionary: TermDictionary(bytes: termBytes, offsets: termOffsets, slots: slots), postingStarts: starts,
            postingSentences: postingSentences, postingCounts: counts, overflowPostings: overflowPostings,
            overflowCounts: overflowCounts, sentenceLengths: lengths, inverseNorms: norms)
    }

    static func readCorpus(_ sections: inout SectionReader, path: String, sentenceCount: Int)
        throws(IndexFileError) -> CorpusStore
    {
        let strings: [UInt8] = try sections.array(.corpusStrings)
        let offsets: [UInt64] = try sections.array(.corpusStringOffsets)
        let info: [UInt64] = try sections.array(.documentInfo)
        let documents: [UInt32] = try sections.array(.sentenceDocuments)
        let ranges: [UInt64] = try sections.array(.sentenceRanges)
        let lines: [UInt64] = try sections.array(.sentenceLines)
        func check(_ condition: Bool, _ part: String) throws(IndexFileError) {
            if !condition { throw .corrupt(path: path, part: part) }
        }
        let documentCount = info.count / 2
        try check(info.count % 2 == 0 && offsets.count == 2 + 4 * documentCount, "corpus strings")
        try check(offsets.first == 0 && isAscending(offsets) && offsets.last == UInt64(strings.count), "corpus strings")
        try check(documents.count == sentenceCount && ranges.count == 2 * sentenceCount, "sentence table")
        try check(lines.count == sentenceCount, "sentence table")
        // Line numbers become Int when the corpus is rebuilt; larger values would trap there.
        try check(lines.allSatisfy { $0 <= UInt64(Int.max) }, "sentence lines")
        try check(stride(from: 0, to: info.count, by: 2).allSatisfy { info[$0] <= UInt64(Int.max) }, "document lines")
        for sentence in 0..<sentenceCount {
            let document = Int(documents[sentence])
            try check(document < documentCount, "sentence table")
            let textLength = offsets[5 + 4 * document] - offsets[4 + 4 * document]
            let lower = ranges[2 * sentence]
            let upper = ranges[2 * sentence + 1]
            try check(lower <= upper && upper <= textLength, "sentence table")
        }
        return CorpusStore(
            strings: strings, offsets: offsets, documentInfo: info,
            sentences: SentenceTable(documents: documents, ranges: ranges, lines: lines))
    }

    static func isAscending<T: Comparable>(_ values: [T]) -> Bool {
        values.withUnsafeBufferPointer { buffer in
            var ascending = true
            if buffer.count > 1 {
                for index in 1..<buffer.count { ascending = ascending && buffer[index - 1] <= buffer[index] }
            }
            return ascending
        }
    }

    static func maximum(_ values: [UInt32]) -> UInt32? {
        values.withUnsafeBufferPointer { buffer in
            guard !buffer.isEmpty else { return nil }
            var largest: UInt32 = 0
            for value in buffer { largest = Swift.max(largest, value) }
            return largest
        }
    }
}

/// An open file and its size.
struct OpenFile {
    let descriptor: Int32
    let size: UInt64
    let path: String

    init(path: String) throws(IndexFileError) {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { throw .unreadable(path: path, reason: String(cString: strerror(errno))) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else {
            close(descriptor)
            throw .unreadable(path: path, reason: "not a regular file")
        }
        self.descriptor = descriptor
        self.size = UInt64(status.st_size)
        self.path = path
    }

    /// Reads `count` bytes at `offset` straight into `buffer`; false if the file ends first.
    func read(into buffer: UnsafeMutableRawBufferPointer, at offset: UInt64) throws(IndexFileError) -> Bool {
        guard let base = buffer.baseAddress else { return true }
        var done = 0
        while done < buffer.count {
            let result = pread(descriptor, base + done, buffer.count - done, off_t(offset) + off_t(done))
            if result < 0 {
                if errno == EINTR { continue }
                throw .unreadable(path: path, reason: String(cString: strerror(errno)))
            }
            if result == 0 { return false }
            done += result
        }
        return true
    }

    /// `count` bytes at `offset` (fewer if the file ends first).
    func bytes(at offset: UInt64, count: Int) throws(IndexFileError) -> [UInt8] {
        var result = [UInt8](repeating: 0, count: count)
        var complete = true
        var failure: IndexFileError?
        result.withUnsafeMutableBytes { raw in
            do throws(IndexFileError) {
                complete = try read(into: raw, at: offset)
            } catch { failure = error }
        }
        if let failure { throw failure }
        guard complete else { throw .truncated(path: path, expected: offset + UInt64(count), actual: size) }
        return result
    }
}

/// Reads typed sections by tag, checking bounds and checksums.
struct SectionReader {
    let file: OpenFile
    let path: String
    var entries: [IndexFileFormat.Tag: SectionEntry] = [:]

    init(file: OpenFile, path: String) {
        self.file = file
        self.path = path
    }

    /// The section `tag` as an array of `T`.
    func array<T: BitwiseCopyable>(_ tag: IndexFileFormat.Tag) throws(IndexFileError) -> [T] {
        guard let entry = entries[tag] else { throw .corrupt(path: path, part: "missing section \(tag.rawValue)") }
        let stride = MemoryLayout<T>.stride
        guard Int(entry.elementSize) == stride, entry.byteCount % UInt64(stride) == 0,
            entry.offset % 8 == 0, entry.offset <= file.size, entry.byteCount <= file.size - entry.offset
        else { throw .corrupt(path: path, part: "section \(tag.rawValue) bounds") }
        let count = Int(entry.byteCount) / stride
        var failure: IndexFileError?
        var complete = true
        let result = [T](unsafeUninitializedCapacity: count) { buffer, initialized in
            do throws(IndexFileError) {
                complete = try file.read(into: UnsafeMutableRawBufferPointer(buffer), at: entry.offset)
            } catch { failure = error }
            if failure != nil || !complete {
                UnsafeMutableRawBufferPointer(buffer).initializeMemory(as: UInt8.self, repeating: 0)
            }
            initialized = count
        }
        if let failure { throw failure }
        guard complete else {
            throw .truncated(path: path, expected: entry.offset + entry.byteCount, actual: file.size)
        }
        guard Checksum.xxh64(array: result) == entry.checksum else {
            throw .corrupt(path: path, part: "checksum of section \(tag.rawValue)")
        }
        return result
    }
}

extension [UInt8] {
    /// The little-endian integer at byte `offset`.
    func littleEndian<T: FixedWidthInteger>(at offset: Int) -> T {
        withUnsafeBytes { T(littleEndian: $0.loadUnaligned(fromByteOffset: offset, as: T.self)) }
    }
}
