/// The runtime weights of one parser classifier, behind an open-addressing table so scoring a feature costs one probe.
///
/// The move classifier (at most three classes) is a ``MoveTable``: one 64-bit entry a feature, stored in the model
/// file as it lies in memory (format 2), so it loads with one bulk copy. Wider classifiers (the relations) are stored
/// sparse and quantised (a key, then (class, 16-bit level) cells, one scale per model) and their table is built when
/// the model is read: slots of the key and the index of the feature's first cell.
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
    /// Narrow classifiers (at most three classes): the whole table.
    private let table: MoveTable?
    /// Wide classifiers: the stored features' keys, ascending, and the number of cells of each.
    private let keys: [UInt32]
    private let counts: [UInt8]
    /// Wide classifiers: the class and the quantised weight of each cell, feature after feature.
    private let labels: [UInt8]
    private let levels: [Int16]
    /// Wide classifiers: slots of 2 words, the key then the index of the feature's first cell in
    /// ``cellWeights`` (the cell count in the top byte). Key 0 = empty.
    private let slots: [UInt32]
    private let cellWeights: [Float]
    private let mask: Int
    private let shift: UInt32

    /// The stored features, keys ascending (rebuilt from the tables; for writing and comparing).
    package var features: [Feature] {
        if let table { return table.features.map { Feature(key: $0.key, cells: $0.cells) } }
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
        if width <= 3 {
            let rows = ordered.map { feature in
                var levels: (Int16, Int16, Int16) = (0, 0, 0)
                for (label, level) in feature.cells {
                    switch label {
                    case 0: levels.0 = level
                    case 1: levels.1 = level
                    default: levels.2 = level
                    }
                }
                return (key: feature.key, levels: levels)
            }
            self.init(width: width, scale: scale, table: MoveTable(width: width, features: rows))
        } else {
            self.init(
                width: width, scale: scale, keys: ordered.map(\.key), counts: ordered.map { UInt8($0.cells.count) },
                labels: ordered.flatMap { $0.cells.map(\.0) }, levels: ordered.flatMap { $0.cells.map(\.1) })
        }
    }

    /// A narrow classifier over its table.
    private init(width: Int, scale: Float, table: MoveTable) {
        self.width = width
        self.scale = scale
        self.table = table
        keys = []
        counts = []
        labels = []
        levels = []
        slots = []
        cellWeights = []
        mask = 0
        shift = 0
    }

    /// Builds the table from flat arrays: ascending distinct non-zero keys, each feature's cell count, and the
    /// cells' classes and levels feature after feature. No per-feature allocation: a model loads in milliseconds.
    private init(width: Int, scale: Float, keys: [UInt32], counts: [UInt8], labels: [UInt8], levels: [Int16]) {
        self.width = width
        self.scale = scale
        table = nil
        self.keys = keys
        self.counts = counts
        self.labels = labels
        self.levels = levels
        var size = 16
        while size < keys.count * 2 { size *= 2 }
        mask = size - 1
        let shift = UInt32(32 - size.trailingZeroBitCount)
        self.shift = shift
        var slots = [UInt32](repeating: 0, count: size * 2)
        var offset = 0
        for index in keys.indices {
            let key = keys[index]
            var slot = Self.slot(key, shift: shift)
            while slots[slot * 2] != 0 { slot = (slot + 1) & (size - 1) }
            slots[slot * 2] = key
            slots[slot * 2 + 1] = UInt32(offset) | UInt32(counts[index]) << 24
            offset += Int(counts[index])
        }
        self.slots = slots
        cellWeights = levels.map { Float($0) * scale }
    }

    @inline(__always) private static func slot(_ key: UInt32, shift: UInt32) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B1) >> shift)
    }

    /// Adds the weights of `count` feature keys to `scores[0..<width]`.
    ///
    /// A first pass loads every feature's home slot key into a buffer (independent loads, no branches), so that the
    /// cache misses overlap instead of queueing behind the probe loop's branches; the probes start from them.
    @inline(__always) package func accumulate(
        _ features: UnsafePointer<UInt64>, count: Int, into scores: UnsafeMutablePointer<Float>
    ) {
        if let table {
            table.accumulate(features, count: count, scale: scale, into: scores)
            return
        }
        slots.withUnsafeBufferPointer { slots in
            let base = slots.baseAddress!
            labels.withUnsafeBufferPointer { labels in
                cellWeights.withUnsafeBufferPointer { weights in
                    withUnsafeTemporaryAllocation(of: UInt32.self, capacity: max(count, 1)) { first in
                        for index in 0..<count {
                            let key = UInt32(truncatingIfNeeded: features[index])
                            first[index] = base[Self.slot(key, shift: shift) &* 2]
                        }
                        for index in 0..<count {
                            let key = UInt32(truncatingIfNeeded: features[index])
                            var slot = Self.slot(key, shift: shift)
                            var stored = first[index]
                            while stored != key && stored != 0 {
                                slot = (slot &+ 1) & mask
                                stored = base[slot &* 2]
                            }
                            guard stored == key else { continue }
                            let packed = base[slot &* 2 + 1]
                            let start = Int(packed & 0xFF_FFFF)
                            for cell in start..<(start + Int(packed >> 24)) {
                                scores[Int(labels[cell])] += weights[cell]
                            }
                        }
                    }
                }
            }
        }
    }

    /// The number of stored (class, weight) cells.
    package var cellCount: Int {
        if let table { return table.features.reduce(0) { $0 + $1.cells.count } }
        return labels.count
    }
}

