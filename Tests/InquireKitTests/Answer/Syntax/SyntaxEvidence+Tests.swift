@testable import InquireKit

extension SyntaxEvidence {
    /// Evidence for a candidate of entity kind `kind` that fills the asked role at `role` with none of the question's
    /// other arguments found, in a sentence that states the predicate when `predicateFound` (by default: when it fills
    /// the role at all). For the tests of the rules that rule candidates out.
    static func made(role: Double = 0, kind: EntityKind?, predicateFound: Bool? = nil) -> SyntaxEvidence {
        SyntaxEvidence(
            alignment: FrameAlignment(predicateFound: predicateFound ?? (role > 0), role: role, arguments: 0),
            entityKind: kind)
    }
}
