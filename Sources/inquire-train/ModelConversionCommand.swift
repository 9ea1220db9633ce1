import ArgumentParser
import Foundation
import InquireKit

/// `inquire-train convert`: rewrites model files of an older format version in the current one, in place or into
/// another folder, without retraining (the parser's move table is laid out as it lies in memory, so it loads with one
/// copy; every file gets the faster checksum).
struct ModelConversionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "convert", abstract: "Rewrite model files in the current file format (no training).")

    @Option(help: "The folder holding tagger.inqm, parser.inqm and entities.inqm.")
    var models = "Sources/InquireKit/Resources/models"

    @Option(help: "The folder the converted files are written to (default: the models folder itself).")
    var out: String?

    mutating func run() throws {
        let source = URL(fileURLWithPath: models)
        let target = URL(fileURLWithPath: out ?? models)
        try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
        for name in [Annotator.FileName.tagger, Annotator.FileName.parser, Annotator.FileName.entities] {
            let input = source.appendingPathComponent(name)
            let archive: ModelArchive
            do {
                archive = try ModelArchive(contentsOf: input)
            } catch {
                throw ValidationError("cannot read \(input.path): \(error)")
            }
            let converted = try ModelConversion.converted(archive)
            let output = target.appendingPathComponent(name)
            try converted.write(to: output)
            report(
                "convert: \(input.path) (format \(archive.version)) → \(output.path) (format \(converted.version), "
                    + "\(converted.bytes.count) bytes)")
        }
    }
}
