/// Builds a little-endian byte buffer for a model file.
package struct ByteWriter: Sendable {
    /// The bytes written so far.
    package private(set) var bytes: [UInt8] = []

    /// An empty buffer.
    package init() {}

    /// Appends one byte.
    package mutating func append(_ value: UInt8) { bytes.append(value) }

    /// Appends a 16-bit integer, little-endian.
    package mutating func append(_ value: UInt16) {
        bytes.append(UInt8(truncatingIfNeeded: value))
        bytes.append(UInt8(truncatingIfNeeded: value >> 8))
    }

    /// Appends a 32-bit integer, little-endian.
    package mutating func append(_ value: UInt32) {
        for shift in stride(from: 0, to: 32, by: 8) { bytes.append(UInt8(truncatingIfNeeded: value >> shift)) }
    }

    /// Appends a 64-bit integer, little-endian.
    package mutating func append(_ value: UInt64) {
        for shift in stride(from: 0, to: 64, by: 8) { bytes.append(UInt8(truncatingIfNeeded: value >> shift)) }
    }

    /// Appends a 32-bit float (its IEEE bits, little-endian).
    package mutating func append(_ value: Float) { append(value.bitPattern) }

    /// Appends raw bytes.
    package mutating func append(bytes more: some Sequence<UInt8>) { bytes.append(contentsOf: more) }

    /// Appends a string: its UTF-8 length as a 32-bit integer, then the bytes.
    package mutating func append(_ text: String) {
        append(UInt32(text.utf8.count))
        bytes.append(contentsOf: text.utf8)
    }

    /// Appends a list of strings: the count, then each string.
    package mutating func append(strings: [String]) {
        append(UInt32(strings.count))
        for text in strings { append(text) }
    }
}
