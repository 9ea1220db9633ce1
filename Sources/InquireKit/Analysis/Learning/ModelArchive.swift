import Foundation

/// A model file: a versioned header, named sections of bytes, and a checksum.
///
/// Layout (little-endian): the magic bytes `INQM`, the format version (UInt32), the model kind (a string such as
/// "tagger"), the section count (UInt32), then each section's name (string) and bytes (UInt64 length, bytes), and
/// last the FNV-1a 64 checksum of everything before it. Each model decides what its sections hold.
package struct ModelArchive: Sendable {
    /// The format version this build writes and reads.
    package static let formatVersion: UInt32 = 2
    /// The format versions this build reads.
    package static let readableVersions: ClosedRange<UInt32> = 1...2
    private static let magic: [UInt8] = Array("INQM".utf8)

    /// What the model is ("tagger", "entities", "parser").
    package var kind: String
    /// The format version the archive was read from or is written in: a model whose sections changed layout
    /// between versions reads the older layout by it.
    package private(set) var version: UInt32 = Self.formatVersion
    /// The sections by name, in the order written. A section read from a file shares the file's bytes.
    package private(set) var sections: [(name: String, bytes: ArraySlice<UInt8>)] = []

    /// An empty archive of the given kind, to be written in the given format version (format 1 only for testing
    /// the conversion of older files).
    package init(kind: String, version: UInt32 = Self.formatVersion) {
        self.kind = kind
        self.version = version
    }

    /// Adds (or replaces) a section.
    package mutating func set(_ name: String, _ bytes: [UInt8]) {
        sections.removeAll { $0.name == name }
        sections.append((name, bytes[...]))
    }

    /// Adds (or replaces) a section built by a writer.
    package mutating func set(_ name: String, _ build: (inout ByteWriter) -> Void) {
        var writer = ByteWriter()
        build(&writer)
        set(name, writer.bytes)
    }

    /// A reader over a section's bytes, or ``ModelFileError/missingSection(_:)``.
    package func reader(for name: String) throws -> ByteReader {
        guard let section = sections.first(where: { $0.name == name }) else {
            throw ModelFileError.missingSection(name)
        }
        return ByteReader(section.bytes)
    }

    /// Whether a section is present.
    package func has(_ name: String) -> Bool { sections.contains { $0.name == name } }

    /// The file's bytes.
    package var bytes: [UInt8] {
        var writer = ByteWriter()
        writer.append(bytes: Self.magic)
        writer.append(version)
        writer.append(kind)
        writer.append(UInt32(sections.count))
        for (name, bytes) in sections {
            writer.append(name)
            writer.append(UInt64(bytes.count))
            writer.append(bytes: Array(bytes))
        }
        writer.append(Self.checksum(writer.bytes[...], version: version))
        return writer.bytes
    }

    /// Reads an archive from its bytes, checking magic, version, checksum (unless `verifying` is false, for a caller
    /// that checks it with ``verifyChecksum(_:)`` on another thread meanwhile) and (when given) the kind. The
    /// sections share `bytes`: nothing is copied.
    package init(bytes: [UInt8], expecting expectedKind: String? = nil, verifying: Bool = true) throws {
        guard bytes.count >= Self.magic.count + 12, Array(bytes.prefix(4)) == Self.magic else {
            throw ModelFileError.notAModel
        }
        var reader = ByteReader(bytes, range: 0..<(bytes.count - 8))
        _ = try reader.readBytes(count: 4)
        version = try reader.readUInt32()
        guard Self.readableVersions.contains(version) else { throw ModelFileError.unsupportedVersion(version) }
        if verifying { try Self.verifyChecksum(bytes) }
        kind = try reader.readString()
        if let expectedKind, kind != expectedKind {
            throw ModelFileError.wrongKind(expected: expectedKind, found: kind)
        }
        let count = Int(try reader.readUInt32())
        for _ in 0..<count {
            let name = try reader.readString()
            let length = try reader.readUInt64()
            guard length <= UInt64(Int.max) else { throw ModelFileError.corrupt("section \(name) too long") }
            let start = reader.offset
            _ = try reader.skip(Int(length))
            sections.append((name, bytes[start..<(start + Int(length))]))
        }
        guard reader.isAtEnd else { throw ModelFileError.corrupt("bytes after the last section") }
    }

    /// Checks the checksum at the end of a model file's bytes (of everything before it, by the file's format
    /// version).
    package static func verifyChecksum(_ bytes: [UInt8]) throws {
        guard bytes.count >= Self.magic.count + 12 else { throw ModelFileError.notAModel }
        var header = ByteReader(bytes, range: 4..<8)
        let version = try header.readUInt32()
        guard readableVersions.contains(version) else { throw ModelFileError.unsupportedVersion(version) }
        var trailer = ByteReader(bytes, range: (bytes.count - 8)..<bytes.count)
        let body = bytes[..<(bytes.count - 8)]
        guard try trailer.readUInt64() == checksum(body, version: version) else {
            throw ModelFileError.checksumMismatch
        }
    }

    /// The checksum of a file's bytes before the checksum, by format version.
    private static func checksum(_ body: ArraySlice<UInt8>, version: UInt32) -> UInt64 {
        version == 1 ? FeatureHash.checksum(body) : ModelChecksum.of(body)
    }

    /// Reads an archive from a file.
    package init(contentsOf url: URL, expecting expectedKind: String? = nil) throws {
        try self.init(bytes: try ModelFileBytes.read(url.path), expecting: expectedKind)
    }

    /// Writes the archive to a file (atomically).
    package func write(to url: URL) throws {
        try Data(bytes).write(to: url, options: .atomic)
    }
}
