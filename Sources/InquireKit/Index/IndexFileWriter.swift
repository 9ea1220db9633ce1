import Foundation

/// Writes an index and its corpus to one file (see `IndexFileFormat`) with `AtomicFile`: to a temporary name in the
/// same folder, flushed to disk, then renamed over the target (removed if the process is interrupted).
public enum IndexFileWriter {
    /// Writes `index` (built from `corpus`) to `path`.
    public static func write(_ index: SentenceIndex, corpus: Corpus, to path: String) throws(IndexFileError) {
        let sections = makeSections(index, corpus: corpus)
        var entries: [SectionEntry] = []
        var offset = UInt64(IndexFileFormat.headerSize + IndexFileFormat.entrySize * sections.count)
        for section in sections {
            offset = (offset + 7) & ~7
            let checksum = section.withBytes { Checksum.xxh64($0) }
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
        header.appendLittleEndian(Fingerprints.corpus(corpus))
        header.appendLittleEndian(Fingerprints.analyzer)
        header.appendLittleEndian(UInt64(index.sentenceCount))
        header.appendLittleEndian(Checksum.xxh64(array: table))
        header.appendLittleEndian(Checksum.xxh64(array: header))

        do throws(FileWriteError) {
            try AtomicFile.write(to: path) { (file: inout FileWriter) throws(FileWriteError) in
                var written = UInt64(header.count + table.count)
                try file.write(header)
                try file.write(table)
                for (section, entry) in zip(sections, entries) {
                    try file.write(repeatElement(0 as UInt8, count: Int(entry.offset - written)))
                    written = entry.offset + entry.byteCount
                    var failure: FileWriteError?
                    section.withBytes { bytes in
                        do throws(FileWriteError) { try file.write(bytes) } catch { failure = error }
                    }
                    if let failure { throw failure }
                }
            }
        } catch {
            throw .writeFailed(path: path, reason: "\(error.operation): \(error.reason)")
        }
    }

    /// The sections of `index` and `corpus`, in the order of `IndexFileFormat.Tag`.
    static func makeSections(_ index: SentenceIndex, corpus: Corpus) -> [Section] {
        var strings: [UInt8] = []
        var offsets: [UInt64] = [0]
        func add(_ text: String) {
            strings.append(contentsOf: text.utf8)
            offsets.append(UInt64(strings.count))
        }
        add(corpus.name)
        var info: [UInt64] = []
        let windows1252Paths = Set(corpus.warnings.filter { $0.kind == .readAsWindows1252 }.map(\.path))
        for document in corpus.documents {
            add(document.id)
            add(document.title ?? "")
            add(document.source)
            add(document.text)
            info.append(UInt64(document.firstLine))
            info.append(
                (document.title == nil ? 0 : 1) | (document.textLinesAreSourceLines ? 2 : 0)
                    | (windows1252Paths.contains(document.source) ? 4 : 0))
        }
        let table = SentenceTable(corpus.sentences)
        let firstSentences = corpus.sentenceRanges.map { UInt64($0.lowerBound) } + [UInt64(corpus.sentences.count)]
        let dictionary = index.dictionary
        return [
            Section(.termBytes, dictionary.bytes), Section(.termOffsets, dictionary.offsets),
            Section(.termSlots, dictionary.slots), Section(.postingStarts, index.postingStarts),
            Section(.postingSentences, index.postingSentences), Section(.postingCounts, index.postingCounts),
            Section(.overflowPostings, index.overflowPostings), Section(.overflowCounts, index.overflowCounts),
            Section(.sentenceLengths, index.sentenceLengths), Section(.inverseNorms, index.inverseNorms),
            Section(.normClasses, index.normBounds.classes), Section(.normClassBounds, index.normBounds.bounds),
            Section(.lengthTotal, Column([index.totalLength])), Section(.corpusStrings, Column(strings)),
            Section(.corpusStringOffsets, Column(offsets)), Section(.documentInfo, Column(info)),
            Section(.sentenceDocuments, Column(table.documents)), Section(.sentenceRanges, Column(table.ranges)),
            Section(.sentenceLines, Column(table.lines)), Section(.documentSentences, Column(firstSentences)),
        ]
    }

    /// One section to write: its tag and a typed array seen as bytes.
    struct Section {
        let tag: IndexFileFormat.Tag
        let elementSize: Int
        let byteCount: Int
        private let bytes: (_ body: (UnsafeRawBufferPointer) -> Void) -> Void

        init<T: BitwiseCopyable>(_ tag: IndexFileFormat.Tag, _ array: Column<T>) {
            self.tag = tag
            elementSize = MemoryLayout<T>.stride
            byteCount = array.count * MemoryLayout<T>.stride
            bytes = { body in array.withUnsafeBytes { body($0) } }
        }

        func withBytes<R>(_ body: (UnsafeRawBufferPointer) -> R) -> R {
            var result: R?
            bytes { result = body($0) }
            guard let result else { preconditionFailure("withUnsafeBytes did not call its body") }  // safe: never nil
            return result
        }
    }
}

extension [UInt8] {
    /// Appends an integer's little-endian bytes.
    mutating func appendLittleEndian<T: FixedWidthInteger>(_ value: T) {
        Swift.withUnsafeBytes(of: value.littleEndian) { append(contentsOf: $0) }
    }
}
