import ArgumentParser

/// The parser's training subcommands, registered by the parser's own files.
enum ParserCommands {
    /// The subcommands to add to `inquire-train`.
    static let list: [any ParsableCommand.Type] = [ParserTraining.self, ParseTreebank.self]

    /// Trains the parser with its default settings (for `inquire-train all`, after the tagger).
    static func trainDefault(options: TrainingOptions) throws {
        try ParserTraining.train(options: options)
    }
}
