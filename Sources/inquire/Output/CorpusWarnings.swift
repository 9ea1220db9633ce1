import InquireKit

/// Prints what a corpus loader worked around: one line per file on standard error.
enum CorpusWarnings {
    /// Writes `inquire: warning: …` for each of `corpus`'s warnings.
    static func report(_ corpus: Corpus) { report(corpus.warnings) }

    /// Prints each of `warnings` as one line on standard error.
    static func report(_ warnings: [CorpusWarning]) {
        for warning in warnings {
            StandardError.write("inquire: warning: " + ErrorReporting.oneLine(warning.description) + "\n")
        }
    }
}
