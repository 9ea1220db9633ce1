/// Hashes of parser features: a template number and up to three small integer values mixed into a non-zero 32-bit
/// key (stored widened to `UInt64` for the shared ``FeatureTable``).
///
/// The mix is a fixed sequence of multiplications and shifts (no per-process seed), so a model trained on one machine
/// scores the same on another. 32 bits keep the model small; among a few million features a collision is rare and
/// harmless to a linear model.
package enum ParserFeatureKey {
    /// The key of a template with its values.
    @inline(__always) package static func of(
        _ template: UInt64, _ first: UInt64, _ second: UInt64 = 0,
        _ third: UInt64 = 0
    ) -> UInt64 {
        var hash = (template &+ 0x51) &* 0x9E37_79B9_7F4A_7C15
        hash = (hash ^ first) &* 0xBF58_476D_1CE4_E5B9
        hash = (hash ^ (hash >> 29) ^ second) &* 0x94D0_49BB_1331_11EB
        hash = (hash ^ (hash >> 32) ^ third) &* 0x9E37_79B9_7F4A_7C15
        let key = hash >> 32
        return key == 0 ? 1 : key
    }
}
