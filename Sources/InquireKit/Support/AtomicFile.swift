import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes files so that a reader sees either the old content or the new, never a mix or a truncated file: the
/// bytes go to a temporary file in the same folder, are flushed to disk (`fsync`), and the temporary file is
/// renamed over the target, after which the folder itself is flushed so the rename survives a crash.
///
/// Used for everything `inquire` writes that a later run reads back: index files, the trimmed shell history,
/// prediction outputs. A program that removes the temporary files of writes in progress when a signal ends it (the
/// command line does, on Ctrl-C) hears of each through `observeTemporaryFiles(_:)`.
package enum AtomicFile {
    /// Replaces the file at `path` with `bytes`. `permissions` sets the new file's mode exactly; when nil, an
    /// existing file keeps its mode and a new one gets 0666 less the umask. A symbolic link at `path` is followed,
    /// so the file it points to is replaced and the link kept.
    package static func write(
        _ bytes: some Collection<UInt8>, to path: String, permissions: mode_t? = nil
    ) throws(FileWriteError) {
        try write(to: path, permissions: permissions) { (writer: inout FileWriter) throws(FileWriteError) in
            try writer.write(bytes)
        }
    }

    /// Replaces the file at `path` with `text` encoded as UTF-8 (see `write(_:to:permissions:)`).
    package static func write(_ text: String, to path: String, permissions: mode_t? = nil) throws(FileWriteError) {
        try write(Array(text.utf8), to: path, permissions: permissions)
    }

    /// Replaces the file at `path` with what `body` writes, for content produced piece by piece (a large index).
    /// If `body` throws, the temporary file is removed and the old file is left untouched.
    package static func write(
        to path: String,
        permissions: mode_t? = nil,
        _ body: (inout FileWriter) throws(FileWriteError) -> Void
    ) throws(FileWriteError) {
        try write(to: path, permissions: permissions, observer: observer.withLock { $0 }, body)
    }

    /// Replaces the file at `path` with what `body` writes (see `write(to:permissions:_:)`), telling `observer` of
    /// the temporary file.
    static func write(
        to path: String, permissions: mode_t?, observer: TemporaryFileObserver?,
        _ body: (inout FileWriter) throws(FileWriteError) -> Void
    ) throws(FileWriteError) {
        guard !path.isEmpty else { throw FileWriteError(path: path, operation: "cannot write", code: ENOENT) }
        let target = resolvedTarget(path)
        let folder = parentFolder(of: target)
        let temporary = temporaryPath(for: target)
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else {
            throw FileWriteError(path: path, operation: "cannot create a file in \(folder)", code: errno)
        }
        let token = observer?.created(temporary)
        var writer = FileWriter(descriptor: descriptor, path: path)
        do throws(FileWriteError) {
            if let mode = permissions ?? existingMode(of: target) {
                guard fchmod(descriptor, mode) == 0 else {
                    throw FileWriteError(path: path, operation: "cannot set permissions", code: errno)
                }
            }
            try body(&writer)
            try writer.flushBuffer()
            guard fsync(descriptor) == 0 else {
                throw FileWriteError(path: path, operation: "cannot sync", code: errno)
            }
            guard close(descriptor) == 0 else {
                writer.descriptor = -1
                throw FileWriteError(path: path, operation: "cannot write", code: errno)
            }
            writer.descriptor = -1
            guard rename(temporary, target) == 0 else {
                throw FileWriteError(path: path, operation: "cannot replace", code: errno)
            }
        } catch {
            if writer.descriptor >= 0 { close(writer.descriptor) }
            unlink(temporary)
            observer?.finished(token)
            throw error
        }
        observer?.finished(token)
        syncFolder(folder)
    }

    /// What a write tells about its temporary file: `created` with its path once it exists (returning a token, or
    /// nil), `finished` with that token once it has been renamed into place or removed.
    package struct TemporaryFileObserver: Sendable {
        /// Called with the temporary file's path once it exists.
        package let created: @Sendable (String) -> Int?
        /// Called with `created`'s token once the temporary file is gone.
        package let finished: @Sendable (Int?) -> Void

        /// An observer of the two calls.
        package init(created: @escaping @Sendable (String) -> Int?, finished: @escaping @Sendable (Int?) -> Void) {
            self.created = created
            self.finished = finished
        }
    }

    /// Has every later write report its temporary file to `observer` (replacing any observer set before), so that
    /// a signal handler can remove the files of writes in progress.
    package static func observeTemporaryFiles(_ observer: TemporaryFileObserver?) {
        self.observer.withLock { $0 = observer }
    }

    /// The observer writes report to.
    private static let observer = Mutex<TemporaryFileObserver?>(nil)

    /// The file a write to `path` replaces: the target of a symbolic link, or `path` itself.
    static func resolvedTarget(_ path: String) -> String {
        var info = stat()
        guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFLNK, let resolved = realpath(path, nil) else {
            return path
        }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// The folder holding `path` ("." for a bare file name).
    static func parentFolder(of path: String) -> String {
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return "." }
        if slash == path.utf8.startIndex { return "/" }
        return String(path[..<slash])
    }

    /// A fresh, hidden name beside `path`: `.name.tmp-<pid>-<random>`.
    static func temporaryPath(for path: String) -> String {
        let folder = parentFolder(of: path)
        let name = path.utf8.lastIndex(of: UInt8(ascii: "/")).map { String(path[path.index(after: $0)...]) } ?? path
        let suffix = String(UInt32.random(in: 0...UInt32.max), radix: 36)
        let prefix = path.utf8.contains(UInt8(ascii: "/")) ? folder + "/" : ""
        return prefix + ".\(name).tmp-\(getpid())-\(suffix)"
    }

    /// The permission bits of an existing regular file at `path`, or nil.
    static func existingMode(of path: String) -> mode_t? {
        var info = stat()
        guard stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
        return info.st_mode & 0o7777
    }

    /// Flushes a folder's entry list to disk, so a rename inside it is durable (best effort: some file systems
    /// refuse to sync folders, and the data itself is already safe).
    static func syncFolder(_ folder: String) {
        let descriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        _ = fsync(descriptor)
        close(descriptor)
    }
}

