/// Conversions between the UTF-8 byte offsets that tokens and sentences carry and Unicode code-point offsets
/// (the "character offsets" of SQuAD's `answer_start` and of Python strings).
///
/// Byte offsets are primary because the hot paths work on bytes; these conversions are O(n) in the offset and
/// meant for the edges of the system (reports, evaluation against character-offset gold data).
package enum TextOffsets {
    /// The number of code points in the first `byteOffset` bytes of `text` (a count that stops inside a
    /// multi-byte sequence counts that sequence's scalar).
    package static func scalarOffset(ofByte byteOffset: Int, in text: String) -> Int {
        var count = 0
        for byte in text.utf8.prefix(byteOffset) where byte & 0xC0 != 0x80 { count += 1 }
        return count
    }

    /// A byte range of `text` as a code-point range.
    package static func scalarRange(of byteRange: Range<Int>, in text: String) -> Range<Int> {
        let lower = scalarOffset(ofByte: byteRange.lowerBound, in: text)
        var upper = lower
        for byte in text.utf8.dropFirst(byteRange.lowerBound).prefix(byteRange.count) where byte & 0xC0 != 0x80 {
            upper += 1
        }
        return lower..<upper
    }

    /// The byte offset of the code point at `scalarOffset` in `text` (the byte count when it lies past the end).
    package static func byteOffset(ofScalar scalarOffset: Int, in text: String) -> Int {
        var scalars = 0
        var bytes = 0
        for byte in text.utf8 {
            if byte & 0xC0 != 0x80 {
                if scalars == scalarOffset { return bytes }
                scalars += 1
            }
            bytes += 1
        }
        return bytes
    }
}
