// swift-tools-version: 6.1
// Performance benchmarks for inquire (package-benchmark). A separate package so the main build and CI do not
// need the benchmark tooling. Run from this folder:
//
//     swift package benchmark                         # every suite
//     swift package benchmark --target TextBenchmarks # one suite
//
// To add a suite: create `Benchmarks/<Name>/<Name>.swift` and append `benchmarkTarget("<Name>")` to `targets`;
// `BenchmarkSupport` loads the SQuAD contexts. `Tools/` holds drivers for instruction counts and profiles (not
// benchmark suites: the plugin runs only executables directly under `Benchmarks/`).
import PackageDescription

/// A benchmark executable in `Benchmarks/<name>/`, linked against InquireKit and the benchmark library.
func benchmarkTarget(_ name: String) -> Target {
    .executableTarget(
        name: name,
        dependencies: [
            "BenchmarkSupport",
            .product(name: "Benchmark", package: "benchmark"),
            .product(name: "InquireKit", package: "inquire"),
        ],
        path: name,
        plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
    )
}

let package = Package(
    name: "inquire-benchmarks",
    platforms: [.macOS(.v15)],
    dependencies: [
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
        .package(name: "inquire", path: ".."),  // named: the folder may be called anything
    ],
    targets: [
        .target(
            name: "BenchmarkSupport", dependencies: [.product(name: "InquireKit", package: "inquire")],
            path: "BenchmarkSupport"),
        benchmarkTarget("TextBenchmarks"),
        benchmarkTarget("IndexBenchmarks"),
        benchmarkTarget("AnalysisBenchmarks"),
        benchmarkTarget("AnswerBenchmarks"),
        .executableTarget(
            name: "TextPasses",
            dependencies: ["BenchmarkSupport", .product(name: "InquireKit", package: "inquire")],
            path: "Tools/TextPasses"
        ),
        .executableTarget(
            name: "AnalysisPasses",
            dependencies: ["BenchmarkSupport", .product(name: "InquireKit", package: "inquire")],
            path: "Tools/AnalysisPasses"
        ),
    ],
    swiftLanguageModes: [.v6]
)
