import Foundation

/// The article `inquire` answers from when no corpus is named, embedded in the build as a resource.
public enum DefaultCorpus {
    /// The file name of the default article.
    public static let fileName = "pakistan-iran-airstrikes.txt"

    /// The location of the embedded copy of the default article, or nil when the resource bundle is missing.
    public static var url: URL? {
        Bundle.module.url(forResource: "pakistan-iran-airstrikes", withExtension: "txt")
    }
}
