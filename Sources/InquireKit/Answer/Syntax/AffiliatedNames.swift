/// *Which newspaper does Jo Bell write for?* over "Jo Bell of the Tarsk Courier said …", *Which party does Jo Bell
/// represent?* over "the Harbour Party's Jo Bell won …" or "Jo Bell (Harbour Party)", *Which company makes Quill?*
/// over "Acme's Quill 9": a name written right next to a name the question asks about — as its *of* phrase, its
/// possessor or a parenthesis after it — says which group that one belongs to (the paper a reporter writes for, the
/// party of a candidate, the maker of a product). When a *which*/*what* question asks for a group of a kind about a
/// named person or thing, such an affiliated name is a candidate (the tagger often reads "Jo Bell of the Tarsk
/// Courier" as one person and offers no group) and fits as well as a name of the focus noun's kind does
/// (`FocusNames.fit`).
struct AffiliatedNames: Sendable {
    /// The question's names other than the asked phrase, each the lower-case words of a run of proper nouns
    /// (["jo", "bell"]).
    let names: [[String]]

    /// Words that may join the words of an affiliated name ("Department of Roads", "Globe and Mail").
    static let connectors: Set<String> = ["of", "and", "&", "for", "the", "de"]

    /// The affiliation question of `question` (its frame `frame`): a *which*/*what* question asking for a group
    /// (`expected` holds `.group`) whose focus noun names a kind of organisation (`namesOrganisation`) and which
    /// names someone or something with proper nouns outside its asked phrase; nil otherwise.
    init?(question: QuestionAnalysis, frame: QuestionFrame?, expected: [SpanType], nouns: NounLexicon) {
        guard expected.contains(.group), FocusNames(question: question) != nil,
            let focus = question.focus?.split(separator: " ").last.map({ String($0).lowercased() }),
            Self.namesOrganisation(focus, nouns: nouns), let frame
        else { return nil }
        let analysis = frame.analysis
        let askedPhrase = frame.asked.map { analysis.phrase(headedBy: $0, conjuncts: false) } ?? 0..<0
        var names: [[String]] = []
        var run: [String] = []
        for word in 0..<analysis.count {
            let proper =
                analysis.tags[word] == .propn && !askedPhrase.contains(word) && word != frame.wh
                && analysis.words[word].text.first?.isUppercase == true
            if proper {
                run.append(analysis.words[word].text.lowercased())
            } else if !run.isEmpty {
                names.append(run)
                run = []
            }
        }
        if !run.isEmpty { names.append(run) }
        guard !names.isEmpty else { return nil }
        self.names = names
    }

    /// Whether the common noun `noun` (lower case) names a kind of organisation: the head of an organisation's
    /// name (`GroupLexicon.heads`: "party", "company") or a noun GUM's mentions tag as an organisation
    /// (`NounLexicon.namesOrganisation`: "newspaper", "magazine"; not "artist", "city").
    static func namesOrganisation(_ noun: String, nouns: NounLexicon) -> Bool {
        GroupLexicon.heads.contains(noun) || nouns.namesOrganisation(noun)
    }

    /// Creates the question's names directly (lower-case words of each).
    init(names: [[String]]) { self.names = names }

    /// The word ranges of `analysis` where one of the question's names is written: all its words in order, or the
    /// last word of a name of several alone ("Bell" for "Jo Bell") as a proper noun.
    func mentions(in analysis: SentenceAnalysis) -> [Range<Int>] {
        var found: [Range<Int>] = []
        let lower = analysis.words.map { $0.text.lowercased() }
        for name in names {
            var start = 0
            while start < analysis.count {
                if start + name.count <= analysis.count, Array(lower[start..<start + name.count]) == name {
                    found.append(start..<start + name.count)
                    start += name.count
                    continue
                }
                if name.count > 1, lower[start] == name.last, analysis.tags[start] == .propn,
                    start == 0 || lower[start - 1] != name[name.count - 2]
                {
                    found.append(start..<start + 1)
                }
                start += 1
            }
        }
        return found
    }

    /// The names of `analysis` affiliated with a mention of the question's names: the *of* phrase ("Jo Bell of the
    /// Tarsk Courier"), the possessor ("the Harbour Party's Jo Bell") or a parenthesised apposition ("Jo Bell
    /// (Harbour Party)") of the mention's head, made of capitalised words (and connectors) with a proper noun
    /// among them, without a leading determiner, an *of* or a possessive mark. Not a place the gazetteer lists
    /// ("Jo Bell of Tarsk" says where she is from).
    func affiliations(in analysis: SentenceAnalysis, gazetteer: Gazetteer) -> [Range<Int>] {
        var found: [Range<Int>] = []
        for mention in mentions(in: analysis) {
            guard let head = Self.head(of: mention, in: analysis) else { continue }
            for child in analysis.children[head] where !mention.contains(child) {
                guard let name = Self.affiliated(child, of: head, in: analysis), !name.overlaps(mention),
                    !found.contains(name)
                else { continue }
                let text = analysis.text(of: name)
                if !gazetteer.places(named: text).isEmpty { continue }
                found.append(name)
            }
        }
        return found
    }

