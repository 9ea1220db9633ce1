import Foundation
import Testing

@testable import InquireKit

@Suite("The shipped parser model")
struct ShippedParserTests {
    let parser: DependencyParser

    init() throws {
        parser = try DependencyParser(
            contentsOf: FixturePaths.root.appendingPathComponent("Sources/InquireKit/Resources/models/parser.inqm"))
    }

    /// Parses words given as `word/TAG`.
    func parse(_ tagged: String) -> [(word: String, head: String, relation: String)] {
        let pairs = tagged.split(separator: " ").map { $0.split(separator: "/") }
        let words = pairs.map { String($0[0]) }
        let tags = pairs.map { UniversalTag(label: $0[1])! }
        let parse = parser.parse(words: words, tags: tags)
        return words.indices.map { index in
            let head = parse.heads[index]
            return (words[index], head == 0 ? "ROOT" : words[head - 1], parse.relations[index])
        }
    }

    @Test("the shipped file is in the current format, and converting it again gives the same bytes")
    func currentFormat() throws {
        let url = FixturePaths.root.appendingPathComponent("Sources/InquireKit/Resources/models/parser.inqm")
        let bytes = try ModelFileBytes.read(url.path)
        let archive = try ModelArchive(bytes: bytes, expecting: ParserModel.kind)
        #expect(archive.version == ModelArchive.formatVersion)
        #expect(try ModelConversion.converted(archive).bytes == bytes)
    }

    @Test("subject and object of a transitive verb")
    func transitive() {
        let parse = parse("The/DET cat/NOUN chased/VERB the/DET dog/NOUN ./PUNCT")
        #expect(parse[1].head == "chased" && parse[1].relation == "nsubj")
        #expect(parse[2].head == "ROOT" && parse[2].relation == "root")
        #expect(parse[4].head == "chased" && parse[4].relation == "obj")
        #expect(parse[3].head == "dog" && parse[3].relation == "det")
    }

    @Test("an oblique with its preposition")
    func oblique() {
        let parse = parse("She/PRON lives/VERB in/ADP Paris/PROPN ./PUNCT")
        #expect(parse[0].head == "lives" && parse[0].relation == "nsubj")
        #expect(parse[3].head == "lives" && parse[3].relation == "obl")
        #expect(parse[2].head == "Paris" && parse[2].relation == "case")
    }

    @Test("the subject of a passive")
    func passive() {
        let parse = parse("The/DET bridge/NOUN was/AUX built/VERB in/ADP 1990/NUM ./PUNCT")
        #expect(parse[1].head == "built" && parse[1].relation == "nsubj:pass")
        #expect(parse[2].head == "built" && parse[2].relation == "aux:pass")
        #expect(parse[5].head == "built" && parse[5].relation == "obl")
    }
}
