/// Fingerprints that tie an index file to what it was built from.
package enum Fingerprints {
    /// A 64-bit fingerprint of a corpus: every document's identity, source and text, and every sentence's
    /// document, byte range and line. Two corpora with the same fingerprint index to the same sentences.
    package static func corpus(_ corpus: Corpus) -> UInt64 {
        var hasher = FingerprintHasher()
        hasher.combine(UInt64(corpus.documents.count))
        for document in corpus.documents {
            hasher.combine(document.id)
            hasher.combine(document.title == nil ? 0 : 1)
            hasher.combine(document.title ?? "")
            hasher.combine(document.source)
            hasher.combine(document.text)
            hasher.combine(UInt64(document.firstLine))
            hasher.combine(document.textLinesAreSourceLines ? 1 : 0)
        }
        let table = corpus.sentences.table
        hasher.combine(UInt64(table.documents.count))
        table.documents.withUnsafeBytes { hasher.combine(bytes: $0) }
        table.ranges.withUnsafeBytes { hasher.combine(bytes: $0) }
        table.lines.withUnsafeBytes { hasher.combine(bytes: $0) }
        return hasher.value
    }

    /// A fingerprint of the text analysis: the terms `Analyzer` gives for a fixed probe text covering
    /// stopwords, inflections the stemmer folds, possessives, compounds, numbers and non-ASCII words. An index
    /// built under another tokenizer, stopword list or stemmer would disagree with the queries analysed now.
    package static let analyzer: UInt64 = {
        var hasher = FingerprintHasher()
        for term in Analyzer.terms(analyzerProbe) { hasher.combine(term) }
        return hasher.value
    }()

    /// The probe text of `analyzer`.
    static let analyzerProbe = """
        The connected connections were connecting; generously generalised organizations' relational \
        conditionally hopefulness. Running runners ran quickly, happily and easily; cities, ponies, caresses, \
        feed agreed disabled matting mating meeting milling messing meetings. Pakistan’s nuclear-armed neighbour \
        fired 900-kilometer missiles on 18 January 2024 at 3.5 million dollars, 1,200 people: don't O'Brien's \
        news. Crème brûlée, naïve café, Zürich and São Paulo; ΑΒΓ Москва 東京. Abilities, abnormal, absolutely, \
        accordingly, adjustable, allowance, argued, arguing, arguments, beautiful, beautifully, conformabli, \
        radicalli, differentli, vilely, analogousli, vietnamization, predication, operator, feudalism, decisiveness, \
        hopefulness, callousness, formaliti, sensitiviti, sensibiliti, triplicate, formative, formalize, \
        electriciti, electrical, hopeful, goodness, revival, allowance, inference, airliner, gyroscopic, \
        adjustable, defensible, irritant, replacement, adjustment, dependent, adoption, homologou, communism, \
        activate, angulariti, homologous, effective, bowdlerize, generate, generous, gently, skies, dying, lying, \
        tying, idly, ugly, early, only, singly, inning, outing, canning, herring, earring, proceed, exceed, \
        succeed, andes, atlas, cosmos, bias, news, howe, sky, commune, communiti, arsenal, universe.
        """
}

/// The per-sentence provenance of a corpus as flat arrays (the form index files store).
struct SentenceTable {
    /// Each sentence's document.
    var documents: [UInt32] = []
    /// Each sentence's byte range in its document text, as (lower, upper) pairs.
    var ranges: [UInt64] = []
    /// Each sentence's line.
    var lines: [UInt64] = []

    init(_ sentences: some Collection<Sentence>) {
        documents.reserveCapacity(sentences.count)
        ranges.reserveCapacity(sentences.count * 2)
        lines.reserveCapacity(sentences.count)
        for sentence in sentences {
            documents.append(UInt32(sentence.document))
            ranges.append(UInt64(sentence.range.lowerBound))
            ranges.append(UInt64(sentence.range.upperBound))
            lines.append(UInt64(sentence.line))
        }
    }

    init(documents: [UInt32], ranges: [UInt64], lines: [UInt64]) {
        self.documents = documents
        self.ranges = ranges
        self.lines = lines
    }
}
