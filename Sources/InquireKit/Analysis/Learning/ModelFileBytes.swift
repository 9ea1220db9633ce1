import Foundation

/// Reads a model file's bytes straight into one array: one `read` system call per chunk, no intermediate `Data`.
enum ModelFileBytes {
    /// The bytes of the regular file at `path`.
    ///
    /// - Throws: ``ModelFileError/unreadable(_:)`` with the system's reason.
    static func read(_ path: String) throws -> [UInt8] {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { throw ModelFileError.unreadable(String(cString: strerror(errno))) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else {
            throw ModelFileError.unreadable("not a regular file")
        }
        let size = Int(status.st_size)
        var failure: String?
        let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, initialised in
            HugePages.advise(UnsafeMutableRawBufferPointer(buffer))
            var done = 0
            while done < size, let base = buffer.baseAddress {
                let count = Foundation.read(descriptor, base + done, size - done)
                if count < 0 && errno == EINTR { continue }
                if count < 0 { failure = String(cString: strerror(errno)) }
                if count <= 0 { break }
                done += count
            }
            initialised = done
        }
        if let failure { throw ModelFileError.unreadable(failure) }
        guard bytes.count == size else { throw ModelFileError.unreadable("the file shrank while being read") }
        return bytes
    }
}
