/// Placeholder until the Snowball stemmer lands: strips a plural "s".
public enum SnowballStemmer {
    /// Stems one lowercased word given as UTF-8 bytes.
    public static func stem<C: Collection>(utf8 word: C) -> [UInt8] where C.Element == UInt8 {
        var bytes = Array(word)
        if bytes.count > 3, bytes.last == UInt8(ascii: "s"), bytes[bytes.count - 2] != UInt8(ascii: "s") {
            bytes.removeLast()
        }
        return bytes
    }

    /// Stems one lowercased word.
    public static func stem(_ word: String) -> String { String(decoding: stem(utf8: word.utf8), as: UTF8.self) }
}
