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
