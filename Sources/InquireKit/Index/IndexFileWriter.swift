import Foundation

/// Writes an index and its corpus to one file (see `IndexFileFormat`) with `AtomicFile`: to a temporary name in the
/// same folder, flushed to disk, then renamed over the target (removed if the process is interrupted).
public enum IndexFileWriter {
    /// Writes `index` (built from `corpus`) to `path`.
    public static func write(_ index: SentenceIndex, corpus: Corpus, to path: String) throws(IndexFileError) {
        try write(index, corpus: CorpusSections(corpus), to: path)
    }

    /// Writes `index` and the corpus sections it was built from to `path`.
    static func write(_ index: SentenceIndex, corpus: CorpusSections, to path: String) throws(IndexFileError) {
        let sections = makeSections(index, corpus: corpus)
        var entries: [SectionEntry] = []
        var offset = UInt64(IndexFileFormat.headerSize + IndexFileFormat.entrySize * sections.count)
        for section in sections {
            offset = (offset + 7) & ~7
            let checksum: UInt64
            if let known = section.checksum {
                checksum = known
            } else {
                var stream = ChecksumStream()
                try section.forEachPiece { stream.update($0) }
                checksum = stream.finish()
            }
            entries.append(
                SectionEntry(
                    tag: section.tag.code, elementSize: UInt32(section.elementSize), offset: offset,
                    byteCount: UInt64(section.byteCount), checksum: checksum))
            offset += UInt64(section.byteCount)
        }
        var table: [UInt8] = []
        for entry in entries {
            table.appendLittleEndian(entry.tag)
            table.appendLittleEndian(entry.elementSize)
            table.appendLittleEndian(entry.offset)
            table.appendLittleEndian(entry.byteCount)
            table.appendLittleEndian(entry.checksum)
        }
        var header = IndexFileFormat.magic
        header.appendLittleEndian(IndexFileFormat.version)
        header.appendLittleEndian(UInt32(sections.count))
        header.appendLittleEndian(offset)
        header.appendLittleEndian(corpus.fingerprint)
        header.appendLittleEndian(Fingerprints.analyzer)
        header.appendLittleEndian(UInt64(index.sentenceCount))
        header.appendLittleEndian(Checksum.xxh64(array: table))
        header.appendLittleEndian(Checksum.xxh64(array: header))

        var readFailure: IndexFileError?
        do throws(FileWriteError) {
            try AtomicFile.write(to: path) { (file: inout FileWriter) throws(FileWriteError) in
                var written = UInt64(header.count + table.count)
                try file.write(header)
                try file.write(table)
                for (section, entry) in zip(sections, entries) {
                    try file.write(repeatElement(0 as UInt8, count: Int(entry.offset - written)))
                    written = entry.offset + entry.byteCount
                    var failure: FileWriteError?
                    do throws(IndexFileError) {
                        try section.forEachPiece { bytes in
                            guard failure == nil else { return }
                            do throws(FileWriteError) { try file.write(bytes) } catch { failure = error }
                        }
                    } catch {
                        readFailure = error
                        throw FileWriteError(path: path, operation: "cannot write", code: EIO)
                    }
                    if let failure { throw failure }
                }
            }
        } catch {
            if let readFailure { throw readFailure }
            throw .writeFailed(path: path, reason: "\(error.operation): \(error.reason)")
        }
    }

    /// The sections of `index` and `corpus`, in the order of `IndexFileFormat.Tag`.
    static func makeSections(_ index: SentenceIndex, corpus: CorpusSections) -> [Section] {
        let table = corpus.table
        let dictionary = index.dictionary
        return [
            Section(.termBytes, dictionary.bytes), Section(.termOffsets, dictionary.offsets),
            Section(.termSlots, dictionary.slots), Section(.postingStarts, index.postings.starts),
            Section(.postingOffsets, index.postings.offsets), Section(.postingData, index.postings.data),
            Section(.sentenceLengths, index.sentenceLengths), Section(.inverseNorms, index.inverseNorms),
            Section(.normClasses, index.normBounds.classes), Section(.normClassBounds, index.normBounds.bounds),
            Section(.lengthTotal, Column([index.totalLength])), corpus.strings,
            Section(.corpusStringOffsets, Column(corpus.offsets)), Section(.documentInfo, Column(corpus.info)),
            Section(.sentenceDocuments, Column(table.documents)), Section(.sentenceRanges, Column(table.ranges)),
            Section(.sentenceLines, Column(table.lines)), Section(.documentSentences, Column(corpus.firstSentences)),
        ]
    }

