import Foundation

/// Stops the fuzzer with a message when an invariant of the code under test does not hold: a wrong result is a
/// finding just like a crash, and `abort()` makes libFuzzer save the input that caused it.
func fuzzCheck(_ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String) {
    if !condition() {
        FileHandle.standardError.write(Data("fuzz invariant failed: \(message())\n".utf8))
        abort()
    }
}

/// The fuzzer's input as a byte array.
func fuzzBytes(_ data: UnsafePointer<UInt8>, _ count: Int) -> [UInt8] {
    Array(UnsafeBufferPointer(start: data, count: count))
}

/// The fuzzer's input as text: valid UTF-8 is kept, anything else is repaired with U+FFFD as a reader would.
func fuzzText(_ data: UnsafePointer<UInt8>, _ count: Int) -> String {
    String(decoding: UnsafeBufferPointer(start: data, count: count), as: UTF8.self)
}

/// The number of lines in `bytes` as the engine's line reader counts them: a line ends at LF, CRLF or a lone CR,
/// and the text after the last break is a line too (so the empty text has one line).
func fuzzLineCount(_ bytes: some Collection<UInt8>) -> Int {
    var lines = 1
    var afterCR = false
    for byte in bytes {
        if byte == 0x0D || (byte == 0x0A && !afterCR) { lines += 1 }
        afterCR = byte == 0x0D
    }
    return lines
}
