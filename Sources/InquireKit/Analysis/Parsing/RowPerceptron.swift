/// An averaged perceptron with one dense row of class weights per feature, for training the parser's classifiers
/// (three moves; a few dozen relations).
///
/// A feature's row is created on the first update that touches it. Averaging uses the lazy timestamp trick, per
/// cell. Dense rows make scoring a tight loop; the shared `AveragedPerceptron` keeps sparse cells instead, which suits
/// models with many classes per rare feature. ``averaged(minimumWeight:)`` gives the runtime ``ParserWeights``.
package struct RowPerceptron: Sendable {
    /// The number of classes.
    package let width: Int
    private var table = FeatureTable(capacity: 1 << 18)
    private var keys: [UInt64] = []
    private var weights: [Float] = []
    private var totals: [Double] = []
    private var stamps: [Int32] = []
    /// The averaging clock: the number of training instances seen.
    package private(set) var clock = 0

    /// A model with all weights zero over `width` classes.
    package init(width: Int) {
        precondition(width > 0 && width <= 255, "1 to 255 classes")  // safe: fixed count
        self.width = width
    }

    /// The number of features holding a row.
    package var featureCount: Int { keys.count }

    /// Sets `scores[0..<width]` to the current weights summed over `features`.
    package func score(_ features: UnsafePointer<UInt64>, count: Int, into scores: UnsafeMutablePointer<Float>) {
        for index in 0..<width { scores[index] = 0 }
        weights.withUnsafeBufferPointer { weights in
            for index in 0..<count {
                guard let row = table.row(of: features[index]) else { continue }
                let base = row * width
                for label in 0..<width { scores[label] += weights[base + label] }
            }
        }
    }

    /// Counts one training instance; when `guess` differs from `truth`, moves the features' weights towards `truth`
    /// and away from `guess`.
    package mutating func update(truth: Int, guess: Int, features: UnsafePointer<UInt64>, count: Int) {
        clock += 1
        guard truth != guess else { return }
        for index in 0..<count {
            let row = rowIndex(features[index])
            adjust(row * width + truth, by: 1)
            adjust(row * width + guess, by: -1)
        }
    }

    private mutating func rowIndex(_ key: UInt64) -> Int {
        if let row = table.row(of: key) { return row }
        let row = keys.count
        table.insert(key, row: row)
        keys.append(key)
        weights.append(contentsOf: repeatElement(0, count: width))
        totals.append(contentsOf: repeatElement(0, count: width))
        stamps.append(contentsOf: repeatElement(0, count: width))
        return row
    }

    @inline(__always) private mutating func adjust(_ cell: Int, by amount: Float) {
        let now = Int32(truncatingIfNeeded: clock)
        totals[cell] += Double(now - stamps[cell]) * Double(weights[cell])
        stamps[cell] = now
        weights[cell] += amount
    }

    /// The averaged weights, quantised to 16 bits with one scale; features whose averaged weights are all below
    /// `minimumWeight` in magnitude are dropped.
    package func averaged(minimumWeight: Float) -> ParserWeights {
        let now = Double(max(clock, 1))
        var averages = [Float](repeating: 0, count: weights.count)
        var largest: Float = 0
        for cell in weights.indices {
            let total = totals[cell] + (now - Double(stamps[cell])) * Double(weights[cell])
            averages[cell] = Float(total / now)
            largest = max(largest, abs(averages[cell]))
        }
        let scale = largest > 0 ? largest / Float(Int16.max) : 1
        var kept: [ParserWeights.Feature] = []
        for row in keys.indices {
            var cells: [(UInt8, Int16)] = []
            for label in 0..<width {
                let weight = averages[row * width + label]
                guard abs(weight) >= minimumWeight else { continue }
                let level = Int16((weight / scale).rounded())
                if level != 0 { cells.append((UInt8(label), level)) }
            }
            if !cells.isEmpty { kept.append(ParserWeights.Feature(key: UInt32(keys[row]), cells: cells)) }
        }
        return ParserWeights(width: width, scale: scale, features: kept)
    }
}