    /// The corpus as the index file stores it: the strings section (corpus name, then per document id, title,
    /// source and text), its offsets, the per-document and per-sentence tables, and the corpus fingerprint.
    struct CorpusSections {
        let strings: Section
        let offsets: [UInt64]
        let info: [UInt64]
        let table: SentenceTable
        let firstSentences: [UInt64]
        let fingerprint: UInt64

        init(
            strings: Section, offsets: [UInt64], info: [UInt64], table: SentenceTable, firstSentences: [UInt64],
            fingerprint: UInt64
        ) {
            self.strings = strings
            self.offsets = offsets
            self.info = info
            self.table = table
            self.firstSentences = firstSentences
            self.fingerprint = fingerprint
        }

        /// The sections of a corpus held in memory (its strings written from the documents' own strings, piece by
        /// piece, not copied into one array).
        init(_ corpus: Corpus) {
            var strings: [String] = [corpus.name]
            var info: [UInt64] = []
            let windows1252Paths = Set(corpus.warnings.filter { $0.kind == .readAsWindows1252 }.map(\.path))
            for document in corpus.documents {
                strings += [document.id, document.title ?? "", document.source, document.text]
                info.append(UInt64(document.firstLine))
                info.append(
                    (document.title == nil ? 0 : 1) | (document.textLinesAreSourceLines ? 2 : 0)
                        | (windows1252Paths.contains(document.source) ? 4 : 0))
            }
            var offsets: [UInt64] = [0]
            offsets.reserveCapacity(strings.count + 1)
            for string in strings { offsets.append(offsets[offsets.count - 1] + UInt64(string.utf8.count)) }
            self.init(
                strings: Section(.corpusStrings, strings: strings), offsets: offsets, info: info,
                table: corpus.sentences.table,
                firstSentences: corpus.sentenceRanges.map { UInt64($0.lowerBound) } + [UInt64(corpus.sentences.count)],
                fingerprint: Fingerprints.corpus(corpus))
        }
    }

    /// One section to write: its tag and its bytes, given in one piece (a typed array) or several (strings, or a
    /// temporary file read back).
    struct Section {
        let tag: IndexFileFormat.Tag
        let elementSize: Int
        let byteCount: Int
        /// The checksum of the bytes, when known beforehand (else computed from them).
        let checksum: UInt64?
        /// Calls its argument with each piece of the section's bytes, in order.
        private let pieces: (_ body: (UnsafeRawBufferPointer) -> Void) throws(IndexFileError) -> Void

        init<T: BitwiseCopyable>(_ tag: IndexFileFormat.Tag, _ array: Column<T>) {
            self.tag = tag
            elementSize = MemoryLayout<T>.stride
            byteCount = array.count * MemoryLayout<T>.stride
            checksum = nil
            pieces = { body in array.withUnsafeBytes { body($0) } }
        }

        /// A byte section made of the UTF-8 bytes of `strings`, one after another.
        init(_ tag: IndexFileFormat.Tag, strings: [String]) {
            self.tag = tag
            elementSize = 1
            byteCount = strings.reduce(0) { $0 + $1.utf8.count }
            checksum = nil
            pieces = { body in
                for string in strings { SentenceSpans.withUTF8(string) { body(UnsafeRawBufferPointer($0)) } }
            }
        }

        /// A byte section held in a temporary file, whose checksum is `checksum`.
        init(_ tag: IndexFileFormat.Tag, file: SectionFile, checksum: UInt64) {
            self.tag = tag
            elementSize = 1
            byteCount = file.count
            self.checksum = checksum
            pieces = { (body) throws(IndexFileError) in
                try file.flush()
                try file.read(0..<file.count) { body($0) }
            }
        }

        /// Calls `body` with each piece of the section's bytes, in order.
        func forEachPiece(_ body: (UnsafeRawBufferPointer) -> Void) throws(IndexFileError) { try pieces(body) }
    }
}

extension [UInt8] {
    /// Appends an integer's little-endian bytes.
    mutating func appendLittleEndian<T: FixedWidthInteger>(_ value: T) {
        Swift.withUnsafeBytes(of: value.littleEndian) { append(contentsOf: $0) }
    }
}
