import Foundation

/// The article `inquire` answers from when no corpus is named, embedded in the build as a resource.
public enum DefaultCorpus {
    /// The file name of the default article.
    public static let fileName = "pakistan-iran-airstrikes.txt"

    /// The location of the embedded copy of the default article, or nil when the resource bundle is missing.
    ///
    /// SwiftPM's generated `Bundle.module` stops the process when its bundle is absent (a binary copied without its
    /// `*_DefaultCorpus.resources` folder), so on Linux the bundle is looked up where `Bundle.module` looks first,
    /// beside the executable, and a missing bundle gives nil.
    public static var url: URL? {
        #if os(Linux)
            let folder = Bundle.main.bundleURL
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return nil }
            for name in names.sorted() where name.hasSuffix("_DefaultCorpus.resources") {
                let file = folder.appendingPathComponent(name).appendingPathComponent(fileName)
                if FileManager.default.fileExists(atPath: file.path) { return file }
            }
            return nil
        #else
            return Bundle.module.url(forResource: "pakistan-iran-airstrikes", withExtension: "txt")
        #endif
    }
}
