import Foundation
import InquireKit
import TestSupport
import Testing

@testable import inquire

@Suite("pending temporary files: what the signal handler removes")
struct PendingTemporaryFilesTests {
    @Test("a write in progress is recorded for the signal clean-up, and forgotten once done")
    func recordsTemporaryFile() throws {
        PendingTemporaryFiles.install()
        let folder = try ScratchSpace.folder("pending")
        let path = folder + "/index.bin"
        var seen: [String] = []
        try AtomicFile.write(to: path) { (writer: inout FileWriter) throws(FileWriteError) in
            try writer.write("content")
            seen = PendingTemporaryFiles.registered().filter { $0.hasPrefix(folder + "/.index.bin.tmp-") }
        }
        #expect(seen.count == 1)
        #expect(seen.allSatisfy { !FileManager.default.fileExists(atPath: $0) })
        #expect(PendingTemporaryFiles.registered().allSatisfy { !$0.hasPrefix(folder) })
    }

    @Test("removeAll unlinks every recorded file")
    func removesRecordedFiles() throws {
        let folder = try ScratchSpace.folder("pending")
        let path = folder + "/.left.tmp"
        #expect(FileManager.default.createFile(atPath: path, contents: Data("x".utf8)))
        let slot = PendingTemporaryFiles.register(path)
        defer { PendingTemporaryFiles.unregister(slot) }
        #expect(slot != nil)
        PendingTemporaryFiles.removeAll()
        #expect(!FileManager.default.fileExists(atPath: path))
    }
}
