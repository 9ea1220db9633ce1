import Foundation

extension Engine.Resources {
    /// How long each table of the resources in `folder` takes to load, the median of `runs` loads, in order: the
    /// gazetteer, the question lexicon, the relation lexicon, the noun lexicon (what `inquire-train resources
    /// --timing` prints).
    ///
    /// - Throws: the `ResourceError` of a table that cannot be read.
    package static func loadingTimes(folder: URL, runs: Int = 5) throws -> [(String, Duration)] {
        let clock = ContinuousClock()
        func median(_ load: () throws -> Void) throws -> Duration {
            var times: [Duration] = []
            for _ in 0..<max(1, runs) {
                let start = clock.now
                try load()
                times.append(start.duration(to: clock.now))
            }
            return times.sorted()[times.count / 2]
        }
        return [
            ("gazetteer", try median { _ = try Gazetteer(compiledIn: folder.appendingPathComponent("gazetteer")) }),
            ("question lexicon", try median { _ = try QuestionLexicon(folder: folder) }),
            (
                "relation lexicon",
                try median {
                    _ = RelationLexicon(
                        stemmedTable: try ResourceBundle.table(
                            at: folder.appendingPathComponent(RelationLexicon.resourceName)))
                }
            ),
            (
                "noun lexicon",
                try median {
                    _ = NounLexicon(
                        table: try ResourceBundle.table(at: folder.appendingPathComponent(NounLexicon.resourceName)))
                }
            ),
        ]
    }
}
