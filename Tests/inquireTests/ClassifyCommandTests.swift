import Foundation
import TestSupport
import Testing

@Suite("inquire classify, end to end")
struct ClassifyCommandTests {
    @Test("a question prints its class, focus and keywords")
    func oneQuestion() throws {
        let result = try BinaryRunner.run(["classify", "How many children were killed near the town of Saravan?"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("class:      NUM:count"))
        #expect(result.stdout.contains("focus:      child (asked as \"children\")"))
        #expect(result.stdout.contains("keywords:   children killed near town saravan"))
    }

    @Test("--eval scores a label file; unknown labels are reported with file and line and skipped")
    func evaluation() throws {
        let file = ScratchSpace.url("labels.label")
        let labels = """
            HUM:ind Who painted the ceiling of the old chapel ?
            LOC:city What city is the capital of the province ?
            NUM:count How many bridges cross the river ?
            NUM:date When did the bridge open ?
            XYZ:odd What is this ?
            """
        try labels.write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let result = try BinaryRunner.run(["classify", "--eval", file.path, "--json"])
        #expect(result.status == 0)
        #expect(result.stderr.contains("\(file.path):5: unknown label 'XYZ:odd'"))
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        #expect(object?["questions"] as? Int == 4)
        #expect(object?["coarse_accuracy"] as? Double == 100)
        #expect(object?["fine_accuracy"] as? Double == 100)
        #expect(object?["confusion"] is [String: Any])
        #expect(object?["per_class"] is [Any])

        let strict = try BinaryRunner.run(["classify", "--eval", file.path, "--strict"])
        #expect(strict.status == 1)
        #expect(strict.stderr.contains(":5: unknown label"))
    }

    @Test("neither a question nor --eval is a usage error")
    func usage() throws {
        let result = try BinaryRunner.run(["classify"])
        #expect(result.status == 64)
    }
}
