import Testing

@testable import InquireKit

@Suite("Word classes from unlabelled text")
struct WordClustersTests {
    /// Nouns after determiners, verbs after nouns: two kinds of word on each side.
    static let text: [[String]] = [
        ["the", "cat", "sat"], ["a", "dog", "ran"], ["the", "dog", "sat"], ["a", "cat", "ran"],
        ["the", "bird", "ran"], ["a", "bird", "sat"], ["The", "cat", "ran"], ["a", "dog", "sat"],
    ]

    static func builder() -> WordClusterBuilder {
        var builder = WordClusterBuilder()
        builder.classCount = 3
        builder.minimumCount = 2
        return builder
    }

    @Test("words that follow the same words share a left-context class; those before the same words a right one")
    func groupsByContext() {
        let clusters = Self.builder().build(Self.text)
        func left(_ word: String) -> UInt64 { WordClusters.left(clusters.classes(ofNormalised: word)) }
        func right(_ word: String) -> UInt64 { WordClusters.right(clusters.classes(ofNormalised: word)) }
        #expect(left("cat") == left("dog"))
        #expect(left("dog") == left("bird"))
        #expect(left("sat") == left("ran"))
        #expect(left("cat") != left("sat"))
        #expect(right("the") == right("a"))
        #expect(right("cat") == right("dog"))
        #expect(right("the") != right("cat"))
        #expect(left("cat") > 0 && right("cat") > 0)
        #expect(clusters.classes(ofNormalised: "fish") == 0)
    }

    @Test("building is deterministic and the table survives a file round trip")
    func deterministicRoundTrip() throws {
        let first = Self.builder().build(Self.text)
        #expect(first == Self.builder().build(Self.text))
        #expect(first.forms.first == "a" || first.forms.first == "the")
        var writer = ByteWriter()
        first.write(to: &writer)
        var reader = ByteReader(writer.bytes)
        let read = try WordClusters(from: &reader)
        #expect(read == first)
        #expect(read.classes(ofNormalised: "dog") == first.classes(ofNormalised: "dog"))
        #expect(WordClusters.empty.classes(ofNormalised: "dog") == 0)
    }
}
