/// A corpus's sentences in corpus order: byte ranges into the documents' texts (a corpus read from files: each
/// `Sentence`'s text is made from its document's bytes when it is read), records held in memory, or read in place
/// from an index file, where each `Sentence` is made from the stored bytes when it is read. Either way a sentence's
/// position is its id in the index.
public struct SentenceList: RandomAccessCollection, Sendable {
    /// Where the sentences lie.
    enum Storage: Sendable {
        case memory([Sentence])
        case spans(SentenceSpans)
        case stored(CorpusStore)
    }

    let storage: Storage

    /// Sentences held in memory.
    public init(_ sentences: [Sentence]) { storage = .memory(sentences) }

    /// The sentences of an index file's corpus.
    init(store: CorpusStore) { storage = .stored(store) }

    /// Sentences as ranges into their documents' texts.
    init(spans: SentenceSpans) { storage = .spans(spans) }

    /// The position of the first sentence (0).
    public var startIndex: Int { 0 }

    /// The number of sentences.
    public var endIndex: Int {
        switch storage {
        case .memory(let sentences): sentences.count
        case .spans(let spans): spans.count
        case .stored(let store): store.sentenceCount
        }
    }

    /// Sentence `position` (unless held as records, its text is made from its document's or the stored bytes now:
    /// O(length)).
    public subscript(position: Int) -> Sentence {
        switch storage {
        case .memory(let sentences): sentences[position]
        case .spans(let spans): spans.sentence(position)
        case .stored(let store): store.sentence(position)
        }
    }

    /// Calls `body` with the UTF-8 bytes of sentence `position`, without making its `String` where the bytes lie
    /// in a document's text.
    func withUTF8<R>(of position: Int, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        switch storage {
        case .memory(let sentences): SentenceSpans.withUTF8(sentences[position].text, body)
        case .spans(let spans): spans.withUTF8(of: position, body)
        case .stored(let store): SentenceSpans.withUTF8(store.text(of: position), body)
        }
    }

    /// Each sentence's document, byte range and line as flat arrays (held as such for a corpus read from files).
    var table: SentenceTable {
        if case .spans(let spans) = storage { return spans.table }
        return SentenceTable(self)
    }

    /// The store the sentences are read from, when they come from an index file.
    var store: CorpusStore? {
        if case .stored(let store) = storage { store } else { nil }
    }
}

extension SentenceList: ExpressibleByArrayLiteral {
    /// Sentences held in memory.
    public init(arrayLiteral elements: Sentence...) { self.init(elements) }
}

/// A corpus's documents in load order: held in memory, or read in place from an index file (each `Document`, its
/// full text included, made from the stored bytes when it is read).
public struct DocumentList: RandomAccessCollection, Sendable {
    /// Where the documents lie.
    enum Storage: Sendable {
        case memory([Document])
        case stored(CorpusStore)
    }

    let storage: Storage

    /// Documents held in memory.
    public init(_ documents: [Document]) { storage = .memory(documents) }

    /// The documents of an index file's corpus.
    init(store: CorpusStore) { storage = .stored(store) }

    /// The position of the first document (0).
    public var startIndex: Int { 0 }

    /// The number of documents.
    public var endIndex: Int {
        switch storage {
        case .memory(let documents): documents.count
        case .stored(let store): store.documentCount
        }
    }

    /// Document `position` (read from an index file, its strings are made from the stored bytes now).
    public subscript(position: Int) -> Document {
        switch storage {
        case .memory(let documents): documents[position]
        case .stored(let store): store.document(position)
        }
    }

    /// The source of document `position`, without making its text.
    public func source(of position: Int) -> String {
        switch storage {
        case .memory(let documents): documents[position].source
        case .stored(let store): store.source(ofDocument: position)
        }
    }
}

extension DocumentList: ExpressibleByArrayLiteral {
    /// Documents held in memory.
    public init(arrayLiteral elements: Document...) { self.init(elements) }
}

extension SentenceList: Equatable {
    /// Whether both lists hold the same sentences, wherever they lie.
    public static func == (lhs: SentenceList, rhs: SentenceList) -> Bool { lhs.elementsEqual(rhs) }
}

extension DocumentList: Equatable {
    /// Whether both lists hold the same documents, wherever they lie.
    public static func == (lhs: DocumentList, rhs: DocumentList) -> Bool { lhs.elementsEqual(rhs) }
}
