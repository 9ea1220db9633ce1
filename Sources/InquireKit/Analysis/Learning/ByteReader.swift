/// Reads a little-endian byte buffer written by ``ByteWriter``; every read checks the bounds.
package struct ByteReader: Sendable {
    private let bytes: [UInt8]
    /// The offset of the next byte to read.
    package private(set) var offset: Int

    /// A reader over `bytes[range]`, starting at its beginning.
    package init(_ bytes: [UInt8], range: Range<Int>? = nil) {
        self.bytes = range.map { Array(bytes[$0]) } ?? bytes
        offset = 0
    }

    /// Whether every byte has been read.
    package var isAtEnd: Bool { offset == bytes.count }

    private mutating func take(_ count: Int) throws -> Range<Int> {
        guard count >= 0, count <= bytes.count - offset else {
            throw ModelFileError.corrupt("truncated at byte \(offset) (wanted \(count) more)")
        }
        defer { offset += count }
        return offset..<(offset + count)
    }

    /// Reads one byte.
    package mutating func readUInt8() throws -> UInt8 { bytes[try take(1).lowerBound] }

    /// Reads a little-endian 16-bit integer.
    package mutating func readUInt16() throws -> UInt16 {
        let range = try take(2)
        return UInt16(bytes[range.lowerBound]) | UInt16(bytes[range.lowerBound + 1]) << 8
    }

    /// Reads a little-endian 32-bit integer.
    package mutating func readUInt32() throws -> UInt32 {
        let range = try take(4)
        var value: UInt32 = 0
        for (shift, index) in range.enumerated() { value |= UInt32(bytes[index]) << (8 * shift) }
        return value
    }

    /// Reads a little-endian 64-bit integer.
    package mutating func readUInt64() throws -> UInt64 {
        let range = try take(8)
        var value: UInt64 = 0
        for (shift, index) in range.enumerated() { value |= UInt64(bytes[index]) << (8 * shift) }
        return value
    }

    /// Reads a 32-bit float.
    package mutating func readFloat() throws -> Float { Float(bitPattern: try readUInt32()) }

    /// Reads `count` raw bytes.
    package mutating func readBytes(count: Int) throws -> [UInt8] { Array(bytes[try take(count)]) }

    /// Reads `count` little-endian 64-bit integers.
    package mutating func readUInt64s(count: Int) throws -> [UInt64] {
        let range = try take(count.multipliedReportingOverflow(by: 8).overflow ? -1 : count * 8)
        return [UInt64](unsafeUninitializedCapacity: count) { buffer, initialised in
            bytes.withUnsafeBytes { raw in
                for index in 0..<count {
                    buffer[index] = UInt64(
                        littleEndian: raw.loadUnaligned(fromByteOffset: range.lowerBound + index * 8, as: UInt64.self))
                }
            }
            initialised = count
        }
    }

    /// Reads `count` little-endian 16-bit integers.
    package mutating func readUInt16s(count: Int) throws -> [UInt16] {
        let range = try take(count.multipliedReportingOverflow(by: 2).overflow ? -1 : count * 2)
        return [UInt16](unsafeUninitializedCapacity: count) { buffer, initialised in
            bytes.withUnsafeBytes { raw in
                for index in 0..<count {
                    buffer[index] = UInt16(
                        littleEndian: raw.loadUnaligned(fromByteOffset: range.lowerBound + index * 2, as: UInt16.self))
                }
            }
            initialised = count
        }
    }

    /// Reads a string written by ``ByteWriter/append(_:)-(String)``.
    package mutating func readString() throws -> String {
        let count = Int(try readUInt32())
        let range = try take(count)
        guard let text = String(validating: bytes[range], as: UTF8.self) else {
            throw ModelFileError.corrupt("a string that is not UTF-8 at byte \(range.lowerBound)")
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
