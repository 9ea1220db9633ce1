import Testing

@testable import InquireKit

@Suite("Candidate rows")
struct CandidateRowsTests {
    /// A candidate `text` found in sentence 3 ("Mira Holt thanked the Lantern Club.") at `range`, with `role`.
    static func candidate(_ text: String, range: Range<Int>, score: Double, role: Double) -> Candidate {
        var parts = ScoreParts()
        parts.role = role
        parts.predicateFound = role > 0
        return Candidate(
            text: text, type: .person, score: score,
            evidence: Evidence(
                sentence: 3, text: "Mira Holt thanked the Lantern Club.", source: "made-up.txt:4", range: range),
            parts: parts)
    }

    /// One scored question whose prediction ranked `candidates`.
    static func result(_ answers: [String], candidates: [Candidate]) -> QuestionResult {
        var prediction = Prediction(answer: candidates.first?.text, answerType: "HUM:ind")
        prediction.candidates = candidates
        return QuestionResult(
            gold: GoldQuestion(id: "q1", question: "Who thanked the club?", answers: answers, line: 2),
            prediction: prediction, k: 5)
    }

    @Test("every candidate is a row of the header's width, best first, right by normalised exact match")
    func rowsPerCandidate() {
        let results = [
            Self.result(
                ["Mira Holt"],
                candidates: [
                    Self.candidate("the Lantern Club", range: 18..<34, score: 0.8, role: 0),
                    Self.candidate("Mira Holt,", range: 0..<9, score: 0.6, role: 1),
                ])
        ]
        let rows = CandidateRows.rows(of: results, file: "made-up.tsv") { _ in "made-up" }
        #expect(rows.count == 2)
        #expect(rows.allSatisfy { $0.count == CandidateRows.header.count })
        let column = { (name: String) in CandidateRows.header.firstIndex(of: name)! }
        #expect(rows.map { $0[column("rank")] } == ["0", "1"])
        #expect(rows.map { $0[column("right")] } == ["0", "1"])
        #expect(rows.map { $0[column("start")] } == ["18", "0"])
        #expect(rows.map { $0[column("words")] } == ["3", "2"])
        #expect(rows.map { $0[column("role")] } == ["0.0", "1.0"])
        #expect(rows.map { $0[column("predicateFound")] } == ["0.0", "1.0"])
        #expect(rows[0][column("group")] == "made-up")
        #expect(rows[0][column("asked")] == "HUM:ind")
    }

    @Test("an unanswerable question's candidates are never right, and a tab in a text stays inside its field")
    func unanswerableAndTabs() {
        let rows = CandidateRows.rows(
            of: [Self.result([], candidates: [Self.candidate("Lantern\tClub", range: 22..<34, score: 0.5, role: 0)])],
            file: "made-up.tsv"
        ) { _ in "made-up" }
        #expect(rows.count == 1)
        #expect(rows[0].count == CandidateRows.header.count)
        #expect(rows[0][CandidateRows.header.firstIndex(of: "answerable")!] == "0")
        #expect(rows[0][CandidateRows.header.firstIndex(of: "right")!] == "0")
        #expect(rows[0][CandidateRows.header.firstIndex(of: "text")!] == "Lantern Club")
    }

    @Test("a question without candidates gives no row")
    func noCandidates() {
        #expect(CandidateRows.rows(of: [Self.result(["Mira Holt"], candidates: [])], file: "x") { _ in "x" }.isEmpty)
    }
}
