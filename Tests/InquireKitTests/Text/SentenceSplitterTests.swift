import Testing

@testable import InquireKit

@Suite("Sentence splitter")
struct SentenceSplitterTests {
    /// One case: a text and the sentences it must split into.
    struct Case: CustomStringConvertible, Sendable {
        let name: String
        let text: String
        let sentences: [String]
        var description: String { name }
    }

    static let cases: [Case] = [
        // Headlines and datelines.
        Case(
            name: "headline line without a full stop, then the body on the next line",
            text: """
                Retaliatory Airstrikes by Pakistan Target Iran’s Alleged Militant Positions
                Islamabad, Pakistan – Pakistan’s air force struck. The strikes came in response.
                """,
            sentences: [
                "Retaliatory Airstrikes by Pakistan Target Iran’s Alleged Militant Positions",
                "Islamabad, Pakistan – Pakistan’s air force struck.", "The strikes came in response.",
            ]),
        Case(
            name: "sentence-case headline, shorter than the paragraph after it",
            text: "Pakistan strikes militants in Iran\nPakistan’s air force conducted airstrikes on Thursday in "
                + "Iran’s Sistan and Baluchestan province. Iran protested.",
            sentences: [
                "Pakistan strikes militants in Iran",
                "Pakistan’s air force conducted airstrikes on Thursday in Iran’s Sistan and Baluchestan province.",
                "Iran protested.",
            ]),
        Case(
            name: "headline, byline and dateline",
            text: "Pakistan Strikes Iran\nBy Jane Doe\nIslamabad – Pakistan struck. Iran protested.",
            sentences: ["Pakistan Strikes Iran", "By Jane Doe", "Islamabad – Pakistan struck.", "Iran protested."]),
        Case(
            name: "headline followed by a blank line",
            text: "Talks Resume\n\nThe talks resumed. They ended.",
            sentences: ["Talks Resume", "The talks resumed.", "They ended."]),
        Case(
            name: "a Markdown heading is its own unit",
            text: "# Background\nIran and Pakistan share a border.",
            sentences: ["# Background", "Iran and Pakistan share a border."]),
        Case(
            name: "a dateline stays with its sentence",
            text: "Islamabad, Pakistan – Pakistan’s air force conducted airstrikes. The strikes escalated tensions.",
            sentences: [
                "Islamabad, Pakistan – Pakistan’s air force conducted airstrikes.", "The strikes escalated tensions.",
            ]),
        Case(
            name: "a dateline on its own line ending in a dash stays with its sentence",
            text: "ISLAMABAD, Pakistan —\nPakistan’s air force struck. Iran protested.",
            sentences: ["ISLAMABAD, Pakistan —\nPakistan’s air force struck.", "Iran protested."]),
        Case(
            name: "a dateline with a month abbreviation",
            text: "ISLAMABAD, Jan. 18 (AP) — Pakistan struck Iran. Iran protested.",
            sentences: ["ISLAMABAD, Jan. 18 (AP) — Pakistan struck Iran.", "Iran protested."]),
        // Abbreviations and titles.
        Case(
            name: "no split after U.S. and Dr. inside a sentence",
            text: "U.S. officials met Dr. Khan. They talked.",
            sentences: ["U.S. officials met Dr. Khan.", "They talked."]),
        Case(
            name: "a split after U.S. that ends a sentence",
            text: "The delegation flew to the U.S. The talks began on Monday.",
            sentences: ["The delegation flew to the U.S.", "The talks began on Monday."]),
        Case(
            name: "no split after U.S. before a capitalised name",
            text: "He served at a U.S. Army base in 1990. He left.",
            sentences: ["He served at a U.S. Army base in 1990.", "He left."]),
        Case(
            name: "U.K. and U.S. inside a sentence",
            text: "The U.K. and the U.S. signed it.",
            sentences: ["The U.K. and the U.S. signed it."]),
        Case(
            name: "titles before names",
            text: "Mr. Smith met Gen. Asim Munir and Lt. Col. Ahmed Sharif. Mrs. Smith stayed.",
            sentences: ["Mr. Smith met Gen. Asim Munir and Lt. Col. Ahmed Sharif.", "Mrs. Smith stayed."]),
        Case(
            name: "St. before a name",
            text: "She lives near St. Mark’s Square. It is quiet.",
            sentences: ["She lives near St. Mark’s Square.", "It is quiet."]),
        Case(
            name: "Inc. inside and at the end of a sentence",
            text: "Acme Inc. reported profits. He founded Acme Inc. The company grew.",
            sentences: ["Acme Inc. reported profits.", "He founded Acme Inc.", "The company grew."]),
        Case(
            name: "a month abbreviation before a day",
            text: "The law took effect on Jan. 18, 2024. It was repealed.",
            sentences: ["The law took effect on Jan. 18, 2024.", "It was repealed."]),
        Case(
            name: "No. before a number, and no. as a word",
            text: "No. 10 Downing Street said no. The talks ended.",
            sentences: ["No. 10 Downing Street said no.", "The talks ended."]),
        Case(
            name: "e.g. never ends a sentence",
            text: "Some fruits, e.g. Apples, are red. Others are not.",
            sentences: ["Some fruits, e.g. Apples, are red.", "Others are not."]),
        Case(
            name: "p.m. before an opener and before a weekday",
            text: "The meeting is at 5 p.m. The talks follow at 6 p.m. Tuesday.",
            sentences: ["The meeting is at 5 p.m.", "The talks follow at 6 p.m. Tuesday."]),
        Case(
            name: "et al. inside a sentence",
            text: "Smith et al. found that. The results held.",
            sentences: ["Smith et al. found that.", "The results held."]),
        Case(
            name: "circa and a.k.a. inside brackets",
            text: "Jacques Lefevre (c. 1455–1536) wrote it. The Daleks (a.k.a. The Mutants) aired.",
            sentences: ["Jacques Lefevre (c. 1455–1536) wrote it.", "The Daleks (a.k.a. The Mutants) aired."]),
        // Initials.
        Case(
            name: "initials",
            text: "The Hobbit was written by J. R. R. Tolkien. It appeared in 1937.",
            sentences: ["The Hobbit was written by J. R. R. Tolkien.", "It appeared in 1937."]),
        Case(
            name: "a middle initial",
            text: "George W. Bush visited. He spoke.",
            sentences: ["George W. Bush visited.", "He spoke."]),
        Case(
            name: "an initial before an adverbial opener",
            text: "It solves any problem in C. Of course, it is slow.",
            sentences: ["It solves any problem in C.", "Of course, it is slow."]),
        Case(
            name: "a single capital letter that ends a sentence",
            text: "The body needs vitamin C. It is essential.",
            sentences: ["The body needs vitamin C.", "It is essential."]),
        // Numbers.
        Case(
            name: "decimals and versions",
            text: "Growth was 3.5 percent. Version v2.0 shipped in 2019. It cost $4.5bn.",
            sentences: ["Growth was 3.5 percent.", "Version v2.0 shipped in 2019.", "It cost $4.5bn."]),
        Case(
            name: "a sentence that starts with a digit",
            text: "The war ended in 1945. 1946 was calm.",
            sentences: ["The war ended in 1945.", "1946 was calm."]),
        Case(
            name: "an ordinal before the full stop",
            text: "It ended on the 21st. Then it began again.",
            sentences: ["It ended on the 21st.", "Then it began again."]),
        // Ellipses.
        Case(
            name: "an ellipsis before a capital ends a sentence",
            text: "He paused… Then he left. Wait... What happened?",
            sentences: ["He paused…", "Then he left.", "Wait...", "What happened?"]),
        Case(
            name: "an ellipsis before a lower-case word does not",
            text: "He waited... and waited.",
            sentences: ["He waited... and waited."]),
        // Quotes and brackets.
        Case(
            name: "sentences ending inside quotes",
            text: "“We will respond,” the ministry said. “It is over.” The talks ended.",
            sentences: ["“We will respond,” the ministry said.", "“It is over.”", "The talks ended."]),
        Case(
            name: "a question inside quotes followed by a lower-case word",
            text: "“Is it over?” she asked. He said “No!” Then he left.",
            sentences: ["“Is it over?” she asked.", "He said “No!”", "Then he left."]),
        Case(
            name: "straight quotes, and a sentence that starts with a quote",
            text: "It ended. \"Never again,\" he said. He said \"stop.\" Then he left.",
            sentences: ["It ended.", "\"Never again,\" he said.", "He said \"stop.\"", "Then he left."]),
        Case(
            name: "a sentence inside brackets",
            text: "Iran protested. (The statement was brief.) Talks continued.",
            sentences: ["Iran protested.", "(The statement was brief.)", "Talks continued."]),
        Case(
            name: "citation marks after the full stop",
            text: "Paris is the capital.[3] It is large.[citation needed] It is old.",
            sentences: ["Paris is the capital.[3]", "It is large.[citation needed]", "It is old."]),
        Case(
            name: "a bracket before a lower-case word goes on",
            text: "It holds 30% oxygen (about 30 kPa). (although this varies). It is safe.",
            sentences: ["It holds 30% oxygen (about 30 kPa). (although this varies).", "It is safe."]),
        // Question and exclamation marks.
        Case(
            name: "question and exclamation marks",
            text: "Who did it? Nobody knows! The case is open?! Yes.",
            sentences: ["Who did it?", "Nobody knows!", "The case is open?!", "Yes."]),
        // Paragraphs and line breaks.
        Case(
            name: "a blank line always ends a sentence",
            text: "First paragraph without a stop\n\nSecond paragraph.\r\n\r\nThird one.",
            sentences: ["First paragraph without a stop", "Second paragraph.", "Third one."]),
        Case(
            name: "a single line break inside a sentence is a space",
            text: "The president met with\nofficials in Islamabad. They talked.",
            sentences: ["The president met with\nofficials in Islamabad.", "They talked."]),
        Case(
            name: "a wrapped line ending in a preposition before a capital",
            text: "The company was acquired by\nMicrosoft in 2018. It grew.",
            sentences: ["The company was acquired by\nMicrosoft in 2018.", "It grew."]),
        Case(
            name: "a wrapped line as long as the next does not make a headline",
            text: "Pakistan and Iran share a long and porous border\nIslamabad says militants use to attack.",
            sentences: ["Pakistan and Iran share a long and porous border\nIslamabad says militants use to attack."]),
        Case(
            name: "no split before a lower-case word, a comma or a dash",
            text: "The U.S. economy grew 2.5 percent. — It slowed, etc., later.",
            sentences: ["The U.S. economy grew 2.5 percent. — It slowed, etc., later."]),
        // Degenerate input.
        Case(name: "empty text", text: "", sentences: []),
        Case(name: "only white space", text: " \n\n\t ", sentences: []),
        Case(name: "no terminal mark at the end", text: "A fragment", sentences: ["A fragment"]),
    ]

