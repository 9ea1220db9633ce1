/// A JSON value written with its keys in the order given (Foundation's encoder on Linux does not keep order), for
/// the line-per-answer output of `inquire run --format jsonl`.
indirect enum JSONText {
    /// A string.
    case string(String)
    /// A number (non-finite numbers are written as null).
    case number(Double)
    /// An integer.
    case integer(Int)
    /// null.
    case null
    /// An array.
    case array([JSONText])
    /// An object, keys in order.
    case object([(String, JSONText)])

    /// A string, or null for nil.
    static func string(_ text: String?) -> JSONText { text.map { .string($0) } ?? .null }

    /// The compact JSON text (no spaces, no newline).
    var encoded: String {
        switch self {
        case .string(let text): return Self.quote(text)
        case .number(let number): return number.isFinite ? "\(number)" : "null"
        case .integer(let number): return "\(number)"
        case .null: return "null"
        case .array(let elements): return "[" + elements.map(\.encoded).joined(separator: ",") + "]"
        case .object(let members):
            return "{" + members.map { Self.quote($0.0) + ":" + $0.1.encoded }.joined(separator: ",") + "}"
        }
    }

    /// A JSON string literal: quotes, backslashes and control characters escaped, everything else as UTF-8.
    static func quote(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            case "\u{00}"..."\u{1F}":
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
