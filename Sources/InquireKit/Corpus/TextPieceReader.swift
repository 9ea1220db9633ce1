/// The second pass `index build` makes over a plain text file it streams (after `TextFileCheck`): reads the file a
/// few MiB at a time and hands on its text as UTF-8 in pieces that end where the sentence reading may start afresh,
/// the rest carried into the next piece, so the file is never held whole. The pieces joined are the text
/// `TextDecoding.decode(_:path:fallback:)` would give (byte-order mark dropped, Windows-1252 decoded). If the file
/// is not the one the check read (another size or checksum), the read fails with `CorpusError.unreadable`.
struct TextPieceReader {
    /// Where a piece may end.
    enum Cut: Sendable {
        /// After a line break (LF, CRLF, or a lone CR): one sentence a line.
        case line
        /// After a blank line (a line of spaces, tabs and carriage returns between two line feeds), where
        /// `SentenceSplitter` always ends a sentence and starts afresh as at the start of a text.
        case paragraph
    }

    /// Bytes read at a time.
    static let pieceSize = 1 << 22

    /// Calls `body` with each piece of the text of the file at `path`, which `check` describes; a piece ends at a
    /// `cut` (but the last), and is longer than `pieceSize` only where no cut comes sooner.
    static func forEachPiece(
        path: String, check: TextFileCheck, cut: Cut, pieceSize: Int = Self.pieceSize,
        _ body: (UnsafeBufferPointer<UInt8>) throws(CorpusError) -> Void
    ) throws(CorpusError) {
        try readPieces(path: path, check: check, cut: cut, pieceSize: pieceSize) { (piece) throws(CorpusError) in
            try body(piece)
            return true
        }
    }

    /// Calls `body` with each piece of the text of the file at `path`, as
    /// `forEachPiece(path:check:cut:pieceSize:_:)` does, while `body` returns true (once it returns false, the rest
    /// of the file is neither read nor checked against `check`).
    static func readPieces(
        path: String, check: TextFileCheck, cut: Cut, pieceSize: Int = Self.pieceSize,
        _ body: (UnsafeBufferPointer<UInt8>) throws(CorpusError) -> Bool
    ) throws(CorpusError) {
        let file = try InputFile(path: path, spool: check.spool)
        defer { file.close() }
        var raw = [UInt8](repeating: 0, count: max(4, pieceSize))
        var pending: [UInt8] = []
        pending.reserveCapacity(raw.count + raw.count / 2)
        var stream = ChecksumStream()
        var total = 0
        while true {
            let count = try file.read(into: &raw)
            raw.withUnsafeBytes { stream.update(UnsafeRawBufferPointer(rebasing: $0[..<count])) }
            var start = 0
            if total == 0, count >= 3, raw[0] == 0xEF, raw[1] == 0xBB, raw[2] == 0xBF { start = 3 }
            total += count
            if check.encoding == .windows1252 {
                Self.appendWindows1252(raw[start..<count], to: &pending)
            } else {
                pending.append(contentsOf: raw[start..<count])
            }
            if count == 0 {
                guard total == check.byteCount, stream.finish() == check.checksum else {
                    throw .unreadable(path: path, reason: "the file changed while it was read")
                }
                if !pending.isEmpty {
                    _ = try pending.withUnsafeBufferPointer { (piece) throws(CorpusError) in try body(piece) }
                }
                return
            }
            let end = pending.withUnsafeBufferPointer { Self.lastCut(in: $0, cut) }
            guard end > 0 else { continue }
            let goOn = try pending.withUnsafeBufferPointer { (bytes) throws(CorpusError) in
                try body(UnsafeBufferPointer(rebasing: bytes[..<end]))
            }
            guard goOn else { return }
            pending.removeSubrange(..<end)
        }
    }

    /// The end of the last `cut` in `bytes` (0 if there is none).
    static func lastCut(in bytes: UnsafeBufferPointer<UInt8>, _ cut: Cut) -> Int {
        var index = bytes.count - 1
        while index >= 0 {
            let byte = bytes[index]
            switch cut {
            case .line:
                if byte == 0x0A { return index + 1 }
                // A lone CR only when the byte after it is known not to be an LF.
                if byte == 0x0D, index + 1 < bytes.count { return index + 1 }
            case .paragraph:
                if byte == 0x0A {
                    var before = index - 1
                    while before >= 0, bytes[before] == 0x20 || bytes[before] == 0x09 || bytes[before] == 0x0D {
                        before -= 1
                    }
                    if before >= 0, bytes[before] == 0x0A { return index + 1 }
                }
            }
            index -= 1
        }
        return 0
    }

    /// Appends `bytes` read as Windows-1252 (as `Windows1252.decode` reads them) to `text` as UTF-8.
    static func appendWindows1252(_ bytes: ArraySlice<UInt8>, to text: inout [UInt8]) {
        for byte in bytes {
            if byte < 0x80 {
                text.append(byte)
                continue
            }
            let value = (0x80..<0xA0).contains(byte) ? Windows1252.high[Int(byte) - 0x80] : UInt32(byte)
            guard let scalar = Unicode.Scalar(value) else { continue }
            text.append(contentsOf: UTF8.encode(scalar)!)
        }
    }

    /// Whether the text of the file at `path` (in `encoding`) may be JSON (`JSONShape` reads a text that opens with
    /// `{` after white space as JSON), judged from its start: false when the first character that is not white
    /// space is something else. A file of white space alone as far as the probe reads counts as maybe JSON. `spool`
    /// is the file's copy if it is a pipe.
    static func mayBeJSON(path: String, encoding: TextDecoding.Encoding, spool: Int32? = nil) throws(CorpusError)
        -> Bool
    {
        let file = try InputFile(path: path, spool: spool)
        defer { file.close() }
        var probe = [UInt8](repeating: 0, count: 1 << 16)
        let count = try file.read(into: &probe)
        var bytes = probe[..<count]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        let text: String
        if encoding == .windows1252 {
            text = Windows1252.decode(bytes)
        } else {
            let safe = Array(bytes).withUnsafeBufferPointer { TextFileCheck.lastSafeCut(in: $0) }
            text = String(decoding: bytes.prefix(safe), as: UTF8.self)
        }
        let body = text.drop { $0.isWhitespace }
        // The last character read may go on past the probe (a combining mark): judge only one before it.
        guard let first = body.first, !body.dropFirst().isEmpty || count < probe.count else { return true }
        return first == "{"
    }
}
