/// The Windows-1252 code page (the superset of Latin-1 that most "not UTF-8" English text is in), decoded as the
/// WHATWG Encoding Standard does: bytes below 0x80 and from 0xA0 on are the code points of the same value; 0x80–0x9F
/// are the typographic characters Windows puts there (€ ‚ „ … ‘ ’ “ ” – — ™ …), the five bytes it leaves undefined
/// becoming the C1 control of the same value.
package enum Windows1252 {
    /// The code points of bytes 0x80–0x9F.
    static let high: [UInt32] = [
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D,
        0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A,
        0x0153, 0x009D, 0x017E, 0x0178,
    ]

    /// `bytes` read as Windows-1252. Every byte sequence decodes; one byte gives one character.
    package static func decode(_ bytes: some Collection<UInt8>) -> String {
        var scalars = String.UnicodeScalarView()
        for byte in bytes {
            let value = (0x80..<0xA0).contains(byte) ? high[Int(byte) - 0x80] : UInt32(byte)
            if let scalar = Unicode.Scalar(value) { scalars.append(scalar) }
        }
        return String(scalars)
    }
}
