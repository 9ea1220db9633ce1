#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Why a path cannot be opened, said the way people say it: a missing file, a symbolic link loop, a folder that
/// cannot be searched, a path through something that is not a folder. Readers use it instead of a Foundation
/// error (which would print as "NSCocoaErrorDomain error 256").
package enum PathProblem {
    /// Why `stat(path)` fails, or nil when the path can be examined.
    package static func of(_ path: String) -> String? {
        code(of: path).map { reason(errno: $0) }
    }

    /// The `errno` of `stat(path)`, or nil when it succeeds.
    package static func code(of path: String) -> Int32? {
        var info = stat()
        return stat(path, &info) == 0 ? nil : errno
    }

    /// The words for an `errno` value from opening, examining or reading a file.
    package static func reason(errno code: Int32) -> String {
        switch code {
        case ENOENT: "no such file or folder"
        case ELOOP: "too many levels of symbolic links (a symbolic link loop?)"
        case EACCES, EPERM: "permission denied"
        case ENOTDIR: "a part of the path is not a folder"
        case EISDIR: "is a folder, not a file"
        case ENAMETOOLONG: "the path is too long"
        default: String(cString: strerror(code))
        }
    }
}
