import Foundation

/// Temporary files and folders for the tests: all of them go into one folder per test process, which is removed
/// when the process exits, so a test run leaves nothing behind in the system's temporary folder. Folders left by
/// runs that did not exit normally (a crash, a kill) are swept by the next run once they are a day old.
public enum ScratchSpace {
    /// This process's folder, created on first use.
    public static let root: String = {
        let parent = FileManager.default.temporaryDirectory.appendingPathComponent("inquire-tests").path
        sweep(parent, olderThan: 24 * 60 * 60)
        let path = parent + "/run-\(getpid())-\(UUID().uuidString)"
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        atexit { ScratchSpace.removeRoot() }
        return path
    }()

    /// A fresh path in the scratch folder whose last component ends with `name` (nothing is created).
    public static func path(_ name: String) -> String {
        root + "/\(UUID().uuidString)-\(name)"
    }

    /// A fresh path as a file URL.
    public static func url(_ name: String) -> URL {
        URL(fileURLWithPath: path(name))
    }

    /// A fresh empty folder in the scratch folder.
    public static func folder(_ name: String = "folder") throws -> String {
        let folder = path(name)
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return folder
    }

    /// Removes this process's folder (run at exit).
    static func removeRoot() {
        try? FileManager.default.removeItem(atPath: root)
    }

    /// Removes the run folders in `parent` last modified more than `age` seconds ago.
    static func sweep(_ parent: String, olderThan age: TimeInterval) {
        let manager = FileManager.default
        guard let names = try? manager.contentsOfDirectory(atPath: parent) else { return }
        let cutoff = Date().addingTimeInterval(-age)
        for name in names where name.hasPrefix("run-") {
            let path = parent + "/" + name
            let modified = (try? manager.attributesOfItem(atPath: path))?[.modificationDate] as? Date
            if let modified, modified < cutoff { try? manager.removeItem(atPath: path) }
        }
    }
}
