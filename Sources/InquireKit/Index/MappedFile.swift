import Foundation

/// A whole file mapped read-only into memory (`mmap`, `PROT_READ`, `MAP_PRIVATE`), unmapped when the last column
/// that reads it goes. Pages are read from the page cache as they are first touched, so opening costs nothing per
/// byte and a search touches only the postings it reads.
///
/// The mapping is private and read-only: a file replaced by `index build` (written to a new name, then renamed)
/// does not change under a reader. A file truncated in place by another program while mapped would fault on access;
/// inquire never does that to its own files.
final class MappedFile: @unchecked Sendable {
    /// How many bytes a check reads before releasing them (`release`), bounding the pages it keeps resident.
    static let slice = 4 << 20

    /// The first byte.
    let base: UnsafeRawPointer
    /// The file's length in bytes.
    let size: Int
    /// The path, for messages.
    let path: String

    /// Maps the regular file at `path` (which must not be empty).
    init(path: String) throws(IndexFileError) {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { throw .unreadable(path: path, reason: String(cString: strerror(errno))) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else {
            throw .unreadable(path: path, reason: "not a regular file")
        }
        let size = Int(status.st_size)
        guard size > 0 else { throw .notAnIndex(path: path) }
        guard let address = mmap(nil, size, PROT_READ, MAP_PRIVATE, descriptor, 0), address != MAP_FAILED else {
            throw .unreadable(path: path, reason: String(cString: strerror(errno)))
        }
        base = UnsafeRawPointer(address)
        self.size = size
        self.path = path
    }

    /// The bytes `range` of the file (inside it).
    func bytes(_ range: Range<Int>) -> UnsafeRawBufferPointer {
        UnsafeRawBufferPointer(start: base + range.lowerBound, count: range.count)
    }

    /// Tells the kernel the pages of `range` will not be needed soon: they leave this process's resident set (they
    /// stay in the page cache, and are read back from it if touched again). Used after checking a section.
    func release(_ range: Range<Int>) {
        let page = Int(sysconf(Int32(_SC_PAGESIZE)))
        let lower = (range.lowerBound + page - 1) / page * page
        let upper = range.upperBound / page * page
        guard upper > lower else { return }
        _ = madvise(UnsafeMutableRawPointer(mutating: base + lower), upper - lower, MADV_DONTNEED)
    }

    deinit { munmap(UnsafeMutableRawPointer(mutating: base), size) }
}
