import Foundation

/// `inquire index build` in memory that does not grow with the corpus text: the corpus at a path (a text file, a
/// folder of them, JSON Lines or SQuAD JSON, as `CorpusLoader` reads them) is read a piece at a time, its sentences
/// analysed as they come (`StreamedAnalysis`) and its text written to a temporary file next to the index file
/// (`StreamedCorpus`), then `write(to:)` writes the same index file `IndexFileWriter.write(_:corpus:to:)` writes
/// for the corpus loaded whole and indexed with `SentenceIndex(corpus:)`, byte for byte.
///
/// A text file is read twice, a few MiB at a time: once to decide its encoding (`TextFileCheck`), once to index it
/// (`TextPieceReader`: plain text; `JSONLinesPieceReader`: JSON Lines, one document a line); a file that changes in
/// between is refused. A pipe is first copied to a temporary file (removed as soon as made), then read the same
/// way. A SQuAD file is one JSON text, read whole (one file at a time).
public final class StreamedIndexBuild {
    /// The index of the corpus.
    public let index: SentenceIndex
    /// What the reading worked around (files read as Windows-1252, files left out of a folder), as
    /// `Corpus.warnings` lists it.
    public let warnings: [CorpusWarning]
    /// The corpus: its text in a temporary file, its tables in memory.
    let corpus: StreamedCorpus

    /// The number of sentences.
    public var sentenceCount: Int { corpus.sentenceCount }

    /// How many files were read as Windows-1252.
    public var windows1252Files: Int { warnings.count { $0.kind == .readAsWindows1252 } }

    /// Reads and indexes the corpus at `url` (its path as `Engine` takes it), keeping its text in a temporary file
    /// next to `output`; `progress(done, total)` hears the bytes of input read so far, after each batch of
    /// sentences. Throws `CorpusError` for the corpus, `IndexFileError` for the temporary file and
    /// `IndexBuildError` for an index too large.
    public convenience init(
        corpus url: URL, nextTo output: String, oneSentencePerLine: Bool = false, strictEncoding: Bool = true,
        progress: ((_ done: Int, _ total: Int) -> Void)? = nil
    ) throws {
        try self.init(
            path: Engine.filePath(url), nextTo: output, oneSentencePerLine: oneSentencePerLine,
            strictEncoding: strictEncoding, pieceSize: TextPieceReader.pieceSize, progress: progress)
    }

    /// Reads and indexes the corpus at `path`, as `init(corpus:nextTo:oneSentencePerLine:strictEncoding:progress:)`
    /// does, reading `pieceSize` bytes at a time and analysing batches of `chunksPerWorker` chunks a worker
    /// (smaller sizes are for tests).
    init(
        path: String, nextTo output: String, oneSentencePerLine: Bool, strictEncoding: Bool, pieceSize: Int,
        chunksPerWorker: Int = StreamedAnalysis.chunksPerWorker, progress: ((_ done: Int, _ total: Int) -> Void)? = nil
    ) throws {
        if let code = PathProblem.code(of: path) {
            if code == ENOENT { throw CorpusError.notFound(path: path) }
            throw CorpusError.unreadable(path: path, reason: PathProblem.reason(errno: code))
        }
        var files = [path]
        let isFolder = FileKind.of(path) == .folder
        if isFolder {
            guard access(path, R_OK | X_OK) == 0 else {
                throw CorpusError.unreadable(path: path, reason: PathProblem.reason(errno: errno))
            }
            files = try CorpusLoader.textFiles(in: path)
            guard !files.isEmpty else { throw CorpusError.noTextFiles(path: path) }
        }
        let total = files.reduce(0) { $0 + Self.size(of: $1) }
        let analysis = StreamedAnalysis(chunksPerWorker: chunksPerWorker)
        let corpus = try StreamedCorpus(
            name: URL(fileURLWithPath: path).lastPathComponent, nextTo: output,
            oneSentencePerLine: oneSentencePerLine, analysis: analysis)
        var reader = FileReader(
            corpus: corpus, strictEncoding: strictEncoding, pieceSize: pieceSize, total: total, progress: progress)
        var warnings: [CorpusWarning] = []
        for file in files {
            do {
                if try reader.add(file) == .windows1252 {
                    warnings.append(CorpusWarning(path: file, kind: .readAsWindows1252))
                }
            } catch let error as CorpusError {
                guard isFolder, !strictEncoding, case .notText = error else { throw error }
                warnings.append(CorpusWarning(path: file, kind: .skipped(error)))
            }
        }
        corpus.flush()
        guard corpus.sentenceCount > 0 else { throw CorpusError.empty(path: path) }
        index = try analysis.finish()
        self.corpus = corpus
        self.warnings = warnings
    }

    /// Writes the index file to `path` (atomically: the file is whole or not there).
    public func write(to path: String) throws(IndexFileError) {
        try corpus.strings.flush()
        let sections = IndexFileWriter.CorpusSections(
            strings: IndexFileWriter.Section(
                .corpusStrings, file: corpus.strings, checksum: corpus.stringsChecksum.finish()),
            offsets: corpus.offsets, info: corpus.info, table: corpus.table,
            firstSentences: corpus.firstSentences + [UInt64(corpus.sentenceCount)],
            fingerprint: try corpus.fingerprint())
        try IndexFileWriter.write(index, corpus: sections, to: path)
    }

