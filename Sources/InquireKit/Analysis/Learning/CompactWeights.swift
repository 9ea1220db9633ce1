/// The runtime form of a linear model: pruned, quantised weights in flat arrays behind an open-addressing table.
///
/// Each feature owns a run of (class, weight) cells; weights are 16-bit integers with one ``scale`` for the model,
/// so scores add up as integers (multiply by ``scale`` only to compare with another model). Scoring a set of feature
/// hashes costs one table probe per feature plus one addition per stored cell.
package struct CompactWeights: Sendable {
    /// One feature's stored cells, the unit of construction and serialisation.
    package struct Feature: Sendable {
        /// The feature hash.
        package var key: UInt64
        /// The (class, quantised weight) cells, classes ascending.
        package var cells: [(UInt8, Int16)]

        /// A feature with its cells.
        package init(key: UInt64, cells: [(UInt8, Int16)]) {
            self.key = key
            self.cells = cells
        }
    }

    /// The number of classes scored.
    package let classCount: Int
    /// The value of one quantisation step: a score of `n` stands for `n × scale`.
    package let scale: Float
    /// Feature keys in ascending order, with each feature's cell count; cells follow in the same order.
    private let sortedKeys: [UInt64]
    private let cellCounts: [UInt8]
    private let cellLabels: [UInt8]
    private let cellWeights: [Int16]
    /// The open-addressing table: a key per slot (0 = empty), and where the slot's cells start and how many.
    private let slotKeys: [UInt64]
    private let slotStart: [UInt32]
    private let slotCount: [UInt8]
    private let shift: UInt64

    /// The number of features stored.
    package var featureCount: Int { sortedKeys.count }
    /// The number of (class, weight) cells stored.
    package var cellCount: Int { cellLabels.count }

    /// Builds the table from features (any order; keys must be distinct and non-zero).
    package init(classCount: Int, scale: Float, features: [Feature]) {
        let ordered = features.sorted { $0.key < $1.key }
        self.init(
            classCount: classCount, scale: scale, sortedKeys: ordered.map(\.key),
            cellCounts: ordered.map { UInt8($0.cells.count) },
            cellLabels: ordered.flatMap { $0.cells.map(\.0) }, cellWeights: ordered.flatMap { $0.cells.map(\.1) })
    }

    /// Builds the table from flat arrays: ascending distinct non-zero keys, each key's cell count, and the cells.
    private init(
        classCount: Int, scale: Float, sortedKeys: [UInt64], cellCounts: [UInt8], cellLabels: [UInt8],
        cellWeights: [Int16]
    ) {
        self.classCount = classCount
        self.scale = scale
        self.sortedKeys = sortedKeys
        self.cellCounts = cellCounts
        self.cellLabels = cellLabels
        self.cellWeights = cellWeights
        var size = 16
        while size < sortedKeys.count * 2 { size *= 2 }
        let shift = UInt64(64 - size.trailingZeroBitCount)
        self.shift = shift
        var keys = [UInt64](repeating: 0, count: size)
        var start = [UInt32](repeating: 0, count: size)
        var count = [UInt8](repeating: 0, count: size)
        var offset: UInt32 = 0
        for index in sortedKeys.indices {
            let key = sortedKeys[index]
            var slot = Self.slot(key, shift: shift)
            while keys[slot] != 0 { slot = (slot + 1) & (size - 1) }
            keys[slot] = key
            start[slot] = offset
            count[slot] = cellCounts[index]
            offset += UInt32(cellCounts[index])
        }
        slotKeys = keys
        slotStart = start
        slotCount = count
    }

    @inline(__always) private static func slot(_ key: UInt64, shift: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    /// Adds the weights of `features` to `scores` (one slot per class, at least ``classCount`` long).
    package func accumulate(_ features: [UInt64], into scores: inout [Int32]) {
        features.withUnsafeBufferPointer { features in
            scores.withUnsafeMutableBufferPointer { scores in
                accumulate(features, into: scores)
            }
        }
    }

    /// Adds the weights of `features` to `scores` (one slot per class, at least ``classCount`` long).
    package func accumulate(_ features: UnsafeBufferPointer<UInt64>, into scores: UnsafeMutableBufferPointer<Int32>) {
        precondition(scores.count >= classCount, "a score per class")  // safe: fixed by the code
        slotKeys.withUnsafeBufferPointer { keys in
            slotStart.withUnsafeBufferPointer { start in
                slotCount.withUnsafeBufferPointer { count in
                    cellLabels.withUnsafeBufferPointer { labels in
                        cellWeights.withUnsafeBufferPointer { weights in
                            let mask = keys.count - 1
                            for key in features {
                                var slot = Self.slot(key, shift: shift)
                                while true {
                                    let stored = keys[slot]
                                    if stored == key {
                                        let first = Int(start[slot])
                                        for cell in first..<(first + Int(count[slot])) {
                                            scores[Int(labels[cell])] &+= Int32(weights[cell])
                                        }
                                        break
                                    }
                                    if stored == 0 { break }
                                    slot = (slot + 1) & mask
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    /// The scores of all classes for `features`, in quantisation steps.
    package func scores(_ features: [UInt64]) -> [Int32] {
        var scores = [Int32](repeating: 0, count: classCount)
        accumulate(features, into: &scores)
        return scores
    }

    /// The class with the highest score (the lowest class index on ties).
    package func predict(_ features: [UInt64]) -> Int {
        Self.best(scores(features))
    }

    /// The index of the highest score (the lowest index on ties), or 0 for an empty list.
    package static func best(_ scores: [Int32]) -> Int {
        var best = 0
        for index in scores.indices where scores[index] > scores[best] {
            best = index
        }
        return best
    }
}

extension CompactWeights {
    /// Appends the weights to a byte buffer (class count, scale, sorted keys, cell counts, cells).
    package func write(to writer: inout ByteWriter) {
        writer.append(UInt32(classCount))
        writer.append(scale)
        writer.append(UInt32(sortedKeys.count))
        writer.append(UInt32(cellLabels.count))
        for key in sortedKeys { writer.append(key) }
        writer.append(bytes: cellCounts)
        writer.append(bytes: cellLabels)
        for weight in cellWeights { writer.append(UInt16(bitPattern: weight)) }
    }

    /// Reads weights written by ``write(to:)``.
    package init(from reader: inout ByteReader) throws {
        let classCount = Int(try reader.readUInt32())
        let scale = try reader.readFloat()
        let featureCount = Int(try reader.readUInt32())
        let cellTotal = Int(try reader.readUInt32())
        let keys = try reader.readUInt64s(count: featureCount)
        let counts = try reader.readBytes(count: featureCount)
        let labels = try reader.readBytes(count: cellTotal)
        let weights = try reader.readUInt16s(count: cellTotal)
        guard counts.reduce(0, { $0 + Int($1) }) == cellTotal else {
            throw ModelFileError.corrupt("cell counts do not add up to \(cellTotal)")
        }
        guard labels.allSatisfy({ Int($0) < classCount }) else {
            throw ModelFileError.corrupt("a weight names a class beyond \(classCount)")
        }
        for index in keys.indices where keys[index] == 0 || (index > 0 && keys[index - 1] >= keys[index]) {
            throw ModelFileError.corrupt("feature keys not strictly ascending at \(index)")
        }
        self.init(
            classCount: classCount, scale: scale, sortedKeys: keys, cellCounts: counts, cellLabels: labels,
            cellWeights: weights.map { Int16(bitPattern: $0) })
    }
}
