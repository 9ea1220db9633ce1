/// Every term's postings — (sentence, count) pairs, sentences ascending — compressed in blocks of 128: a block keeps
/// its first sentence apart and the rest as bit-packed gaps, then its counts bit-packed (minus one, so a block whose
/// counts are all 1 stores none). The same layout lies in memory after a build and in a mapped index file, where it
/// is read in place.
///
/// Term `t`'s bytes are `data[offsets[t]..<offsets[t + 1]]`. A term of at most `blockSize` postings (most terms) is
/// one block with no skip table: its first sentence (UInt32), then the block. A longer term starts with a skip table
/// of one 8-byte entry per block (the block's first sentence, UInt32, and the block's offset from the term's start,
/// UInt32), then its blocks, full but the last. A block: one byte, the gap width `g` (0…32 bits; absent when the
/// term has a single posting); one byte, the count width `c` (0…32 bits); then a little-endian bit stream of the
/// `n − 1` gaps minus one (`g` bits each: sentence `i` is sentence `i − 1` plus the gap plus one) and the `n` counts
/// minus one (`c` bits each). A block ends where the next one starts, the term's last where the term ends. `data`
/// ends with `padding` zero bytes, so that a value is read with one 8-byte load wherever it lies. A term with one
/// posting of count 1 thus takes 5 bytes of `data` and 8 bytes of columns.
///
/// Decoding is safe on any bytes: a block whose offsets, widths or length are out of bounds decodes as empty, and
/// the sentences it yields are cut to stay ascending and below the sentence count, so a damaged file read without
/// its checksum (the fuzz target repairs them) can give wrong hits but never reads or writes out of bounds.
struct PostingBlocks: Sendable, Equatable {
    /// Postings per block, and the most postings a term stores without a skip table.
    static let blockSize = 128
    /// Zero bytes after the last block.
    static let padding = 8
    /// Bytes of one skip-table entry.
    static let skipEntrySize = 8

    /// Term `t`'s postings are numbers `starts[t]..<starts[t + 1]` (terms + 1 entries): their difference is the
    /// term's document frequency.
    let starts: Column<UInt32>
    /// Term `t`'s bytes are `data[offsets[t]..<offsets[t + 1]]` (terms + 1 entries).
    let offsets: Column<UInt32>
    /// The terms' skip tables and packed blocks, then `padding` zero bytes.
    let data: Column<UInt8>

    /// The number of terms.
    var termCount: Int { max(0, starts.count - 1) }
    /// The number of postings.
    var postingCount: Int { Int(starts.last ?? 0) }

    /// The number of postings of term `term`.
    @inline(__always)
    func frequency(of term: Int) -> Int { Int(starts[term + 1] &- starts[term]) }

    /// The number of blocks of a term with `postings` postings.
    @inline(__always)
    static func blockCount(postings: Int) -> Int { (postings + blockSize - 1) / blockSize }

    /// The fewest bytes a term with `postings` postings can take (a skip table, and per block its widths).
    static func minimumBytes(postings: Int) -> Int {
        if postings == 0 { return 0 }
        if postings == 1 { return 5 }
        if postings <= blockSize { return 6 }
        return blockCount(postings: postings) * (skipEntrySize + 2)
    }

    /// The bytes of the columns.
    var memoryBytes: Int { starts.byteCount + offsets.byteCount + data.byteCount }

    /// Whether the columns lie in a mapped file.
    var isMapped: Bool { data.isMapped }

    /// A little-endian UInt32 of `data` at `position`, which the caller has checked lies before the padding.
    @inline(__always)
    private func word32(_ base: UnsafePointer<UInt8>, at position: Int) -> UInt64 {
        UInt64(UInt32(littleEndian: UnsafeRawPointer(base + position).loadUnaligned(as: UInt32.self)))
    }

    /// The first sentence of block `block` of term `term` (which has `count` postings in all), or `UInt32.max`
    /// when the term's bytes do not hold it (the cursor's estimate then stops there).
    func firstSentence(term: Int, count: Int, block: Int) -> UInt32 {
        let start = Int(offsets[term])
        let end = Int(offsets[term + 1])
        let entry = count <= Self.blockSize ? start : start &+ block &* Self.skipEntrySize
        guard start <= end, end <= data.count - Self.padding, entry >= start, entry &+ 4 <= end,
            let base = data.buffer.baseAddress
        else { return UInt32.max }
        return UInt32(truncatingIfNeeded: word32(base, at: entry))
    }

