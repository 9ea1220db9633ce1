import Foundation

/// The tagger's second choice for a word, as one byte the parser reads beside the tag: 0 when the tagger was sure
/// (its best score ahead of the second by ``marginCap`` or more, or a dictionary word), otherwise the second tag's
/// raw value + 1 in the low 5 bits and the margin's bucket (⌊log₂(1 + margin)⌋, margin in weight units) in the high 3.
package enum TagAlternative {
    /// Margins from this on count as sure.
    package static let marginCap: Float = 15

    /// The code of a word whose tag scores are `scores` (quantised, one step worth `scale`), `best` the winner.
    @inline(__always) package static func code(_ scores: [Int32], best: Int, scale: Float) -> UInt8 {
        var second = best == 0 ? 1 : 0
        for index in scores.indices where index != best && scores[index] > scores[second] { second = index }
        let margin = Float(scores[best] - scores[second]) * scale
        guard margin < marginCap else { return 0 }
        let bucket = UInt8(min(Int(log2(1 + max(margin, 0))), 7))
        return UInt8(second + 1) | bucket << 5
    }
}
