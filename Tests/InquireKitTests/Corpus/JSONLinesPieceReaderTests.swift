import Foundation
import TestSupport
import Testing

@testable import InquireKit

@Suite("JSON Lines read in pieces: the documents and errors of the file read whole")
struct JSONLinesPieceReaderTests {
    /// Writes `bytes` to a scratch file.
    static func file(_ bytes: [UInt8], name: String = "pieces.jsonl") throws -> String {
        let path = ScratchSpace.path(name)
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    /// The documents of the file at `path` read `pieceSize` bytes at a time, or the error.
    static func streamed(_ path: String, pieceSize: Int, fallback: Bool = true) -> Result<[Document], CorpusError> {
        Result { () throws(CorpusError) in
            let check = try TextFileCheck.check(path: path, fallback: fallback, pieceSize: pieceSize)
            var documents: [Document] = []
            try JSONLinesPieceReader.forEachDocument(path: path, check: check, pieceSize: pieceSize) {
                documents.append($0)
            }
            return documents
        }
    }

    /// The documents of the file at `path` read whole, as `CorpusLoader` reads a JSON Lines file, or the error.
    static func whole(_ path: String, fallback: Bool = true) -> Result<[Document], CorpusError> {
        Result { () throws(CorpusError) in
            let bytes = try CorpusLoader.readBytes(path)
            let text = try TextDecoding.decode(bytes, path: path, fallback: fallback).text
            return try JSONLinesCorpus.documents(text, path: path)
        }
    }

    /// Checks that reading `bytes` in pieces of every size in `sizes` gives what reading them whole gives.
    static func expectSame(
        _ bytes: [UInt8], sizes: some Sequence<Int>, fallback: Bool = true,
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let path = try file(bytes)
        let expected = whole(path, fallback: fallback)
        for size in sizes {
            let got = streamed(path, pieceSize: size, fallback: fallback)
            #expect(got == expected, "piece size \(size)", sourceLocation: sourceLocation)
        }
    }

    static let objects = [
        #"{"id":"a","title":"Vienna","text":"The Danube flows through Vienna. Dr. Smith met the U.S. delegation."}"#,
        #"{"id":7,"text":"Budapest is the capital of Hungary!\nIt lies on the Danube.","extra":[1,{"x":null}]}"#,
        #"{"title":"No id","text":"Z\u00fcrich \u2014 \u201cquoted\u201d."}"#,
    ]

    @Test("an object split across pieces is read whole, with its line number", arguments: [1, 2, 3, 7, 16, 64, 4096])
    func objectAcrossPieces(pieceSize: Int) throws {
        let bytes = Array((Self.objects.joined(separator: "\n") + "\n").utf8)
        let path = try Self.file(bytes)
        let documents = try Self.streamed(path, pieceSize: pieceSize).get()
        #expect(documents == (try Self.whole(path).get()))
        #expect(documents.map(\.id) == ["a", "7", "3"])
        #expect(documents.map(\.firstLine) == [1, 2, 3])
        #expect(documents[1].text == "Budapest is the capital of Hungary!\nIt lies on the Danube.")
    }

    @Test("CRLF and lone CR line breaks count lines as the whole-file reader counts them")
    func lineBreaks() throws {
        let crlf = Array((Self.objects.joined(separator: "\r\n") + "\r\n").utf8)
        try Self.expectSame(crlf, sizes: 1...12)
        let lone = Array(("\r" + Self.objects.joined(separator: "\r") + "\r\r").utf8)
        try Self.expectSame(lone, sizes: 1...12)
        let documents = try Self.streamed(try Self.file(lone), pieceSize: 5).get()
        #expect(documents.map(\.firstLine) == [2, 3, 4])
    }

    @Test("a file without a final line break ends with its last object", arguments: [1, 5, 30, 4096])
    func noFinalLineBreak(pieceSize: Int) throws {
        let bytes = Array(Self.objects.joined(separator: "\n").utf8)
        try Self.expectSame(bytes, sizes: [pieceSize])
        #expect(try Self.streamed(try Self.file(bytes), pieceSize: pieceSize).get().count == 3)
    }

    @Test("empty and white-space lines are skipped but counted", arguments: [1, 4, 9, 4096])
    func emptyLines(pieceSize: Int) throws {
        let text =
            "\n  \n" + Self.objects[0] + "\n\n\t \r\n" + Self.objects[1] + "\n\u{00A0}\u{2003}\n"
            + Self.objects[2]
        let path = try Self.file(Array(text.utf8))
        let documents = try Self.streamed(path, pieceSize: pieceSize).get()
        #expect(documents == (try Self.whole(path).get()))
        #expect(documents.map(\.firstLine) == [3, 6, 8])
        #expect(documents.map(\.id) == ["a", "7", "8"])
    }

    @Test("a blank or empty file holds no document and is not JSON")
    func blankFile() throws {
        for text in ["", "\n", "  \r\n\t\n "] {
            let path = try Self.file(Array(text.utf8))
            #expect(try Self.streamed(path, pieceSize: 2).get().isEmpty)
            let check = try TextFileCheck.check(path: path, fallback: false)
            #expect(try JSONLinesPieceReader.shape(path: path, check: check, pieceSize: 2) == .notJSON)
            #expect(JSONShape.of(text, path: path) == .notJSON)
        }
    }

    @Test("a piece boundary inside a multi-byte character: UTF-8 and Windows-1252 read as whole")
    func multiByte() throws {
        let utf8 = Array((#"{"id":"é","text":"Zürich 東京 😀 naïve."}"# + "\n" + Self.objects[2] + "\n").utf8)
        try Self.expectSame(utf8, sizes: 1...24, fallback: false)
        let documents = try Self.streamed(try Self.file(utf8), pieceSize: 3).get()
        #expect(documents.first?.text == "Zürich 東京 😀 naïve.")
        #expect(documents.last?.text == "Zürich — “quoted”.")
        let latin: [UInt8] =
            Array(#"{"id":"l","text":"Caf"#.utf8) + [0xE9, 0x20, 0x93] + Array(#"Hi"#.utf8) + [0x94]
            + Array("\"}\n".utf8)
        try Self.expectSame(latin, sizes: 1...12)
        #expect(try Self.streamed(try Self.file(latin), pieceSize: 2).get().first?.text == "Café “Hi”")
    }

    @Test("a bad line is refused with the file:line and reason of the whole-file reader", arguments: [1, 6, 64, 4096])
    func badLines(pieceSize: Int) throws {
        let good = Self.objects[0]
        let cases: [(text: String, line: Int, reason: String)] = [
            (good + "\n[1, 2]\n" + good, 2, "not a JSON object"),
            (good + "\r\n\r\n" + #"{"id":"x"}"# + "\r\n", 3, "missing string field \"text\""),
            (good + "\n" + #"{"text": 42}"#, 2, "missing string field \"text\""),
            ("\n\n" + #"{"text":"unterminated}"# + "\n" + good, 3, "not a JSON object"),
            (good + "\n" + good + "\n" + #"{"text":"a"} trailing"#, 3, "not a JSON object"),
            (good + "\n" + #"{"text":"a","#, 2, "not a JSON object"),
            ("{\"text\":\"tab\tinside\"}", 1, "not a JSON object"),
        ]
        for (text, line, reason) in cases {
            let path = try Self.file(Array(text.utf8))
            let expected = CorpusError.malformed(path: path, line: line, reason: reason)
            #expect(Self.whole(path) == .failure(expected))
            #expect(Self.streamed(path, pieceSize: pieceSize) == .failure(expected))
        }
    }

    @Test("bad UTF-8, a NUL byte, a UTF-16 mark: the same error line as the whole-file reader, before any JSON error")
    func badText() throws {
        let good = Array((Self.objects[0] + "\n").utf8)
        let cases: [[UInt8]] = [
            good + good + Array(#"{"text":"bad "#.utf8) + [0xC3, 0x28] + Array("\"}\n".utf8),
            Array("[not an object]\n".utf8) + good + [0x00] + good,
            [0xFF, 0xFE] + good,
            good + Array("{broken\n".utf8) + good + [0xE9, 0x0A],
        ]
        for bytes in cases {
            let path = try Self.file(bytes)
            for size in [2, 7, 4096] {
                #expect(Self.streamed(path, pieceSize: size, fallback: false) == Self.whole(path, fallback: false))
                if case .success = Self.whole(path, fallback: false) { Issue.record("\(bytes) was read") }
            }
        }
    }

    @Test("the shape is the one JSONShape gives the whole text, read only to the first line that is not blank")
    func shape() throws {
        let texts = [
            Self.objects.joined(separator: "\n"),
            "\n \r\n\t" + Self.objects[0],
            #"{"version":"1.1","data":[]}"#,
            "{\n  \"data\": []\n}\n",
            "{ broken first line\n" + Self.objects[0],
            "Plain text { with a brace",
            " \u{00A0}{\"text\":\"after a no-break space\"}",
            #"{"data":[],"text":"a line with text"}"#,
        ]
        for text in texts {
            for name in ["s.json", "s.jsonl"] {
                let path = try Self.file(Array(text.utf8), name: name)
                let check = try TextFileCheck.check(path: path, fallback: false)
                for size in [1, 5, 4096] {
                    #expect(
                        try JSONLinesPieceReader.shape(path: path, check: check, pieceSize: size)
                            == JSONShape.of(text, path: path), "\(text) \(name) \(size)")
                }
            }
        }
    }
}
