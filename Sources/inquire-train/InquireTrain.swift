import ArgumentParser

/// `inquire-train`: trains the analysis models from the Universal Dependencies treebanks. Deterministic: fixed
/// seeds, fixed pass counts, data read in file order.
@main
struct InquireTrain: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inquire-train",
        abstract:
            "Train inquire's tagger, entity tagger and parser, fit the answer confidence, write the prebuilt tables.",
        subcommands: [
            TaggerTraining.self, EntityTraining.self, AllTraining.self, SpeedMeasurement.self, ConfidenceTraining.self,
            ResourceCompilation.self, ModelConversionCommand.self, NounKindTraining.self, RankerTraining.self,
        ]
            + ParserCommands.list
    )
}
