/// A JSON value that remembers the line it starts on, so a gold-file reader can say *where* a key is missing or a
/// value has the wrong type (Foundation's parser gives no positions).
struct LocatedJSON: Sendable {
    /// The value itself.
    enum Value: Sendable {
        /// An object; for repeated keys the last one wins, as in most JSON parsers.
        case object([String: LocatedJSON])
        /// An array.
        case array([LocatedJSON])
        /// A string.
        case string(String)
        /// A number.
        case number(Double)
        /// `true` or `false`.
        case bool(Bool)
        /// `null`.
        case null
    }

    /// The value.
    let value: Value
    /// The 1-based line of the value's first character.
    let line: Int

    /// The member `key` of an object (nil for a missing key or a value that is not an object).
    subscript(key: String) -> LocatedJSON? {
        if case .object(let members) = value { return members[key] }
        return nil
    }

    /// The string, if this is one.
    var string: String? {
        if case .string(let text) = value { return text }
        return nil
    }

    /// The elements, if this is an array.
    var array: [LocatedJSON]? {
        if case .array(let elements) = value { return elements }
        return nil
    }

    /// Whether this is an object.
    var isObject: Bool {
        if case .object = value { return true }
        return false
    }

    /// The Boolean, if this is one.
    var bool: Bool? {
        if case .bool(let flag) = value { return flag }
        return nil
    }

    /// A string or a number as text (ids are sometimes numbers), nil otherwise.
    var scalarText: String? {
        switch value {
        case .string(let text): text
        case .number(let number): number == number.rounded() && abs(number) < 1e15 ? String(Int(number)) : "\(number)"
        default: nil
        }
    }
}

/// Why a text is not JSON, with the line of the first problem.
struct LocatedJSONError: Error, Sendable {
    /// The 1-based line.
    let line: Int
    /// What is wrong.
    let reason: String
}

/// A strict RFC 8259 parser over UTF-8 bytes producing `LocatedJSON`.
struct LocatedJSONParser {
    /// The text's bytes.
    private let bytes: [UInt8]
    /// The read position.
    private var position = 0
    /// The line of `position`.
    private var line: Int
    /// How deeply arrays and objects nest here (bounded, so hostile input cannot exhaust the stack).
    private var depth = 0

    /// The deepest nesting accepted.
    static let maximumDepth = 256

    /// Parses one JSON document; `firstLine` is the line number of the text's first line.
    static func parse(_ text: some StringProtocol, firstLine: Int = 1) throws(LocatedJSONError) -> LocatedJSON {
        var parser = LocatedJSONParser(bytes: Array(text.utf8), line: firstLine)
        parser.skipWhitespace()
        let value = try parser.parseValue()
        parser.skipWhitespace()
        guard parser.position == parser.bytes.count else {
            throw parser.failure("unexpected text after the JSON value")
        }
        return value
    }

    private init(bytes: [UInt8], line: Int) {
        self.bytes = bytes
        self.line = line
    }

    private func failure(_ reason: String) -> LocatedJSONError {
        LocatedJSONError(line: line, reason: reason)
    }

    private mutating func skipWhitespace() {
        while position < bytes.count {
            switch bytes[position] {
            case 0x0A: line += 1
            case 0x20, 0x09, 0x0D: break
            default: return
            }
            position += 1
        }
    }

    private mutating func parseValue() throws(LocatedJSONError) -> LocatedJSON {
        guard position < bytes.count else { throw failure("unexpected end of JSON") }
        let start = line
        switch bytes[position] {
        case UInt8(ascii: "{"): return LocatedJSON(value: try parseObject(), line: start)
        case UInt8(ascii: "["): return LocatedJSON(value: try parseArray(), line: start)
        case UInt8(ascii: "\""): return LocatedJSON(value: .string(try parseString()), line: start)
        case UInt8(ascii: "t"):
            try expectWord("true")
            return LocatedJSON(value: .bool(true), line: start)
        case UInt8(ascii: "f"):
            try expectWord("false")
            return LocatedJSON(value: .bool(false), line: start)
        case UInt8(ascii: "n"):
            try expectWord("null")
            return LocatedJSON(value: .null, line: start)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return LocatedJSON(value: .number(try parseNumber()), line: start)
        default:
            throw failure("unexpected character '\(Self.show(bytes[position]))' where a JSON value should be")
        }
    }

    private mutating func expectWord(_ word: String) throws(LocatedJSONError) {
        let expected = Array(word.utf8)
        guard bytes.count - position >= expected.count, Array(bytes[position..<position + expected.count]) == expected
        else { throw failure("invalid literal (expected \(word))") }
        position += expected.count
    }

    private mutating func enter() throws(LocatedJSONError) {
        depth += 1
        guard depth <= Self.maximumDepth else { throw failure("JSON nested more than \(Self.maximumDepth) deep") }
    }

