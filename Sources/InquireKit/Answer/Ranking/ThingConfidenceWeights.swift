/// The weights of `ConfidenceModel` for thing answers (`SpanType.thing`: a noun phrase answering a *what*
/// question, `ThingNounPhrases`), fitted on their own rows: the *what* questions of the SQuAD tuning half
/// (`/tmp/s6-answers/even.json` and `near-even.json`) whose best candidate is a thing (92 rows, 72 answerable, 30
/// right), written by `inquire-train confidence /tmp/s6-answers/even.json /tmp/s6-answers/near-even.json --types
/// what --rows-only --rows-out FILE` and fitted by the same logistic regression (Newton's method, L2 penalty 1,
/// intercept not penalised; the thing-answer column, always 1 there, left out). ECE 0.077 on those rows, 0.130 on
/// the checking half's 130. The whole-text features (`ConfidenceModel.textFeatureNames`, added later) are 0: these
/// rows are all paragraphs.
///
/// Threshold: the shared one (`ConfidenceWeights.threshold`, 0.28). At it the tuning half answers 27 of its thing
/// rows rightly and 21 wrongly and 5 of its 20 near-miss thing rows; at 0.40 it would answer 20 rightly, 10
/// wrongly and no near miss.
enum ThingConfidenceWeights {
    /// One weight per `ConfidenceModel.featureNames` entry.
    static let values: [Double] = [
        -4.134569,  // intercept
        0.403385,  // score
        0.540265,  // lead
        0.937583,  // sentence
        0.058893,  // type
        0.612599,  // proximity
        -0.200451,  // slot
        0.524023,  // role
        -0.242126,  // repetition
        0.000000,  // focus
        0.000000,  // agreement
        0.230578,  // coverage
        0.260078,  // relation
        0.000000,  // unknown predicate
        0.000000,  // predicate found
        0.039030,  // arguments
        0.000000,  // count answer
        0.000000,  // place answer
        0.000000,  // sentence answer
        -0.409045,  // best coverage
        0.400076,  // coverage × role
        0.260078,  // relation × predicate found
        0.395748,  // proximity × coverage
        0.167269,  // role × arguments
        0.777610,  // lead × role
        0.481702,  // type × sentence
        0.950611,  // term absent
        -0.065056,  // present share
        0.087904,  // missing terms
        0.000000,  // long text
        0.000000,  // text length
        0.000000,  // long × role
        0.000000,  // long × predicate found
        0.000000,  // long × coverage
        0.000000,  // long × lead
        0.000000,  // thing answer
    ]
}
