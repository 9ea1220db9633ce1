import Foundation
import Testing

@testable import InquireKit

@Suite("Norm bounds")
struct NormBoundsTests {
    @Test("every inverse norm is at most its class's bound, and classes follow the order of the norms")
    func boundsHold() {
        var generator = SplitMix(seed: 5)
        var norms: [Float] = [1, 0.5, 0.25, 1e-6, 1e-30, 3, 0]
        for _ in 0..<5_000 {
            // Spread over several octaves, as 1/‖d‖ is for sentences of 1 to a few thousand terms.
            let exponent = -Double(generator.next() % 12_000) / 1_000
            norms.append(Float(pow(2, exponent)))
        }
        let bounds = NormBounds(inverseNorms: norms)
        for (sentence, norm) in norms.enumerated() {
            #expect(bounds.bounds[Int(bounds.classes[sentence])] >= norm)
        }
        let sorted = norms.sorted()
        let classes = sorted.map(NormBounds.normClass)
        #expect(classes == classes.sorted())
    }

    @Test("a class spans 1/16 of an octave, so a bound exceeds a norm by at most 6.25%")
    func classesAreNarrow() {
        var generator = SplitMix(seed: 9)
        var norms: [Float] = []
        for _ in 0..<5_000 { norms.append(Float(pow(2, -Double(generator.next() % 15_000) / 1_000))) }
        let bounds = NormBounds(inverseNorms: norms)
        for (sentence, norm) in norms.enumerated() {
            #expect(bounds.bounds[Int(bounds.classes[sentence])] <= norm * 1.0625)
        }
        #expect(NormBounds.normClass(1) == 255)
        #expect(NormBounds.normClass(0.5) == 255 - 16)
        #expect(NormBounds.normClass(0) == 0)
        #expect(NormBounds.normClass(-1) == 0)
        #expect(NormBounds.normClass(.nan) == 0)
    }

    @Test("pruning by norm bounds keeps ties in corpus order, even for sentences reached late")
    func tiesKeepCorpusOrder() throws {
        // Even sentences hold one query term, odd ones the other, all with the same idf and norm: every score ties.
        // The even sentences are reached first, so the odd ones meet a full heap with an equal threshold and must
        // still displace later even sentences. The filler keeps the block sparse (scored through touched lists).
        var sentences = (0..<400).map { $0 % 2 == 0 ? ["alpha", "zeta"] : ["beta", "eta"] }
        sentences += Array(repeating: ["filler"], count: 2_000)
        let index = try SentenceIndex(termsPerSentence: sentences)
        for query in [["alpha", "beta"], ["beta", "alpha"]] {
            let hits = index.search(terms: query, top: 5)
            #expect(hits.map(\.sentence) == [0, 1, 2, 3, 4])
            #expect(Set(hits.map(\.score)).count == 1)
        }
    }
}
