/// Corpus text made safe to print as text output: the one place control characters from documents are escaped.
///
/// A document may hold terminal escape sequences (`ESC ] 0 ; … BEL` sets the window title, OSC 52 writes the
/// clipboard) or stray control bytes. Text output (`ask`, `run`, `search`, `eval --misses`, the shell) passes every
/// piece of corpus text through `visible(_:)`:
/// - C0 controls other than tab and line breaks, and DEL, print in caret notation as `cat -v` shows them: ESC as
///   `^[`, BEL as `^G`, DEL as `^?`;
/// - C1 controls (U+0080–U+009F) print as U+FFFD (�);
/// - line breaks inside a sentence (LF, CR, VT, FF, U+2028, U+2029) print as one space each, so an answer's
///   `evidence:` line stays one line (CRLF counts as one break).
///
/// JSON and TSV output keep the text as it is, escaped by their own rules.
enum TerminalText {
    /// `text` with control characters escaped and line breaks shown as spaces.
    static func visible(_ text: some StringProtocol) -> String {
        guard text.utf8.contains(where: { $0 < 0x20 || $0 == 0x7F || $0 == 0xC2 || $0 == 0xE2 }) else {
            return String(text)
        }
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var afterCR = false
        for scalar in text.unicodeScalars {
            defer { afterCR = scalar == "\r" }
            switch scalar.value {
            case 0x09: out.unicodeScalars.append(scalar)
            case 0x0A where afterCR: continue  // CRLF is one line break: one space
            case 0x0A...0x0D, 0x2028, 0x2029: out += " "
            case 0x00...0x1F: out += "^" + String(UnicodeScalar(UInt8(scalar.value + 0x40)))
            case 0x7F: out += "^?"
            case 0x80...0x9F: out += "\u{FFFD}"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
