import ArgumentParser
import Foundation
import InquireKit

/// `inquire-train nouns`: counts, in GUM CC BY train, the entity types of the mentions each common noun heads and
/// writes the noun lexicon (`NounLexicon`, `Resources/noun-kinds.tsv`). Deterministic: counting, then sorted lines.
/// With `--dev` it scores the lexicon on GUM dev by type (and the other cut-offs beside it) and writes nothing.
struct NounKindTraining: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "nouns",
        abstract: "Write the lexicon of the entity types common nouns name, from GUM's entity annotation.",
        discussion: """
            Each entity mention of GUM CC BY train (MISC `Entity=`) is counted under the lemma of its head word \
            (the word whose head lies outside it) when that is a common noun. Nouns heading at least --minimum \
            mentions are written, with their types by count.
            """)

    @Option(help: "The treebank folder (holding ud-english-gum-ccby/).")
    var data = "../shared/data/treebanks"

    @Option(help: "The least number of mentions a noun must head to be listed.")
    var minimum = 2

    @Option(help: "The file written.")
    var out = "Sources/InquireKit/Resources/noun-kinds.tsv"

    @Flag(help: "Score the lexicon on GUM dev by type, for several cut-offs, instead of writing it.")
    var dev = false

    func validate() throws {
        guard minimum >= 1 else { throw ValidationError("--minimum must be at least 1.") }
    }

    /// The header of the written file.
    static let header = [
        "Entity types of the common nouns heading the entity mentions of GUM CC BY train",
        "(en_gum-ccby-ud-train.conllu), noun<TAB>type:count …, the most frequent first;",
        "written by `inquire-train nouns`, do not edit.",
        "GUM: Amir Zeldes (2017), The GUM Corpus, https://github.com/amir-zeldes/gum, CC BY 4.0.",
    ]

    mutating func run() throws {
        let train = try Self.counts(of: URL(fileURLWithPath: data).appendingPathComponent(Self.trainFile))
        guard dev else {
            let text = train.text(minimum: minimum, header: Self.header)
            try AtomicFile.write(text, to: out)
            print("\(out): \(try NounLexicon(text: text).count) nouns, \(text.utf8.count) bytes")
            return
        }
        let held = try Self.counts(of: URL(fileURLWithPath: data).appendingPathComponent(Self.devFile))
        print("GUM dev, mentions headed by a common noun; a type needs \(Self.percent(NounLexicon.minimumShare))%")
        print("of the noun's train mentions (people: person and organisation together)")
        print("minimum  nouns  coverage%  precision%  person P/R%  organization P/R%  place P/R%  people P/R%")
        for cutoff in Array(Set([1, 2, 3, 5, 8, minimum])).sorted() {
            let lexicon = try NounLexicon(text: train.text(minimum: cutoff, header: []))
            let agreement = held.agreement(with: lexicon)
            func pair(_ counts: NounKindAgreement.Counts) -> String {
                "\(Self.percent(counts.precision))/\(Self.percent(counts.recall))"
            }
            let types = ["person", "organization", "place"].map { pair(agreement.byType[$0] ?? .init()) }
            print(
                [
                    "\(cutoff)", "\(lexicon.count)", Self.percent(agreement.coverage),
                    Self.percent(agreement.precision),
                ]
                .joined(separator: "  ") + "  " + types.joined(separator: "  ") + "  " + pair(agreement.people))
        }
    }

    static let trainFile = "ud-english-gum-ccby/en_gum-ccby-ud-train.conllu"
    static let devFile = "ud-english-gum-ccby/en_gum-ccby-ud-dev.conllu"

    /// The counts of a CoNLL-U file.
    static func counts(of url: URL) throws -> NounKindCounts {
        var counts = NounKindCounts()
        for sentence in try CoNLLUReader.read(contentsOf: url) { try counts.add(sentence, file: url.path) }
        return counts
    }

    /// `share` as a percentage with one decimal.
    static func percent(_ share: Double) -> String {
        (share * 100).formatted(.number.precision(.fractionLength(1)))
    }
}
