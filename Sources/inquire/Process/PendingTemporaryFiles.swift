import InquireKit

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The temporary files of `AtomicFile` writes in progress, kept as C strings in a fixed table so that a signal
/// handler can remove them with nothing but `unlink` (no allocation, no locks, no Swift runtime calls). The library
/// tells of each temporary file through the observer `install()` hands it.
enum PendingTemporaryFiles {
    /// How many writes can be in progress at once (more are written safely, just not cleaned up on a signal).
    static let capacity = 32

    /// The table: a C string per slot, or nil. Written under `lock`; read without it by the signal handler.
    nonisolated(unsafe) private static let slots: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?> = {
        let table = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>.allocate(capacity: capacity)
        table.initialize(repeating: nil, count: capacity)
        return table
    }()

    /// Serialises registration between threads.
    nonisolated(unsafe) private static let lock: UnsafeMutablePointer<pthread_mutex_t> = {
        let mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
        pthread_mutex_init(mutex, nil)
        return mutex
    }()

    /// Forces the lazy globals into existence, so that the signal handler never runs an initialiser, and has
    /// `AtomicFile` report its temporary files here; call it once before installing the handler.
    static func install() {
        _ = slots
        _ = lock
        AtomicFile.observeTemporaryFiles(AtomicFile.TemporaryFileObserver(created: register, finished: unregister))
    }

    /// Records `path`; returns its slot, or nil when the table is full.
    static func register(_ path: String) -> Int? {
        pthread_mutex_lock(lock)
        defer { pthread_mutex_unlock(lock) }
        for slot in 0..<capacity where slots[slot] == nil {
            slots[slot] = strdup(path)
            return slot
        }
        return nil
    }

    /// Forgets the file in `slot` (it was renamed into place or removed).
    static func unregister(_ slot: Int?) {
        guard let slot else { return }
        pthread_mutex_lock(lock)
        defer { pthread_mutex_unlock(lock) }
        let path = slots[slot]
        slots[slot] = nil
        free(path)
    }

    /// The paths recorded now (for tests).
    static func registered() -> [String] {
        pthread_mutex_lock(lock)
        defer { pthread_mutex_unlock(lock) }
        return (0..<capacity).compactMap { slots[$0].map { String(cString: $0) } }
    }

    /// Unlinks every recorded file; async-signal-safe.
    static func removeAll() {
        unlinkAll(in: slots, count: capacity)
    }

    /// Unlinks the file of every filled slot of `table`'s first `count`; async-signal-safe (`unlink` alone). Apart
    /// from `removeAll` so a test can run it on a table of its own: the process's table also holds the writes other
    /// tests have in progress.
    static func unlinkAll(in table: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>, count: Int) {
        for slot in 0..<count {
            if let path = table[slot] { unlink(path) }
        }
    }
}
