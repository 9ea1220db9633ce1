import Foundation
import Testing

@testable import InquireKit

@Suite("answer extraction over long sentences, and cancellation")
struct LongSentenceTests {
    /// One sentence of `count` repetitions of "Bob went to Paris", without a punctuation mark.
    static func corpus(_ count: Int) -> Corpus {
        let text = String(repeating: "Bob went to Paris ", count: count)
        return Corpus(name: "bob", documents: [Document(id: "bob", source: "bob.txt", text: text)])
    }

    @Test("a punctuation-free sentence of 16,000 words is answered, in time about linear in its length")
    func linear() throws {
        let clock = ContinuousClock()
        var times: [Duration] = []
        for count in [500, 4000] {
            let engine = try Engine(corpus: Self.corpus(count))
            let start = clock.now
            let who = engine.answer("Who went to Paris?")
            let whereTo = engine.answer("Where did Bob go?")
            times.append(start.duration(to: clock.now))
            #expect(who.text == "Bob")
            #expect(whereTo.text == "Paris")
        }
        // Eight times the words: a linear path takes about 8 times as long, a quadratic one 64, a cubic one 512.
        let ratio = times[1] / times[0]
        #expect(ratio < 30, "ratio \(ratio)")
    }

    @Test("a sentence longer than the bound is analysed in a window around the question's words")
    func window() throws {
        let filler = String(repeating: "the river ran past the old mill ", count: 20_000)  // 640,000 bytes
        let text = filler + "Bob went to Paris on Tuesday " + filler
        let window = SentenceWindow(text, terms: ["pari"])
        #expect(window.text.utf8.count <= SentenceWindow.longest)
        #expect(window.text.contains("Bob went to Paris"))
        #expect(
            Array(text.utf8)[window.offset..<(window.offset + window.text.utf8.count)] == Array(window.text.utf8)[...])
        let engine = try Engine(
            corpus: Corpus(name: "long", documents: [Document(id: "d", source: "d.txt", text: text)]))
        let answer = engine.answer("Who went to Paris?")
        #expect(answer.text == "Bob")
        if let evidence = answer.evidence, let range = evidence.range {
            #expect(String(decoding: Array(evidence.text.utf8)[range], as: UTF8.self) == "Bob")
        } else {
            Issue.record("no evidence range")
        }
    }

    @Test("a raised cancellation stops the extraction: no answer, no evidence")
    func cancelled() throws {
        let engine = try Engine(corpus: Self.corpus(200))
        #expect(engine.answer("Who went to Paris?").text == "Bob")
        let cancellation = Cancellation()
        cancellation.cancel()
        let answer = engine.answer("Who went to Paris?", cancellation: cancellation)
        #expect(answer.text == nil)
        #expect(answer.candidates.isEmpty)
    }

    @Test("the punctuation counts of a sentence agree with the word-by-word check")
    func punctuationCounts() {
        let view = SentenceView("Bob, the mayor, went to Paris (France) and then home; Ann's dog ran.")
        for lower in 0...view.words.count {
            for upper in lower...view.words.count {
                let scanned = (lower..<upper).contains { view.punctuated(after: $0) }
                #expect(view.punctuated(within: lower..<upper) == scanned, "\(lower)..<\(upper)")
            }
            if lower < view.words.count {
                let next = (lower..<view.words.count).first { view.punctuated(after: $0) }
                #expect(view.nextPunctuated(from: lower) == next)
            }
        }
    }
}
