#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// What a path names, after following symbolic links: readers use it to refuse devices (`/dev/zero` would be read
/// forever) and to skip named pipes and sockets inside folders (opening one blocks until a writer appears).
package enum FileKind: Sendable, Equatable {
    /// A regular file.
    case regular
    /// A folder.
    case folder
    /// A named pipe (FIFO), such as a shell's process substitution `<(…)`.
    case pipe
    /// A character or block device.
    case device
    /// A socket or anything else.
    case other

    /// The kind of the file at `path`, or nil when it does not exist or cannot be examined.
    package static func of(_ path: String) -> FileKind? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return .regular
        case S_IFDIR: return .folder
        case S_IFIFO: return .pipe
        case S_IFCHR, S_IFBLK: return .device
        default: return .other
        }
    }
}