/// Writes bytes to the temporary file of an `AtomicFile` write, buffering them in large blocks.
package struct FileWriter: ~Copyable {
    /// The open file; -1 once closed.
    fileprivate(set) var descriptor: Int32
    /// The path being replaced, for error messages.
    let path: String
    /// Bytes not yet written.
    private var buffer: [UInt8] = []
    /// The size at which the buffer is written out.
    private static let blockSize = 1 << 20

    fileprivate init(descriptor: Int32, path: String) {
        self.descriptor = descriptor
        self.path = path
        buffer.reserveCapacity(Self.blockSize)
    }

    /// Appends `bytes` to the file. Large contiguous blocks (an index section) go straight to the file, without
    /// a copy in the buffer.
    package mutating func write(_ bytes: some Collection<UInt8>) throws(FileWriteError) {
        if bytes.count >= Self.blockSize {
            try flushBuffer()
            let failure: Int32? =
                bytes.withContiguousStorageIfAvailable {
                    DescriptorWrites.writeAll(descriptor, UnsafeRawBufferPointer($0))
                }
                ?? {
                    buffer.append(contentsOf: bytes)
                    return nil
                }()
            if let failure { throw FileWriteError(path: path, operation: "cannot write", code: failure) }
            if buffer.count >= Self.blockSize { try flushBuffer() }
            return
        }
        buffer.append(contentsOf: bytes)
        if buffer.count >= Self.blockSize { try flushBuffer() }
    }

    /// Appends `text` as UTF-8.
    package mutating func write(_ text: String) throws(FileWriteError) {
        try write(text.utf8)
    }

    /// Writes out the buffered bytes.
    fileprivate mutating func flushBuffer() throws(FileWriteError) {
        let failure = buffer.withUnsafeBytes { DescriptorWrites.writeAll(descriptor, $0) }
        buffer.removeAll(keepingCapacity: true)
        if let failure { throw FileWriteError(path: path, operation: "cannot write", code: failure) }
    }
}

/// A file that could not be written: which file, what step failed and the system's reason, as one line.
package struct FileWriteError: Error, Equatable, CustomStringConvertible {
    /// The path the caller asked to write.
    package let path: String
    /// The step that failed ("cannot write", "cannot create a file in /some/folder" …).
    package let operation: String
    /// The `errno` value.
    package let code: Int32

    /// Creates an error for `path` from an `errno` value.
    package init(path: String, operation: String, code: Int32) {
        self.path = path
        self.operation = operation
        self.code = code
    }

    /// The system's text for `code` ("Permission denied").
    package var reason: String { String(cString: strerror(code)) }

    /// "path: cannot write: No space left on device".
    package var description: String { "\(path): \(operation): \(reason)" }
}
