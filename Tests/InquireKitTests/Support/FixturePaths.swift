import Foundation

/// Paths of files the tests read, located from this source file so they work from any working directory.
enum FixturePaths {
    /// The repository root.
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The default article in `Corpus/`.
    static let defaultArticle = root.appendingPathComponent("Corpus/pakistan-iran-airstrikes.txt").path

    /// A file under `Tests/InquireKitTests/Fixtures/`.
    static func fixture(_ relative: String) -> String {
        root.appendingPathComponent("Tests/InquireKitTests/Fixtures").appendingPathComponent(relative).path
    }
}
