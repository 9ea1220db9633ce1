/// The short forms a question writes or spells out, to tell a candidate that is the question's own name in another
/// form: *Who was the Most Valuable Player?* over "… was named the Most Valuable Player (MVP)" (the candidate "MVP"),
/// *Who replaced X as ASPO manager?* over "Apollo Spacecraft Program Office (ASPO) Manager X" (the candidate "Apollo
/// Spacecraft Program Office"), *Who did the FCC rule for?* over "the Federal Communications Commission". Such a
/// candidate names what the question is about, never its answer.
struct QuestionAcronyms: Sendable, Equatable {
    /// Lowercased short forms of at least `shortest` letters: the question's words in capitals ("mvp" for "MVP")
    /// and the initials of its runs of capitalised words ("mvp" for "Most Valuable Player").
    let forms: Set<String>

    /// No short forms.
    static let none = QuestionAcronyms(forms: [])

    /// The fewest letters a short form has: two-letter initials match too many names by chance.
    static let shortest = 3

    /// Lower-case words a name's run of capitalised words may hold without breaking it ("Bureau of Investigation").
    static let connectors: Set<String> = ["of", "and", "for", "&"]

    /// Creates the forms of a question's tokens (the first word, capitalised as every question's is, left out).
    init(question tokens: [QuestionToken]) {
        var forms = Set<String>()
        var run: [String] = []
        func close() {
            forms.formUnion(Self.initials(of: run))
            run = []
        }
        for (index, token) in tokens.enumerated() {
            guard token.isWord else {
                close()
                continue
            }
            if token.isAllCaps, token.text.count >= Self.shortest, token.text.contains(where: \.isLetter) {
                forms.insert(token.lower)
            }
            if index > 0, token.isCapitalized, token.text.contains(where: \.isLetter) {
                run.append(token.text)
            } else if !(Self.connectors.contains(token.lower) && !run.isEmpty) {
                close()
            }
        }
        close()
        self.forms = forms
    }

    /// Creates the forms given.
    init(forms: Set<String>) { self.forms = forms }

    /// The initials of every stretch of at least `shortest` consecutive words of a run of capitalised words.
    static func initials(of run: [String]) -> Set<String> {
        let letters = run.compactMap { $0.first.map { String($0).lowercased() } }
        guard letters.count >= shortest else { return [] }
        var found = Set<String>()
        for start in 0...(letters.count - shortest) {
            for end in (start + shortest)...letters.count { found.insert(letters[start..<end].joined()) }
        }
        return found
    }

    /// Whether `span` is the question's own name in another form: an acronym the question spells out, the
    /// spelled-out name (or its acronym in parentheses right after it) of an acronym the question writes.
    func names(_ span: TypedSpan, in view: SentenceView) -> Bool {
        guard !forms.isEmpty, !span.tokens.isEmpty, span.tokens.upperBound <= view.words.count else { return false }
        if span.tokens.count == 1, view.isAcronym(span.tokens.lowerBound),
            forms.contains(view.term(span.tokens.lowerBound))
        {
            return true
        }
        // The run of capitalised words around the span ("NFL Most Valuable Player" around "Valuable Player").
        var start = span.tokens.lowerBound
        while start > 0, !view.punctuated(after: start - 1), view.isCapitalized(start - 1) { start -= 1 }
        var end = span.tokens.upperBound
        while end < view.words.count, !view.punctuated(after: end - 1),
            view.isCapitalized(end) || (Self.connectors.contains(view.term(end)) && view.isCapitalized(end + 1))
        {
            end += 1
        }
        // Stretches of the run that hold a word of the span: "Director J. Edgar Hoover" after "Federal Bureau of
        // Investigation" is no spelled-out "FBI".
        let capitalised = (start..<end).filter { view.isCapitalized($0) }
        let letters = capitalised.map { view.term($0).prefix(1) }
        for first in capitalised.indices {
            for last in first..<capitalised.count where last - first + 1 >= Self.shortest {
                guard capitalised[first] < span.tokens.upperBound, capitalised[last] >= span.tokens.lowerBound
                else { continue }
                if forms.contains(letters[first...last].joined()) { return true }
            }
        }
        // "Most Valuable Player (MVP)": the run spelled out by the acronym in parentheses right after it (not a
        // name before "(MVP of …)", which the acronym describes).
        if end < view.words.count, view.isAcronym(end), forms.contains(view.term(end)) {
            let between = view.bytes[view.words[end - 1].range.upperBound..<view.words[end].range.lowerBound]
            let acronym = view.term(end)
            if between.contains(UInt8(ascii: "(")), letters.count >= acronym.count,
                letters.suffix(acronym.count).joined() == acronym
            {
                return true
            }
        }
        return false
    }
}
