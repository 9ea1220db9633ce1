/// A one-byte class per sentence with an upper bound of the inverse norms in each class, so that a search can reject
/// most candidates by reading one byte instead of four: the scattered reads of a query that touches a large part of
/// the corpus are what its time goes to, and the exact norm is only read for a sentence that could enter the top k.
///
/// A class is the inverse norm's exponent and top four mantissa bits (classes are 1/16 of an octave wide); the bound
/// of a class is the largest inverse norm in it, so `score × bound ≥ score × norm` holds exactly in floating point.
struct NormBounds: Sendable {
    /// The class of each sentence's inverse norm.
    let classes: Column<UInt8>
    /// The largest inverse norm of each of the 256 classes (0 for an empty class).
    let bounds: Column<Float>

    /// The classes and bounds of `inverseNorms`.
    init<Norms: Collection<Float>>(inverseNorms: Norms) {
        var classes = [UInt8](repeating: 0, count: inverseNorms.count)
        var bounds = [Float](repeating: 0, count: 256)
        for (sentence, norm) in inverseNorms.enumerated() {
            let key = Self.normClass(norm)
            classes[sentence] = key
            bounds[Int(key)] = max(bounds[Int(key)], norm)
        }
        self.classes = Column(classes)
        self.bounds = Column(bounds)
    }

    /// Classes and bounds read from an index file.
    init(classes: Column<UInt8>, bounds: Column<Float>) {
        self.classes = classes
        self.bounds = bounds
    }

    /// The class of an inverse norm: 255 for 1 and above (a TF-IDF norm is at least 1, as idf and tf are), then one
    /// class down per 1/16 of an octave, 0 for everything at or below 2⁻¹⁶ (and for 0, NaN and negative values).
    static func normClass(_ value: Float) -> UInt8 {
        guard value > 0 else { return 0 }
        let key = Int(value.bitPattern >> 19) - Int(Float(1).bitPattern >> 19) + 255
        return UInt8(clamping: key)
    }

    /// The bytes held.
    var memoryBytes: Int { classes.byteCount + bounds.byteCount }
}