extension ParserWeights {
    /// Appends the weights: width and scale, then for a narrow classifier its table (home bits, entry count,
    /// entries), for a wide one — or any in format 1 — its features (count, keys, cell counts, cell classes, cell
    /// levels).
    package func write(to writer: inout ByteWriter, formatVersion: UInt32 = ModelArchive.formatVersion) {
        writer.append(UInt32(width))
        writer.append(scale)
        if let table, formatVersion >= 2 {
            writer.append(UInt32(table.homeBits))
            writer.append(UInt32(table.entries.count))
            for entry in table.entries { writer.append(entry) }
            return
        }
        let features = features
        writer.append(UInt32(features.count))
        for feature in features { writer.append(feature.key) }
        writer.append(bytes: features.map { UInt8($0.cells.count) })
        for feature in features { writer.append(bytes: feature.cells.map(\.0)) }
        for feature in features {
            for cell in feature.cells { writer.append(UInt16(bitPattern: cell.1)) }
        }
    }

    /// Reads weights written by ``write(to:)``, or by format 1 (every classifier's features sparse; a narrow one's
    /// table is then built here, as `inquire-train convert` does to rewrite the file).
    package init(from reader: inout ByteReader, formatVersion: UInt32 = ModelArchive.formatVersion) throws {
        let width = Int(try reader.readUInt32())
        let scale = try reader.readFloat()
        guard width > 0, width <= 255 else { throw ModelFileError.corrupt("parser weights of \(width) classes") }
        if width <= 3 && formatVersion >= 2 {
            let homeBits = Int(try reader.readUInt32())
            let count = Int(try reader.readUInt32())
            guard (17...28).contains(homeBits), count == MoveTable.length(homeBits: homeBits),
                let table = MoveTable(width: width, homeBits: homeBits, entries: try reader.readUInt64s(count: count))
            else { throw ModelFileError.corrupt("parser move table of \(count) entries for \(homeBits) bits") }
            self.init(width: width, scale: scale, table: table)
            return
        }
        let count = Int(try reader.readUInt32())
        let keys = try reader.readUInt32s(count: count)
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
        guard total < 1 << 24 else { throw ModelFileError.corrupt("\(total) parser weight cells, too many") }
        if width <= 3 {
            var offset = 0
            var features: [Feature] = []
            features.reserveCapacity(count)
            for (key, cellCount) in zip(keys, counts) {
                let cells = (offset..<(offset + Int(cellCount))).map { (labels[$0], Int16(bitPattern: levels[$0])) }
                features.append(Feature(key: key, cells: cells))
                offset += Int(cellCount)
            }
            self.init(width: width, scale: scale, features: features)
            return
        }
        self.init(
            width: width, scale: scale, keys: keys, counts: counts, labels: labels,
            levels: levels.map { Int16(bitPattern: $0) })
    }
}
