/// The runtime form of a linear model: pruned, quantised weights in flat arrays behind an open-addressing table.
///
/// Each feature owns a run of (class, weight) cells; weights are 16-bit integers with one ``scale`` for the model,
/// so scores add up as integers (multiply by ``scale`` only to compare with another model). Scoring a set of feature
/// hashes costs one table probe per feature plus one addition per stored cell.
///
/// Layout: a slot is 16 bytes, the key and a payload. A feature of at most two cells keeps them in the payload, so
/// scoring it reads one cache line; a longer one points to its run in ``cells``. The table is built in the order of
/// the keys' home slots, so building it writes memory front to back instead of at random (a model loads in a few
/// milliseconds).
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

    /// One slot of the table: a key (0 = empty) and its cells, inline or by reference (see ``Slot/payload``).
    struct Slot: Sendable {
        var key: UInt64
        /// Bits 0–7 the cell count; with at most two cells, the cells (24 bits each: class in the low byte, the
        /// 16-bit weight above it) at bits 8–31 and 32–55; with more, the index of the first cell in bits 32–63.
        var payload: UInt64
    }

    /// The number of classes scored.
    package let classCount: Int
    /// The value of one quantisation step: a score of `n` stands for `n × scale`.
    package let scale: Float
    /// Feature keys in ascending order, with each feature's cell count (kept to write the model back).
    private let sortedKeys: [UInt64]
    private let cellCounts: [UInt8]
    /// Every cell, features in ascending key order: the class in the low byte, the 16-bit weight above it.
    private let cells: [UInt32]
    /// The open-addressing table, a power of two long, at most 60 % full.
    private let slots: [Slot]
    private let shift: UInt64

    /// The number of features stored.
    package var featureCount: Int { sortedKeys.count }
    /// The number of (class, weight) cells stored.
    package var cellCount: Int { cells.count }

    /// Builds the table from features (any order; keys must be distinct and non-zero).
    package init(classCount: Int, scale: Float, features: [Feature]) {
        let ordered = features.sorted { $0.key < $1.key }
        self.init(
            classCount: classCount, scale: scale, sortedKeys: ordered.map(\.key),
            cellCounts: ordered.map { UInt8($0.cells.count) },
            cells: ordered.flatMap { $0.cells.map { Self.cell(label: $0.0, weight: $0.1) } })
    }

    @inline(__always) static func cell(label: UInt8, weight: Int16) -> UInt32 {
        UInt32(label) | UInt32(UInt16(bitPattern: weight)) << 8
    }

    /// Builds the table from flat arrays: ascending distinct non-zero keys, each key's cell count, and the cells.
    private init(classCount: Int, scale: Float, sortedKeys: [UInt64], cellCounts: [UInt8], cells: [UInt32]) {
        self.classCount = classCount
        self.scale = scale
        self.sortedKeys = sortedKeys
        self.cellCounts = cellCounts
        self.cells = cells
        var size = 16
        while size * 3 < sortedKeys.count * 5 { size *= 2 }
        let shift = UInt64(64 - size.trailingZeroBitCount)
        self.shift = shift
        slots = Self.table(size: size, shift: shift, keys: sortedKeys, counts: cellCounts, cells: cells)
    }

    /// Fills a table of `size` slots. The filled slots are first laid out bucket by bucket of their home slots (a
    /// counting sort on the home slot's top bits), then placed in that order, so the placing sweeps the table once
    /// instead of missing the cache at every feature.
    private static func table(size: Int, shift: UInt64, keys: [UInt64], counts: [UInt8], cells: [UInt32]) -> [Slot] {
        let bucketBits = min(12, size.trailingZeroBitCount)
        let bucketShift = size.trailingZeroBitCount - bucketBits
        var next = [Int](repeating: 0, count: (1 << bucketBits) + 1)
        for key in keys { next[(slot(key, shift: shift) >> bucketShift) + 1] += 1 }
        for bucket in 0..<(1 << bucketBits) { next[bucket + 1] += next[bucket] }
        let staged = [Slot](unsafeUninitializedCapacity: keys.count) { staged, initialised in
            var first = 0
            for index in keys.indices {
                let count = Int(counts[index])
                var payload = UInt64(count)
                if count <= 2 {
                    for cell in 0..<count { payload |= UInt64(cells[first + cell]) << (8 + 24 * cell) }
                } else {
                    payload |= UInt64(first) << 32
                }
                first += count
                let bucket = slot(keys[index], shift: shift) >> bucketShift
                staged.initializeElement(at: next[bucket], to: Slot(key: keys[index], payload: payload))
                next[bucket] += 1
            }
            initialised = keys.count
        }
        var slots = [Slot](unsafeUninitializedCapacity: size) { buffer, initialised in
            HugePages.advise(UnsafeMutableRawBufferPointer(buffer))
            buffer.initialize(repeating: Slot(key: 0, payload: 0))
            initialised = size
        }
        let mask = size - 1
        for filled in staged {
            var home = slot(filled.key, shift: shift)
            while slots[home].key != 0 { home = (home + 1) & mask }
            slots[home] = filled
        }
        return slots
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
    ///
    /// Three passes, so that the cache misses of different features overlap instead of queueing behind the probe
    /// loop's unpredictable branches: the home slots' keys are loaded first (independent loads, no branches), then
    /// the probes run over lines already fetched and add the inline cells, and last the features with more than
    /// two cells add their runs.
    package func accumulate(_ features: UnsafeBufferPointer<UInt64>, into scores: UnsafeMutableBufferPointer<Int32>) {
        precondition(scores.count >= classCount, "a score per class")  // safe: fixed by the code
        let count = features.count
        slots.withUnsafeBufferPointer { slots in
            cells.withUnsafeBufferPointer { cells in
                withUnsafeTemporaryAllocation(of: UInt64.self, capacity: max(count, 1)) { pending in
                    let mask = slots.count - 1
                    for index in 0..<count { pending[index] = slots[Self.slot(features[index], shift: shift)].key }
                    var runs = 0
                    for index in 0..<count {
                        let key = features[index]
                        var slot = Self.slot(key, shift: shift)
                        var stored = pending[index]
                        while stored != key && stored != 0 {
                            slot = (slot + 1) & mask
                            stored = slots[slot].key
                        }
                        guard stored == key else { continue }
                        let payload = slots[slot].payload
                        let cellCount = Int(payload & 0xFF)
                        if cellCount > 2 {
                            pending[runs] = payload
                            runs += 1
                            continue
                        }
                        var packed = payload >> 8
                        for _ in 0..<cellCount {
                            scores[Int(packed & 0xFF)] &+= Int32(Int16(truncatingIfNeeded: packed >> 8))
                            packed >>= 24
                        }
                    }
                    for run in 0..<runs {
                        let payload = pending[run]
                        let first = Int(payload >> 32)
                        for cell in first..<(first + Int(payload & 0xFF)) {
                            let packed = cells[cell]
                            scores[Int(packed & 0xFF)] &+= Int32(Int16(truncatingIfNeeded: packed >> 8))
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
        writer.append(UInt32(cells.count))
        for key in sortedKeys { writer.append(key) }
        writer.append(bytes: cellCounts)
        writer.append(bytes: cells.map { UInt8(truncatingIfNeeded: $0) })
        for cell in cells { writer.append(UInt16(truncatingIfNeeded: cell >> 8)) }
    }

    /// Reads weights written by ``write(to:)``.
    package init(from reader: inout ByteReader) throws {
        let classCount = Int(try reader.readUInt32())
        let scale = try reader.readFloat()
        let featureCount = Int(try reader.readUInt32())
        let cellTotal = Int(try reader.readUInt32())
        guard classCount <= 256 else { throw ModelFileError.corrupt("weights over \(classCount) classes") }
        let keys = try reader.readUInt64s(count: featureCount)
        let counts = try reader.readBytes(count: featureCount)
        let labels = try reader.readBytes(count: cellTotal)
        let weights = try reader.readUInt16s(count: cellTotal)
        guard counts.reduce(0, { $0 + Int($1) }) == cellTotal else {
            throw ModelFileError.corrupt("cell counts do not add up to \(cellTotal)")
        }
        guard cellTotal <= Int(UInt32.max) else { throw ModelFileError.corrupt("\(cellTotal) cells, too many") }
        guard labels.allSatisfy({ Int($0) < classCount }) else {
            throw ModelFileError.corrupt("a weight names a class beyond \(classCount)")
        }
        for index in keys.indices where keys[index] == 0 || (index > 0 && keys[index - 1] >= keys[index]) {
            throw ModelFileError.corrupt("feature keys not strictly ascending at \(index)")
        }
        let cells = [UInt32](unsafeUninitializedCapacity: cellTotal) { buffer, initialised in
            for index in 0..<cellTotal { buffer[index] = UInt32(labels[index]) | UInt32(weights[index]) << 8 }
            initialised = cellTotal
        }
        self.init(classCount: classCount, scale: scale, sortedKeys: keys, cellCounts: counts, cells: cells)
    }
}
