import Foundation

/// Finds the gazetteer's resource folder in InquireKit's resource bundle without ever trapping.
///
/// The folder is `gazetteer/` at the top of the bundle when Package.swift declares
/// `.copy("Resources/gazetteer")`, or `Resources/gazetteer/` when it copies the whole `Resources` folder; both
/// are tried. SwiftPM's generated `Bundle.module` stops the process when its bundle is absent (a binary copied
/// without its `*_InquireKit.resources` folder), so on Linux the bundle is looked up where `Bundle.module` looks
/// first, beside the executable, and a missing bundle gives nil (an empty gazetteer). Elsewhere `Bundle.module`
/// is used.
enum GazetteerResource {
    /// The resource folder's paths inside the bundle, in the order tried.
    static let candidates = ["gazetteer", "Resources/gazetteer"]

    /// The resource folder, or nil when it cannot be found.
    static func directory() -> URL? {
        #if os(Linux) || os(Windows) || os(Android)
            guard let bundle = bundleBesideExecutable() else { return nil }
        #else
            let bundle = Bundle.module
        #endif
        guard let root = bundle.resourceURL ?? Optional(bundle.bundleURL) else { return nil }
        for path in candidates {
            let folder = root.appendingPathComponent(path, isDirectory: true)
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue {
                return folder
            }
        }
        return nil
    }

    /// The `<package>_InquireKit.resources` bundle in the executable's folder, where SwiftPM builds and installs it.
    private static func bundleBesideExecutable() -> Bundle? {
        let folder = Bundle.main.bundleURL
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return nil }
        for name in names.sorted() where name.hasSuffix("_InquireKit.resources") {
            if let bundle = Bundle(url: folder.appendingPathComponent(name)) { return bundle }
        }
        return nil
    }
}