    /// Decodes block `block` of term `term`, which has `frequency` postings in all, the block `count` of them
    /// (1…`blockSize`), into `sentences` and `counts`, keeping only a prefix whose sentences are at least `lower`
    /// and below `upper` (all of them in a sound file); returns how many were kept (0 for a block whose bytes are
    /// out of bounds). When every count of the block is 1, `counts` is left as it was and `unitCounts` is set (the
    /// search then adds one weight per posting).
    @inline(__always)
    func decode(
        term: Int, frequency: Int, block: Int, count: Int, atLeast lower: UInt64, below upper: UInt64,
        sentences: UnsafeMutablePointer<UInt32>, counts: UnsafeMutablePointer<UInt32>, unitCounts: inout Bool
    ) -> Int {
        let termStart = Int(offsets[term])
        let termEnd = Int(offsets[term + 1])
        guard termStart <= termEnd, termEnd <= data.count - Self.padding, count > 0, count <= Self.blockSize,
            let base = data.buffer.baseAddress
        else { return 0 }
        let first: UInt64
        var start: Int
        var end = termEnd
        if frequency <= Self.blockSize {
            guard termEnd - termStart >= 5 else { return 0 }
            first = word32(base, at: termStart)
            start = termStart &+ 4
        } else {
            let blocks = Self.blockCount(postings: frequency)
            let table = termStart &+ blocks &* Self.skipEntrySize
            let entry = termStart &+ block &* Self.skipEntrySize
            guard block >= 0, block < blocks, table <= termEnd else { return 0 }
            first = word32(base, at: entry)
            start = termStart &+ Int(word32(base, at: entry &+ 4))
            if block &+ 1 < blocks { end = termStart &+ Int(word32(base, at: entry &+ 4 &+ Self.skipEntrySize)) }
            guard start >= table, start <= end, end <= termEnd else { return 0 }
        }
        guard first >= lower, first < upper else { return 0 }
        let gapWidth: Int
        if frequency == 1 {
            gapWidth = 0
        } else {
            guard start < end else { return 0 }
            gapWidth = Int(base[start])
            start &+= 1
        }
        guard start < end else { return 0 }
        let countWidth = Int(base[start])
        start &+= 1
        guard gapWidth <= 32, countWidth <= 32,
            (count - 1) * gapWidth + count * countWidth <= (end - start) * 8
        else { return 0 }
        let bits = UnsafeRawPointer(base + start)
        sentences[0] = UInt32(truncatingIfNeeded: first)
        let last = Self.unpackGaps(bits, width: gapWidth, count: count, first: first, into: sentences)
        var kept = count
        if last >= upper {
            // Damaged: keep the prefix below `upper` (the sentences ascend, so it is a prefix).
            kept = 1
            var sentence = first
            var bit = 0
            let mask = gapWidth == 0 ? 0 : (UInt64(1) << UInt64(gapWidth)) &- 1
            for _ in 1..<count {
                let word = UInt64(littleEndian: bits.loadUnaligned(fromByteOffset: bit &>> 3, as: UInt64.self))
                sentence &+= ((word &>> UInt64(bit & 7)) & mask) &+ 1
                guard sentence < upper else { break }
                kept &+= 1
                bit &+= gapWidth
            }
        }
        unitCounts = countWidth == 0
        Self.unpackCounts(bits, from: (count &- 1) &* gapWidth, width: countWidth, count: count, into: counts)
        return kept
    }

    /// Writes `count` counts (each `width` bits, minus one; 1…32) starting at bit `origin` of `bits` to `counts`;
    /// does nothing for width 0 (a block whose counts are all 1). Width 1, the common case of a block with some
    /// counts of 2, expands a byte of the stream to eight counts at a time.
    @inline(__always)
    static func unpackCounts(
        _ bits: UnsafeRawPointer, from origin: Int, width: Int, count: Int, into counts: UnsafeMutablePointer<UInt32>
    ) {
        switch width {
        case 0: break
        case 1: unpackUnitWidthCounts(bits, from: origin, count: count, into: counts)
        case 2: unpackCounts(bits, from: origin, 2, count: count, into: counts)
        case 3: unpackCounts(bits, from: origin, 3, count: count, into: counts)
        default: unpackCounts(bits, from: origin, width, count: count, into: counts)
        }
    }

