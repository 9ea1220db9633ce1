#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// A table of `key<TAB>value` lines sorted by the bytes of their keys, searched where it lies: loading one is
/// reading its bytes and finding where each line starts, with no hashing and no allocation per entry, so a table
/// of tens of thousands of lines is ready in well under a millisecond. Lines starting with `#` (a file's header)
/// are skipped; every other line must hold a tab, and keys must be strictly ascending.
///
/// Made by `SortedLineTable.text(of:)` from keys and values; a generated resource file is one of these.
struct SortedLineTable: Sendable {
    /// The file's bytes.
    private let bytes: [UInt8]
    /// Where each data line starts, and where its key ends (the tab), in `bytes`.
    private let keys: [(start: Int32, tab: Int32)]
    /// Where each data line ends (its "\n", or the end of the bytes), in `bytes`.
    private let ends: [Int32]

    /// Why a table's bytes cannot be read as one: the 1-based line and what is wrong with it.
    struct Malformed: Error, Equatable {
        /// The line.
        let line: Int
        /// What is wrong.
        let reason: String
    }

    /// An empty table.
    init() {
        bytes = []
        keys = []
        ends = []
    }

    /// Indexes the lines of `bytes`.
    ///
    /// - Throws: `Malformed` for a data line without a tab or a key not above the one before it.
    /// - Complexity: O(n) in the number of bytes.
    init(bytes: [UInt8]) throws(Malformed) {
        var keys: [(start: Int32, tab: Int32)] = []
        var ends: [Int32] = []
        var lineNumber = 0
        var start = 0
        let found: Malformed? = bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return nil }
            let end = buffer.count
            // memchr finds line ends and tabs many bytes at a time.
            func next(_ byte: UInt8, from start: Int, before limit: Int) -> Int {
                guard start < limit, let found = memchr(base + start, Int32(byte), limit - start) else { return limit }
                return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            }
            while start < end {
                lineNumber += 1
                let lineEnd = next(0x0A, from: start, before: end)
                defer { start = lineEnd + 1 }
                guard lineEnd > start, buffer[start] != UInt8(ascii: "#") else { continue }
                let tab = next(0x09, from: start, before: lineEnd)
                guard tab < lineEnd else { return Malformed(line: lineNumber, reason: "expected a tab after the key") }
                if let last = keys.last,
                    Self.compare(buffer[Int(last.start)..<Int(last.tab)], buffer[start..<tab]) >= 0
                {
                    return Malformed(line: lineNumber, reason: "keys are not in ascending byte order")
                }
                keys.append((Int32(start), Int32(tab)))
                ends.append(Int32(lineEnd))
            }
            return nil
        }
        if let found { throw found }
        self.bytes = bytes
        self.keys = keys
        self.ends = ends
    }

    /// The number of entries.
    var count: Int { keys.count }

    /// The key of entry `index`.
    func key(at index: Int) -> ArraySlice<UInt8> { bytes[Int(keys[index].start)..<Int(keys[index].tab)] }

    /// The value of entry `index` (the bytes after the tab, up to the end of the line).
    func value(at index: Int) -> ArraySlice<UInt8> { bytes[Int(keys[index].tab) + 1..<Int(ends[index])] }

    /// The value stored under `key`, or nil.
    ///
    /// - Complexity: O(log n) comparisons of keys.
    func value(for key: some Collection<UInt8>) -> ArraySlice<UInt8>? {
        let found: Int?? = key.withContiguousStorageIfAvailable { index(of: $0) }
        guard let index = found ?? Array(key).withUnsafeBufferPointer({ self.index(of: $0) }) else { return nil }
        return value(at: index)
    }

    /// The value stored under `key`, or nil.
    func value(for key: String) -> ArraySlice<UInt8>? {
        var key = key
        return key.withUTF8 { index(of: $0) }.map(value(at:))
    }

    /// The position of `key` among the entries, by binary search.
    private func index(of key: UnsafeBufferPointer<UInt8>) -> Int? {
        bytes.withUnsafeBufferPointer { buffer in
            var low = 0
            var high = keys.count
            while low < high {
                let middle = (low + high) / 2
                let stored = buffer[Int(keys[middle].start)..<Int(keys[middle].tab)]
                let order = Self.compare(stored, key[...])
                if order < 0 {
                    low = middle + 1
                } else if order > 0 {
                    high = middle
                } else {
                    return middle
                }
            }
            return nil
        }
    }

    /// How `a` sorts against `b`, byte by byte (a prefix first): negative before, 0 equal, positive after.
    private static func compare(
        _ a: Slice<UnsafeBufferPointer<UInt8>>, _ b: Slice<UnsafeBufferPointer<UInt8>>
    ) -> Int {
        let common = min(a.count, b.count)
        if common > 0, let left = a.base.baseAddress, let right = b.base.baseAddress {
            let order = memcmp(left + a.startIndex, right + b.startIndex, common)
            if order != 0 { return Int(order) }
        }
        return a.count - b.count
    }

    /// The text of a table holding `entries` (keys without tabs or line breaks, values without line breaks),
    /// after the `header` lines (each written with a leading "# "): sorted by key bytes, one line each.
    static func text(of entries: [(key: String, value: String)], header: [String]) -> String {
        let sorted = entries.map { (bytes: Array($0.key.utf8), entry: $0) }.sorted {
            $0.bytes.lexicographicallyPrecedes($1.bytes)
        }
        var text = header.map { "# \($0)\n" }.joined()
        for (_, entry) in sorted { text += "\(entry.key)\t\(entry.value)\n" }
        return text
    }
}
