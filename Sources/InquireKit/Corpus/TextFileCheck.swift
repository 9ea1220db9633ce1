import Foundation

/// The first of the two passes `index build` makes over a plain text file it streams: reads the file in pieces and
/// decides what `TextDecoding.decode(_:path:fallback:)` would decide of the whole (UTF-8, Windows-1252, or the
/// same `CorpusError.notText` naming the same line), without holding the file. It also notes the file's size and
/// a checksum of its bytes, so that the second pass (`TextPieceReader`) can tell if the file changed in between.
struct TextFileCheck: Sendable, Equatable {
    /// The encoding the file is read in.
    let encoding: TextDecoding.Encoding
    /// The number of bytes read.
    let byteCount: Int
    /// XXH64 of the bytes read.
    let checksum: UInt64
    /// The open copy of a pipe the file was read from (see `InputFile.init(path:spool:)`), nil for a regular file.
    var spool: Int32? = nil

    /// Bytes read at a time.
    static let pieceSize = 1 << 22

    /// Checks the regular file at `path` (or its copy `spool`), reading `pieceSize` bytes at a time; `fallback`
    /// allows Windows-1252 for a file that is not valid UTF-8.
    static func check(path: String, fallback: Bool, pieceSize: Int = Self.pieceSize, spool: Int32? = nil)
        throws(CorpusError) -> TextFileCheck
    {
        let pieceSize = max(4, pieceSize)
        let file = try InputFile(path: path, spool: spool)
        defer { file.close() }
        var scan = Scan()
        var buffer = [UInt8](repeating: 0, count: pieceSize)
        var carried = 0  // bytes at the start of `buffer` left from the last piece: an incomplete UTF-8 sequence
        while true {
            let count = try file.read(into: &buffer, from: carried)
            let end = carried + count
            let atEnd = count == 0
            let usable = buffer.withUnsafeBufferPointer { bytes in
                atEnd ? end : Self.lastSafeCut(in: UnsafeBufferPointer(rebasing: bytes[..<end]))
            }
            buffer.withUnsafeBufferPointer { bytes in
                scan.add(UnsafeBufferPointer(rebasing: bytes[..<usable]))
            }
            if atEnd { break }
            // Keep the bytes after the cut for the next piece (at most 3: an unfinished sequence).
            buffer.withUnsafeMutableBufferPointer { bytes in
                for index in usable..<end { bytes[index - usable] = bytes[index] }
            }
            carried = end - usable
            if carried == buffer.count { buffer += [UInt8](repeating: 0, count: pieceSize) }
        }
        var check = try scan.result(path: path, fallback: fallback)
        check.spool = spool
        return check
    }

    /// The length of the longest prefix of `bytes` that ends before an incomplete UTF-8 sequence at the end (a
    /// prefix that can be validated alone): at most 3 bytes are left.
    static func lastSafeCut(in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var index = bytes.count
        var back = 0
        while index > 0, back < 4 {
            let byte = bytes[index - 1]
            if byte < 0x80 { return bytes.count }  // an ASCII byte ends any sequence before it
            index -= 1
            back += 1
            if byte >= 0xC0 {
                // A lead byte: the sequence it starts is complete if enough bytes follow it.
                let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
                return back >= length ? bytes.count : index
            }
        }
        return bytes.count
    }

    /// What the pass has seen so far.
    struct Scan {
        var offset = 0
        var line = 1
        var firstNUL: Int?
        var firstInvalid: Int?
        var controls = 0
        var stream = ChecksumStream()
        var bom: [UInt8] = []

        /// Adds the next piece (cut so that no UTF-8 sequence straddles two pieces).
        mutating func add(_ bytes: UnsafeBufferPointer<UInt8>) {
            stream.update(UnsafeRawBufferPointer(bytes))
            if bom.count < 3 { bom += bytes.prefix(3 - bom.count) }
            var bodyStart = 0
            if offset == 0, bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bodyStart = 3 }
            let body = UnsafeBufferPointer(rebasing: bytes[bodyStart...])
            if firstInvalid == nil, String(validating: body, as: UTF8.self) == nil {
                let bad = bodyStart + (TextDecoding.firstInvalidByte(in: ArraySlice(body)) ?? 0)
                firstInvalid = line + Self.lineBreaks(in: bytes, before: bad)
            }
            for byte in bytes where byte < 0x20 || byte == 0x7F {
                if byte == 0x0A {
                    line += 1
                    continue
                }
                if byte == 0, firstNUL == nil { firstNUL = line }
                if TextDecoding.isCountedControl(byte) { controls += 1 }
            }
            offset += bytes.count
        }

