/// *Which firm offered him a post?* over "Brightwell asked him to come to their firm …": a
/// noun phrase that is only the question's focus noun after a determiner or a possessive pronoun ("their company",
/// "the company") repeats the kind the question asks about without naming one of it, so it is no answer.
enum FocusEchoes {
    /// Whether `span` (a person, group or place span) is only the focus noun (a stem, `QuestionShape.focus`),
    /// with at most articles, demonstratives or possessive pronouns before it (`QuestionShape.determiners`).
    static func echoes(_ span: TypedSpan, focus: String?) -> Bool {
        guard let focus, [.person, .group, .location].contains(span.type) else { return false }
        // Numbers count as words: "the 50 fund" names a fund, "77 passes" counts them.
        let words = span.text.lowercased().split { !($0.isLetter || $0.isNumber) }.map(String.init)
        guard let last = words.last, SnowballStemmer.stem(last) == focus else { return false }
        return words.dropLast().allSatisfy(QuestionShape.determiners.contains)
    }
}
