import ArgumentParser
import Foundation
import InquireKit

/// `inquire-train entities`: the entity tagger, from GUM CC BY NER train and UNER EWT dev.
struct EntityTraining: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "entities", abstract: "Train the named-entity tagger (needs the tagger model).")

    @OptionGroup var options: TrainingOptions

    mutating func run() throws {
        throw ValidationError("the entity tagger is not trained yet")
    }
}
