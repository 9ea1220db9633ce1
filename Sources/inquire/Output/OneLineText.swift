import ArgumentParser
import Foundation
import InquireKit

extension String {
    /// The text on one line: each run of white space that holds a line break becomes one space.
    var onOneLine: String {
        guard utf8.contains(where: { $0 == 0x0A || $0 == 0x0D }) else { return self }
        var out = ""
        out.reserveCapacity(utf8.count)
        var pendingSpace = false
        var run = ""
        for character in self {
            if character.isWhitespace {
                run.append(character)
                if character.isNewline { pendingSpace = true }
                continue
            }
            out += pendingSpace ? " " : run
            run = ""
            pendingSpace = false
            out.append(character)
        }
        return out
    }
}
