/// The lookup key of a gazetteer name, computed on UTF-8 bytes: ASCII lowercased, Latin letters with diacritics
/// folded to ASCII ("Sīstān" → "sistan", "Eşfahān" → "esfahan", "Straße" → "strasse"), combining marks dropped,
/// curly apostrophes made straight, and runs of white space turned into one space, trimmed at both ends.
///
/// Everything else (other scripts, punctuation, malformed bytes) is copied unchanged, so the key of any input is
/// well defined. `scripts/build_gazetteer.py` mirrors this folding (`fold`) to deduplicate its tables.
package enum GazetteerKey {
    /// The key of a name given as UTF-8 bytes.
    ///
    /// - Complexity: O(n) in the number of bytes.
    package static func normalize<Bytes: Collection>(_ bytes: Bytes) -> [UInt8] where Bytes.Element == UInt8 {
        var key: [UInt8] = []
        key.reserveCapacity(bytes.count)
        append(bytes, to: &key)
        return key
    }

    /// The key of a name, as a `String` ready to hash.
    package static func normalize(_ name: some StringProtocol) -> String {
        String(decoding: normalize(name.utf8), as: UTF8.self)
    }

    /// Appends the key of `bytes` to `key`, which lets a caller build the key of a multi-word span word by word
    /// (separating the words with a space, 0x20) without intermediate arrays.
    package static func append<Bytes: Collection>(
        _ bytes: Bytes, to key: inout [UInt8]
    ) where Bytes.Element == UInt8 {
        let done: Void? = bytes.withContiguousStorageIfAvailable { append(buffer: $0, to: &key) }
        if done == nil {
            Array(bytes).withUnsafeBufferPointer { append(buffer: $0, to: &key) }
        }
    }

    /// The folding itself, on contiguous bytes.
    private static func append(buffer bytes: UnsafeBufferPointer<UInt8>, to key: inout [UInt8]) {
        var writer = KeyWriter(key: key)
        key = []  // the writer owns the storage while it writes, so appends do not copy it
        let end = bytes.count
        var index = 0
        while index < end {
            let lead = bytes[index]
            if lead < 0x80 {
                if lead == 0x20 || lead == 0x09 || lead == 0x0A || lead == 0x0D {
                    writer.space()
                } else {
                    writer.write(lead &- 0x41 < 26 ? lead | 0x20 : lead)
                }
                index += 1
                continue
            }
            // Two-byte sequences: Latin-1 Supplement, Latin Extended-A/B, modifier letters, combining marks.
            if lead >= 0xC2, lead <= 0xDF, index + 1 < end, isContinuation(bytes[index + 1]) {
                let scalar = UInt32(lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)
                switch scalar {
                case 0xA0: writer.space()
                case 0xC0...0x24F:
                    writer.write(folded: latinTable[Int(scalar - 0xC0)], original: bytes[index..<index + 2])
                case 0x2BC: writer.write(apostrophe)
                case 0x300...0x36F: break
                default: writer.write(bytes[index..<index + 2])
                }
                index += 2
                continue
            }
            // Three-byte sequences: Latin Extended Additional (U+1E00-U+1EFF) and curly quotes (U+2018, U+2019).
            if lead == 0xE1 || lead == 0xE2, index + 2 < end, isContinuation(bytes[index + 1]),
                isContinuation(bytes[index + 2])
            {
                let scalar =
                    UInt32(lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
                switch scalar {
                case 0x1E00...0x1EFF:
                    writer.write(folded: extendedTable[Int(scalar - 0x1E00)], original: bytes[index..<index + 3])
                case 0x2018, 0x2019: writer.write(apostrophe)
                default: writer.write(bytes[index..<index + 3])
                }
                index += 3
                continue
            }
            writer.write(lead)
            index += 1
        }
        key = writer.key
    }

    /// Appends key bytes, turning white space into at most one space between written bytes.
    private struct KeyWriter {
        var key: [UInt8]
        var spacePending = false
        var wroteAny = false

        mutating func space() { spacePending = wroteAny }

        mutating func write(_ byte: UInt8) {
            if spacePending {
                key.append(0x20)
                spacePending = false
            }
            key.append(byte)
            wroteAny = true
        }

        mutating func write(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) {
            for byte in bytes { write(byte) }
        }

        mutating func write(folded code: UInt8, original: Slice<UnsafeBufferPointer<UInt8>>) {
            if let (first, second) = GazetteerKey.expansion(of: code) {
                write(first)
                write(second)
            } else if code == GazetteerKey.keepMark {
                write(original)
            } else {
                write(code)
            }
        }
    }

    private static let apostrophe = UInt8(ascii: "'")
    private static let keepMark = UInt8(ascii: ".")

    private static func isContinuation(_ byte: UInt8) -> Bool { byte & 0xC0 == 0x80 }

    /// The two letters an uppercase table code stands for (letters that fold to two ASCII letters).
    private static func expansion(of code: UInt8) -> (UInt8, UInt8)? {
        switch code {
        case UInt8(ascii: "A"): (0x61, 0x65)  // ae: Æ æ Ǣ Ǽ
        case UInt8(ascii: "O"): (0x6F, 0x65)  // oe: Œ œ
        case UInt8(ascii: "S"): (0x73, 0x73)  // ss: ß ẞ
        case UInt8(ascii: "T"): (0x74, 0x68)  // th: Þ þ
        case UInt8(ascii: "I"): (0x69, 0x6A)  // ij: Ĳ ĳ
        case UInt8(ascii: "H"): (0x68, 0x76)  // hv: ƕ
        case UInt8(ascii: "D"): (0x64, 0x7A)  // dz: Ǆ ǆ Ǳ ǳ
        case UInt8(ascii: "L"): (0x6C, 0x6A)  // lj: Ǉ ǉ
        case UInt8(ascii: "N"): (0x6E, 0x6A)  // nj: Ǌ ǌ
        default: nil
        }
    }

    /// Folding of U+00C0-U+024F (Latin-1 Supplement letters, Latin Extended-A and -B), one code per code point:
    /// a lowercase letter to write, an uppercase code for two letters (see `expansion(of:)`), "." to keep the
    /// character. Derived from Unicode decompositions and character names by `fold_code_point` in
    /// scripts/build_gazetteer.py.
    private static let latinTable: [UInt8] = Array(
        ("aaaaaaAceeeeiiiidnooooo.ouuuuyTSaaaaaaAceeeeiiiidnooooo.ouuuuyTy"
            + "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiiiIIjjkkqlllllll"
            + "lllnnnnnn...ooooooOOrrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs"
            + "bbbb...cc.ddd....ffg.H.ikkl..nnooo..pp.....ttttuu.vyyzz........."
            + "....DdDLlLNnNaaiioouuuuuuuuuu.aaaaAAggggkkoooo..jDdDgg..nnaaAAoo"
            + "aaaaeeeeiiiioooorrrruuuusstt..hhnd..zzaaeeooooooooyylntj..acclts"
            + "z..b..eejj.qrryy").utf8)

    /// Folding of U+1E00-U+1EFF (Latin Extended Additional: ḩ, ẕ, ạ, ế …), coded as in `latinTable`.
    private static let extendedTable: [UInt8] = Array(
        ("aabbbbbbccddddddddddeeeeeeeeeeffgghhhhhhhhhhiiiikkkkkkllllllllmm"
            + "mmmmnnnnnnnnoooooooopppprrrrrrrrssssssssssttttttttuuuuuuuuuuvvvv"
            + "wwwwwwwwwwxxxxyyzzzzzzhtwyasssS.aaaaaaaaaaaaaaaaaaaaaaaaeeeeeeee"
            + "eeeeeeeeiiiioooooooooooooooooooooooouuuuuuuuuuuuuuyyyyyyyy....yy").utf8)
}
