import Foundation
import TestSupport
import Testing

@testable import InquireKit

@Suite("index build streamed: the same index file as the corpus loaded whole and indexed in memory")
struct StreamedIndexBuildTests {
    /// A folder of many files of every kind the build reads: prose, one sentence a line, CRLF and lone CR line
    /// breaks, a byte-order mark, Windows-1252, an empty file, a file without a final line break, JSON Lines.
    static func corpus() throws -> String {
        let folder = try ScratchSpace.folder("streamed")
        func write(_ name: String, _ bytes: [UInt8]) throws {
            let url = URL(fileURLWithPath: folder).appendingPathComponent(name)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(bytes).write(to: url)
        }
        let prose = """
            Vienna Calling

            The river Danube flows through Vienna and Budapest. It reaches the Black Sea
            in Romania. Dr. Smith met the U.S. delegation there.
            \t
            “Is it over?” she asked. The talks went on until 3 p.m. on Jan. 18.
            Budapest is the capital of Hungary!
            """
        for number in 0..<24 {
            try write("part\(number / 10)/file\(number).txt", Array((prose + "\nFile number \(number).\n").utf8))
        }
        try write("crlf.txt", Array("One line.\r\nTwo lines.\r\n\r\nThree lines here.\r\n".utf8))
        try write("cr.md", Array("Lone one.\rLone two.\r\rLone three.".utf8))
        try write("bom.txt", [0xEF, 0xBB, 0xBF] + Array("Marked text begins here.\nSecond line.".utf8))
        try write(
            "latin.txt", Array("Caf".utf8) + [0xE9, 0x20] + Array("au lait.\n".utf8) + [0x93, 0x48, 0x69, 0x94, 0x0A])
        try write("empty.txt", [])
        try write("unicode.txt", Array("naïve café\n東京は首都です。\nΑΒΓ and Москва.\n".utf8))
        try write(
            "docs.jsonl",
            Array(
                "{\"id\":\"a\",\"title\":\"T\",\"text\":\"Alpha beta. Gamma delta.\"}\n{\"id\":\"b\",\"text\":\"Zeta.\"}\n"
                    .utf8))
        return folder
    }

    /// The index file written by the build as it was before streaming: the corpus loaded whole, indexed with
    /// `SentenceIndex(corpus:)`.
    static func inMemory(_ path: String, oneSentencePerLine: Bool, strictEncoding: Bool) throws -> Data {
        let corpus = try CorpusLoader.load(
            path: path, oneSentencePerLine: oneSentencePerLine, strictEncoding: strictEncoding)
        let output = ScratchSpace.path("memory.idx")
        try IndexFileWriter.write(try SentenceIndex(corpus: corpus), corpus: corpus, to: output)
        return try Data(contentsOf: URL(fileURLWithPath: output))
    }

    /// The index file written by the streamed build.
    static func streamed(
        _ path: String, oneSentencePerLine: Bool, strictEncoding: Bool, pieceSize: Int, chunksPerWorker: Int = 1
    ) throws -> (data: Data, build: StreamedIndexBuild) {
        let output = ScratchSpace.path("streamed.idx")
        let build = try StreamedIndexBuild(
            path: path, nextTo: output, oneSentencePerLine: oneSentencePerLine, strictEncoding: strictEncoding,
            pieceSize: pieceSize, chunksPerWorker: chunksPerWorker)
        try build.write(to: output)
        return (try Data(contentsOf: URL(fileURLWithPath: output)), build)
    }

    @Test(
        "a folder of many files, prose and one sentence a line, in pieces of any size: the same bytes",
        arguments: [false, true], [7, 64, 1 << 22])
    func sameFile(oneSentencePerLine: Bool, pieceSize: Int) throws {
        let folder = try Self.corpus()
        let memory = try Self.inMemory(folder, oneSentencePerLine: oneSentencePerLine, strictEncoding: false)
        let (data, build) = try Self.streamed(
            folder, oneSentencePerLine: oneSentencePerLine, strictEncoding: false, pieceSize: pieceSize)
        #expect(data == memory)
        #expect(build.windows1252Files == 1)
        let loaded = try CorpusLoader.load(
            path: folder, oneSentencePerLine: oneSentencePerLine, strictEncoding: false)
        #expect(build.sentenceCount == loaded.sentences.count)
    }