    private mutating func parseObject() throws(LocatedJSONError) -> LocatedJSON.Value {
        try enter()
        defer { depth -= 1 }
        position += 1
        var members: [String: LocatedJSON] = [:]
        skipWhitespace()
        if position < bytes.count, bytes[position] == UInt8(ascii: "}") {
            position += 1
            return .object(members)
        }
        while true {
            skipWhitespace()
            guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") else {
                throw failure("expected a quoted key in a JSON object")
            }
            let key = try parseString()
            skipWhitespace()
            guard position < bytes.count, bytes[position] == UInt8(ascii: ":") else {
                throw failure("expected ':' after the key \"\(key)\"")
            }
            position += 1
            skipWhitespace()
            members[key] = try parseValue()
            skipWhitespace()
            guard position < bytes.count else { throw failure("unexpected end of JSON inside an object") }
            if bytes[position] == UInt8(ascii: ",") {
                position += 1
            } else if bytes[position] == UInt8(ascii: "}") {
                position += 1
                return .object(members)
            } else {
                throw failure("expected ',' or '}' in a JSON object, found '\(Self.show(bytes[position]))'")
            }
        }
    }

    private mutating func parseArray() throws(LocatedJSONError) -> LocatedJSON.Value {
        try enter()
        defer { depth -= 1 }
        position += 1
        var elements: [LocatedJSON] = []
        skipWhitespace()
        if position < bytes.count, bytes[position] == UInt8(ascii: "]") {
            position += 1
            return .array(elements)
        }
        while true {
            skipWhitespace()
            elements.append(try parseValue())
            skipWhitespace()
            guard position < bytes.count else { throw failure("unexpected end of JSON inside an array") }
            if bytes[position] == UInt8(ascii: ",") {
                position += 1
            } else if bytes[position] == UInt8(ascii: "]") {
                position += 1
                return .array(elements)
            } else {
                throw failure("expected ',' or ']' in a JSON array, found '\(Self.show(bytes[position]))'")
            }
        }
    }

    private mutating func parseString() throws(LocatedJSONError) -> String {
        position += 1
        var out: [UInt8] = []
        while position < bytes.count {
            let byte = bytes[position]
            switch byte {
            case UInt8(ascii: "\""):
                position += 1
                return String(decoding: out, as: UTF8.self)
            case UInt8(ascii: "\\"):
                position += 1
                try parseEscape(into: &out)
            case 0x00..<0x20:
                throw failure("control character in a JSON string (newlines must be written \\n)")
            default:
                out.append(byte)
                position += 1
            }
        }
        throw failure("unterminated JSON string")
    }

    private mutating func parseEscape(into out: inout [UInt8]) throws(LocatedJSONError) {
        guard position < bytes.count else { throw failure("unterminated JSON string") }
        let byte = bytes[position]
        position += 1
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(byte)
        case UInt8(ascii: "b"): out.append(0x08)
        case UInt8(ascii: "f"): out.append(0x0C)
        case UInt8(ascii: "n"): out.append(0x0A)
        case UInt8(ascii: "r"): out.append(0x0D)
        case UInt8(ascii: "t"): out.append(0x09)
        case UInt8(ascii: "u"):
            var code = try parseHex4()
            if (0xD800..<0xDC00).contains(code), bytes.count - position >= 6, bytes[position] == UInt8(ascii: "\\"),
                bytes[position + 1] == UInt8(ascii: "u")
            {
                let save = position
                position += 2
                let low = try parseHex4()
                if (0xDC00..<0xE000).contains(low) {
                    code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                } else {
                    position = save
                }
            }
            let scalar = Unicode.Scalar(code) ?? "\u{FFFD}"
            out.append(contentsOf: Array(String(scalar).utf8))
        default:
            throw failure("invalid escape '\\\(Self.show(byte))' in a JSON string")
        }
    }

    private mutating func parseHex4() throws(LocatedJSONError) -> UInt32 {
        guard bytes.count - position >= 4 else { throw failure("incomplete \\u escape in a JSON string") }
        var code: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[position]
            let digit: UInt32
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(byte - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(byte - UInt8(ascii: "A") + 10)
            default: throw failure("invalid \\u escape in a JSON string")
            }
            code = code << 4 | digit
            position += 1
        }
        return code
    }

    private mutating func parseNumber() throws(LocatedJSONError) -> Double {
        let start = position
        func digits() -> Int {
            let from = position
            while position < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[position]) {
                position += 1
            }
            return position - from
        }
        if bytes[position] == UInt8(ascii: "-") { position += 1 }
        let leadingZero = position < bytes.count && bytes[position] == UInt8(ascii: "0")
        let integerDigits = digits()
        guard integerDigits > 0, !(leadingZero && integerDigits > 1) else { throw failure("invalid JSON number") }
        if position < bytes.count, bytes[position] == UInt8(ascii: ".") {
            position += 1
            guard digits() > 0 else { throw failure("invalid JSON number") }
        }
        if position < bytes.count, bytes[position] | 0x20 == UInt8(ascii: "e") {
            position += 1
            if position < bytes.count, bytes[position] == UInt8(ascii: "+") || bytes[position] == UInt8(ascii: "-") {
                position += 1
            }
            guard digits() > 0 else { throw failure("invalid JSON number") }
        }
        guard let number = Double(String(decoding: bytes[start..<position], as: UTF8.self)) else {
            throw failure("invalid JSON number")
        }
        return number
    }

    /// A byte as it may be shown in a message.
    private static func show(_ byte: UInt8) -> String {
        if byte >= 0x20 && byte < 0x7F { return String(UnicodeScalar(byte)) }
        let hex = String(byte, radix: 16, uppercase: true)
        return "\\x" + (hex.count < 2 ? "0" + hex : hex)
    }
}
