/// The JSON side of a text file that `index build` streams (after `TextFileCheck`): tells whether the file is JSON
/// Lines, one JSON document or not JSON at all, as `JSONShape` tells it of the whole text, and reads a JSON Lines
/// file a few MiB at a time (`TextPieceReader`'s pieces, which end after a line break), handing on its documents
/// one line at a time, so the file is never held whole. The documents, and the error for a bad line (the same
/// `file:line` and reason), are the ones `JSONLinesCorpus.documents(_:path:)` gives for the whole text: both read
/// each line with `JSONLinesCorpus.document(line:number:path:)`.
enum JSONLinesPieceReader {
    /// The shape `JSONShape.of(_:path:)` gives the whole text of the file at `path` (which `check` describes),
    /// read only as far as its first line that is not white space (`JSONShape` looks no further).
    static func shape(path: String, check: TextFileCheck, pieceSize: Int = TextPieceReader.pieceSize)
        throws(CorpusError) -> JSONShape
    {
        var shape = JSONShape.notJSON  // a text of white space alone
        // Pieces end after a line break, where no character goes on: each is read as the whole text would be.
        try TextPieceReader.readPieces(path: path, check: check, cut: .line, pieceSize: pieceSize) { piece in
            let text = String(decoding: piece, as: UTF8.self)
            guard !text.allSatisfy(\.isWhitespace) else { return true }
            // White space before the piece changes nothing: `JSONShape` drops it, then reads one line.
            shape = JSONShape.of(text, path: path)
            return false
        }
        return shape
    }

    /// Calls `body` with each document of the JSON Lines file at `path` (which `check` describes), in order,
    /// reading `pieceSize` bytes at a time; `progress` hears the bytes of text handed on so far, after each piece.
    /// Throws `CorpusError.malformed` for the first line that is not an object with a string `text`, and what
    /// `TextPieceReader` throws (a file that changed since the check).
    static func forEachDocument(
        path: String, check: TextFileCheck, pieceSize: Int = TextPieceReader.pieceSize,
        progress: (Int) -> Void = { _ in }, _ body: (Document) throws(CorpusError) -> Void
    ) throws(CorpusError) {
        var lineNumber = 0
        var read = 0
        var ranges: [Range<Int>] = []
        try TextPieceReader.forEachPiece(path: path, check: check, cut: .line, pieceSize: pieceSize) {
            (piece) throws(CorpusError) in
            ranges.removeAll(keepingCapacity: true)
            TextLines.forEachRange(in: piece) { ranges.append($0) }
            // A piece ends with a line break (but perhaps the last): the empty range after it is the next piece's
            // first line, or an empty last line, which holds no document.
            if let last = ranges.last, last.isEmpty { ranges.removeLast() }
            for range in ranges {
                lineNumber += 1
                let line = String(decoding: UnsafeBufferPointer(rebasing: piece[range]), as: UTF8.self)
                if let document = try JSONLinesCorpus.document(line: line, number: lineNumber, path: path) {
                    try body(document)
                }
            }
            read += piece.count
            progress(read)
        }
    }
}
