// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "inquire",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "inquire", targets: ["inquire"]),
        .library(name: "InquireKit", targets: ["InquireKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        // `swift package generate-documentation --target InquireKit` builds the DocC catalog; a plugin only, so
        // nothing of it is compiled into the tool.
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.4.0"),
    ],
    targets: [
        // GNU readline, for the interactive shell's line editing and history.
        .systemLibrary(
            name: "CReadline",
            path: "Sources/CReadline",
            providers: [.apt(["libreadline-dev"])]
        ),
        // The default corpus, embedded in the build; Corpus/ holds the one copy of the text.
        .target(
            name: "DefaultCorpus",
            path: "Corpus",
            exclude: [
                "gold.tsv", "near-miss.tsv", "README.md", "news", "news-gold.tsv", "news-more", "news-more-gold.tsv",
                "news-check", "news-check-gold.tsv", "news-dev", "news-dev-gold.tsv", "news-dev2", "news-dev2-gold.tsv",
                "bio-check", "bio-check-gold.tsv",
            ],
            resources: [.copy("pakistan-iran-airstrikes.txt")]
        ),
        // The engine: corpus, text analysis, index, question classifier, answers, evaluation. No terminal I/O.
        .target(
            name: "InquireKit",
            resources: [.copy("Resources")]
        ),
        // The command line: subcommands and the interactive shell.
        .executableTarget(
            name: "inquire",
            dependencies: [
                "InquireKit",
                "DefaultCorpus",
                "CReadline",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Trains the analysis models (tagger, entity tagger, parser) from the UD treebanks; never run by the tests.
        .executableTarget(
            name: "inquire-train",
            dependencies: [
                "InquireKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Scratch files for the tests, removed when the test process exits.
        .target(
            name: "TestSupport",
            path: "Tests/TestSupport"
        ),
        .testTarget(
            name: "InquireKitTests",
            dependencies: ["InquireKit", "DefaultCorpus", "TestSupport"],
            exclude: ["Fixtures"]
        ),
        // End-to-end tests: they run the built `inquire` binary (and the shell through a pseudo-terminal).
        .testTarget(
            name: "inquireTests",
            dependencies: ["inquire", "TestSupport"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
