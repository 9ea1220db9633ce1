/// The runtime weights of one parser classifier: feature keys in an open-addressing table, so scoring a feature costs
/// one probe. The move classifier (three classes) keeps a key fingerprint and the three weights in one 64-bit slot;
/// wider classifiers keep the key and a run of (class, weight) cells.
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
    /// Narrow models (at most three classes, the moves): one 64-bit slot a feature, a 16-bit fingerprint of the key
    /// (non-zero; 0 = empty) then the three classes' quantised levels, so a lookup touches 8 bytes and the table is a
    /// quarter of the size of one holding keys and `Float` rows. A fingerprint can match a feature the model lacks
    /// when its probe meets a stored feature with the same 16 bits: about once in 20,000 lookups of an absent
    /// feature, adding a weight that is usually tiny.
    private let packed: [UInt64]
    /// Wide models: slots of 2 words, the key then the index of the feature's first cell in
    /// ``cellLabels``/``cellWeights`` (the cell count in the top byte). Key 0 = empty.
    private let slots: [UInt32]
    private let narrow: Bool
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
        let narrow = width <= 3
        self.narrow = narrow
        var size = 16
        if narrow {
            while Double(size) * 0.6 < Double(keys.count) { size *= 2 }
        } else {
            while size < keys.count * 2 { size *= 2 }
        }
        mask = size - 1
        let shift = UInt32(32 - size.trailingZeroBitCount)
        self.shift = shift
        var packed = [UInt64](repeating: 0, count: narrow ? size : 0)
        var slots = [UInt32](repeating: 0, count: narrow ? 0 : size * 2)
        // Unsafe buffers and plain loops: a debug build loads the model in a fraction of the time.
        packed.withUnsafeMutableBufferPointer { packed in
            slots.withUnsafeMutableBufferPointer { slots in
                keys.withUnsafeBufferPointer { keys in
                    counts.withUnsafeBufferPointer { counts in
                        labels.withUnsafeBufferPointer { labels in
                            levels.withUnsafeBufferPointer { levels in
                                var offset = 0
                                var index = 0
                                while index < keys.count {
                                    let key = keys[index]
                                    let count = Int(counts[index])
                                    var slot = Self.slot(key, shift: shift)
                                    if narrow {
                                        while packed[slot] != 0 { slot = (slot + 1) & (size - 1) }
                                        var entry = UInt64(Self.fingerprint(key))
                                        var cell = offset
                                        while cell < offset + count {
                                            let level = UInt64(UInt16(bitPattern: levels[cell]))
                                            entry |= level << (16 * (UInt64(labels[cell]) + 1))
                                            cell += 1
                                        }
                                        packed[slot] = entry
                                    } else {
                                        while slots[slot * 2] != 0 { slot = (slot + 1) & (size - 1) }
                                        slots[slot * 2] = key
                                        slots[slot * 2 + 1] = UInt32(offset) | UInt32(count) << 24
                                    }
                                    offset += count
                                    index += 1
                                }
                            }
                        }
                    }
                }
            }
        }
        self.packed = packed
        self.slots = slots
        cellLabels = narrow ? [] : labels
        cellWeights = narrow ? [] : levels.map { Float($0) * scale }
    }

    @inline(__always) private static func fingerprint(_ key: UInt32) -> UInt16 {
        let low = UInt16(truncatingIfNeeded: key)
        return low == 0 ? 1 : low
    }

    @inline(__always) private static func slot(_ key: UInt32, shift: UInt32) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B1) >> shift)
    }

    /// Adds the weights of `count` feature keys to `scores[0..<width]`.
    ///
    /// A first pass touches every feature's home slot, so that the cache misses overlap instead of queueing behind
    /// the probe loop's branches (about half the parser's time went to waiting on those misses).
    @inline(__always) package func accumulate(
        _ features: UnsafePointer<UInt64>, count: Int, into scores: UnsafeMutablePointer<Float>
    ) {
        if narrow {
            accumulateNarrow(features, count: count, into: scores)
            return
        }
        slots.withUnsafeBufferPointer { slots in
            let base = slots.baseAddress!
            var touched: UInt32 = 0
            for index in 0..<count {
                let key = UInt32(truncatingIfNeeded: features[index])
                touched |= base[Self.slot(key, shift: shift) &* 2]
            }
            // Use the touched words in a test the optimiser cannot decide, so that it keeps the loads.
            if touched == 1 { scores[0] += 0 }
            for index in 0..<count {
                let key = UInt32(truncatingIfNeeded: features[index])
                var slot = Self.slot(key, shift: shift)
                while true {
                    let offset = slot &* 2
                    let stored = base[offset]
                    if stored == key {
                        let packed = base[offset + 1]
                        let first = Int(packed & 0xFF_FFFF)
                        let last = first + Int(packed >> 24)
                        cellLabels.withUnsafeBufferPointer { labels in
                            cellWeights.withUnsafeBufferPointer { weights in
                                for cell in first..<last { scores[Int(labels[cell])] += weights[cell] }
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

    @inline(__always) private func accumulateNarrow(
        _ features: UnsafePointer<UInt64>, count: Int, into scores: UnsafeMutablePointer<Float>
    ) {
        packed.withUnsafeBufferPointer { table in
            let base = table.baseAddress!
            var touched: UInt64 = 0
            for index in 0..<count {
                touched |= base[Self.slot(UInt32(truncatingIfNeeded: features[index]), shift: shift)]
            }
            // Use the touched words in a test the optimiser cannot decide, so that it keeps the loads.
            if touched == 1 { scores[0] += 0 }
            var first: Int32 = 0
            var second: Int32 = 0
            var third: Int32 = 0
            for index in 0..<count {
                let key = UInt32(truncatingIfNeeded: features[index])
                let print = UInt64(Self.fingerprint(key))
                var slot = Self.slot(key, shift: shift)
                while true {
                    let entry = base[slot]
                    let stored = entry & 0xFFFF
                    if stored == print {
                        first &+= Int32(Int16(truncatingIfNeeded: entry >> 16))
                        second &+= Int32(Int16(truncatingIfNeeded: entry >> 32))
                        third &+= Int32(Int16(truncatingIfNeeded: entry >> 48))
                        break
                    }
                    if stored == 0 { break }
                    slot = (slot &+ 1) & mask
                }
            }
            scores[0] += Float(first) * scale
            if width > 1 { scores[1] += Float(second) * scale }
            if width > 2 { scores[2] += Float(third) * scale }
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
        // Keys as one run of little-endian bytes (read one by one, they took most of a debug build's loading time).
        let keyBytes = try reader.readBytes(count: count * 4)
        var keys = [UInt32](repeating: 0, count: count)
        keyBytes.withUnsafeBufferPointer { bytes in
            keys.withUnsafeMutableBufferPointer { keys in
                var index = 0
                while index < keys.count {
                    let base = index * 4
                    keys[index] =
                        UInt32(bytes[base]) | UInt32(bytes[base + 1]) << 8 | UInt32(bytes[base + 2]) << 16
                        | UInt32(bytes[base + 3]) << 24
                    index += 1
                }
            }
        }
        let counts = try reader.readBytes(count: count)
        let total = counts.reduce(0) { $0 + Int($1) }
        let labels = try reader.readBytes(count: total)
        let levels = try reader.readUInt16s(count: total)
        guard labels.allSatisfy({ Int($0) < width }) else {
            throw ModelFileError.corrupt("a parser weight names a class beyond \(width)")
        }
        let unordered = keys.withUnsafeBufferPointer { keys in
            var index = 0
            while index < keys.count {
                if keys[index] == 0 || (index > 0 && keys[index - 1] >= keys[index]) { return index }
                index += 1
            }
            return -1
        }
        guard unordered < 0 else {
            throw ModelFileError.corrupt("parser feature keys not strictly ascending at \(unordered)")
        }
        self.init(
            width: width, scale: scale, keys: keys, counts: counts, labels: labels,
            levels: levels.map { Int16(bitPattern: $0) })
    }
}
