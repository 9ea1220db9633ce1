import Foundation

/// A temporary file next to an index file being built, holding a section too large to keep in memory (the corpus
/// text) until the index file is written. It is removed from its folder as soon as it is made, so it is gone when
/// closed, however the process ends. Written in order, buffered; read back in order.
final class SectionFile {
    /// The open file.
    let descriptor: Int32
    /// The index file being built, for messages.
    let target: String
    /// Bytes not yet written.
    private var buffer: [UInt8] = []
    /// The bytes appended so far.
    private(set) var count = 0
    /// The size at which the buffer is written out.
    static let blockSize = 1 << 20

    /// Makes the temporary file in the folder of `target`.
    init(nextTo target: String) throws(IndexFileError) {
        let folder = AtomicFile.parentFolder(of: target)
        let name = ".\((target as NSString).lastPathComponent).text-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let path = (folder as NSString).appendingPathComponent(name)
        let descriptor = open(path, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            let error = FileWriteError(path: target, operation: "cannot create a file in \(folder)", code: errno)
            throw .writeFailed(path: target, reason: "\(error.operation): \(error.reason)")
        }
        unlink(path)
        self.descriptor = descriptor
        self.target = target
        buffer.reserveCapacity(Self.blockSize)
    }

    deinit { close(descriptor) }

    /// Appends `bytes`.
    func append(_ bytes: UnsafeRawBufferPointer) throws(IndexFileError) {
        count += bytes.count
        if buffer.count + bytes.count > Self.blockSize { try flush() }
        if bytes.count >= Self.blockSize {
            try writeAll(bytes)
        } else {
            buffer.append(contentsOf: bytes)
        }
    }

    /// Appends the UTF-8 bytes of `text`.
    func append(_ text: String) throws(IndexFileError) {
        var failure: IndexFileError?
        SentenceSpans.withUTF8(text) { bytes in
            do throws(IndexFileError) { try append(UnsafeRawBufferPointer(bytes)) } catch { failure = error }
        }
        if let failure { throw failure }
    }

    /// Writes out the buffered bytes.
    func flush() throws(IndexFileError) {
        let failure = buffer.withUnsafeBytes { DescriptorWrites.writeAll(descriptor, $0) }
        buffer.removeAll(keepingCapacity: true)
        if let failure { throw writeError(failure) }
    }

    private func writeAll(_ bytes: UnsafeRawBufferPointer) throws(IndexFileError) {
        if let failure = DescriptorWrites.writeAll(descriptor, bytes) { throw writeError(failure) }
    }

    private func writeError(_ code: Int32) -> IndexFileError {
        .writeFailed(path: target, reason: "cannot write a temporary file: " + String(cString: strerror(code)))
    }

    /// Calls `body` with the bytes `range` of the file in order, in pieces of at most `blockSize` (after a
    /// `flush()`).
    func read(_ range: Range<Int>, _ body: (UnsafeRawBufferPointer) throws(IndexFileError) -> Void)
        throws(IndexFileError)
    {
        var piece = [UInt8](repeating: 0, count: min(Self.blockSize, range.count))
        var offset = range.lowerBound
        while offset < range.upperBound {
            let wanted = min(piece.count, range.upperBound - offset)
            let got = piece.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, wanted, off_t(offset)) }
            if got < 0, errno == EINTR { continue }
            guard got > 0 else {
                let reason = got < 0 ? String(cString: strerror(errno)) : "it ended early"
                throw .writeFailed(path: target, reason: "cannot read a temporary file back: " + reason)
            }
            var failure: IndexFileError?
            piece.withUnsafeBytes { bytes in
                do throws(IndexFileError) { try body(UnsafeRawBufferPointer(rebasing: bytes[..<got])) } catch {
                    failure = error
                }
            }
            if let failure { throw failure }
            offset += got
        }
    }
}
