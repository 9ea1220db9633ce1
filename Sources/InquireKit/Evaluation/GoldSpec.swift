/// A gold file argument of `inquire-train confidence`: a path, optionally followed by `@` and the corpus its
/// questions are asked of (`Corpus/news-gold.tsv@Corpus/news`).
package enum GoldSpec {
    /// The path and the corpus (nil when none is named) of `spec`, split at its last `@`.
    package static func split(_ spec: String) -> (path: String, corpus: String?) {
        guard let at = spec.lastIndex(of: "@") else { return (spec, nil) }
        let corpus = String(spec[spec.index(after: at)...])
        return (String(spec[..<at]), corpus.isEmpty ? nil : corpus)
    }

    /// The specs a list file holds (`inquire-train confidence --specs`): one a line, trimmed, without blank lines
    /// and lines opening with `#`.
    package static func lines(of text: String) -> [String] {
        text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty && !$0.hasPrefix("#") }
    }
}