    @Test("a corpus of more sentences than a batch holds: the same bytes")
    func manyBatches() throws {
        let folder = try ScratchSpace.folder("batches")
        let path = folder + "/lines.txt"
        let lines = (0..<(StreamedAnalysis(chunksPerWorker: 1).batchSize * 2 + 123)).map {
            "Sentence \($0) names word\($0 % 977) here."
        }
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: URL(fileURLWithPath: path))
        for oneSentencePerLine in [true, false] {
            let memory = try Self.inMemory(path, oneSentencePerLine: oneSentencePerLine, strictEncoding: true)
            let (data, _) = try Self.streamed(
                path, oneSentencePerLine: oneSentencePerLine, strictEncoding: true, pieceSize: 1 << 16)
            #expect(data == memory)
        }
    }

    @Test("bad input is refused as the whole-file loader refuses it, and no file is written")
    func badInput() throws {
        let folder = try Self.corpus()
        let bad = folder + "/0-bad.txt"  // read first
        try Data(Array("Fine line.\nStill fine.\n".utf8) + [0xE9] + Array("\n".utf8)).write(
            to: URL(fileURLWithPath: bad))
        let output = ScratchSpace.path("refused.idx")
        #expect(throws: CorpusError.notText(path: bad, line: 3, reason: "invalid UTF-8 byte sequence")) {
            _ = try StreamedIndexBuild(
                path: folder, nextTo: output, oneSentencePerLine: false, strictEncoding: true, pieceSize: 8)
        }
        #expect(!FileManager.default.fileExists(atPath: output))
        let outputFolder = (output as NSString).deletingLastPathComponent
        #expect(try FileManager.default.contentsOfDirectory(atPath: outputFolder).allSatisfy { !$0.contains(".text-") })
        // Without strict encoding, the file is read as Windows-1252, as in memory.
        let memory = try Self.inMemory(folder, oneSentencePerLine: false, strictEncoding: false)
        #expect(
            try Self.streamed(folder, oneSentencePerLine: false, strictEncoding: false, pieceSize: 8).data == memory)
        let empty = try ScratchSpace.folder("empty")
        try Data().write(to: URL(fileURLWithPath: empty + "/nothing.txt"))
        #expect(throws: CorpusError.empty(path: empty)) {
            _ = try StreamedIndexBuild(
                path: empty, nextTo: output, oneSentencePerLine: false, strictEncoding: true, pieceSize: 8)
        }
    }

    @Test("a JSON Lines corpus of more sentences than a batch, in pieces of any size: the same bytes")
    func jsonLines() throws {
        let folder = try ScratchSpace.folder("jsonl-batches")
        let path = folder + "/docs.jsonl"
        let batch = StreamedAnalysis(chunksPerWorker: 1).batchSize
        var lines: [String] = []
        var sentences = 0
        var number = 0
        while sentences < batch * 2 + 77 {
            let text = (0..<(1 + number % 9)).map {
                "Sentence \(sentences + $0) names word\(($0 * 31 + number) % 977)."
            }
            sentences += text.count
            let id = number % 5 == 0 ? "" : "\"id\":\"d\(number)\","
            let title = number % 3 == 0 ? "\"title\":\"Title \(number)\"," : ""
            lines.append("{\(id)\(title)\"text\":\"\(text.joined(separator: number % 2 == 0 ? " " : "\\n"))\"}")
            if number % 13 == 0 { lines.append("  ") }
            number += 1
        }
        try Data((lines.joined(separator: "\r\n")).utf8).write(to: URL(fileURLWithPath: path))
        for oneSentencePerLine in [true, false] {
            let memory = try Self.inMemory(path, oneSentencePerLine: oneSentencePerLine, strictEncoding: true)
            let loaded = try CorpusLoader.load(path: path, oneSentencePerLine: oneSentencePerLine)
            // Prose splits every sentence; one sentence a line takes a text on one line as one.
            #expect(loaded.sentences.count == sentences || oneSentencePerLine)
            #expect(loaded.sentences.count > batch)
            for pieceSize in [97, 1 << 16] {
                let (data, build) = try Self.streamed(
                    path, oneSentencePerLine: oneSentencePerLine, strictEncoding: true, pieceSize: pieceSize)
                #expect(data == memory)
                #expect(build.sentenceCount == loaded.sentences.count)
            }
        }
    }

    @Test("a bad JSON Lines file is refused with the message of the whole-file loader", arguments: [5, 1 << 22])
    func badJSONLines(pieceSize: Int) throws {
        let folder = try ScratchSpace.folder("jsonl-bad")
        let good = Array(#"{"id":"a","text":"Alpha beta. Gamma."}"#.utf8) + [0x0A]
        let files: [[UInt8]] = [
            good + good + Array("{\"id\":\"x\"}\n".utf8) + good,
            good + Array("\n\n[1]\n".utf8),
            good + Array("{\"text\":\"cut".utf8),
            good + Array("{\"text\":\"bad ".utf8) + [0xFF] + Array("\"}\n".utf8),
            good + [0x00] + good,
            Array("   \n".utf8),
        ]
        for (number, bytes) in files.enumerated() {
            let path = folder + "/bad\(number).jsonl"
            try Data(bytes).write(to: URL(fileURLWithPath: path))
            for strictEncoding in [true, false] {
                let whole = Result { try CorpusLoader.load(path: path, strictEncoding: strictEncoding) }
                let streamed = Result {
                    try StreamedIndexBuild(
                        path: path, nextTo: ScratchSpace.path("bad.idx"), oneSentencePerLine: false,
                        strictEncoding: strictEncoding, pieceSize: pieceSize)
                }
                guard case .failure(let expected) = whole, case .failure(let got) = streamed else {
                    if number != 3 || strictEncoding { Issue.record("file \(number) was read") }
                    continue
                }
                #expect("\(got)" == "\(expected)", "file \(number)")
                #expect(got as? CorpusError == expected as? CorpusError)
            }
        }
    }

    /// A named pipe at `path` (made anew) that a thread fills with `bytes` once, when it is opened for reading.
    @discardableResult
    static func pipe(_ bytes: [UInt8], at path: String) throws -> String {
        unlink(path)
        guard mkfifo(path, 0o600) == 0 else { throw CocoaError(.fileWriteUnknown) }
        Thread.detachNewThread {
            let descriptor = open(path, O_WRONLY)
            guard descriptor >= 0 else { return }
            bytes.withUnsafeBytes { _ = DescriptorWrites.writeAll(descriptor, $0) }
            close(descriptor)
        }
        return path
    }

    @Test("a pipe is copied aside and read in pieces: the index file of the same bytes read whole from the pipe")
    func pipe() throws {
        let lines = (0..<3000).map { #"{"id":"p\#($0)","text":"Pipe sentence \#($0). It names word\#($0 % 97)."}"# }
        let inputs: [[UInt8]] = [
            Array((lines.joined(separator: "\n") + "\n").utf8),
            Array("Piped prose. Dr. Smith met the U.S. delegation.\n\nCaf".utf8) + [0xE9] + Array(" au lait.\n".utf8),
            Array(
                #"{"version":"1.1","data":[{"title":"K","paragraphs":[{"context":"Kyoto is old. It has temples."}]}]}"#
                    .utf8),
        ]
        for (number, bytes) in inputs.enumerated() {
            for oneSentencePerLine in [false, true] {
                // The same name both times: the documents are named after it.
                let path = ScratchSpace.path("corpus.pipe")
                let corpus = try CorpusLoader.load(
                    path: try Self.pipe(bytes, at: path), oneSentencePerLine: oneSentencePerLine,
                    strictEncoding: false)
                let memory = ScratchSpace.path("pipe-memory.idx")
                try IndexFileWriter.write(try SentenceIndex(corpus: corpus), corpus: corpus, to: memory)
                let streamed = ScratchSpace.path("pipe-streamed.idx")
                let build = try StreamedIndexBuild(
                    path: try Self.pipe(bytes, at: path), nextTo: streamed,
                    oneSentencePerLine: oneSentencePerLine, strictEncoding: false, pieceSize: 1000)
                try build.write(to: streamed)
                #expect(
                    try Data(contentsOf: URL(fileURLWithPath: streamed))
                        == Data(contentsOf: URL(fileURLWithPath: memory)),
                    "input \(number)")
                #expect(build.windows1252Files == (number == 1 ? 1 : 0))
            }
        }
        let bad = Array(lines[0].utf8) + Array("\n\n{\"id\":1}\n".utf8)
        let path = ScratchSpace.path("bad.pipe")
        let expected = CorpusError.malformed(path: path, line: 3, reason: "missing string field \"text\"")
        #expect(throws: expected) { _ = try CorpusLoader.load(path: try Self.pipe(bad, at: path)) }
        #expect(throws: expected) {
            _ = try StreamedIndexBuild(
                path: try Self.pipe(bad, at: path), nextTo: ScratchSpace.path("bad.idx"),
                oneSentencePerLine: false, strictEncoding: true, pieceSize: 64)
        }
    }
}
