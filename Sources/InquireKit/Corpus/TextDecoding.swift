/// Turns file bytes into a String only when they are text, so binary files are refused, not indexed: UTF-8, or
/// (when the caller allows it) Windows-1252 for text that is not valid UTF-8.
package enum TextDecoding {
    /// The encoding a file was read in.
    package enum Encoding: Sendable, Equatable {
        /// UTF-8 (with or without a byte-order mark).
        case utf8
        /// Windows-1252, for a text file that is not valid UTF-8.
        case windows1252
    }

    /// Decodes `bytes` as UTF-8 text, or, when `fallback` is set and they are not valid UTF-8 but look like text
    /// (no NUL byte, fewer than one byte in ten a control character), as Windows-1252. Throws
    /// `CorpusError.notText` as `decode(_:path:)` does, and for a file of mostly control characters.
    package static func decode(_ bytes: [UInt8], path: String, fallback: Bool) throws(CorpusError) -> (
        text: String, encoding: Encoding
    ) {
        do {
            return (try decode(bytes, path: path), .utf8)
        } catch {
            guard fallback, case .notText(_, let line, let reason) = error, reason == invalidUTF8 else { throw error }
            if isMostlyControlCharacters(bytes) {
                throw .notText(path: path, line: line, reason: mostlyControlCharacters)
            }
            var body = bytes[...]
            if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
            return (Windows1252.decode(body), .windows1252)
        }
    }

    /// The reason given for bytes that are not valid UTF-8.
    static let invalidUTF8 = "invalid UTF-8 byte sequence"
    /// The reason given for a file that opens with a UTF-16 or UTF-32 byte-order mark.
    static let wideByteOrderMark = "UTF-16 or UTF-32 byte-order mark (convert the file to UTF-8)"
    /// The reason given for a file holding a NUL byte.
    static let nulByte = "NUL byte (binary file?)"
    /// The reason given for a file of which at least one byte in ten is a control character.
    static let mostlyControlCharacters = "mostly control characters (binary file?)"

    /// Whether `byte` counts toward "mostly control characters": a C0 control other than tab, line feed, form feed,
    /// carriage return and escape, or DEL.
    @inline(__always) static func isCountedControl(_ byte: UInt8) -> Bool {
        (byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0C && byte != 0x0D && byte != 0x1B) || byte == 0x7F
    }

    /// Whether the file looks binary: NUL bytes, or at least one byte in ten a control character other than tab,
    /// line feed, form feed, carriage return and escape.
    package static func isBinary(_ bytes: [UInt8]) -> Bool {
        bytes.contains(0) || isMostlyControlCharacters(bytes)
    }

    /// At least one byte in ten is a C0 control other than tab, line feed, form feed, carriage return, escape.
    static func isMostlyControlCharacters(_ bytes: [UInt8]) -> Bool {
        let controls = bytes.count(where: isCountedControl)
        return !bytes.isEmpty && controls * 10 >= bytes.count
    }

    /// Decodes `bytes` as UTF-8 text, dropping a UTF-8 byte-order mark; throws `CorpusError.notText` for
    /// UTF-16/32 byte-order marks, NUL bytes and invalid UTF-8, naming the line of the first bad byte.
    package static func decode(_ bytes: [UInt8], path: String) throws(CorpusError) -> String {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        if body.starts(with: [0xFF, 0xFE]) || body.starts(with: [0xFE, 0xFF]) {
            throw .notText(path: path, line: 1, reason: wideByteOrderMark)
        }
        if let nul = body.firstIndex(of: 0) {
            throw .notText(path: path, line: line(of: nul, in: bytes), reason: nulByte)
        }
        if let text = String(validating: body, as: UTF8.self) { return text }
        let bad = firstInvalidByte(in: body) ?? body.startIndex
        throw .notText(path: path, line: line(of: bad, in: bytes), reason: invalidUTF8)
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
