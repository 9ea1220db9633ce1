import BenchmarkSupport
import Foundation
import InquireKit

// Runs one text-analysis stage over every SQuAD context a given number of times and prints a checksum: a driver
// for instruction counts and profiles, whose figures do not depend on the machine's load.
//
//     swift build -c release --product TextPasses
//     valgrind --tool=cachegrind --cache-sim=no .build/release/TextPasses tokenize 5   # minus the run with 0
//     perf record -g .build/release/TextPasses split 50
let arguments = CommandLine.arguments
let stages = ["split", "tokenize", "stopwords", "analyze", "cached"]
guard arguments.count == 3, stages.contains(arguments[1]), let passes = Int(arguments[2]), passes >= 0 else {
    FileHandle.standardError.write(Data("usage: TextPasses \(stages.joined(separator: "|")) PASSES\n".utf8))
    exit(2)
}
guard let corpus = SQuADContexts.load() else { exit(1) }
var checksum = 0
for _ in 0..<passes {
    switch arguments[1] {
    case "split":
        for text in corpus.texts { checksum &+= SentenceSplitter.split(text).count }
    case "tokenize":
        for text in corpus.texts { checksum &+= Tokenizer.tokenize(text).count }
    case "stopwords":
        for text in corpus.texts {
            for token in Tokenizer.tokenize(text) where Stopwords.contains(token.term) { checksum &+= 1 }
        }
    case "analyze":
        for text in corpus.texts { checksum &+= Analyzer.terms(text).count }
    default:
        var analyzer = CachedAnalyzer()
        for text in corpus.texts { checksum &+= analyzer.terms(text).count }
    }
}
print("\(arguments[1]) × \(passes) over \(corpus.bytes) bytes: checksum \(checksum)")
