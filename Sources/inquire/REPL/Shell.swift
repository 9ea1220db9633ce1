import CReadline
import Foundation
import InquireKit

/// The interactive shell: reads questions with GNU readline and answers each.
struct Shell {
    let engine: Engine
    let corpusOptions: CorpusOptions

    func run() throws {
        let corpus = engine.corpus
        print("inquire: \(corpus.name), \(corpus.documents.count) documents, \(corpus.sentences.count) sentences")
        while let pointer = readline("inquire> ") {
            let line = String(cString: pointer).trimmingCharacters(in: .whitespaces)
            free(pointer)
            if line.isEmpty { continue }
            add_history(line)
            if line == ":quit" || line == ":q" { break }
            print(AnswerRendering.plain(engine.answer(line)), terminator: "")
        }
    }
}
