/// Why an index could not be built.
public enum IndexBuildError: Error, Equatable, CustomStringConvertible {
    /// The corpus needs more postings, or more bytes of posting blocks, than the index format's 32-bit posting
    /// numbers and offsets hold (`limit`); `postings` and `bytes` are the totals reached when the build stopped.
    case tooLarge(postings: UInt64, bytes: UInt64, limit: UInt64)

    /// One line for the user: what is too large and what to do.
    public var description: String {
        switch self {
        case .tooLarge(let postings, let bytes, let limit):
            "index too large: \(postings) postings in \(bytes) bytes of posting blocks, and an index holds at most "
                + "\(limit) of each; split the corpus and index the parts separately"
        }
    }
}