    @Test("splits", arguments: cases)
    func table(_ example: Case) {
        #expect(SentenceSplitter.split(example.text).map(\.text) == example.sentences)
    }

    @Test("every span's byte range cuts its text from the source", arguments: cases)
    func ranges(_ example: Case) {
        let bytes = Array(example.text.utf8)
        for span in SentenceSplitter.split(example.text) {
            #expect(String(decoding: bytes[span.range], as: UTF8.self) == span.text)
        }
    }

    @Test("the default article splits into its headline and 21 sentences")
    func defaultArticle() throws {
        let text = try String(contentsOfFile: FixturePaths.defaultArticle, encoding: .utf8)
        let sentences = SentenceSplitter.split(text)
        #expect(sentences.count == 22)
        #expect(sentences.first?.text.hasPrefix("Retaliatory Airstrikes by Pakistan") == true)
        #expect(sentences.first?.line == 1)
        #expect(sentences.dropFirst().first?.text.hasPrefix("Islamabad, Pakistan –") == true)
        #expect(sentences.dropFirst().first?.line == 3)
        #expect(sentences.last?.line == 23)
        #expect(sentences.allSatisfy { !$0.text.contains("\n") })
    }

    @Test("line numbers count from 1 and follow line breaks inside and between sentences")
    func lineNumbers() {
        let text = "Headline Here\n\nFirst sentence. Second\nsentence.\n\n\nThird sentence."
        #expect(SentenceSplitter.split(text).map(\.line) == [1, 3, 3, 7])
    }

    @Test("code-point offsets of a sentence")
    func scalarOffsets() {
        let text = "Sīstān’s port. Chabahar is near."
        let spans = SentenceSplitter.split(text)
        #expect(spans.map { $0.scalarRange(in: text) } == [0..<14, 15..<32])
    }

    @Test("lines(of:) takes each non-blank line as a sentence")
    func lines() {
        let spans = SentenceSplitter.lines(of: "One. Two.\n\n  Three  \r\nFour")
        #expect(spans.map(\.text) == ["One. Two.", "Three", "Four"])
        #expect(spans.map(\.line) == [1, 3, 4])
    }
}
