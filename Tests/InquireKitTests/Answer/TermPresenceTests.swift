import Foundation
import Testing

@testable import InquireKit

@Suite("Term presence: the question's terms the corpus and the evidence hold, read by the confidence")
struct TermPresenceTests {
    @Test("a term no sentence holds is counted absent and lowers the present share; a stated relation has none")
    func absentTerms() {
        let named = RelationSupportTests.named
        let unstated = AnswerRankingTests.engine(named).answer("Who commands the Northern Fleet?")
        let parts = unstated.candidates.map(\.parts)
        #expect(!parts.isEmpty)
        // "commands" stands in no sentence; "Northern" and "Fleet" do.
        #expect(parts.allSatisfy { $0.absentTerms == 1 })
        #expect(parts.allSatisfy { $0.presentShare > 0 && $0.presentShare < 1 })
        #expect(parts.allSatisfy { $0.missingTerms >= 1 })

        let stated = AnswerRankingTests.engine(named + ["Admiral Sergei Petrov commands the Northern Fleet."])
        let answer = stated.answer("Who commands the Northern Fleet?")
        #expect(answer.text?.hasSuffix("Sergei Petrov") == true)
        let winner = answer.candidates.first?.parts
        #expect(winner?.absentTerms == 0)
        #expect(winner?.presentShare == 1)
        #expect(winner?.missingTerms == 0)
    }

    @Test("the confidence reads an absent term as an indicator, the present share as is, missing terms as a log")
    func features() {
        var parts = ScoreParts()
        (parts.absentTerms, parts.presentShare, parts.missingTerms) = (3, 0.4, 2)
        let vector = ConfidenceModel.features(parts, score: 0.5, type: .person)
        let names = ConfidenceModel.featureNames
        #expect(vector.count == names.count)
        #expect(vector[names.firstIndex(of: "term absent")!] == 1)
        #expect(vector[names.firstIndex(of: "present share")!] == 0.4)
        #expect(abs(vector[names.firstIndex(of: "missing terms")!] - log(3)) < 1e-12)
        let none = ConfidenceModel.features(ScoreParts(), score: 0.5, type: .person)
        #expect(none[names.firstIndex(of: "term absent")!] == 0)
        #expect(none[names.firstIndex(of: "present share")!] == 1)
        #expect(none[names.firstIndex(of: "missing terms")!] == 0)
        let sentence = ConfidenceModel.sentenceFeatures(
            coverage: 0.5, retrieval: 1, relation: 1, absentTerms: 1, presentShare: 0.7, missingTerms: 1)
        #expect(sentence.count == names.count)
        #expect(sentence[names.firstIndex(of: "term absent")!] == 1)
        #expect(sentence[names.firstIndex(of: "present share")!] == 0.7)
        #expect(abs(sentence[names.firstIndex(of: "missing terms")!] - log(2)) < 1e-12)
    }
}
