import Testing

@testable import InquireKit

@Suite("Possessor joins of the entity tagger")
struct EntityPossessorJoinTests {
    static func forms(_ text: String) -> [WordForm] { text.split(separator: " ").map { WordForm(String($0)) } }

    @Test("a name, a possessive and the name right after it become one entity of the second name's kind")
    func joinsNames() {
        let forms = Self.forms("in Pakistan \u{2019}s Baluchistan province near New York 's Central Park")
        let tags: [EntityTag] = [
            .outside, .begin(.place), .outside, .begin(.place), .inside(.place), .outside, .begin(.place),
            .inside(.place), .outside, .begin(.organization), .inside(.organization),
        ]
        #expect(
            EntityPossessorJoin.joined(tags, forms: forms) == [
                .outside, .begin(.place), .inside(.place), .inside(.place), .inside(.place), .outside,
                .begin(.organization), .inside(.organization), .inside(.organization), .inside(.organization),
                .inside(.organization),
            ])
    }

    @Test("a possessive before a common noun, after no name or inside an entity is left as it is")
    func leavesOthers() {
        let forms = Self.forms("Pakistan 's government and the country 's Baluchistan and Ray 's Pizza")
        let tags: [EntityTag] = [
            .begin(.place), .outside, .outside, .outside, .outside, .outside, .outside, .begin(.place), .outside,
            .begin(.organization), .inside(.organization), .inside(.organization),
        ]
        #expect(EntityPossessorJoin.joined(tags, forms: forms) == tags)
    }

    @Test("a person's name after a possessive, or the first name of a coordination, stays apart")
    func keepsPersonsAndCoordinations() {
        let forms = Self.forms("North Korea 's Kim Jong-un and Iran 's Sistan and Baluchestan province")
        let tags: [EntityTag] = [
            .begin(.place), .inside(.place), .outside, .begin(.person), .inside(.person), .outside, .begin(.place),
            .outside, .begin(.place), .outside, .begin(.place), .outside,
        ]
        #expect(EntityPossessorJoin.joined(tags, forms: forms) == tags)
    }

    @Test("a possessive that ends an entity of two words or more is left out of it, one inside a name kept")
    func finalPossessives() {
        let forms = Self.forms("Pakistan 's air force and Berkeley 's Department , and the Smiths '")
        let tags: [EntityTag] = [
            .begin(.place), .inside(.place), .outside, .outside, .outside, .begin(.organization),
            .inside(.organization), .inside(.organization), .outside, .outside, .outside, .begin(.person),
            .inside(.person),
        ]
        var expected = tags
        expected[1] = .outside
        expected[12] = .outside
        #expect(EntityPossessorJoin.withoutFinalPossessives(tags, forms: forms) == expected)
    }
}
