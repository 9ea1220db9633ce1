/// Reads a little-endian byte buffer written by ``ByteWriter``; every read checks the bounds.
///
/// The reader shares the buffer it is given (a slice of a model file is not copied); arrays of numbers are read
/// with one bulk copy on a little-endian machine, value by value elsewhere.
package struct ByteReader: Sendable {
    private let bytes: ArraySlice<UInt8>
    /// The offset of the next byte to read, from the start of the reader's bytes.
    package private(set) var offset: Int

    /// A reader over `bytes[range]` (all of `bytes` when `range` is nil), starting at its beginning.
    package init(_ bytes: [UInt8], range: Range<Int>? = nil) {
        self.init(range.map { bytes[$0] } ?? bytes[...])
    }

    /// A reader over a slice of bytes, starting at its beginning; offsets count from the slice's start.
    package init(_ bytes: ArraySlice<UInt8>) {
        self.bytes = bytes
        offset = 0
    }

    /// Whether every byte has been read.
    package var isAtEnd: Bool { offset == bytes.count }

    /// The number of bytes not yet read.
    package var remaining: Int { bytes.count - offset }

    /// Claims the next `count` bytes; returns their offset from the start of the reader's bytes.
    private mutating func take(_ count: Int) throws -> Int {
        guard count >= 0, count <= bytes.count - offset else {
            throw ModelFileError.corrupt("truncated at byte \(offset) (wanted \(count) more)")
        }
        defer { offset += count }
        return offset
    }

    /// Claims `count` values of `width` bytes each; returns their offset (see `take(_:)`).
    private mutating func take(count: Int, width: Int) throws -> Int {
        let (total, overflow) = count.multipliedReportingOverflow(by: width)
        return try take(overflow ? -1 : total)
    }

    /// Loads a little-endian integer of type `T` at `start` (an offset already claimed by `take`).
    @inline(__always) private func load<T: FixedWidthInteger>(_: T.Type, at start: Int) -> T {
        bytes.withUnsafeBytes { T(littleEndian: $0.loadUnaligned(fromByteOffset: start, as: T.self)) }
    }

    /// Skips `count` bytes; returns the offset where they start.
    package mutating func skip(_ count: Int) throws -> Int { try take(count) }

    /// Reads one byte.
    package mutating func readUInt8() throws -> UInt8 { bytes[bytes.startIndex + (try take(1))] }

    /// Reads a little-endian 16-bit integer.
    package mutating func readUInt16() throws -> UInt16 { load(UInt16.self, at: try take(2)) }

    /// Reads a little-endian 32-bit integer.
    package mutating func readUInt32() throws -> UInt32 { load(UInt32.self, at: try take(4)) }

    /// Reads a little-endian 64-bit integer.
    package mutating func readUInt64() throws -> UInt64 { load(UInt64.self, at: try take(8)) }

    /// Reads a 32-bit float.
    package mutating func readFloat() throws -> Float { Float(bitPattern: try readUInt32()) }

    /// Reads `count` raw bytes.
    package mutating func readBytes(count: Int) throws -> [UInt8] {
        let start = bytes.startIndex + (try take(count))
        return Array(bytes[start..<(start + count)])
    }

    /// Reads `count` little-endian integers of type `T`: one copy of the bytes on a little-endian machine.
    private mutating func readIntegers<T: FixedWidthInteger>(_: T.Type, count: Int) throws -> [T] {
        let width = MemoryLayout<T>.size
        let start = try take(count: count, width: width)
        return [T](unsafeUninitializedCapacity: count) { buffer, initialised in
            HugePages.advise(UnsafeMutableRawBufferPointer(buffer))
            bytes.withUnsafeBytes { raw in
                if 1.littleEndian == 1 {
                    UnsafeMutableRawBufferPointer(buffer).copyMemory(
                        from: UnsafeRawBufferPointer(rebasing: raw[start..<(start + count * width)]))
                } else {
                    for index in 0..<count {
                        buffer[index] = T(
                            littleEndian: raw.loadUnaligned(fromByteOffset: start + index * width, as: T.self))
                    }
                }
            }
            initialised = count
        }
    }

    /// Reads `count` little-endian 64-bit integers.
    package mutating func readUInt64s(count: Int) throws -> [UInt64] { try readIntegers(UInt64.self, count: count) }

    /// Reads `count` little-endian 32-bit integers.
    package mutating func readUInt32s(count: Int) throws -> [UInt32] { try readIntegers(UInt32.self, count: count) }

    /// Reads `count` little-endian 16-bit integers.
    package mutating func readUInt16s(count: Int) throws -> [UInt16] { try readIntegers(UInt16.self, count: count) }

    /// Reads `count` little-endian 16-bit integers as signed values (two's complement, as written).
    package mutating func readInt16s(count: Int) throws -> [Int16] { try readIntegers(Int16.self, count: count) }

    /// Reads a string written by ``ByteWriter/append(_:)-(String)``.
    package mutating func readString() throws -> String {
        let count = Int(try readUInt32())
        let start = bytes.startIndex + (try take(count))
        guard let text = String(validating: bytes[start..<(start + count)], as: UTF8.self) else {
            throw ModelFileError.corrupt("a string that is not UTF-8 at byte \(start - bytes.startIndex)")
        }
        return text
    }

    /// Reads a list of strings written by ``ByteWriter/append(strings:)``.
    package mutating func readStrings() throws -> [String] {
        let count = Int(try readUInt32())
        guard count <= bytes.count - offset else { throw ModelFileError.corrupt("string count \(count) too large") }
        return try (0..<count).map { _ in try readString() }
    }
}
