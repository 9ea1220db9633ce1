import ArgumentParser
import Foundation

/// Where the treebanks are read from and where the models are written.
struct TrainingOptions: ParsableArguments {
    @Option(help: "The treebank folder (holding ud-english-ewt/, ud-english-gum-ccby/, uner-english-ewt/).")
    var data = "../shared/data/treebanks"

    @Option(help: "The folder the model files are written to.")
    var out = "Sources/InquireKit/Resources/models"

    /// The URL of a file under the data folder.
    func dataFile(_ relative: String) -> URL {
        URL(fileURLWithPath: data).appendingPathComponent(relative)
    }

    /// The URL of a model file under the output folder (the folder is created when missing).
    func modelFile(_ name: String) throws -> URL {
        let folder = URL(fileURLWithPath: out)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder.appendingPathComponent(name)
    }
}

/// The treebank files, relative to the data folder.
enum TreebankFiles {
    static let ewtTrain = "ud-english-ewt/en_ewt-ud-train.conllu"
    static let ewtDev = "ud-english-ewt/en_ewt-ud-dev.conllu"
    static let gumTrain = "ud-english-gum-ccby/en_gum-ccby-ud-train.conllu"
    static let gumNERTrain = "ud-english-gum-ccby/en_gum-ccby-ner-train.iob2"
    static let gumNERDev = "ud-english-gum-ccby/en_gum-ccby-ner-dev.iob2"
    static let unerDev = "uner-english-ewt/en_ewt-ud-dev.iob2"
}

/// Prints a progress line on standard error.
func report(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))  // safe: the training tool's own progress messages
}