    /// `unpackCounts` for width 1: each byte of the stream (read from bit `origin` on) becomes eight counts of 1 or
    /// 2 with one vector comparison.
    @inline(__always)
    private static func unpackUnitWidthCounts(
        _ bits: UnsafeRawPointer, from origin: Int, count: Int, into counts: UnsafeMutablePointer<UInt32>
    ) {
        let lanes = SIMD8<UInt32>(1, 2, 4, 8, 16, 32, 64, 128)
        let ones = SIMD8<UInt32>(repeating: 1)
        let twos = SIMD8<UInt32>(repeating: 2)
        let output = UnsafeMutableRawPointer(counts)
        var bit = origin
        var index = 0
        while index &+ 8 <= count {
            let word = UInt64(littleEndian: bits.loadUnaligned(fromByteOffset: bit &>> 3, as: UInt64.self))
            let byte = UInt32(truncatingIfNeeded: (word &>> UInt64(bit & 7)) & 0xFF)
            let set = (SIMD8<UInt32>(repeating: byte) & lanes) .!= SIMD8<UInt32>(repeating: 0)
            output.storeBytes(
                of: ones.replacing(with: twos, where: set), toByteOffset: index &* 4, as: SIMD8<UInt32>.self)
            index &+= 8
            bit &+= 8
        }
        while index < count {
            let word = UInt64(littleEndian: bits.loadUnaligned(fromByteOffset: bit &>> 3, as: UInt64.self))
            counts[index] = UInt32(truncatingIfNeeded: (word &>> UInt64(bit & 7)) & 1) &+ 1
            index &+= 1
            bit &+= 1
        }
    }

    /// Writes the sentences after `first` (`count − 1` gaps of `width` bits at `bits`) to `sentences[1...]` and
    /// returns the last one, before truncation to 32 bits. Each width has its own loop, so that within a group of
    /// eight gaps (which takes exactly `width` bytes) every shift and offset is a constant.
    static func unpackGaps(
        _ bits: UnsafeRawPointer, width: Int, count: Int, first: UInt64, into sentences: UnsafeMutablePointer<UInt32>
    ) -> UInt64 {
        switch width {
        case 0:
            var sentence = first
            for index in 1..<count {
                sentence &+= 1
                sentences[index] = UInt32(truncatingIfNeeded: sentence)
            }
            return sentence
        case 1: return unpackGaps(bits, 1, count: count, first: first, into: sentences)
        case 2: return unpackGaps(bits, 2, count: count, first: first, into: sentences)
        case 3: return unpackGaps(bits, 3, count: count, first: first, into: sentences)
        case 4: return unpackGaps(bits, 4, count: count, first: first, into: sentences)
        case 5: return unpackGaps(bits, 5, count: count, first: first, into: sentences)
        case 6: return unpackGaps(bits, 6, count: count, first: first, into: sentences)
        case 7: return unpackGaps(bits, 7, count: count, first: first, into: sentences)
        case 8: return unpackGaps(bits, 8, count: count, first: first, into: sentences)
        case 9: return unpackGaps(bits, 9, count: count, first: first, into: sentences)
        case 10: return unpackGaps(bits, 10, count: count, first: first, into: sentences)
        case 11: return unpackGaps(bits, 11, count: count, first: first, into: sentences)
        case 12: return unpackGaps(bits, 12, count: count, first: first, into: sentences)
        case 13: return unpackGaps(bits, 13, count: count, first: first, into: sentences)
        case 14: return unpackGaps(bits, 14, count: count, first: first, into: sentences)
        case 15: return unpackGaps(bits, 15, count: count, first: first, into: sentences)
        case 16: return unpackGaps(bits, 16, count: count, first: first, into: sentences)
        case 17: return unpackGaps(bits, 17, count: count, first: first, into: sentences)
        case 18: return unpackGaps(bits, 18, count: count, first: first, into: sentences)
        case 19: return unpackGaps(bits, 19, count: count, first: first, into: sentences)
        case 20: return unpackGaps(bits, 20, count: count, first: first, into: sentences)
        case 21: return unpackGaps(bits, 21, count: count, first: first, into: sentences)
        case 22: return unpackGaps(bits, 22, count: count, first: first, into: sentences)
        case 23: return unpackGaps(bits, 23, count: count, first: first, into: sentences)
        case 24: return unpackGaps(bits, 24, count: count, first: first, into: sentences)
        case 25: return unpackGaps(bits, 25, count: count, first: first, into: sentences)
        case 26: return unpackGaps(bits, 26, count: count, first: first, into: sentences)
        case 27: return unpackGaps(bits, 27, count: count, first: first, into: sentences)
        case 28: return unpackGaps(bits, 28, count: count, first: first, into: sentences)
        case 29: return unpackGaps(bits, 29, count: count, first: first, into: sentences)
        case 30: return unpackGaps(bits, 30, count: count, first: first, into: sentences)
        case 31: return unpackGaps(bits, 31, count: count, first: first, into: sentences)
        case 32: return unpackGaps(bits, 32, count: count, first: first, into: sentences)
        default: return first
        }
    }

