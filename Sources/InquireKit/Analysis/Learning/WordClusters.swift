/// Distributional word classes learned from unlabelled text (``WordClusterBuilder``): each frequent word form has a
/// class by the words that come before it and a class by the words that come after it, so that a word the tagger or
/// parser saw rarely in training still shares weights with the words it behaves like.
///
/// Forms are normalised as the parser normalises them (``ParserVocabulary/normalise(_:)``: lower case, digits as 0).
/// A word's classes are packed in one value: the left-context class in the high 16 bits, the right-context class in
/// the low 16, both counted from 1; 0 means a word without classes.
package struct WordClusters: Sendable, Equatable {
    /// The normalised forms that have classes, in the order they were written.
    package let forms: [String]
    /// The packed classes of each form of ``forms``.
    package let classes: [UInt32]
    private let table: FeatureTable

    /// No classes: every word looks up 0.
    package static let empty = WordClusters(forms: [], classes: [])

    /// A table of forms and their packed classes (of equal length).
    package init(forms: [String], classes: [UInt32]) {
        precondition(forms.count == classes.count, "one class value per form")  // safe: built or read in pairs
        self.forms = forms
        self.classes = classes
        var table = FeatureTable(capacity: forms.count)
        for (form, packed) in zip(forms, classes) where packed != 0 {
            table.insert(Self.key(hash: FeatureHash.value(form)), row: Int(packed))
        }
        self.table = table
    }

    /// Tables are equal when they hold the same forms with the same classes.
    package static func == (lhs: WordClusters, rhs: WordClusters) -> Bool {
        lhs.forms == rhs.forms && lhs.classes == rhs.classes
    }

    /// Whether the table holds no word.
    package var isEmpty: Bool { forms.isEmpty }

    @inline(__always) private static func key(hash: UInt64) -> UInt64 { hash == 0 ? 1 : hash }

    /// The packed classes of a form already normalised, 0 when it has none.
    package func classes(ofNormalised form: String) -> UInt32 {
        classes(hash: FeatureHash.value(form))
    }

    /// The packed classes of the form whose value hash (``FeatureHash/value(_:)``) is `hash`, 0 when it has none.
    @inline(__always) package func classes(hash: UInt64) -> UInt32 {
        guard !isEmpty else { return 0 }
        return UInt32(truncatingIfNeeded: max(table.lookUp(Self.key(hash: hash)), 0))
    }

    /// The left-context class of packed classes.
    @inline(__always) package static func left(_ packed: UInt32) -> UInt64 { UInt64(packed >> 16) }

    /// The right-context class of packed classes.
    @inline(__always) package static func right(_ packed: UInt32) -> UInt64 { UInt64(packed & 0xFFFF) }

    /// Writes the table: the forms, then each form's packed classes.
    package func write(to writer: inout ByteWriter) {
        writer.append(strings: forms)
        for packed in classes { writer.append(packed) }
    }

    /// Reads a table written by ``write(to:)``.
    package init(from reader: inout ByteReader) throws {
        let forms = try reader.readStrings()
        let classes = try reader.readUInt32s(count: forms.count)
        self.init(forms: forms, classes: classes)
    }
}
