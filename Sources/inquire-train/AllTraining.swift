import ArgumentParser
import Foundation
import InquireKit

/// `inquire-train all`: every model in turn.
struct AllTraining: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "all", abstract: "Train every model: tagger, entity tagger, parser.")

    @OptionGroup var options: TrainingOptions

    mutating func run() throws {
        try TaggerTraining.train(options: options)
        try EntityTraining.train(options: options)
        try ParserCommands.trainDefault(options: options)
    }
}
