import Testing

@testable import InquireKit

/// Accuracy on questions written for this project and kept out of the classifier's development
/// (`Fixtures/questions/fresh-questions.label`): a guard against regressions on unseen phrasing.
struct FreshQuestionTests {
    /// The bars: the accuracy reached when the file was added (98.78% coarse, 97.56% fine on 164 questions),
    /// less a margin of two questions.
    static let minimumCoarse = 97.5
    static let minimumFine = 96.0

    @Test func accuracyOnFreshQuestions() throws {
        let path = FixturePaths.fixture("questions/fresh-questions.label")
        let entries = try TRECLabelFile.read(contentsOf: path)
        #expect(entries.count >= 100)
        let (evaluation, misses) = ClassifierEvaluation.evaluate(
            entries, with: QuestionClassifier(resources: .forTests))
        let missed = misses.map { "\($0.gold.rawValue) → \($0.predicted.rawValue)  \($0.question)" }
        #expect(evaluation.coarseAccuracy >= Self.minimumCoarse, "coarse misses:\n\(missed.joined(separator: "\n"))")
        #expect(evaluation.fineAccuracy >= Self.minimumFine, "fine misses:\n\(missed.joined(separator: "\n"))")
    }

    @Test func everyClassIsUsedByTheFixture() throws {
        let entries = try TRECLabelFile.read(contentsOf: FixturePaths.fixture("questions/fresh-questions.label"))
        #expect(Set(entries.map(\.label.coarse)).count == 6)
        #expect(Set(entries.map(\.label)).count == 50)
    }
}
