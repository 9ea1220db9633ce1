/// Word wrapping and highlighting for the shell's output, on UTF-8 byte offsets (the offsets answers come with).
enum TextWrap {
    /// The byte ranges of the lines `text` breaks into at spaces so that none is wider than `width` characters
    /// (a word longer than `width` gets a line of its own). A nil `width` keeps the text on one line.
    static func lines(_ text: String, width: Int?) -> [Range<Int>] {
        let bytes = Array(text.utf8)
        guard let width, width > 0 else { return [0..<bytes.count] }
        // Words as byte ranges with their widths in characters (Unicode scalars, close enough for prose).
        var words: [(range: Range<Int>, columns: Int)] = []
        var index = 0
        while index < bytes.count {
            while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x0A { index += 1 }
            let start = index
            var columns = 0
            while index < bytes.count, bytes[index] != 0x20, bytes[index] != 0x0A {
                if bytes[index] & 0xC0 != 0x80 { columns += 1 }
                index += 1
            }
            if index > start { words.append((start..<index, columns)) }
        }
        guard let first = words.first else { return [0..<0] }
        var lines: [Range<Int>] = []
        var line = first.range
        var columns = first.columns
        for word in words.dropFirst() {
            let gap = word.range.lowerBound - line.upperBound
            if columns + gap + word.columns > width {
                lines.append(line)
                line = word.range
                columns = word.columns
            } else {
                line = line.lowerBound..<word.range.upperBound
                columns += gap + word.columns
            }
        }
        lines.append(line)
        return lines
    }

    /// A byte range of a text and the style it is shown in.
    struct Mark {
        /// The UTF-8 byte range.
        let range: Range<Int>
        /// The style (bold, the answer's colour …).
        let apply: (String) -> String
    }

    /// `text` wrapped to `width` (counting `indent`), each line after `indent`. Bytes under a mark are passed
    /// through its `apply` (a later mark wins where marks overlap); the others through `rest`.
    static func render(
        _ text: String, indent: String, width: Int?, marks: [Mark] = [], rest: @escaping (String) -> String = { $0 }
    ) -> String {
        // Line breaks become spaces byte for byte, so the marks still point at the same text.
        let bytes = text.utf8.map { $0 == 0x0A || $0 == 0x0D ? 0x20 : $0 }
        let flat = String(decoding: bytes, as: UTF8.self)
        let available = width.map { max(20, $0 - indent.count) }
        var out = ""
        for line in lines(flat, width: available) {
            out += indent
            // Cut the line where any mark starts or ends, then style each piece by the last mark covering it.
            var cuts = Set([line.lowerBound, line.upperBound])
            for mark in marks {
                for bound in [mark.range.lowerBound, mark.range.upperBound] where line.contains(bound) {
                    cuts.insert(bound)
                }
            }
            let sorted = cuts.sorted()
            for (start, end) in zip(sorted, sorted.dropFirst()) where start < end {
                let piece = TerminalText.visible(String(decoding: bytes[start..<end], as: UTF8.self))
                let style = marks.last { $0.range.contains(start) }?.apply ?? rest
                out += style(piece)
            }
            out += "\n"
        }
        return out
    }

    /// `text` cut to at most `width` characters, with an ellipsis when something was cut.
    static func truncated(_ text: String, width: Int) -> String {
        let flat = TerminalText.visible(text)
        guard flat.count > width, width > 1 else { return flat }
        return String(flat.prefix(width - 1)) + "…"
    }
}
