import Foundation

/// InquireKit's resource bundle, found without ever stopping the process.
///
/// SwiftPM's generated `Bundle.module` traps when the bundle is in neither of the two places it looks (beside the
/// executable, or in the build folder the binary came from), which happens to a binary copied elsewhere once its
/// build folder is gone. On Linux the bundle is looked up beside the executable, as `Bundle.module` does first,
/// and a missing bundle gives nil, so each resource can fall back (an empty lexicon, an empty gazetteer).
public enum ResourceBundle {
    /// The `<package>_InquireKit.resources` bundle, or nil when it is missing.
    public static func inquireKit() -> Bundle? {
        #if os(Linux) || os(Windows) || os(Android)
            let folder = Bundle.main.bundleURL
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return nil }
            for name in names.sorted() where name.hasSuffix("_InquireKit.resources") {
                if let bundle = Bundle(url: folder.appendingPathComponent(name)) { return bundle }
            }
            return nil
        #else
            return Bundle.module
        #endif
    }

    /// The file `name` (such as "question-lexicon.tsv") in the bundle's `Resources` folder or at its top, or nil.
    public static func url(of name: String) -> URL? {
        guard let bundle = inquireKit() else { return nil }
        let root = bundle.resourceURL ?? bundle.bundleURL
        for folder in ["Resources/", ""] {
            let file = root.appendingPathComponent(folder + name)
            if FileKind.of(file.path) == .regular { return file }
        }
        return nil
    }

    /// The UTF-8 text of the file `name` in the bundle (see `url(of:)`), or nil when it is missing or not UTF-8.
    public static func text(of name: String) -> String? {
        guard let url = url(of: name), let data = try? Data(contentsOf: url) else { return nil }
        return String(data: data, encoding: .utf8)
    }

    /// The folder `name` (such as "gazetteer") in the bundle's `Resources` folder or at its top, or nil.
    public static func directory(_ name: String) -> URL? {
        guard let bundle = inquireKit() else { return nil }
        let root = bundle.resourceURL ?? bundle.bundleURL
        for folder in ["Resources/", ""] {
            let directory = root.appendingPathComponent(folder + name, isDirectory: true)
            if FileKind.of(directory.path) == .folder { return directory }
        }
        return nil
    }
}