    /// `unpackGaps` for one width (a constant once inlined): eight gaps at a time, then the rest one by one.
    @inline(__always)
    private static func unpackGaps(
        _ bits: UnsafeRawPointer, _ width: Int, count: Int, first: UInt64, into sentences: UnsafeMutablePointer<UInt32>
    ) -> UInt64 {
        let mask = (UInt64(1) << UInt64(width)) &- 1
        @inline(__always)
        func gap(_ group: UnsafeRawPointer, _ lane: Int) -> UInt64 {
            let bit = lane &* width
            let word = UInt64(littleEndian: group.loadUnaligned(fromByteOffset: bit &>> 3, as: UInt64.self))
            return ((word &>> UInt64(bit & 7)) & mask) &+ 1
        }
        /// Gap `lane` of a group of eight read whole into `word` (widths up to 8 bits: the group fits one load).
        @inline(__always)
        func gap(word: UInt64, _ lane: Int) -> UInt64 { ((word &>> UInt64(lane &* width)) & mask) &+ 1 }
        var sentence = first
        var output = sentences + 1
        var group = bits
        var left = count &- 1
        /// Adds the eight gaps `gapAt` reads to the running sentence and writes the eight sentences.
        @inline(__always)
        func emitEight(_ gapAt: (Int) -> UInt64) {
            let s0 = sentence &+ gapAt(0)
            let s1 = s0 &+ gapAt(1)
            let s2 = s1 &+ gapAt(2)
            let s3 = s2 &+ gapAt(3)
            let s4 = s3 &+ gapAt(4)
            let s5 = s4 &+ gapAt(5)
            let s6 = s5 &+ gapAt(6)
            let s7 = s6 &+ gapAt(7)
            output[0] = UInt32(truncatingIfNeeded: s0)
            output[1] = UInt32(truncatingIfNeeded: s1)
            output[2] = UInt32(truncatingIfNeeded: s2)
            output[3] = UInt32(truncatingIfNeeded: s3)
            output[4] = UInt32(truncatingIfNeeded: s4)
            output[5] = UInt32(truncatingIfNeeded: s5)
            output[6] = UInt32(truncatingIfNeeded: s6)
            output[7] = UInt32(truncatingIfNeeded: s7)
            sentence = s7
            output += 8
            group += width
            left &-= 8
        }
        if width <= 8 {
            while left >= 8 {
                let word = UInt64(littleEndian: group.loadUnaligned(as: UInt64.self))
                emitEight { gap(word: word, $0) }
            }
        }
        while left >= 8 {
            let current = group
            emitEight { gap(current, $0) }
        }
        var lane = 0
        while lane < left {
            sentence &+= gap(group, lane)
            output[lane] = UInt32(truncatingIfNeeded: sentence)
            lane &+= 1
        }
        return sentence
    }

    /// Writes `count` counts (each `width` bits, minus one) starting at bit `origin` of `bits` to `counts`, one at a
    /// time (the reference the faster paths are tested against).
    @inline(__always)
    static func unpackCounts(
        _ bits: UnsafeRawPointer, from origin: Int, _ width: Int, count: Int, into counts: UnsafeMutablePointer<UInt32>
    ) {
        let mask = (UInt64(1) << UInt64(width)) &- 1
        var bit = origin
        for index in 0..<count {
            let word = UInt64(littleEndian: bits.loadUnaligned(fromByteOffset: bit &>> 3, as: UInt64.self))
            counts[index] = UInt32(truncatingIfNeeded: min(((word &>> UInt64(bit & 7)) & mask) &+ 1, 0xFFFF_FFFF))
            bit &+= width
        }
    }

    /// Term `term`'s postings, decoded (for tests and tools; a search decodes block by block).
    func postings(of term: Int) -> [(sentence: UInt32, count: UInt32)] {
        guard term >= 0, term < termCount else { return [] }
        var result: [(sentence: UInt32, count: UInt32)] = []
        let sentences = UnsafeMutablePointer<UInt32>.allocate(capacity: Self.blockSize)
        let counts = UnsafeMutablePointer<UInt32>.allocate(capacity: Self.blockSize)
        defer {
            sentences.deallocate()
            counts.deallocate()
        }
        let frequency = frequency(of: term)
        var remaining = frequency
        var lower: UInt64 = 0
        for block in 0..<Self.blockCount(postings: frequency) {
            let count = min(remaining, Self.blockSize)
            remaining -= count
            var unitCounts = false
            let kept = decode(
                term: term, frequency: frequency, block: block, count: count, atLeast: lower,
                below: UInt64(UInt32.max), sentences: sentences, counts: counts, unitCounts: &unitCounts)
            for index in 0..<kept { result.append((sentences[index], unitCounts ? 1 : counts[index])) }
            if kept > 0 { lower = UInt64(sentences[kept - 1]) + 1 }
        }
        return result
    }
}
