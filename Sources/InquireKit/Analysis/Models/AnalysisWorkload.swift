import Foundation

/// A fixed set of sentences and the analysis stages run over them one at a time, for the analysis benchmark
/// (`Benchmarks/AnalysisBenchmarks`) and its profiling driver; not part of the tool's API (SPI `Benchmarks`).
///
/// Each stage reads the inputs the stages before it produced, computed once here with the shipped models, so a
/// stage can be timed alone: ``tokenize()`` the raw sentences, ``tag()`` the words (word forms, tagger,
/// lemmatizer), ``parse()`` the words and their tags, ``findEntities()`` the word forms and tags, and
/// ``analyse()`` all of them from the raw text, as a question or a retrieved sentence is analysed. Every stage
/// returns a checksum of its output so none of the work can be optimised away.
@_spi(Benchmarks) public struct AnalysisWorkload: Sendable {
    private let annotator: Annotator
    private let sentences: [String]
    private let words: [[String]]
    private let forms: [[WordForm]]
    private let tags: [[UniversalTag]]
    /// The tag ids the parser reads (the tagger's classes or their UPOS).
    private let parserTags: [[UInt8]]

    /// The number of sentences.
    public var sentenceCount: Int { sentences.count }
    /// The number of words the tokenizer finds in them (at most ``SentenceAnalysis/wordLimit`` a sentence).
    public var wordCount: Int { words.reduce(0) { $0 + $1.count } }

    /// A workload over `sentences` (raw text, one sentence each) with the models shipped in InquireKit's
    /// resources.
    ///
    /// - Throws: the models' loading error (its description is one line).
    public init(sentences: [String]) throws {
        annotator = try Annotator.bundled()
        self.sentences = sentences
        words = sentences.map { Array(UDTokenizer.words(in: $0).prefix(SentenceAnalysis.wordLimit).map(\.text)) }
        forms = words.map { $0.map(WordForm.init) }
        let classes = forms.map { [annotator] in annotator.tagger.tagIDs(forms: $0) }
        let tags = classes.map { [annotator] in annotator.tagger.universalTags(of: $0) }
        self.tags = tags
        parserTags = zip(classes, tags).map { [annotator] in annotator.parserTags(classes: $0, tags: $1) }
    }

    /// Tokenises every sentence; returns the number of words.
    public func tokenize() -> Int {
        sentences.reduce(0) { $0 &+ UDTokenizer.words(in: $1).count }
    }

    /// Computes the word forms, tags and lemmas of every sentence's words; returns a checksum of the tags.
    public func tag() -> Int {
        var checksum = 0
        for words in words where !words.isEmpty {
            let tags = annotator.tagger.tag(forms: words.map(WordForm.init))
            let lemmas = annotator.lemmatizer.lemmas(words, tags: tags)
            for tag in tags { checksum &+= Int(tag.rawValue) }
            checksum &+= lemmas.count
        }
        return checksum
    }

    /// Parses every sentence's words given their tags; returns a checksum of the heads.
    public func parse() -> Int {
        var checksum = 0
        var workspace = ParserWorkspace()
        for (words, tagIDs) in zip(words, parserTags) where !words.isEmpty {
            for head in annotator.parser.parse(words: words, tagIDs: tagIDs, workspace: &workspace).heads {
                checksum &+= head
            }
        }
        return checksum
    }

    /// Finds the entities of every sentence's words given their forms and tags; returns a checksum of the tags.
    public func findEntities() -> Int {
        var checksum = 0
        for (forms, tags) in zip(forms, tags) where !forms.isEmpty {
            for tag in annotator.entityTagger.tag(forms: forms, tags: tags) { checksum &+= tag.classIndex }
        }
        return checksum
    }

    /// Analyses every sentence from its text: tokenizer, tagger, lemmatizer, parser and entity tagger; returns a
    /// checksum of the analyses.
    public func analyse() -> Int {
        var checksum = 0
        for sentence in sentences {
            let analysis = SentenceAnalysis(analysing: sentence, with: annotator)
            checksum &+= analysis.words.count &+ analysis.entities.count
        }
        return checksum
    }

    /// The CPU time (of this thread) each shipped model takes to load on its own, one after the other: the file
    /// read, checked and decoded into its tables ("tagger" includes the lemmatizer; "entities" the gazetteer, when
    /// this is the process's first use of it). CPU time, not the wall clock, so other processes' load moves it least.
    public static func modelLoadTimes() throws -> [(model: String, duration: Duration)] {
        let directory = try ResourceBundle.url(of: "models/" + Annotator.FileName.tagger).deletingLastPathComponent()
        func cpuNanoseconds() -> Int64 {
            var time = timespec()
            clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
            return Int64(time.tv_sec) * 1_000_000_000 + Int64(time.tv_nsec)
        }
        func time(_ name: String, _ load: (ModelArchive) throws -> Void) throws -> (String, Duration) {
            let start = cpuNanoseconds()
            try load(try ModelArchive(contentsOf: directory.appendingPathComponent(name)))
            return (name, .nanoseconds(cpuNanoseconds() - start))
        }
        return [
            try time(Annotator.FileName.tagger) { _ = (try PartOfSpeechTagger(from: $0), try Lemmatizer(from: $0)) },
            try time(Annotator.FileName.parser) { _ = try ParserModel(archive: $0) },
            try time(Annotator.FileName.entities) { _ = try EntityTagger(from: $0) },
        ]
    }
}
