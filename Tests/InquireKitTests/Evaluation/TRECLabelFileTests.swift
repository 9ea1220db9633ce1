import Foundation
import TestSupport
import Testing

@testable import InquireKit

/// Reading TREC question-classification label files.
struct TRECLabelFileTests {
    @Test func parsesLabelsAndQuestions() throws {
        let text = "HUM:ind Who wrote the poem ?\n\nLOC:city What city has the bridge ?\r\n"
        let entries = try TRECLabelFile.parse(text, file: "sample.label")
        #expect(entries.count == 2)
        #expect(entries[0].label == .individual)
        #expect(entries[0].question == "Who wrote the poem ?")
        #expect(entries[1].label == .city)
        #expect(entries[1].question == "What city has the bridge ?")
    }

    @Test func unknownLabelThrowsWithFileAndLine() {
        let text = "HUM:ind Who wrote the poem ?\nNUM:How count many hills are there ?\n"
        #expect(throws: TRECLabelFileError(file: "x.label", line: 2, reason: "unknown label 'NUM:How'")) {
            try TRECLabelFile.parse(text, file: "x.label")
        }
        let error = TRECLabelFileError(file: "x.label", line: 2, reason: "unknown label 'NUM:How'")
        #expect(error.description == "x.label:2: unknown label 'NUM:How'")
    }

    @Test func lineWithoutQuestionIsAnError() {
        #expect(throws: TRECLabelFileError.self) { try TRECLabelFile.parse("HUM:ind", file: "y") }
        #expect(throws: TRECLabelFileError.self) { try TRECLabelFile.parse("HUM:ind   ", file: "y") }
    }

    @Test func lenientParsingSkipsBadLines() {
        let text = "HUM:ind Who wrote it ?\nBAD:label What ?\nNUM:date When ?"
        let result = TRECLabelFile.parseSkippingInvalid(text, file: "z")
        #expect(result.entries.map(\.label) == [.individual, .date])
        #expect(result.skipped.map(\.line) == [2])
    }

    @Test func readsAFileFromDisk() throws {
        let url = ScratchSpace.url("trec.label")
        try Data("DESC:def What is a caldera ?\n".utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let entries = try TRECLabelFile.read(contentsOf: url.path)
        #expect(entries.first?.label == .definition)
        #expect(throws: TRECLabelFileError.self) { try TRECLabelFile.read(contentsOf: url.path + ".missing") }
    }
}
