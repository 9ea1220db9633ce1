/// Why a model file could not be read.
package enum ModelFileError: Error, Equatable, CustomStringConvertible {
    /// The file does not start with the model magic bytes.
    case notAModel
    /// The file was written by a format version this build does not read.
    case unsupportedVersion(UInt32)
    /// The checksum at the end does not match the content.
    case checksumMismatch
    /// A model of another kind than expected (a parser file given to the tagger).
    case wrongKind(expected: String, found: String)
    /// A section the model needs is missing.
    case missingSection(String)
    /// The content is inconsistent.
    case corrupt(String)
    /// The file cannot be read (the system's reason).
    case unreadable(String)

    /// One line saying what is wrong.
    package var description: String {
        switch self {
        case .notAModel: "not an inquire model file"
        case .unsupportedVersion(let version): "unsupported model format version \(version)"
        case .checksumMismatch: "model file checksum mismatch (damaged file)"
        case .wrongKind(let expected, let found): "expected a \(expected) model, found a \(found) model"
        case .missingSection(let name): "model file lacks its \(name) section"
        case .corrupt(let detail): "corrupt model file: \(detail)"
        case .unreadable(let reason): reason
        }
    }
}
