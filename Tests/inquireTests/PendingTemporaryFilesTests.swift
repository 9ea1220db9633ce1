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

    /// On a table of its own: `removeAll` on the process's table would also unlink the temporary files of
    /// writes other tests have in progress at the same time (and make them fail).
    @Test("the clean-up unlinks the file of every filled slot")
    func removesRecordedFiles() throws {
        let folder = try ScratchSpace.folder("pending")
        let paths = [folder + "/.left.tmp", folder + "/.other.tmp"]
        for path in paths { #expect(FileManager.default.createFile(atPath: path, contents: Data("x".utf8))) }
        let table = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>.allocate(capacity: 3)
        table.initialize(repeating: nil, count: 3)
        defer {
            for slot in 0..<3 { free(table[slot]) }
            table.deallocate()
        }
        table[0] = strdup(paths[0])
        table[2] = strdup(paths[1])
        PendingTemporaryFiles.unlinkAll(in: table, count: 3)
        #expect(paths.allSatisfy { !FileManager.default.fileExists(atPath: $0) })
    }
}
