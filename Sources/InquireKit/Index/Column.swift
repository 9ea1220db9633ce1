/// A read-only array of fixed-width values that lies either in memory (an array the index builder made) or in a
/// memory-mapped index file, read in place. Elements are read through one buffer pointer whichever the owner, so the
/// search's loops are the same for both; the owner (the array's storage or the mapping) lives as long as the column.
///
/// A column is immutable: nothing writes through its pointer (a mapped file is mapped read-only).
struct Column<Element: BitwiseCopyable>: @unchecked Sendable {
    /// Keeps the elements alive: an `ArrayOwner` or a `MappedFile`.
    private let owner: AnyObject?
    /// The elements.
    let buffer: UnsafeBufferPointer<Element>
    /// Whether the elements lie in a mapped file (not counted as the process's own memory).
    let isMapped: Bool

    /// A column over an array's elements (the array is kept, not copied).
    init(_ array: [Element]) {
        let owner = ArrayOwner(array)
        self.owner = owner
        buffer = owner.buffer
        isMapped = false
    }

    /// A column over `count` elements at `offset` of a mapped file (already checked to lie inside it, aligned).
    init(mapped file: MappedFile, offset: Int, count: Int) {
        owner = file
        let start = file.base.advanced(by: offset).assumingMemoryBound(to: Element.self)
        buffer = UnsafeBufferPointer(start: count == 0 ? nil : start, count: count)
        isMapped = true
    }

    /// An empty column.
    init() { self.init([]) }

    /// The number of elements.
    var count: Int { buffer.count }
    /// Whether there are no elements.
    var isEmpty: Bool { buffer.isEmpty }
    /// The first element, if any.
    var first: Element? { buffer.first }
    /// The last element, if any.
    var last: Element? { buffer.last }

    /// Element `index` (bounds-checked).
    @inline(__always)
    subscript(index: Int) -> Element { buffer[index] }

    /// Calls `body` with the elements.
    @inline(__always)
    func withUnsafeBufferPointer<R>(_ body: (UnsafeBufferPointer<Element>) throws -> R) rethrows -> R {
        try body(buffer)
    }

    /// Calls `body` with the elements' bytes.
    func withUnsafeBytes<R>(_ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
        try body(UnsafeRawBufferPointer(buffer))
    }

    /// The elements' size in bytes.
    var byteCount: Int { buffer.count * MemoryLayout<Element>.stride }

    /// The bytes this column holds in the process's own memory (0 when it lies in a mapped file).
    var ownedBytes: Int { isMapped ? 0 : byteCount }

    /// The elements as an array (a copy).
    var array: [Element] { Array(buffer) }
}

extension Column: Equatable where Element: Equatable {
    /// Whether both columns hold the same elements, wherever they lie.
    static func == (lhs: Column, rhs: Column) -> Bool {
        lhs.count == rhs.count && lhs.withUnsafeBytes { a in rhs.withUnsafeBytes { b in a.elementsEqual(b) } }
    }
}

/// Keeps an array whose storage a `Column` points into. The array is never mutated, so its storage never moves.
private final class ArrayOwner<Element: BitwiseCopyable>: @unchecked Sendable {
    let array: [Element]
    let buffer: UnsafeBufferPointer<Element>

    init(_ array: [Element]) {
        self.array = array
        // The pointer outlives the closure: sound here because `array` is a `let` of this object (its storage is
        // neither copied nor moved while the object lives) and nothing writes through it.
        buffer = array.withUnsafeBufferPointer { $0 }
    }
}
