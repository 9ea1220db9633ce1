import Foundation

/// Asks the kernel to back large tables with 2 MB pages (transparent huge pages, where the system allows them on
/// request), so that random lookups into a table of megabytes miss the TLB less and filling it faults a few times
/// instead of once every 4 KB. Only advice: where it is not available nothing changes.
enum HugePages {
    private static let size = 2 << 20

    /// Advises huge pages for the whole 2 MB-aligned pages inside `buffer`; call it before first writing them.
    static func advise(_ buffer: UnsafeMutableRawBufferPointer) {
        #if os(Linux)
            guard buffer.count >= size, let base = buffer.baseAddress else { return }
            let start = (Int(bitPattern: base) + size - 1) & ~(size - 1)
            let end = (Int(bitPattern: base) + buffer.count) & ~(size - 1)
            guard end > start, let pointer = UnsafeMutableRawPointer(bitPattern: start) else { return }
            _ = madvise(pointer, end - start, 14)  // MADV_HUGEPAGE
        #endif
    }
}
