import Testing

@testable import InquireKit

@Suite("Group recogniser")
struct GroupRecognizerTests {
    @Test(
        "organisations and groups by suffix, possessive, demonym and collective noun",
        arguments: [
            ("Pakistan’s air force conducted retaliatory airstrikes.", "Pakistan’s air force"),
            ("Pakistan’s Foreign Ministry defended its retaliatory attack.", "Pakistan’s Foreign Ministry"),
            ("The Pakistani air force struck targets across the border.", "Pakistani air force"),
            ("The Broncos practiced at Stanford University this week.", "Stanford University"),
            ("The funding will be provided by the city council next year.", "city council"),
            ("The route is often used by smugglers and militants.", "smugglers and militants"),
        ])
    func groups(sentence: String, group: String) {
        #expect(SpanTestSupport.spans(.group, in: sentence).map(\.text).contains(group))
        #expect((SpanTestSupport.strength(of: group, as: .group, in: sentence) ?? 0) >= 0.3)
    }

    @Test("a group noun that names what follows describes it and stays weak")
    func descriptorBeforeName() throws {
        let sentence = "The show was headlined by the British rock group Coldplay with guests."
        let descriptor = try #require(SpanTestSupport.strength(of: "British rock group", as: .group, in: sentence))
        #expect(descriptor < 0.4)
        let name = try #require(SpanTestSupport.strength(of: "Coldplay", as: .group, in: sentence))
        #expect(name > descriptor)
    }

    @Test("a name before a group noun is a modifier, weaker than the phrase")
    func modifierName() {
        let sentence = "The region has seen an insurgency by Baluch nationalists for decades."
        let phrase = SpanTestSupport.strength(of: "Baluch nationalists", as: .group, in: sentence) ?? 0
        let name = SpanTestSupport.strength(of: "Baluch", as: .group, in: sentence) ?? 0
        #expect(phrase > name)
    }

    @Test("countries act as groups")
    func countries() {
        let sentence = "China has urged restraint between the two neighbours."
        #expect((SpanTestSupport.strength(of: "China", as: .group, in: sentence) ?? 0) >= 0.6)
    }
}