        /// The number of line feeds in `bytes` before `offset`.
        static func lineBreaks(in bytes: UnsafeBufferPointer<UInt8>, before offset: Int) -> Int {
            var count = 0
            for index in 0..<offset where bytes[index] == 0x0A { count += 1 }
            return count
        }

        /// The verdict on the whole file, as `TextDecoding.decode(_:path:fallback:)` gives it.
        func result(path: String, fallback: Bool) throws(CorpusError) -> TextFileCheck {
            var start = bom[...]
            if start.starts(with: [0xEF, 0xBB, 0xBF]) { start = [] }
            if start.starts(with: [0xFF, 0xFE]) || start.starts(with: [0xFE, 0xFF]) {
                throw .notText(path: path, line: 1, reason: TextDecoding.wideByteOrderMark)
            }
            if let firstNUL { throw .notText(path: path, line: firstNUL, reason: TextDecoding.nulByte) }
            var encoding = TextDecoding.Encoding.utf8
            if let firstInvalid {
                guard fallback else { throw .notText(path: path, line: firstInvalid, reason: TextDecoding.invalidUTF8) }
                if offset > 0, controls * 10 >= offset {
                    throw .notText(path: path, line: firstInvalid, reason: TextDecoding.mostlyControlCharacters)
                }
                encoding = .windows1252
            }
            return TextFileCheck(encoding: encoding, byteCount: offset, checksum: stream.finish())
        }
    }
}

/// A regular file open for reading, whose reads report failures as `CorpusError`s naming it.
struct InputFile: Sendable {
    /// The path, for messages.
    let path: String
    /// The open file.
    let descriptor: Int32

    /// Opens the file at `path`.
    init(path: String) throws(CorpusError) {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            if errno == ENOENT { throw .notFound(path: path) }
            throw .unreadable(path: path, reason: PathProblem.reason(errno: errno))
        }
        self.path = path
        self.descriptor = descriptor
    }

    /// Opens the file at `path` or, when `spool` is given, reads the open file `spool` (a copy of what a pipe at
    /// `path` gave, which cannot be read twice) from its start, naming `path` in messages.
    init(path: String, spool: Int32?) throws(CorpusError) {
        guard let spool else {
            self = try InputFile(path: path)
            return
        }
        let descriptor = dup(spool)
        guard descriptor >= 0, lseek(descriptor, 0, SEEK_SET) == 0 else {
            let reason = PathProblem.reason(errno: errno)
            if descriptor >= 0 { _ = Foundation.close(descriptor) }
            throw .unreadable(path: path, reason: reason)
        }
        self.path = path
        self.descriptor = descriptor
    }

    /// Fills as much of `buffer` from `start` on as the file holds; the number of bytes read (0 at the end of the
    /// file only).
    func read(into buffer: inout [UInt8], from start: Int = 0) throws(CorpusError) -> Int {
        var total = 0
        while start + total < buffer.count {
            let count = buffer.withUnsafeMutableBytes {
                Foundation.read(descriptor, $0.baseAddress! + start + total, $0.count - start - total)
            }
            if count < 0 {
                if errno == EINTR { continue }
                throw .unreadable(path: path, reason: PathProblem.reason(errno: errno))
            }
            if count == 0 { break }
            total += count
        }
        return total
    }

    /// Reads the rest of the file.
    func readAll() throws(CorpusError) -> [UInt8] {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            // A short read is the end of the file: `read(into:)` fills the chunk unless the file ends first.
            let count = try read(into: &chunk)
            bytes += chunk[..<count]
            if count < chunk.count { return bytes }
        }
    }

    /// Closes the file.
    func close() { _ = Foundation.close(descriptor) }
}
