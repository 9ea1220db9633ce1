import Foundation

/// Writes an index and its corpus to one file (see `IndexFileFormat`): to a temporary name in the same folder,
/// flushed to disk, then renamed over the target.
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

        let temporary = temporaryPath(for: path)
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else { throw .writeFailed(path: path, reason: errnoText()) }
        do throws(IndexFileError) {
            var written: UInt64 = 0
            try writeAll(descriptor, header, path: path, written: &written)
            try writeAll(descriptor, table, path: path, written: &written)
            for (section, entry) in zip(sections, entries) {
                let padding = [UInt8](repeating: 0, count: Int(entry.offset - written))
                try writeAll(descriptor, padding, path: path, written: &written)
                var failure: IndexFileError?
                section.withBytes { bytes in
                    do throws(IndexFileError) {
                        try writeAll(descriptor, bytes, path: path, written: &written)
                    } catch { failure = error }
                }
                if let failure { throw failure }
            }
            guard fsync(descriptor) == 0 else { throw .writeFailed(path: path, reason: errnoText()) }
            close(descriptor)
        } catch {
            close(descriptor)
            unlink(temporary)
            throw error
        }
        guard rename(temporary, path) == 0 else {
            let reason = errnoText()
            unlink(temporary)
            throw .writeFailed(path: path, reason: reason)
        }
    }

    /// A temporary name beside `path`, unique to this process.
    static func temporaryPath(for path: String) -> String {
        "\(path).tmp-\(getpid())"
    }

    static func writeAll(_ descriptor: Int32, _ bytes: [UInt8], path: String, written: inout UInt64)
        throws(IndexFileError)
    {
        var failure: IndexFileError?
        bytes.withUnsafeBytes { raw in
            do throws(IndexFileError) {
                try writeAll(descriptor, raw, path: path, written: &written)
            } catch { failure = error }
        }
        if let failure { throw failure }
    }

    static func writeAll(_ descriptor: Int32, _ bytes: UnsafeRawBufferPointer, path: String, written: inout UInt64)
        throws(IndexFileError)
    {
        guard let base = bytes.baseAddress else { return }
        var done = 0
        while done < bytes.count {
            let result = Foundation.write(descriptor, base + done, min(bytes.count - done, 1 << 30))
            if result < 0 {
                if errno == EINTR { continue }
                throw .writeFailed(path: path, reason: errnoText())
            }
            done += result
        }
        written += UInt64(done)
    }

    static func errnoText() -> String { String(cString: strerror(errno)) }

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
        for document in corpus.documents {
            add(document.id)
            add(document.title ?? "")
            add(document.source)
            add(document.text)
            info.append(UInt64(document.firstLine))
            info.append((document.title == nil ? 0 : 1) | (document.textLinesAreSourceLines ? 2 : 0))
        }
        let table = SentenceTable(corpus.sentences)
        let dictionary = index.dictionary
        return [
            Section(.termBytes, dictionary.bytes), Section(.termOffsets, dictionary.offsets),
            Section(.termSlots, dictionary.slots), Section(.postingStarts, index.postingStarts),
            Section(.postingSentences, index.postingSentences), Section(.postingCounts, index.postingCounts),
            Section(.overflowPostings, index.overflowPostings), Section(.overflowCounts, index.overflowCounts),
            Section(.sentenceLengths, index.sentenceLengths), Section(.inverseNorms, index.inverseNorms),
            Section(.corpusStrings, strings), Section(.corpusStringOffsets, offsets),
            Section(.documentInfo, info), Section(.sentenceDocuments, table.documents),
            Section(.sentenceRanges, table.ranges), Section(.sentenceLines, table.lines),
        ]
    }

    /// One section to write: its tag and a typed array seen as bytes.
    struct Section {
        let tag: IndexFileFormat.Tag
        let elementSize: Int
        let byteCount: Int
        private let bytes: (_ body: (UnsafeRawBufferPointer) -> Void) -> Void

        init<T: BitwiseCopyable>(_ tag: IndexFileFormat.Tag, _ array: [T]) {
            self.tag = tag
            elementSize = MemoryLayout<T>.stride
            byteCount = array.count * MemoryLayout<T>.stride
            bytes = { body in array.withUnsafeBytes { body($0) } }
        }

        func withBytes<R>(_ body: (UnsafeRawBufferPointer) -> R) -> R {
            var result: R?
            bytes { result = body($0) }
            guard let result else { preconditionFailure("withUnsafeBytes did not call its body") }
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
