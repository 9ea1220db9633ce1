/// A small deterministic random number generator (SplitMix64), so training shuffles the same way on every run.
package struct SeededGenerator: RandomNumberGenerator, Sendable {
    private var state: UInt64

    /// A generator starting from `seed`.
    package init(seed: UInt64) {
        state = seed
    }

    /// The next 64 random bits.
    package mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var mixed = state
        mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
        return mixed ^ (mixed >> 31)
    }

    /// A number in [0, 1), from the top 53 bits of the next value.
    package mutating func nextUnit() -> Double {
        Double(next() >> 11) / Double(1 << 53)
    }

    /// The indices `0..<count` in a shuffled order that depends only on the seed and the count.
    package mutating func shuffledIndices(_ count: Int) -> [Int] {
        var indices = Array(0..<count)
        guard count > 1 else { return indices }
        for index in stride(from: count - 1, to: 0, by: -1) {
            let other = Int(next() % UInt64(index + 1))
            indices.swapAt(index, other)
        }
        return indices
    }
}
