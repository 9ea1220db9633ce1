/// Splits tab-separated bytes into rows of fields without copying: lines end at "\n" (a "\r" before it is
/// dropped), empty lines and lines starting with "#" (the resource files' header comments) are skipped.
struct GazetteerTSV {
    /// The bytes being scanned; they must outlive the scanner.
    let bytes: UnsafeBufferPointer<UInt8>

    /// The number of lines, an upper bound on the number of rows (to reserve table capacity).
    var lineCount: Int {
        var count = 0
        for byte in bytes where byte == 0x0A { count += 1 }
        return count
    }

    /// Calls `body` with the fields of each data row, in order.
    ///
    /// - Complexity: O(n) in the number of bytes.
    func forEachRow(_ body: (_ fields: [UnsafeBufferPointer<UInt8>.SubSequence]) -> Void) {
        var fields: [UnsafeBufferPointer<UInt8>.SubSequence] = []
        fields.reserveCapacity(8)
        var lineStart = 0
        let end = bytes.count
        while lineStart < end {
            var lineEnd = lineStart
            while lineEnd < end, bytes[lineEnd] != 0x0A { lineEnd += 1 }
            var contentEnd = lineEnd
            if contentEnd > lineStart, bytes[contentEnd - 1] == 0x0D { contentEnd -= 1 }
            if contentEnd > lineStart, bytes[lineStart] != UInt8(ascii: "#") {
                fields.removeAll(keepingCapacity: true)
                var fieldStart = lineStart
                for position in lineStart..<contentEnd where bytes[position] == 0x09 {
                    fields.append(bytes[fieldStart..<position])
                    fieldStart = position + 1
                }
                fields.append(bytes[fieldStart..<contentEnd])
                body(fields)
            }
            lineStart = lineEnd + 1
        }
    }

    /// The non-negative integer written in `field` (ASCII digits; anything else ends the number), or 0.
    static func integer(_ field: UnsafeBufferPointer<UInt8>.SubSequence) -> Int {
        var value = 0
        for byte in field {
            let digit = byte &- 0x30
            guard digit < 10 else { break }
            value = value &* 10 &+ Int(digit)
        }
        return value
    }

    /// The non-negative decimal number written in `field` ("2.629", "0", "15"), or 0 if it is not one.
    static func decimal(_ field: UnsafeBufferPointer<UInt8>.SubSequence) -> Double {
        var whole = 0.0
        var fraction = 0.0
        var scale = 1.0
        var afterPoint = false
        for byte in field {
            if byte == UInt8(ascii: "."), !afterPoint {
                afterPoint = true
                continue
            }
            let digit = byte &- 0x30
            guard digit < 10 else { break }
            if afterPoint {
                scale *= 10
                fraction = fraction * 10 + Double(digit)
            } else {
                whole = whole * 10 + Double(digit)
            }
        }
        return whole + fraction / scale
    }
}
