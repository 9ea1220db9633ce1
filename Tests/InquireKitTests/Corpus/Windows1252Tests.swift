import Foundation
import InquireKit
import Testing

@Suite("text that is not UTF-8: Windows-1252 fallback and binary detection")
struct Windows1252Tests {
    @Test("Windows-1252 bytes decode to their characters, the undefined ones to C1 controls")
    func decoding() {
        #expect(Windows1252.decode([0x5A, 0xFC, 0x72, 0x69, 0x63, 0x68]) == "Zürich")
        #expect(Windows1252.decode([0x80, 0x92, 0x93, 0x94, 0x96, 0x97, 0x85]) == "€’“”–—…")
        #expect(Windows1252.decode([0x81, 0x9D]).unicodeScalars.map(\.value) == [0x81, 0x9D])
        #expect(Windows1252.decode((0...255).map(UInt8.init)).unicodeScalars.count == 256)
    }

    @Test("the fallback applies only to invalid UTF-8 that looks like text, and only when allowed")
    func fallback() throws {
        let latin1: [UInt8] = Array("Caf".utf8) + [0xE9, 0x0A]
        let read = try TextDecoding.decode(latin1, path: "f", fallback: true)
        #expect(read.text == "Café\n")
        #expect(read.encoding == .windows1252)
        let utf8 = try TextDecoding.decode(Array("Café".utf8), path: "f", fallback: true)
        #expect(utf8.encoding == .utf8)
        #expect(throws: CorpusError.notText(path: "f", line: 1, reason: "invalid UTF-8 byte sequence")) {
            try TextDecoding.decode(latin1, path: "f", fallback: false)
        }
        #expect(throws: CorpusError.notText(path: "f", line: 1, reason: "NUL byte (binary file?)")) {
            try TextDecoding.decode([0x41, 0x00, 0xE9], path: "f", fallback: true)
        }
        let controls: [UInt8] = [0x01, 0x02, 0x03, 0x41, 0x42, 0xE9]
        #expect(throws: CorpusError.notText(path: "f", line: 1, reason: "mostly control characters (binary file?)")) {
            try TextDecoding.decode(controls, path: "f", fallback: true)
        }
        #expect(TextDecoding.isBinary(controls))
        #expect(!TextDecoding.isBinary(latin1))
    }
}
