import ArgumentParser
import Foundation
import InquireKit

/// The parser's training subcommands, registered by the parser's own files.
enum ParserCommands {
    /// The subcommands to add to `inquire-train`.
    static let list: [any ParsableCommand.Type] = [ParserTraining.self, ParseTreebank.self, ParserSpeed.self]

    /// Trains the parser with its default settings (for `inquire-train all`, after the tagger).
    static func trainDefault(options: TrainingOptions) throws {
        try ParserTraining.train(options: options)
    }
}

/// `inquire-train parser-speed`: how fast the parser alone parses the words of a CoNLL-U file, tagged beforehand by
/// the trained tagger (one thread, the tagging not timed; CPU time, so other
/// processes on the machine affect it less than wall time).
struct ParserSpeed: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parser-speed", abstract: "Measure sentences and words a second of the parser alone.")

    @OptionGroup var options: TrainingOptions

    @Option(help: "The CoNLL-U file whose words are parsed (relative to --data).")
    var file = "ud-english-ewt/en_ewt-ud-dev.conllu"

    @Option(help: "Passes over the file.")
    var passes = 5

    mutating func run() throws {
        let tagger = try PartOfSpeechTagger(from: ModelArchive(contentsOf: try options.modelFile("tagger.inqm")))
        let parser = try DependencyParser(contentsOf: try options.modelFile("parser.inqm"))
        let sentences = try CoNLLUReader.read(contentsOf: options.dataFile(file)).map { $0.words.map(\.form) }
        let tagged = sentences.map { ($0, tagger.tag($0)) }
        let words = sentences.reduce(0) { $0 + $1.count }
        var workspace = ParserWorkspace()
        var checksum = 0
        let start = clock()
        for _ in 0..<passes {
            for (words, tags) in tagged {
                checksum &+= parser.parse(words: words, tags: tags, workspace: &workspace).heads.reduce(0, &+)
            }
        }
        let seconds = Double(clock() - start) / Double(CLOCKS_PER_SEC)
        report(
            String(
                format:
                    "parser-speed: %d sentences, %d words × %d passes in %.2f s of CPU: %.0f sentences/s, %.0f words/s (%d)",
                sentences.count, words, passes, seconds, Double(sentences.count * passes) / seconds,
                Double(words * passes) / seconds, checksum))
    }
}
