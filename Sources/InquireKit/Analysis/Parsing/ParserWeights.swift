/// The runtime weights of one parser classifier: 32-bit feature keys in an open-addressing table, each with a dense
/// row of `Float` class weights beside it, so scoring a feature costs one probe and `width` additions.
///
/// On disk the weights are sparse and quantised (a key, then (class, 16-bit level) cells, one scale per model); the
/// rows are expanded when the model is read.
package struct ParserWeights: Sendable {
    /// One feature's cells, the unit of construction and serialisation.
    package struct Feature: Sendable, Equatable {
        /// The feature key (non-zero).
        package var key: UInt32
        /// (class, quantised weight) cells.
        package var cells: [(UInt8, Int16)]

        /// A feature with its cells.
        package init(key: UInt32, cells: [(UInt8, Int16)]) {
            self.key = key
            self.cells = cells
        }

        /// Equal keys and cells.
        package static func == (lhs: Feature, rhs: Feature) -> Bool {
            lhs.key == rhs.key && lhs.cells.elementsEqual(rhs.cells) { $0.0 == $1.0 && $0.1 == $1.1 }
        }
    }

    /// The number of classes.
    package let width: Int
    /// The value of one quantisation step.
    package let scale: Float
    /// The stored features' keys, ascending.
    private let keys: [UInt32]
    /// The number of cells of each feature.
    private let counts: [UInt8]
    /// The class of each cell, feature after feature.
    private let labels: [UInt8]
    /// The quantised weight of each cell, feature after feature.
    private let levels: [Int16]
    /// Narrow models (a few classes): slots of `stride` 32-bit words, the key then the row's weights as `Float` bit
    /// patterns, so key and row share a cache line. Wide models: slots of 2 words, the key then the index of the
    /// feature's first cell in ``cellLabels``/``cellWeights`` (the cell count in the top byte). Key 0 = empty.
    private let slots: [UInt32]
    private let stride: Int
    private let dense: Bool
    private let cellLabels: [UInt8]
    private let cellWeights: [Float]
    private let mask: Int
    private let shift: UInt32

    /// The stored features, keys ascending (rebuilt from the flat arrays; for writing and comparing).
    package var features: [Feature] {
        var features: [Feature] = []
        features.reserveCapacity(keys.count)
        var offset = 0
        for (key, count) in zip(keys, counts) {
            let cells = (offset..<(offset + Int(count))).map { (labels[$0], levels[$0]) }
            features.append(Feature(key: key, cells: cells))
            offset += Int(count)
        }
        return features
    }

    /// Builds the table from features with distinct non-zero keys.
    package init(width: Int, scale: Float, features: [Feature]) {
        let ordered = features.sorted { $0.key < $1.key }
        self.init(
            width: width, scale: scale, keys: ordered.map(\.key), counts: ordered.map { UInt8($0.cells.count) },
            labels: ordered.flatMap { $0.cells.map(\.0) }, levels: ordered.flatMap { $0.cells.map(\.1) })
    }

    /// Builds the table from flat arrays: ascending distinct non-zero keys, each feature's cell count, and the
    /// cells' classes and levels feature after feature. No per-feature allocation: a model loads in milliseconds.
    init(width: Int, scale: Float, keys: [UInt32], counts: [UInt8], labels: [UInt8], levels: [Int16]) {
        self.width = width
        self.scale = scale
        self.keys = keys
        self.counts = counts
        self.labels = labels
        self.levels = levels
        let dense = width <= 7
        self.dense = dense
        var stride = 2
        if dense {
            while stride < width + 1 { stride *= 2 }
        }
        self.stride = stride
        var size = 16
        while size < keys.count * 2 { size *= 2 }
        mask = size - 1
        let shift = UInt32(32 - size.trailingZeroBitCount)
        self.shift = shift
        var slots = [UInt32](repeating: 0, count: size * stride)
        var cellWeights: [Float] = []
        if !dense { cellWeights = levels.map { Float($0) * scale } }
        var offset = 0
        for index in keys.indices {
            let key = keys[index]
            let count = Int(counts[index])
            var slot = Self.slot(key, shift: shift)
            while slots[slot * stride] != 0 { slot = (slot + 1) & (size - 1) }
            slots[slot * stride] = key
            if dense {
                for cell in offset..<(offset + count) {
                    slots[slot * stride + 1 + Int(labels[cell])] = (Float(levels[cell]) * scale).bitPattern
                }
            } else {
                slots[slot * stride + 1] = UInt32(offset) | UInt32(count) << 24
            }
            offset += count
        }
        self.slots = slots
        cellLabels = dense ? [] : labels
        self.cellWeights = cellWeights
    }

    @inline(__always) private static func slot(_ key: UInt32, shift: UInt32) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B1) >> shift)
    }

    /// Adds the weights of `count` feature keys to `scores[0..<width]`.
    ///
    /// A first pass touches every feature's home slot, so that the cache misses overlap instead of queueing behind
    /// the probe loop's branches.
    @inline(__always) package func accumulate(
        _ features: UnsafePointer<UInt64>, count: Int, into scores: UnsafeMutablePointer<Float>
    ) {
        slots.withUnsafeBufferPointer { slots in
            let base = slots.baseAddress!
            var touched: UInt32 = 0
            for index in 0..<count {
                let key = UInt32(truncatingIfNeeded: features[index])
                touched |= base[Self.slot(key, shift: shift) &* stride]
            }
            if touched == 0 && count < 0 { return }
            for index in 0..<count {
                let key = UInt32(truncatingIfNeeded: features[index])
                var slot = Self.slot(key, shift: shift)
                while true {
                    let offset = slot &* stride
                    let stored = base[offset]
                    if stored == key {
                        if dense {
                            let row = base + offset + 1
                            for label in 0..<width { scores[label] += Float(bitPattern: row[label]) }
                        } else {
                            let packed = base[offset + 1]
                            let first = Int(packed & 0xFF_FFFF)
                            let last = first + Int(packed >> 24)
                            cellLabels.withUnsafeBufferPointer { labels in
                                cellWeights.withUnsafeBufferPointer { weights in
                                    for cell in first..<last { scores[Int(labels[cell])] += weights[cell] }
                                }
                            }
                        }
                        break
                    }
                    if stored == 0 { break }
                    slot = (slot &+ 1) & mask
                }
            }
        }
    }

    /// The number of stored (class, weight) cells.
    package var cellCount: Int { labels.count }
}

