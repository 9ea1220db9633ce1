/// A multiclass averaged perceptron over hashed sparse features, for training.
///
/// Each feature owns a short list of (class, weight) cells, created on the first update that touches them, so a
/// model with many classes (a parser's ~80 transitions) stays as small as the updates make it. Averaging uses the
/// lazy timestamp trick: each cell remembers when its weight last changed and adds `weight × elapsed` to its running
/// total only then, so an update costs O(features), not O(model). ``compacted(minimumWeight:)`` turns the averaged
/// weights into the runtime ``CompactWeights``.
package struct AveragedPerceptron: Sendable {
    private struct Cell: Sendable {
        var label: Int32
        var stamp: Int32
        var weight: Float
        var total: Double
    }

    /// The number of classes scored.
    package let classCount: Int
    private var table = FeatureTable(capacity: 1 << 16)
    private var rows: [[Cell]] = []
    private var keys: [UInt64] = []
    /// The number of training instances seen (the averaging clock).
    package private(set) var instances: Int = 0

    /// A model with all weights zero over `classCount` classes.
    package init(classCount: Int) {
        precondition(classCount > 0 && classCount <= 255, "1 to 255 classes")  // safe: fixed by the code
        self.classCount = classCount
    }

    /// The number of features holding a weight.
    package var featureCount: Int { rows.count }

    /// Adds the current (not averaged) weights of `features` to `scores` (one slot per class).
    package func accumulate(_ features: [UInt64], into scores: inout [Float]) {
        for key in features {
            guard let row = table.row(of: key) else { continue }
            for cell in rows[row] {
                scores[Int(cell.label)] += cell.weight
            }
        }
    }

    /// The class with the highest current score (the lowest class index on ties).
    package func predict(_ features: [UInt64]) -> Int {
        var scores = [Float](repeating: 0, count: classCount)
        accumulate(features, into: &scores)
        return Self.best(scores)
    }

    /// The index of the highest score (the lowest index on ties), or 0 for an empty list.
    package static func best(_ scores: [Float]) -> Int {
        var best = 0
        for index in scores.indices where scores[index] > scores[best] {
            best = index
        }
        return best
    }

    /// Counts one training instance: when `guess` differs from `truth`, moves `features` towards `truth` and away
    /// from `guess` by `amount`.
    package mutating func update(truth: Int, guess: Int, features: [UInt64], amount: Float = 1) {
        instances += 1
        guard truth != guess else { return }
        for key in features {
            let row = rowIndex(key)
            adjust(row: row, label: truth, by: amount)
            adjust(row: row, label: guess, by: -amount)
        }
    }

    /// Advances the averaging clock by one instance without changing any weight (for a correct prediction made
    /// outside ``update(truth:guess:features:amount:)``).
    package mutating func tick() {
        instances += 1
    }

    private mutating func rowIndex(_ key: UInt64) -> Int {
        if let row = table.row(of: key) { return row }
        let row = rows.count
        table.insert(key, row: row)
        rows.append([])
        keys.append(key)
        return row
    }

    private mutating func adjust(row: Int, label: Int, by amount: Float) {
        let now = Int32(truncatingIfNeeded: instances)
        if let index = rows[row].firstIndex(where: { $0.label == Int32(label) }) {
            let cell = rows[row][index]
            rows[row][index].total = cell.total + Double(now - cell.stamp) * Double(cell.weight)
            rows[row][index].stamp = now
            rows[row][index].weight = cell.weight + amount
        } else {
            rows[row].append(Cell(label: Int32(label), stamp: now, weight: amount, total: 0))
        }
    }

    /// The averaged weights, pruned and quantised: cells whose averaged weight is below `minimumWeight` in magnitude
    /// are dropped, the rest are stored as 16-bit integers with one scale for the model.
    package func compacted(minimumWeight: Float = 0) -> CompactWeights {
        let clock = Double(max(instances, 1))
        var averaged: [(key: UInt64, cells: [(label: UInt8, weight: Float)])] = []
        averaged.reserveCapacity(rows.count)
        var largest: Float = 0
        for (row, cells) in rows.enumerated() {
            var kept: [(label: UInt8, weight: Float)] = []
            for cell in cells {
                let total = cell.total + (clock - Double(cell.stamp)) * Double(cell.weight)
                let weight = Float(total / clock)
                guard abs(weight) >= minimumWeight, weight != 0 else { continue }
                kept.append((UInt8(cell.label), weight))
                largest = max(largest, abs(weight))
            }
            if !kept.isEmpty {
                averaged.append((keys[row], kept.sorted { $0.label < $1.label }))
            }
        }
        let scale = largest > 0 ? largest / Float(Int16.max) : 1
        var features: [CompactWeights.Feature] = []
        features.reserveCapacity(averaged.count)
        for (key, cells) in averaged {
            let quantised = cells.compactMap { cell -> (UInt8, Int16)? in
                let level = Int16((cell.weight / scale).rounded())
                return level == 0 ? nil : (cell.label, level)
            }
            if !quantised.isEmpty {
                features.append(CompactWeights.Feature(key: key, cells: quantised))
            }
        }
        return CompactWeights(classCount: classCount, scale: scale, features: features)
    }
}
