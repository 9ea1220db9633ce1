/// The layout of an inquire index file (format version 3, read in place through `mmap`). All integers are little-endian.
///
/// ```
/// offset  size  field
///      0     8  magic: 89 49 4E 51 49 44 58 0A ("\x89INQIDX\n": a binary marker, then a line break that text-mode
///               transfers would mangle)
///      8     4  format version (UInt32, 3; versions 1 and 2 are refused with "made by an older inquire")
///     12     4  section count (UInt32)
///     16     8  file length in bytes (UInt64): a shorter or longer file is refused as truncated
///     24     8  corpus fingerprint (UInt64, `Fingerprints.corpus`)
///     32     8  analyzer fingerprint (UInt64, `Fingerprints.analyzer`)
///     40     8  sentence count (UInt64)
///     48     8  XXH64 of the section table
///     56     8  XXH64 of bytes 0..<56
///     64        section table: one 32-byte entry per section
///               (tag: 4 ASCII bytes, element size: UInt32, offset: UInt64, byte count: UInt64, XXH64 of the bytes)
///               then the sections, each starting at a multiple of 8
/// ```
///
/// Sections (every array is a raw little-endian array of its element type):
///
/// | tag    | element | what |
/// |--------|---------|------|
/// | `TBYT` | UInt8   | the terms' UTF-8 bytes, in id order |
/// | `TOFF` | UInt32  | term id → offset in `TBYT` (terms + 1 entries) |
/// | `TSLT` | UInt32  | FNV-1a open-addressing slot table (a power of two, empty = 0xFFFFFFFF) |
/// | `PSTA` | UInt32  | term id → first posting (terms + 1 entries): the differences are document frequencies |
/// | `POFF` | UInt32  | term id → offset of its postings in `PDAT` (terms + 1 entries) |
/// | `PDAT` | UInt8   | per term (`PostingBlocks`): its first sentence if it has at most 128 postings, else a skip |
/// |        |         | table (per block of 128: first sentence, offset); then its blocks (gap and count widths, |
/// |        |         | bit-packed gaps and counts); then 8 zero bytes |
/// | `SLEN` | UInt32  | each sentence's number of terms |
/// | `SNRM` | Float32 | 1 / L2 norm of each sentence's TF-IDF vector |
/// | `NCLS` | UInt8   | each sentence's norm class (`NormBounds`) |
/// | `NBND` | Float32 | the largest inverse norm of each of the 256 classes |
/// | `LTOT` | UInt64  | one value: the sum of the sentence lengths (BM25's mean length without reading `SLEN`) |
/// | `CSTR` | UInt8   | corpus strings: the corpus name, then per document its id, title, source and full text |
/// | `COFF` | UInt64  | string i spans `CSTR[COFF[i]..<COFF[i+1]]` (1 + 4 × documents + 1 entries) |
/// | `CDOC` | UInt64  | per document: first line, flags (bit 0: has a title; bit 1: text lines are source lines; |
/// |        |         | bit 2: its file was not UTF-8 and was read as Windows-1252) |
/// | `SDOC` | UInt32  | each sentence's document |
/// | `SRNG` | UInt64  | each sentence's byte range in its document's text: lower, upper |
/// | `SLIN` | UInt64  | each sentence's line in its source |
/// | `DSEN` | UInt64  | each document's first sentence (documents + 1 entries) |
///
/// Every section is used where it lies in the mapped file. Opening checks the header, the table, and the checksum
/// and structure of every section but the two bulky ones, the posting blocks (`PDAT`) and the corpus text
/// (`CSTR`), in work proportional to the terms and sentences, not to the postings or the text; those two are
/// hashed by `inquire index verify`. Every read of them is bounds-checked (a posting block is checked as it is
/// decoded), so a damaged block or text can give wrong hits or characters but never read outside the file.
/// The corpus sections let `--index FILE` answer without the original files; when a corpus is also given, its
/// fingerprint must equal the stored one, or the file is refused as stale. Files are written to a temporary name
/// beside the target and renamed into place, so a reader never sees a half-written file under the real name.
enum IndexFileFormat {
    /// The magic bytes.
    static let magic: [UInt8] = [0x89, 0x49, 0x4E, 0x51, 0x49, 0x44, 0x58, 0x0A]
    /// The format version this build writes and reads.
    static let version: UInt32 = 3
    /// The header's size in bytes.
    static let headerSize = 64
    /// One section-table entry's size in bytes.
    static let entrySize = 32

    /// The sections, in file order.
    enum Tag: String, CaseIterable {
        case termBytes = "TBYT"
        case termOffsets = "TOFF"
        case termSlots = "TSLT"
        case postingStarts = "PSTA"
        case postingOffsets = "POFF"
        case postingData = "PDAT"
        case sentenceLengths = "SLEN"
        case inverseNorms = "SNRM"
        case normClasses = "NCLS"
        case normClassBounds = "NBND"
        case lengthTotal = "LTOT"
        case corpusStrings = "CSTR"
        case corpusStringOffsets = "COFF"
        case documentInfo = "CDOC"
        case sentenceDocuments = "SDOC"
        case sentenceRanges = "SRNG"
        case sentenceLines = "SLIN"
        case documentSentences = "DSEN"

        /// The tag as the UInt32 stored in the table (its four ASCII bytes, little-endian).
        var code: UInt32 {
            var value: UInt32 = 0
            for (shift, byte) in rawValue.utf8.enumerated() { value |= UInt32(byte) << (8 * UInt32(shift)) }
            return value
        }
    }
}

/// One entry of the section table.
struct SectionEntry: Equatable {
    /// The section's tag code.
    var tag: UInt32
    /// The size of one element in bytes.
    var elementSize: UInt32
    /// Where the section starts in the file.
    var offset: UInt64
    /// The section's length in bytes.
    var byteCount: UInt64
    /// XXH64 of the section's bytes.
    var checksum: UInt64
}
