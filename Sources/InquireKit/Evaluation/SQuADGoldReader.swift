/// Reads SQuAD v1.1 and v2.0 JSON files: every `data[].paragraphs[].qas[]` question with its `answers[].text`,
/// and every context as a document. A v2.0 question marked `is_impossible` (or with no answers) is unanswerable.
package enum SQuADGoldReader {
    /// The questions and paragraphs of `text`; throws on broken JSON or a missing key, naming the line.
    package static func read(_ text: String, path: String) throws(GoldFileError) -> GoldFile {
        let root: LocatedJSON
        do {
            root = try LocatedJSONParser.parse(text)
        } catch {
            throw GoldFileError(path: path, line: error.line, reason: "broken JSON: \(error.reason)")
        }
        guard root.isObject else { throw GoldFileError(path: path, line: root.line, reason: "expected a JSON object") }
        guard let articles = root["data"]?.array else {
            throw GoldFileError(path: path, line: root.line, reason: "missing array \"data\" (not a SQuAD file)")
        }
        var questions: [GoldQuestion] = []
        var paragraphs: [Document] = []
        for (articleIndex, article) in articles.enumerated() {
            guard article.isObject else {
                throw GoldFileError(path: path, line: article.line, reason: "an article must be a JSON object")
            }
            let title = article["title"]?.string ?? "article \(articleIndex + 1)"
            guard let paragraphList = article["paragraphs"]?.array else {
                throw GoldFileError(path: path, line: article.line, reason: "article is missing array \"paragraphs\"")
            }
            for (index, paragraph) in paragraphList.enumerated() {
                guard let context = paragraph["context"]?.string else {
                    throw GoldFileError(
                        path: path, line: paragraph.line, reason: "paragraph is missing string \"context\"")
                }
                guard let qas = paragraph["qas"]?.array else {
                    throw GoldFileError(path: path, line: paragraph.line, reason: "paragraph is missing array \"qas\"")
                }
                let paragraphNumber = paragraphs.count
                paragraphs.append(
                    Document(
                        id: "\(title)#\(index + 1)", title: title, source: "\(path)#\(title)/\(index + 1)",
                        text: context, firstLine: 1, textLinesAreSourceLines: false))
                for qa in qas {
                    questions.append(try question(qa, paragraph: paragraphNumber, path: path))
                }
            }
        }
        return GoldFile(
            path: path, format: .squad, questions: questions, paragraphs: paragraphs, version: root["version"]?.string)
    }

    /// One `qas` entry.
    static func question(_ qa: LocatedJSON, paragraph: Int, path: String) throws(GoldFileError) -> GoldQuestion {
        guard qa.isObject else {
            throw GoldFileError(path: path, line: qa.line, reason: "a question must be an object")
        }
        guard let id = qa["id"]?.scalarText else {
            throw GoldFileError(path: path, line: qa.line, reason: "question is missing \"id\"")
        }
        guard let text = qa["question"]?.string else {
            throw GoldFileError(path: path, line: qa.line, reason: "question \(id) is missing string \"question\"")
        }
        guard let list = qa["answers"]?.array else {
            throw GoldFileError(path: path, line: qa.line, reason: "question \(id) is missing array \"answers\"")
        }
        var answers: [String] = []
        for answer in list {
            guard let answerText = answer["text"]?.string else {
                throw GoldFileError(path: path, line: answer.line, reason: "answer of \(id) is missing string \"text\"")
            }
            answers.append(answerText)
        }
        if qa["is_impossible"]?.bool == true { answers = [] }
        return GoldQuestion(id: id, question: text, answers: answers, line: qa.line, paragraph: paragraph)
    }
}
