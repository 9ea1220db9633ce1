/// Stable 64-bit feature hashes: FNV-1a over a template id and the bytes of the feature's values.
///
/// The hash depends only on the bytes given, never on a per-process seed, so a model trained on one machine scores
/// the same on another. A feature is a template id (one byte naming what is measured, such as "suffix of the next
/// word") and one or more values; values are separated by a byte that cannot occur in UTF-8 (0xFF), so `("ab", "c")`
/// and `("a", "bc")` differ. The hash is never zero: zero marks an empty slot in ``FeatureTable``.
package struct FeatureHash: Sendable {
    /// The running FNV-1a state.
    package private(set) var value: UInt64

    private static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
    private static let prime: UInt64 = 0x0000_0100_0000_01b3

    /// Starts the hash of a feature of the given template.
    @inlinable package init(template: UInt8) {
        value = 0xcbf2_9ce4_8422_2325
        add(byte: template)
    }

    /// Mixes one byte into the hash.
    @inlinable package mutating func add(byte: UInt8) {
        value = (value ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
    }

    /// Mixes a string value (its UTF-8 bytes, then a separator) into the hash.
    @inlinable package mutating func add(_ text: some StringProtocol) {
        var state = value
        for byte in text.utf8 {
            state = (state ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
        }
        value = (state ^ 0xFF) &* 0x0000_0100_0000_01b3
    }

    /// Mixes an integer value (its eight little-endian bytes, then a separator) into the hash.
    @inlinable package mutating func add(_ number: Int) {
        var bits = UInt64(bitPattern: Int64(number))
        for _ in 0..<8 {
            add(byte: UInt8(truncatingIfNeeded: bits))
            bits >>= 8
        }
        add(byte: 0xFF)
    }

    /// The finished hash, never zero.
    @inlinable package var key: UInt64 { value == 0 ? 1 : value }

    /// The hash of a template with one string value.
    @inlinable package static func of(_ template: UInt8, _ text: some StringProtocol) -> UInt64 {
        var hash = FeatureHash(template: template)
        hash.add(text)
        return hash.key
    }

    /// The hash of a template with two string values.
    @inlinable package static func of(
        _ template: UInt8, _ first: some StringProtocol, _ second: some StringProtocol
    ) -> UInt64 {
        var hash = FeatureHash(template: template)
        hash.add(first)
        hash.add(second)
        return hash.key
    }

    /// The hash of a template with one integer value (a tag, a label id, a distance).
    @inlinable package static func of(_ template: UInt8, _ number: Int) -> UInt64 {
        var hash = FeatureHash(template: template)
        hash.add(number)
        return hash.key
    }

    /// The hash of a template with two integer values.
    @inlinable package static func of(_ template: UInt8, _ first: Int, _ second: Int) -> UInt64 {
        var hash = FeatureHash(template: template)
        hash.add(first)
        hash.add(second)
        return hash.key
    }

    /// The hash of a template with an integer value and a string value.
    @inlinable package static func of(_ template: UInt8, _ number: Int, _ text: some StringProtocol) -> UInt64 {
        var hash = FeatureHash(template: template)
        hash.add(number)
        hash.add(text)
        return hash.key
    }

    /// FNV-1a 64 of a byte buffer, used as a file checksum. Reads the bytes in place (a model file is megabytes).
    package static func checksum(_ bytes: ArraySlice<UInt8>) -> UInt64 {
        bytes.withUnsafeBufferPointer { buffer in
            var state = offsetBasis
            for byte in buffer {
                state = (state ^ UInt64(byte)) &* prime
            }
            return state
        }
    }

    /// FNV-1a 64 of a byte array (see `checksum(_:)` for slices).
    package static func checksum(_ bytes: [UInt8]) -> UInt64 { checksum(bytes[...]) }
}

extension FeatureHash {
    /// The hash of a template with one precomputed value hash (for example a word's ``of(_:_:)-(UInt8,String)``).
    @inlinable package static func mix(_ template: UInt8, _ value: UInt64) -> UInt64 {
        var state = (0xcbf2_9ce4_8422_2325 ^ UInt64(template)) &* 0x0000_0100_0000_01b3
        var bits = value
        for _ in 0..<8 {
            state = (state ^ (bits & 0xFF)) &* 0x0000_0100_0000_01b3
            bits >>= 8
        }
        return state == 0 ? 1 : state
    }

    /// The hash of a template with two precomputed value hashes.
    @inlinable package static func mix(_ template: UInt8, _ first: UInt64, _ second: UInt64) -> UInt64 {
        var state = mix(template, first)
        var bits = second
        for _ in 0..<8 {
            state = (state ^ (bits & 0xFF)) &* 0x0000_0100_0000_01b3
            bits >>= 8
        }
        return state == 0 ? 1 : state
    }

    /// The value hash of a string (FNV-1a 64 of its UTF-8 bytes), to combine with ``mix(_:_:)``.
    @inlinable package static func value(_ text: some StringProtocol) -> UInt64 {
        var state: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            state = (state ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
        }
        return state
    }
}
