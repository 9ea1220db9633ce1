import Testing

@testable import InquireKit

/// The answer-type taxonomy.
struct AnswerTypeTests {
    @Test func hasTheFiftyTRECLabels() {
        #expect(AnswerType.allCases.count == 50)
        #expect(Set(AnswerType.allCases.map(\.rawValue)).count == 50)
        #expect(AnswerType(rawValue: "HUM:ind") == .individual)
        #expect(AnswerType(rawValue: "ENTY:cremat") == .creativeWork)
        #expect(AnswerType(rawValue: "NUM:volsize") == .size)
    }

    @Test func coarseIsTheLabelPrefix() {
        for type in AnswerType.allCases {
            #expect(type.rawValue.hasPrefix(type.coarse.rawValue + ":"))
        }
        #expect(CoarseType.allCases.count == 6)
    }

    @Test func displayNamesAreShortAndDistinct() {
        #expect(AnswerType.individual.displayName == "person")
        #expect(AnswerType.group.displayName == "group")
        #expect(AnswerType.date.displayName == "date")
        #expect(Set(AnswerType.allCases.map(\.displayName)).count == 50)
    }
}
