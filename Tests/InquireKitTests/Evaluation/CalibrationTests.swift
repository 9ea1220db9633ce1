import Testing

@testable import InquireKit

@Suite("Calibration and risk–coverage")
struct CalibrationTests {
    /// Eight made-up best candidates: (confidence, right).
    static let outcomes: [(confidence: Double, right: Bool)] = [
        (0.05, false), (0.15, true), (0.15, false), (0.95, true), (0.95, true), (0.85, false), (1.0, true),
        (0.3, true),
    ]

    @Test("ECE over ten bins, computed by hand")
    func expectedCalibrationError() {
        let calibration = Calibration(outcomes: Self.outcomes)
        // Bins 0 (0.05: wrong), 1 (0.15 right, 0.15 wrong), 3 (0.3 right), 8 (0.85 wrong), 9 (0.95, 0.95, 1.0 all
        // right): (1·0.05 + 2·|0.5 − 0.15| + 1·0.7 + 1·0.85 + 3·|1 − 2.9/3|) / 8 = 2.4 / 8.
        #expect(abs(calibration.ece - 0.3) < 1e-12)
        #expect(calibration.questions == 8)
        #expect(calibration.bins.count == 10)
        #expect(calibration.bins.map(\.count) == [1, 2, 0, 1, 0, 0, 0, 0, 1, 3])
        #expect(calibration.bins[1].meanConfidence == 0.15)
        #expect(calibration.bins[1].accuracy == 0.5)
        #expect(abs((calibration.bins[9].meanConfidence ?? 0) - 2.9 / 3) < 1e-12)
        #expect(calibration.bins[9].accuracy == 1)
        #expect(calibration.bins[2].meanConfidence == nil && calibration.bins[2].accuracy == nil)
        #expect(calibration.bins[3].lower == 0.3 && calibration.bins[3].upper == 0.4)
    }

    @Test("a perfectly calibrated set has ECE 0; an empty one too")
    func perfect() {
        let outcomes: [(confidence: Double, right: Bool)] = [(0.25, true), (0.25, false), (0.25, false), (0.25, false)]
        #expect(Calibration(outcomes: outcomes).ece == 0)
        #expect(Calibration(outcomes: []).ece == 0)
        #expect(Calibration(outcomes: []).bins.allSatisfy { $0.count == 0 })
    }

    @Test(
        "bin edges: lower bound included (to 10⁻⁹), 1 in the last bin, out-of-range values clamped",
        arguments: [
            (0.0, 0), (0.1, 1), (0.3, 3), (0.7, 7), (0.999, 9), (1.0, 9), (1.5, 9), (-0.2, 0), (Double.nan, 0),
            (0.8999999999999999, 9), (0.09999999, 0),
        ])
    func edges(confidence: Double, bin: Int) {
        #expect(Calibration.bin(of: confidence, binCount: 10) == bin)
    }

    @Test("risk–coverage: accuracy of the most confident quarter, half, three quarters and all, by hand")
    func riskCoverage() {
        // Sorted: 1.0 ✓, 0.95 ✓, 0.95 ✓, 0.85 ✗, 0.3 ✓, 0.15 ✓, 0.15 ✗, 0.05 ✗ (ties in input order).
        let table = RiskCoveragePoint.table(outcomes: Self.outcomes)
        #expect(table.map(\.coverage) == [25, 50, 75, 100])
        #expect(table.map(\.questions) == [2, 4, 6, 8])
        #expect(table[0].accuracy == 100)
        #expect(table[1].accuracy == 75)
        #expect(abs(table[2].accuracy - 500 / 6) < 1e-9)
        #expect(table[3].accuracy == 62.5)
    }

    @Test("risk–coverage keeps at least the rounded-up share; ties keep the input order; empty gives zeros")
    func roundingAndTies() {
        let three: [(confidence: Double, right: Bool)] = [(0.2, false), (0.9, true), (0.5, false)]
        #expect(RiskCoveragePoint.table(outcomes: three).map(\.questions) == [1, 2, 3, 3])
        #expect(RiskCoveragePoint.table(outcomes: three).map(\.accuracy)[0] == 100)
        let tied: [(confidence: Double, right: Bool)] = [(0.5, false), (0.5, true)]
        #expect(
            RiskCoveragePoint.table(outcomes: tied, at: [50]) == [
                RiskCoveragePoint(coverage: 50, accuracy: 0, questions: 1)
            ])
        // Confidences that differ only in their last binary digits are ties too.
        let nearlyTied: [(confidence: Double, right: Bool)] = [(0.9, false), (0.9000000000000001, true)]
        #expect(RiskCoveragePoint.table(outcomes: nearlyTied, at: [50]).first?.accuracy == 0)
        #expect(RiskCoveragePoint.table(outcomes: []).allSatisfy { $0.questions == 0 && $0.accuracy == 0 })
    }

    @Test("the best candidate is scored even when withheld; an unanswerable question's is never right")
    func bestCandidate() {
        let questions = [
            GoldQuestion(id: "a", question: "Who built it?", answers: ["Ada Linden"], line: 1),
            GoldQuestion(id: "b", question: "Who sold it?", answers: ["Bo Ek"], line: 2),
            GoldQuestion(id: "c", question: "Who owns it?", answers: [], line: 3),
            GoldQuestion(id: "d", question: "Who painted it?", answers: [], line: 4),
        ]
        let predictions = [
            Prediction(answer: nil, confidence: 0.2, forcedAnswer: "ada linden"),  // withheld, right
            Prediction(answer: "Bo Ek", confidence: 0.8, forcedAnswer: "ignored"),  // given: forced is the answer
            Prediction(answer: nil, confidence: 0.1, forcedAnswer: "Gull Point"),  // rightly withheld
            Prediction(answer: nil, confidence: 0),  // no candidate at all
        ]
        let results = EvaluationRun().score(questions, predictions)
        #expect(results.map(\.prediction.forcedAnswer) == ["ada linden", "Bo Ek", "Gull Point", nil])
        #expect(results.map(\.exactMatch) == [0, 1, 1, 1])
        #expect(results.map(\.exactMatchForced) == [1, 1, 0, 1])
        #expect(results.map(\.bestCandidateIsRight) == [true, true, false, false])
        let report = EvaluationReport(results, k: 5)
        #expect(report.exactMatch == 75)
        #expect(report.exactMatchForced == 75)
        #expect(report.answerable.questions == 2)
        #expect(report.answerable.exactMatch == 50)
        #expect(report.answerable.exactMatchForced == 100)
        // Bins 2 (0.2 right), 8 (0.8 right), 1 (0.1 wrong), 0 (0 wrong): (0.8 + 0.2 + 0.1 + 0) / 4.
        #expect(abs(report.calibration.ece - 0.275) < 1e-12)
        #expect(report.riskCoverage.map(\.accuracy) == [100, 100, 200 / 3, 50])
    }
}
