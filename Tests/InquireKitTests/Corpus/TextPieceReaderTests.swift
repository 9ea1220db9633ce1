import Foundation
import TestSupport
import Testing

@testable import InquireKit

@Suite("the streamed reading of a text file: TextFileCheck, then TextPieceReader")
struct TextPieceReaderTests {
    /// Writes `bytes` to a scratch file.
    static func file(_ bytes: [UInt8], name: String = "piece.txt") throws -> String {
        let path = ScratchSpace.path(name)
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    /// The pieces of the file at `path` read `pieceSize` bytes at a time.
    static func pieces(_ path: String, cut: TextPieceReader.Cut, pieceSize: Int, fallback: Bool = true) throws
        -> [[UInt8]]
    {
        let check = try TextFileCheck.check(path: path, fallback: fallback, pieceSize: pieceSize)
        var pieces: [[UInt8]] = []
        try TextPieceReader.forEachPiece(path: path, check: check, cut: cut, pieceSize: pieceSize) {
            pieces.append(Array($0))
        }
        return pieces
    }

    /// What `TextDecoding` makes of the whole file.
    static func whole(_ bytes: [UInt8], fallback: Bool = true) throws -> [UInt8] {
        Array(try TextDecoding.decode(bytes, path: "f", fallback: fallback).text.utf8)
    }

    @Test(
        "a line split across pieces is carried over whole; the pieces join to the text", arguments: [1, 2, 3, 5, 7, 64])
    func lineAcrossPieces(pieceSize: Int) throws {
        let bytes = Array("alpha beta\ngamma delta epsilon\n\nzeta\n".utf8)
        let pieces = try Self.pieces(try Self.file(bytes), cut: .line, pieceSize: pieceSize)
        #expect(Array(pieces.joined()) == bytes)
        for piece in pieces.dropLast() { #expect(piece.last == 0x0A) }
        #expect(pieces.count > 1 || pieceSize >= bytes.count)
    }

    @Test("a file that ends without a line break ends with its last line", arguments: [3, 8, 100])
    func noFinalLineBreak(pieceSize: Int) throws {
        let bytes = Array("first line\nsecond line\nno newline at the end".utf8)
        let pieces = try Self.pieces(try Self.file(bytes), cut: .line, pieceSize: pieceSize)
        #expect(Array(pieces.joined()) == bytes)
        #expect(String(decoding: try #require(pieces.last), as: UTF8.self).hasSuffix("no newline at the end"))
    }

    @Test("a piece never ends between the CR and LF of a CRLF; a lone CR ends a line", arguments: [1, 2, 3, 4, 9])
    func crlf(pieceSize: Int) throws {
        let bytes = Array("one\r\ntwo\r\n\r\nthree\rfour\r\n".utf8)
        let pieces = try Self.pieces(try Self.file(bytes), cut: .line, pieceSize: pieceSize)
        #expect(Array(pieces.joined()) == bytes)
        for (piece, next) in zip(pieces, pieces.dropFirst()) {
            #expect(piece.last == 0x0A || (piece.last == 0x0D && next.first != 0x0A))
        }
    }

    @Test(
        "a piece boundary inside a multi-byte character: UTF-8 and Windows-1252 decode as whole",
        arguments: [1, 2, 3, 5])
    func multiByte(pieceSize: Int) throws {
        let utf8 = Array("naïve café\n東京 Zürich — “quoted”\nΑΒΓ\n".utf8)
        #expect(try Self.pieces(try Self.file(utf8), cut: .line, pieceSize: pieceSize).joined().elementsEqual(utf8))
        let check = try TextFileCheck.check(path: try Self.file(utf8), fallback: false, pieceSize: pieceSize)
        #expect(check.encoding == .utf8)
        let latin: [UInt8] = Array("Caf".utf8) + [0xE9, 0x0A, 0x93] + Array("quoted".utf8) + [0x94, 0x0A, 0xFC]
        let pieces = try Self.pieces(try Self.file(latin), cut: .line, pieceSize: pieceSize)
        #expect(Array(pieces.joined()) == (try Self.whole(latin)))
    }

    @Test("a byte-order mark is dropped, as TextDecoding drops it", arguments: [1, 2, 4, 50])
    func byteOrderMark(pieceSize: Int) throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("Marked text.\nSecond line.\n".utf8)
        let pieces = try Self.pieces(try Self.file(bytes), cut: .line, pieceSize: pieceSize)
        #expect(Array(pieces.joined()) == (try Self.whole(bytes)))
    }

    @Test("empty input gives no piece and checks as UTF-8")
    func empty() throws {
        let path = try Self.file([])
        #expect(try Self.pieces(path, cut: .line, pieceSize: 4).isEmpty)
        #expect(try TextFileCheck.check(path: path, fallback: false).byteCount == 0)
    }

    @Test("a prose piece ends only after a blank line, where the splitter starts afresh", arguments: [1, 6, 20])
    func paragraphs(pieceSize: Int) throws {
        let text = "Dr. Smith went to\nWashington. He met\nthe U.S.\n  \t\nPresident. Then he left.\n\nThe end."
        let bytes = Array(text.utf8)
        let pieces = try Self.pieces(try Self.file(bytes), cut: .paragraph, pieceSize: pieceSize)
        #expect(Array(pieces.joined()) == bytes)
        var sentences: [String] = []
        for piece in pieces {
            #expect(piece == pieces.last || piece.last == 0x0A)
            sentences += piece.withUnsafeBufferPointer { SentenceSplitter.split(utf8: $0).map(\.text) }
        }
        #expect(sentences == SentenceSplitter.split(text).map(\.text))
    }

    @Test(
        "the check decides as TextDecoding does over the whole file, naming the same line",
        arguments: [1, 3, 4096])
    func sameVerdicts(pieceSize: Int) throws {
        let cases: [[UInt8]] = [
            Array("plain\ntext\n".utf8),
            Array("line one\nline two\nbad ".utf8) + [0xE9] + Array(" here\n".utf8),
            Array("one\ntwo\n".utf8) + [0x41, 0x00, 0x42] + [0xE9],
            [0xFF, 0xFE, 0x41, 0x00],
            [0x01, 0x02, 0x03, 0x0A, 0x41, 0xE9],
            [0xEF, 0xBB, 0xBF] + Array("ok\n".utf8),
            [0xE2, 0x82],  // a truncated sequence at the end
        ]
        for bytes in cases {
            for fallback in [false, true] {
                let path = try Self.file(bytes)
                let expected = Result { () throws(CorpusError) in
                    try TextDecoding.decode(bytes, path: path, fallback: fallback).encoding
                }
                let got = Result { () throws(CorpusError) in
                    try TextFileCheck.check(path: path, fallback: fallback, pieceSize: pieceSize).encoding
                }
                #expect(got == expected, "\(bytes) fallback \(fallback)")
            }
        }
    }

    @Test("a file that changes between the check and the read is refused")
    func changedFile() throws {
        let path = try Self.file(Array("first version\n".utf8))
        let check = try TextFileCheck.check(path: path, fallback: false)
        try Data("first versioN\n".utf8).write(to: URL(fileURLWithPath: path))
        #expect(throws: CorpusError.unreadable(path: path, reason: "the file changed while it was read")) {
            try TextPieceReader.forEachPiece(path: path, check: check, cut: .line) { _ in }
        }
        try FileManager.default.removeItem(atPath: path)
        #expect(throws: CorpusError.notFound(path: path)) {
            try TextPieceReader.forEachPiece(path: path, check: check, cut: .line) { _ in }
        }
    }

    @Test("a text that opens with { after white space may be JSON; anything else is streamed")
    func mayBeJSON() throws {
        #expect(try TextPieceReader.mayBeJSON(path: try Self.file(Array(" \n {\"id\": 1}".utf8)), encoding: .utf8))
        #expect(try !TextPieceReader.mayBeJSON(path: try Self.file(Array("\u{00A0}Text {".utf8)), encoding: .utf8))
        #expect(try TextPieceReader.mayBeJSON(path: try Self.file(Array("  \n\t ".utf8)), encoding: .utf8))
        #expect(try !TextPieceReader.mayBeJSON(path: try Self.file([0xE9, 0x7B]), encoding: .windows1252))
    }
}
