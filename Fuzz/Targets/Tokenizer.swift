@testable import InquireKit

/// Tokenizes arbitrary text, checks each token's range and term, and runs the analyzer (stopwords and the
/// Snowball stemmer) over the result.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTokenizer(_ data: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let text = fuzzText(data, count)
    let byteCount = text.utf8.count
    let tokens = Tokenizer.tokenize(text)
    var previousStart = 0
    for token in tokens {
        fuzzCheck(token.range.upperBound <= byteCount, "token \(token.range) past the end (\(byteCount))")
        fuzzCheck(!token.range.isEmpty, "empty token at \(token.range.lowerBound)")
        fuzzCheck(!token.term.isEmpty, "empty term at \(token.range)")
        fuzzCheck(token.range.lowerBound >= previousStart, "tokens out of order at \(token.range)")
        previousStart = token.range.lowerBound
        _ = SnowballStemmer.stem(token.term)
    }
    let terms = Analyzer.terms(of: tokens)
    fuzzCheck(terms.count <= tokens.count, "more terms than tokens")
    return 0
}