    /// The size of the file at `path` (0 if unknown).
    static func size(of path: String) -> Int {
        var info = stat()
        return stat(path, &info) == 0 ? Int(info.st_size) : 0
    }

    /// Reads the files of a corpus into a `StreamedCorpus`, one after another.
    struct FileReader {
        let corpus: StreamedCorpus
        let strictEncoding: Bool
        let pieceSize: Int
        let total: Int
        let progress: ((Int, Int) -> Void)?
        /// Bytes of the files done before the current one.
        var done = 0

        /// Adds the documents of the file at `path`; the encoding it was read in.
        mutating func add(_ path: String) throws -> TextDecoding.Encoding {
            defer {
                done += StreamedIndexBuild.size(of: path)
                progress?(done, total)
            }
            let kind = FileKind.of(path)
            guard kind == .regular || kind == .pipe else {
                // `CorpusLoader` says why it is not read.
                return try addWhole(CorpusLoader.documents(inFile: path, strictEncoding: strictEncoding), of: path)
            }
            // A pipe cannot be read twice: it is copied to a temporary file (removed already) and read from there.
            let spool = kind == .pipe ? try Self.spool(path, nextTo: corpus.strings.target) : nil
            // Its descriptor is read until the file is done: keep it open that long.
            defer { withExtendedLifetime(spool) {} }
            let check = try TextFileCheck.check(
                path: path, fallback: !strictEncoding, pieceSize: pieceSize, spool: spool?.descriptor)
            var shape = JSONShape.notJSON
            if try TextPieceReader.mayBeJSON(path: path, encoding: check.encoding, spool: check.spool) {
                shape = try JSONLinesPieceReader.shape(path: path, check: check, pieceSize: pieceSize)
            }
            switch shape {
            case .notJSON: try stream(path, check: check)
            case .lines: try streamJSONLines(path, check: check)
            case .document:
                // One JSON text (SQuAD): read whole.
                let file = try InputFile(path: path, spool: check.spool)
                defer { file.close() }
                let bytes = try file.readAll()
                return try addWhole(
                    CorpusLoader.documents(inBytes: bytes, path: path, strictEncoding: strictEncoding), of: path)
            }
            return check.encoding
        }

        /// Adds the documents of a file read whole; the encoding it was read in.
        private func addWhole(
            _ read: (documents: [Document], encoding: TextDecoding.Encoding), of path: String
        ) throws -> TextDecoding.Encoding {
            for document in read.documents {
                try corpus.add(document, windows1252: read.encoding == .windows1252 && document.source == path)
            }
            return read.encoding
        }

        /// Copies what the pipe at `path` gives to a temporary file next to `target`, already removed from its
        /// folder, and returns it (to be read from its start).
        static func spool(_ path: String, nextTo target: String) throws -> SectionFile {
            let spool = try SectionFile(nextTo: target)
            let file = try InputFile(path: path)
            defer { file.close() }
            var chunk = [UInt8](repeating: 0, count: SectionFile.blockSize)
            while true {
                let count = try file.read(into: &chunk)
                var failure: IndexFileError?
                chunk.withUnsafeBytes { bytes in
                    do throws(IndexFileError) {
                        try spool.append(UnsafeRawBufferPointer(rebasing: bytes[..<count]))
                    } catch { failure = error }
                }
                if let failure { throw failure }
                if count < chunk.count { break }
            }
            try spool.flush()
            return spool
        }

        /// Streams a JSON Lines file, one document a line.
        private func streamJSONLines(_ path: String, check: TextFileCheck) throws {
            let corpus = corpus
            let windows1252 = check.encoding == .windows1252
            var failure: IndexFileError?
            try JSONLinesPieceReader.forEachDocument(
                path: path, check: check, pieceSize: pieceSize,
                progress: { [done, total, progress] read in progress?(min(done + read, total), total) }
            ) { document in
                guard failure == nil else { return }
                do throws(IndexFileError) { try corpus.add(document, windows1252: windows1252) } catch {
                    failure = error
                }
            }
            if let failure { throw failure }
        }

        /// Streams a plain text file, one document.
        private func stream(_ path: String, check: TextFileCheck) throws {
            let corpus = corpus
            try corpus.beginDocument(
                id: URL(fileURLWithPath: path).lastPathComponent, title: nil, source: path, firstLine: 1,
                textLinesAreSourceLines: true, windows1252: check.encoding == .windows1252)
            var failure: IndexFileError?
            var read = done
            try TextPieceReader.forEachPiece(
                path: path, check: check, cut: corpus.oneSentencePerLine ? .line : .paragraph, pieceSize: pieceSize
            ) { piece in
                guard failure == nil else { return }
                do throws(IndexFileError) { try corpus.addText(piece) } catch { failure = error }
                read += piece.count
                progress?(min(read, total), total)
            }
            if let failure { throw failure }
            try corpus.endDocument()
        }
    }
}
