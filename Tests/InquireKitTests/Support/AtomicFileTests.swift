import Foundation
import Synchronization
import TestSupport
import Testing

@testable import InquireKit

@Suite("AtomicFile: temporary file, fsync, rename")
struct AtomicFileTests {
    /// A fresh empty folder for one test.
    static func scratchFolder() throws -> String {
        try ScratchSpace.folder("atomic")
    }

    /// The names in `folder`, sorted.
    static func names(in folder: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
    }

    /// The permission bits of `path`.
    static func mode(of path: String) throws -> Int {
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        return (attributes[.posixPermissions] as? Int) ?? -1
    }

    @Test("a new file gets the bytes and nothing else is left in the folder")
    func writesNewFile() throws {
        let folder = try Self.scratchFolder()
        let path = folder + "/out.txt"
        try AtomicFile.write("hello\n", to: path)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "hello\n")
        #expect(try Self.names(in: folder) == ["out.txt"])
    }

    @Test("replacing a file keeps its permissions; explicit permissions are set exactly")
    func permissions() throws {
        let folder = try Self.scratchFolder()
        let path = folder + "/history"
        try AtomicFile.write("one\n", to: path, permissions: 0o600)
        #expect(try Self.mode(of: path) == 0o600)
        try AtomicFile.write("two\n", to: path)
        #expect(try Self.mode(of: path) == 0o600)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "two\n")
    }

    @Test("a symbolic link is kept and the file it points to is replaced")
    func followsSymbolicLinks() throws {
        let folder = try Self.scratchFolder()
        try AtomicFile.write("old", to: folder + "/real")
        try FileManager.default.createSymbolicLink(atPath: folder + "/link", withDestinationPath: folder + "/real")
        try AtomicFile.write("new", to: folder + "/link")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: folder + "/link") == folder + "/real")
        #expect(try String(contentsOfFile: folder + "/real", encoding: .utf8) == "new")
    }

    @Test("large content written piece by piece arrives whole")
    func streamed() throws {
        let folder = try Self.scratchFolder()
        let path = folder + "/big.bin"
        let block = [UInt8](repeating: 0xAB, count: 300_000)
        try AtomicFile.write(to: path) { (writer: inout FileWriter) throws(FileWriteError) in
            for _ in 0..<10 { try writer.write(block) }
        }
        #expect(FileManager.default.contents(atPath: path)?.count == 3_000_000)
    }

    @Test("when the body fails, the old file is untouched and the temporary file removed")
    func failureKeepsOldFile() throws {
        let folder = try Self.scratchFolder()
        let path = folder + "/index.bin"
        try AtomicFile.write("old content", to: path)
        let failure = FileWriteError(path: path, operation: "cannot write", code: ENOSPC)
        #expect(throws: failure) {
            try AtomicFile.write(to: path) { (writer: inout FileWriter) throws(FileWriteError) in
                try writer.write("partial new content")
                throw failure
            }
        }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "old content")
        #expect(try Self.names(in: folder) == ["index.bin"])
    }

    @Test(
        "a path that cannot be written gives a one-line error naming it",
        arguments: ["missing-folder/out.txt", "file/out.txt"])
    func unwritable(relative: String) throws {
        let folder = try Self.scratchFolder()
        try AtomicFile.write("a file, not a folder", to: folder + "/file")
        let path = folder + "/" + relative
        do {
            try AtomicFile.write("x", to: path)
            Issue.record("writing \(path) succeeded")
        } catch {
            #expect(error.path == path)
            #expect(error.description.hasPrefix(path + ": cannot create a file in "))
            #expect(!error.description.contains("\n"))
        }
    }

    @Test("a write tells the observer of its temporary file while it exists, and when it is gone")
    func reportsTemporaryFile() throws {
        let folder = try Self.scratchFolder()
        let path = folder + "/index.bin"
        let events = Mutex<[String]>([])
        let observer = AtomicFile.TemporaryFileObserver(
            created: { created in
                events.withLock { $0.append("created") }
                let expected =
                    created.hasPrefix(folder + "/.index.bin.tmp-") && FileManager.default.fileExists(atPath: created)
                return expected ? 7 : 0
            },
            finished: { token in events.withLock { $0.append("finished \(token ?? -1)") } })
        var during: [String] = []
        try AtomicFile.write(to: path, permissions: nil, observer: observer) {
            (writer: inout FileWriter) throws(FileWriteError) in
            try writer.write("content")
            during = events.withLock { $0 }
        }
        #expect(during == ["created"])
        #expect(events.withLock { $0 } == ["created", "finished 7"])
        #expect(try Self.names(in: folder) == ["index.bin"])
    }
}
