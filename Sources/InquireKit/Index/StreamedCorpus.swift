/// The corpus side of a streamed `index build`: documents arrive one after another, their text in pieces; the
/// text goes to a `SectionFile` (it is the index file's corpus-strings section, written there in the order the
/// index file keeps it), its sentences are found piece by piece and handed to a `StreamedAnalysis` in batches, and
/// only the small per-document and per-sentence tables stay in memory.
final class StreamedCorpus {
    /// Corpus name, then per document id, title, source and text: the corpus-strings section.
    let strings: SectionFile
    /// Checksum of `strings` so far.
    private(set) var stringsChecksum = ChecksumStream()
    /// String boundaries in `strings`.
    private(set) var offsets: [UInt64] = [0]
    /// Per document: first line, flags (1 titled, 2 text lines are source lines, 4 read as Windows-1252).
    private(set) var info: [UInt64] = []
    /// Per sentence: document, byte range in its document's text, line.
    private(set) var table = SentenceTable(documents: [], ranges: [], lines: [])
    /// Per document: its first sentence.
    private(set) var firstSentences: [UInt64] = []
    /// Takes each line as a sentence, rather than splitting prose.
    let oneSentencePerLine: Bool
    /// The analysis the sentences go to.
    let analysis: StreamedAnalysis
    /// The sentences not yet handed to the analysis.
    private var batch: SentenceBatch

    /// The document being read: bytes of its text so far, its source line so far (as `SentenceSplitter` or
    /// `TextLines` count from the start of its text, minus one), and how its lines map to source lines.
    private var textLength = 0
    private var lineBase = 0
    private var firstLine = 1
    private var textLinesAreSourceLines = true

    /// A corpus named `name` whose text goes to a temporary file next to `target`.
    init(name: String, nextTo target: String, oneSentencePerLine: Bool, analysis: StreamedAnalysis)
        throws(IndexFileError)
    {
        strings = try SectionFile(nextTo: target)
        self.oneSentencePerLine = oneSentencePerLine
        self.analysis = analysis
        batch = SentenceBatch(first: 0)
        try appendString(name)
    }

    /// The number of documents.
    var documentCount: Int { info.count / 2 }

    /// The number of sentences.
    var sentenceCount: Int { table.documents.count }

    /// Starts a document whose text is then given with `addText(_:)`, ending with `endDocument()`.
    func beginDocument(
        id: String, title: String?, source: String, firstLine: Int, textLinesAreSourceLines: Bool, windows1252: Bool
    ) throws(IndexFileError) {
        try appendString(id)
        try appendString(title ?? "")
        try appendString(source)
        info.append(UInt64(firstLine))
        info.append((title == nil ? 0 : 1) | (textLinesAreSourceLines ? 2 : 0) | (windows1252 ? 4 : 0))
        firstSentences.append(UInt64(sentenceCount))
        self.firstLine = firstLine
        self.textLinesAreSourceLines = textLinesAreSourceLines
        textLength = 0
        lineBase = 0
    }

    /// Adds a document held in memory (from a JSON Lines or SQuAD file), read as `Corpus` reads it.
    func add(_ document: Document, windows1252: Bool) throws(IndexFileError) {
        try beginDocument(
            id: document.id, title: document.title, source: document.source, firstLine: document.firstLine,
            textLinesAreSourceLines: document.textLinesAreSourceLines, windows1252: windows1252)
        var failure: IndexFileError?
        SentenceSpans.withUTF8(document.text) { bytes in
            do throws(IndexFileError) { try addText(bytes) } catch { failure = error }
        }
        if let failure { throw failure }
        try endDocument()
    }

