import Foundation
import TestSupport
import Testing

@testable import InquireKit

@Suite("Corpus loader")
struct CorpusLoaderTests {
    /// Writes `text` to a temporary file with `name` and returns its path.
    func temporaryFile(_ name: String, _ text: String) throws -> String {
        let folder = URL(fileURLWithPath: try ScratchSpace.folder("corpus"))
        let file = folder.appendingPathComponent(name)
        try text.write(to: file, atomically: true, encoding: .utf8)
        return file.path
    }

    @Test("a SQuAD file written on one line is read as SQuAD, one document per paragraph")
    func oneLineSQuAD() throws {
        let squad =
            #"{"version":"1.1","data":[{"title":"Harbour","paragraphs":[{"context":"The harbour opened "#
            + #"in 1901. It has two piers.","qas":[]},{"context":"A lighthouse stands at its mouth.","qas":[]}]}]}"#
        let corpus = try CorpusLoader.load(path: try temporaryFile("tiny.json", squad))
        #expect(corpus.documents.count == 2)
        #expect(corpus.documents[0].title == "Harbour")
        #expect(corpus.sentences.count == 3)
    }

    @Test("JSON Lines documents keep their ids, titles and line numbers")
    func jsonLines() throws {
        let lines =
            #"{"id":"a","title":"One","text":"First text. Second sentence."}"# + "\n"
            + #"{"id":"b","text":"Another text."}"# + "\n"
        let path = try temporaryFile("docs.jsonl", lines)
        let corpus = try CorpusLoader.load(path: path)
        #expect(corpus.documents.map(\.id) == ["a", "b"])
        #expect(corpus.reference(of: 2) == "\(path):2")
    }

    @Test("a single JSON Lines record without a .jsonl extension is still JSON Lines")
    func singleRecord() throws {
        let corpus = try CorpusLoader.load(path: try temporaryFile("one.txt", #"{"text":"Only this sentence."}"#))
        #expect(corpus.sentences.map(\.text) == ["Only this sentence."])
    }
}
