import Testing

@testable import InquireKit

@Suite("Byte reader")
struct ByteReaderTests {
    @Test("reads arrays of integers at any offset of a slice, little-endian")
    func arrays() throws {
        var writer = ByteWriter()
        writer.append(UInt8(9))
        for value: UInt64 in [1, 0x0102_0304_0506_0708, .max] { writer.append(value) }
        for value: UInt32 in [7, 0xDEAD_BEEF] { writer.append(value) }
        for value: UInt16 in [3, 0xFFFE] { writer.append(value) }
        let bytes = [0xAA] + writer.bytes + [0xBB]
        var reader = ByteReader(bytes, range: 1..<(bytes.count - 1))
        #expect(try reader.readUInt8() == 9)
        #expect(try reader.readUInt64s(count: 3) == [1, 0x0102_0304_0506_0708, .max])
        #expect(try reader.readUInt32s(count: 2) == [7, 0xDEAD_BEEF])
        #expect(try reader.readInt16s(count: 2) == [3, -2])
        #expect(reader.isAtEnd)
    }

    @Test("a read past the end or of a negative count throws, naming the offset")
    func truncation() throws {
        var reader = ByteReader([1, 2, 3])
        #expect(throws: ModelFileError.corrupt("truncated at byte 0 (wanted 4 more)")) { try reader.readUInt32() }
        #expect(throws: ModelFileError.self) { try reader.readUInt16s(count: -1) }
        #expect(throws: ModelFileError.self) { try reader.readUInt64s(count: Int.max / 4) }
        #expect(try reader.readUInt16() == 0x0201)
        #expect(reader.remaining == 1)
    }
}