    /// Adds the next piece of the current document's text: the whole text, or pieces that end where
    /// `TextPieceReader` cuts them (`.line` with `oneSentencePerLine`, `.paragraph` otherwise).
    func addText(_ piece: UnsafeBufferPointer<UInt8>) throws(IndexFileError) {
        try strings.append(UnsafeRawBufferPointer(piece))
        stringsChecksum.update(UnsafeRawBufferPointer(piece))
        if oneSentencePerLine {
            var line = lineBase + 1
            TextLines.forEachRange(in: piece) { range in
                if let trimmed = SentenceSplitter.trimmed(piece, range) { addSentence(trimmed, of: piece, line: line) }
                line += 1
            }
            // The piece ends with a line break (but the last), after which an empty line starts: the next
            // piece's first.
            lineBase = line - 2
        } else {
            for span in SentenceSplitter.split(utf8: piece) {
                addSentence(span.range, of: piece, line: lineBase + span.line)
            }
            for byte in piece where byte == 0x0A { lineBase += 1 }
        }
        textLength += piece.count
    }

    /// Ends the current document.
    func endDocument() throws(IndexFileError) {
        offsets.append(offsets[offsets.count - 1] + UInt64(textLength))
    }

    /// Hands the sentences not yet analysed to the analysis.
    func flush() {
        guard batch.count > 0 else { return }
        let next = batch.first + batch.count
        analysis.analyse(batch)
        batch = SentenceBatch(first: next)
    }

    private func addSentence(_ range: Range<Int>, of piece: UnsafeBufferPointer<UInt8>, line: Int) {
        table.documents.append(UInt32(truncatingIfNeeded: documentCount - 1))
        table.ranges.append(UInt64(textLength + range.lowerBound))
        table.ranges.append(UInt64(textLength + range.upperBound))
        table.lines.append(UInt64(truncatingIfNeeded: textLinesAreSourceLines ? firstLine + line - 1 : firstLine))
        batch.append(UnsafeBufferPointer(rebasing: piece[range]))
        if batch.count == analysis.batchSize { flush() }
    }

    private func appendString(_ text: String) throws(IndexFileError) {
        try strings.append(text)
        stringsChecksum.update(text)
        offsets.append(offsets[offsets.count - 1] + UInt64(text.utf8.count))
    }

    /// The fingerprint `Fingerprints.corpus` gives the same corpus held in memory, from the text read back.
    func fingerprint() throws(IndexFileError) -> UInt64 {
        try strings.flush()
        var hasher = FingerprintHasher()
        hasher.combine(UInt64(documentCount))
        // String 0 is the corpus name (not fingerprinted); document d's strings are 1 + 4d … 4 + 4d.
        var string = 1
        var stream = ChecksumStream()
        func begin() {
            let document = (string - 1) / 4
            if string % 4 == 2 { hasher.combine(info[2 * document + 1] & 1) }
            stream = hasher.beginString(length: Int(offsets[string + 1] - offsets[string]))
        }
        func end() {
            hasher.endString(stream)
            if string % 4 == 0 {
                let document = (string - 1) / 4
                hasher.combine(info[2 * document])
                hasher.combine((info[2 * document + 1] & 2) >> 1)
            }
            string += 1
        }
        let last = offsets.count - 1
        // Empty strings at a position end as soon as they begin.
        func settle(at position: UInt64) {
            while string < last, offsets[string + 1] == position {
                end()
                if string < last { begin() }
            }
        }
        if string < last {
            begin()
            settle(at: offsets[string])
        }
        var position = offsets[1]
        try strings.read(Int(offsets[1])..<Int(offsets[last])) { bytes in
            var offset = 0
            while offset < bytes.count {
                let take = min(bytes.count - offset, Int(offsets[string + 1] - position))
                stream.update(UnsafeRawBufferPointer(rebasing: bytes[offset..<(offset + take)]))
                offset += take
                position += UInt64(take)
                settle(at: position)
            }
        }
        hasher.combine(UInt64(table.documents.count))
        table.documents.withUnsafeBytes { hasher.combine(bytes: $0) }
        table.ranges.withUnsafeBytes { hasher.combine(bytes: $0) }
        table.lines.withUnsafeBytes { hasher.combine(bytes: $0) }
        return hasher.value
    }
}