    /// The head of the mention `words`: the word whose head lies outside them, raised over the name it is a
    /// compound or flat part of ("Quill" of "Acme's Quill 9" to "9" when the tree heads the name there).
    static func head(of words: Range<Int>, in analysis: SentenceAnalysis) -> Int? {
        guard var head = words.first(where: { !words.contains(analysis.heads[$0]) }) else { return nil }
        while ["compound", "flat"].contains(analysis.baseRelation(head)), analysis.heads[head] >= 0,
            [.propn, .num].contains(analysis.tags[analysis.heads[head]])
        {
            head = analysis.heads[head]
        }
        return head
    }

    /// The name of the dependent `child` of `head` when it is an affiliation: a possessor, an *of* phrase or an
    /// apposition in parentheses, trimmed to its name words; nil otherwise.
    static func affiliated(_ child: Int, of head: Int, in analysis: SentenceAnalysis) -> Range<Int>? {
        let relation = analysis.relations[child]
        let phrase = analysis.subtree(of: child)
        var words = phrase
        if relation == "nmod:poss" {
            guard child < head else { return nil }
        } else if analysis.baseRelation(child) == "nmod" {
            guard child > head,
                analysis.dependents(of: child, "case").contains(where: { analysis.lemmas[$0].lowercased() == "of" })
            else { return nil }
        } else if analysis.baseRelation(child) == "appos" {
            // The parenthesis opens the phrase, or right before it when the tree hangs it elsewhere.
            let opening = phrase.lowerBound > 0 ? phrase.lowerBound - 1 : phrase.lowerBound
            guard child > head, analysis.words[phrase.lowerBound].text == "(" || analysis.words[opening].text == "("
            else { return nil }
        } else {
            return nil
        }
        func isEdge(_ word: Int) -> Bool {
            let text = analysis.words[word].text.lowercased()
            return analysis.tags[word] == .det || analysis.tags[word] == .punct || text == "of"
                || FocusNames.isPossessive(word, in: analysis)
        }
        while !words.isEmpty, isEdge(words.lowerBound) { words = (words.lowerBound + 1)..<words.upperBound }
        while !words.isEmpty, isEdge(words.upperBound - 1) { words = words.lowerBound..<(words.upperBound - 1) }
        guard !words.isEmpty, FocusNames.isNameWord(words.lowerBound, in: analysis),
            FocusNames.isNameWord(words.upperBound - 1, in: analysis),
            words.allSatisfy({
                FocusNames.isNameWord($0, in: analysis) || FocusNames.isInnerHyphen($0, in: analysis)
                    || Self.connectors.contains(analysis.words[$0].text.lowercased())
            }),
            words.contains(where: { FocusNames.isProperWord($0, in: analysis) })
        else { return nil }
        return words
    }

    /// Spans of type `type` over the affiliated names of `analysis` (`affiliations(in:gazetteer:)`).
    func spans(in analysis: SentenceAnalysis, view: SentenceView, type: SpanType, gazetteer: Gazetteer)
        -> [TypedSpan]
    {
        affiliations(in: analysis, gazetteer: gazetteer).compactMap {
            SyntaxSpans.span(over: $0, in: analysis, view: view, type: type)
        }
    }

    /// `syntaxes` (one per span) with `SyntaxEvidence.focusFit` raised to `FocusNames.fit` for each span of a
    /// person, group or place over an affiliated name of `analysis` (a leading determiner aside).
    func applied(to syntaxes: [SyntaxEvidence], spans: [TypedSpan], in analysis: SentenceAnalysis, gazetteer: Gazetteer)
        -> [SyntaxEvidence]
    {
        let names = Set(affiliations(in: analysis, gazetteer: gazetteer))
        guard !names.isEmpty else { return syntaxes }
        var syntaxes = syntaxes
        for (index, span) in spans.enumerated() where [.person, .group, .location].contains(span.type) {
            guard var words = analysis.words(coveringBytes: span.range) else { continue }
            while words.count > 1, analysis.tags[words.lowerBound] == .det {
                words = (words.lowerBound + 1)..<words.upperBound
            }
            if names.contains(words) { syntaxes[index].focusFit = max(syntaxes[index].focusFit, FocusNames.fit) }
        }
        return syntaxes
    }
}
