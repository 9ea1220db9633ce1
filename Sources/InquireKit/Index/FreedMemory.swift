#if canImport(Glibc)
    import Glibc
#endif

/// Hands the C allocator's free pages back to the system. glibc's malloc keeps the memory a program frees for
/// reuse, so the pages of large structures freed mid-build (the workers' vocabularies, about 40 MB at 1M
/// sentences) still count in the process's resident memory, and in its peak, unless trimmed.
enum FreedMemory {
    #if canImport(Glibc)
        /// glibc's `malloc_trim` (declared in `malloc.h`, which the Glibc module does not export), looked up once.
        private static let mallocTrim: (@convention(c) (Int) -> Int32)? = {
            guard let symbol = dlsym(dlopen(nil, RTLD_NOW), "malloc_trim") else { return nil }
            return unsafeBitCast(symbol, to: (@convention(c) (Int) -> Int32).self)
        }()
    #endif

    /// Returns the allocator's wholly free pages to the system (glibc's `malloc_trim(0)`; nothing elsewhere).
    static func release() {
        #if canImport(Glibc)
            _ = mallocTrim?(0)
        #endif
    }
}
