@testable import InquireKit

/// Reads arbitrary text as a gold file, by detection and with each reader (TSV, JSON Lines, SQuAD JSON) forced:
/// either questions that are well formed or a `GoldFileError` whose line exists and whose message is one line.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzGoldReaders(_ data: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let text = fuzzText(data, count)
    let lines = text.utf8.reduce(1) { $0 + ($1 == 0x0A || $1 == 0x0D ? 1 : 0) }
    for reader in 0..<4 {
        do {
            let file: GoldFile
            switch reader {
            case 0: file = try GoldFile.parse(text, path: "gold")
            case 1: file = try TSVGoldReader.read(text, path: "gold.tsv")
            case 2: file = try JSONLinesGoldReader.read(text, path: "gold.jsonl")
            default: file = try SQuADGoldReader.read(text, path: "gold.json")
            }
            for question in file.questions {
                fuzzCheck(question.line >= 1 && question.line <= lines, "question on line \(question.line) of \(lines)")
                if let paragraph = question.paragraph {
                    fuzzCheck(paragraph >= 0 && paragraph < file.paragraphs.count, "paragraph \(paragraph)")
                }
                _ = question.opening
            }
        } catch {
            if let line = error.line {
                fuzzCheck(line >= 1 && line <= lines, "error names line \(line) of \(lines): \(error)")
            }
        }
    }
    return 0
}
