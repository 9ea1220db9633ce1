import Dispatch
import Foundation
import Synchronization

/// Sentences handed to the analysis together: their UTF-8 bytes one after another, and where each ends.
struct SentenceBatch: Sendable {
    /// The corpus position of the first sentence (a multiple of `IndexBuilder.chunkSize`).
    let first: Int
    /// The sentences' bytes, joined.
    var bytes: [UInt8] = []
    /// Sentence i is `bytes[ends[i - 1]..<ends[i]]` (the first starts at 0).
    var ends: [Int] = []

    /// The number of sentences.
    var count: Int { ends.count }

    /// Appends a sentence.
    mutating func append(_ sentence: UnsafeBufferPointer<UInt8>) {
        bytes.append(contentsOf: sentence)
        ends.append(bytes.count)
    }
}

/// Phase 1 of `IndexBuilder` for a corpus read as it is streamed: sentences arrive in batches (whole chunks of
/// `IndexBuilder.chunkSize` but the last), each analysed by the workers in parallel while the next is being read,
/// into the same chunks with the same worker vocabularies as `IndexBuilder.analyseInParallel` makes of the whole
/// corpus. `finish()` merges and lays them out as `IndexBuilder.build` does, so the index is the same.
final class StreamedAnalysis: @unchecked Sendable {
    /// Chunks a batch holds per worker: enough that the workers seldom wait for each other at the end of a batch
    /// (about 15 MB of text a batch on two cores), few enough to keep a batch small beside the index.
    static let chunksPerWorker = 8

    /// The number of workers.
    let workers: Int
    /// Sentences per batch.
    let batchSize: Int
    /// The analysed chunks, in corpus order (written by the batch in flight only).
    private var results: [ChunkPostings] = []
    /// Each worker's vocabulary, kept from batch to batch.
    private let vocabularies: UnsafeMutableBufferPointer<WorkerVocabulary>
    /// The batch in flight, if any.
    private var inFlight: DispatchGroup?
    /// Sentences handed in so far.
    private(set) var sentenceCount = 0

    /// An analysis with `workers` workers and batches of `chunksPerWorker` chunks a worker (fewer in tests).
    init(
        workers: Int = ProcessInfo.processInfo.activeProcessorCount,
        chunksPerWorker: Int = StreamedAnalysis.chunksPerWorker
    ) {
        self.workers = max(1, workers)
        batchSize = IndexBuilder.chunkSize * max(1, chunksPerWorker) * self.workers
        vocabularies = .allocate(capacity: self.workers)
        vocabularies.initialize(repeating: WorkerVocabulary())
    }

    deinit {
        inFlight?.wait()
        vocabularies.deinitialize()
        vocabularies.deallocate()
    }

    /// Starts analysing `batch` (once the batch before it is done) and returns while it runs.
    func analyse(_ batch: SentenceBatch) {
        inFlight?.wait()
        assert(batch.first == sentenceCount, "batches come in corpus order")
        sentenceCount += batch.count
        let group = DispatchGroup()
        inFlight = group
        DispatchQueue.global().async(group: group) { self.run(batch) }
    }

    /// Analyses `batch` with every worker, appending its chunks to `results`.
    private func run(_ batch: SentenceBatch) {
        let chunkSize = IndexBuilder.chunkSize
        let chunkCount = (batch.count + chunkSize - 1) / chunkSize
        let shared = SharedBuildState(chunkCount: chunkCount, workers: 1)
        DispatchQueue.concurrentPerform(iterations: min(workers, max(1, chunkCount))) { worker in
            var vocabulary = WorkerVocabulary()
            swap(&vocabulary, &self.vocabularies[worker])
            var buffer: [UInt32] = []
            batch.bytes.withUnsafeBufferPointer { bytes in
                while true {
                    let chunk = shared.nextChunk.add(1, ordering: .relaxed).oldValue
                    guard chunk < chunkCount else { break }
                    let local = (chunk * chunkSize)..<min(batch.count, (chunk + 1) * chunkSize)
                    let range = (batch.first + local.lowerBound)..<(batch.first + local.upperBound)
                    let postings = IndexBuilder.analyseChunk(
                        range, worker: worker, vocabulary: &vocabulary, buffer: &buffer
                    ) { position, vocabulary, terms in
                        let sentence = position - batch.first
                        let start = sentence == 0 ? 0 : batch.ends[sentence - 1]
                        for token in Tokenizer.tokenize(
                            utf8: UnsafeBufferPointer(rebasing: bytes[start..<batch.ends[sentence]]))
                        {
                            if let id = vocabulary.id(forToken: token) { terms.append(id) }
                        }
                    }
                    shared.store(postings, at: chunk)
                }
            }
            swap(&vocabulary, &self.vocabularies[worker])
        }
        results += shared.takeResults()
    }

    /// Waits for the last batch and builds the index of every sentence handed in. Throws
    /// `IndexBuildError.tooLarge` as `IndexBuilder.build` does.
    func finish() throws(IndexBuildError) -> SentenceIndex {
        inFlight?.wait()
        inFlight = nil
        var chunks = results
        results = []
        var vocabularies = Array(self.vocabularies)
        for index in self.vocabularies.indices { self.vocabularies[index] = WorkerVocabulary() }
        let merged = IndexBuilder.merge(&chunks, vocabularies: vocabularies)
        chunks = []
        vocabularies = []
        FreedMemory.release()
        return try IndexBuilder.layOut(merged, sentenceCount: sentenceCount)
    }
}
