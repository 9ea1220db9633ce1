import InquireKit

/// Answers as tab-separated rows under a header: `question type answer confidence source evidence`. An
/// abstention leaves `answer` empty; tabs and line breaks inside fields become spaces so every row has six fields.
enum AnswerTSVRow {
    /// The header row.
    static let header = "question\ttype\tanswer\tconfidence\tsource\tevidence"

    /// The row for `answer` to `question`, without the newline.
    static func row(question: String, answer: Answer) -> String {
        [
            question, answer.question.answerType.rawValue, answer.text ?? "", "\(answer.confidence)",
            answer.evidence?.source ?? "", answer.evidence?.text ?? "",
        ].map(field).joined(separator: "\t")
    }

    /// A field with tabs and line breaks replaced by spaces.
    static func field(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { $0 == "\t" || $0 == "\n" || $0 == "\r" ? " " : $0 }))
    }
}
