import Foundation

/// Finding a benchmark's input file: the path in an environment variable, or a file at a relative path in the
/// nearest folder above the benchmark's source that has it.
enum BenchmarkInput {
    /// The path of the input: `$variable`, or `relative` in the nearest folder above `source`; nil (after saying
    /// why on standard error) when neither exists.
    static func path(variable: String, relative: String, near source: String) -> String? {
        var path = ProcessInfo.processInfo.environment[variable]
        var folder = URL(fileURLWithPath: source).deletingLastPathComponent()
        while path == nil, folder.path != "/" {
            let candidate = folder.appendingPathComponent(relative).path
            if FileManager.default.fileExists(atPath: candidate) { path = candidate }
            folder.deleteLastPathComponent()
        }
        if path == nil {
            FileHandle.standardError.write(
                Data("benchmarks: \(relative) not found above \(source); set \(variable)\n".utf8))
        }
        return path
    }
}