extension ParserWeights {
    /// Appends the weights: width, scale, feature count, keys, cell counts, cell classes, cell levels.
    package func write(to writer: inout ByteWriter) {
        writer.append(UInt32(width))
        writer.append(scale)
        writer.append(UInt32(features.count))
        for feature in features { writer.append(feature.key) }
        writer.append(bytes: features.map { UInt8($0.cells.count) })
        for feature in features { writer.append(bytes: feature.cells.map(\.0)) }
        for feature in features {
            for cell in feature.cells { writer.append(UInt16(bitPattern: cell.1)) }
        }
    }

    /// Reads weights written by ``write(to:)``.
    package init(from reader: inout ByteReader) throws {
        let width = Int(try reader.readUInt32())
        let scale = try reader.readFloat()
        let count = Int(try reader.readUInt32())
        guard width > 0, width <= 255 else { throw ModelFileError.corrupt("parser weights of \(width) classes") }
        var keys: [UInt32] = []
        keys.reserveCapacity(count)
        for _ in 0..<count { keys.append(try reader.readUInt32()) }
        let counts = try reader.readBytes(count: count)
        let total = counts.reduce(0) { $0 + Int($1) }
        let labels = try reader.readBytes(count: total)
        let levels = try reader.readUInt16s(count: total)
        guard labels.allSatisfy({ Int($0) < width }) else {
            throw ModelFileError.corrupt("a parser weight names a class beyond \(width)")
        }
        for index in keys.indices where keys[index] == 0 || (index > 0 && keys[index - 1] >= keys[index]) {
            throw ModelFileError.corrupt("parser feature keys not strictly ascending at \(index)")
        }
        self.init(
            width: width, scale: scale, keys: keys, counts: counts, labels: labels,
            levels: levels.map { Int16(bitPattern: $0) })
    }
}
