/// Turns file bytes into a String only when they are UTF-8 text, so binary files are refused, not indexed.
public enum TextDecoding {
    /// Decodes `bytes` as UTF-8 text, dropping a UTF-8 byte-order mark; throws `CorpusError.notText` for
    /// UTF-16/32 byte-order marks, NUL bytes and invalid UTF-8, naming the line of the first bad byte.
    public static func decode(_ bytes: [UInt8], path: String) throws(CorpusError) -> String {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        if body.starts(with: [0xFF, 0xFE]) || body.starts(with: [0xFE, 0xFF]) {
            throw .notText(path: path, line: 1, reason: "UTF-16 or UTF-32 byte-order mark (convert the file to UTF-8)")
        }
        if let nul = body.firstIndex(of: 0) {
            throw .notText(path: path, line: line(of: nul, in: bytes), reason: "NUL byte (binary file?)")
        }
        if let text = String(validating: body, as: UTF8.self) { return text }
        let bad = firstInvalidByte(in: body) ?? body.startIndex
        throw .notText(path: path, line: line(of: bad, in: bytes), reason: "invalid UTF-8 byte sequence")
    }

    /// The 1-based line on which byte `offset` lies.
    static func line(of offset: Int, in bytes: [UInt8]) -> Int {
        var line = 1
        for byte in bytes[..<offset] where byte == 0x0A { line += 1 }
        return line
    }

    /// The offset of the first byte that does not start or continue a valid UTF-8 sequence.
    static func firstInvalidByte(in bytes: ArraySlice<UInt8>) -> Int? {
        var iterator = bytes.makeIterator()
        var parser = Unicode.UTF8.ForwardParser()
        var offset = bytes.startIndex
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded): offset += encoded.count
            case .emptyInput: return nil
            case .error: return offset
            }
        }
    }
}
