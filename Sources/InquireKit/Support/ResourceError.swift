/// Why a resource of `inquire` cannot be had; each reads as one line naming what is missing and where.
public enum ResourceError: Error, Equatable, Sendable, CustomStringConvertible {
    /// No place holds the data; `looked` names the places searched, in order.
    case dataNotFound(looked: [String])
    /// The data folder was found but lacks the resource `name` (a relative path such as `gazetteer/places.tsv`).
    case missing(name: String, in: String)
    /// The resource exists but cannot be read as needed (`reason` says why).
    case unreadable(path: String, reason: String)

    /// The message.
    public var description: String {
        switch self {
        case .dataNotFound(let looked):
            "inquire's data (lexicons, gazetteer, default corpus) was not found; looked in "
                + looked.joined(separator: ", ") + "; set \(DataLocator.environmentVariable) to the folder holding it"
        case .missing(let name, let folder):
            "the resource \(name) is missing from \(folder)"
        case .unreadable(let path, let reason):
            "\(path): \(reason)"
        }
    }
}
