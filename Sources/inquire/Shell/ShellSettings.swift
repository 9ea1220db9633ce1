import InquireKit

/// The format answers are printed in, as `run --format`: `:mode text|json|tsv`.
enum AnswerMode: String, CaseIterable, Sendable {
    /// The answer, its evidence and a details line (in the shell), or the plain text of `ask`.
    case text
    /// One JSON object a line, as `run --format jsonl`.
    case json
    /// A header row, then one tab-separated row an answer, as `run --format tsv`.
    case tsv

    /// The mode named `name` (`jsonl` is taken for `json`), or nil.
    init?(name: String) {
        if name == "jsonl" {
            self = .json
        } else {
            self.init(rawValue: name)
        }
    }
}

/// One setting of `:set NAME VALUE`, with its value checked.
enum ShellSetting: Equatable {
    /// How sentences are ranked.
    case ranking(Ranking)
    /// The confidence below which no answer is given.
    case threshold(Double)
    /// How many alternatives are kept besides the answer (the JSON output lists them).
    case alternatives(Int)
    /// How many sentences are retrieved per question.
    case retrieved(Int)
    /// Bold and colour on or off.
    case colour(Bool)
    /// The pager for long output on or off.
    case pager(Bool)

    /// The names `:set` knows, in the order `:show` lists them.
    static let names = ["ranking", "threshold", "alternatives", "retrieved", "colour", "pager"]

    /// The setting `name` with `value`, or the one-line message explaining what is wrong.
    static func parse(name: String, value: String) -> Result<ShellSetting, ShellCommand.Problem> {
        func onOff() -> Bool? {
            ["on", "yes", "true", "1"].contains(value)
                ? true : ["off", "no", "false", "0"].contains(value) ? false : nil
        }
        func count(_ range: ClosedRange<Int>) -> Int? { Int(value).flatMap { range.contains($0) ? $0 : nil } }
        switch name {
        case "ranking":
            guard let ranking = Ranking(rawValue: value) else {
                return .failure(.init("usage: :set ranking tfidf|bm25"))
            }
            return .success(.ranking(ranking))
        case "threshold":
            guard let number = Double(value), (0...1).contains(number) else {
                return .failure(.init("usage: :set threshold X, with X from 0 to 1"))
            }
            return .success(.threshold(number))
        case "alternatives":
            guard let number = count(0...100) else {
                return .failure(.init("usage: :set alternatives N, N from 0 to 100"))
            }
            return .success(.alternatives(number))
        case "retrieved":
            guard let number = count(1...1000) else {
                return .failure(.init("usage: :set retrieved N, N from 1 to 1000"))
            }
            return .success(.retrieved(number))
        case "colour", "color":
            guard let on = onOff() else { return .failure(.init("usage: :set colour on|off")) }
            return .success(.colour(on))
        case "pager":
            guard let on = onOff() else { return .failure(.init("usage: :set pager on|off")) }
            return .success(.pager(on))
        default:
            let known = names.joined(separator: ", ")
            if let close = Suggestion.closest(to: name, among: names) {
                return .failure(.init("unknown setting '\(name)'; did you mean '\(close)'? (known: \(known))"))
            }
            return .failure(.init("unknown setting '\(name)'; known: \(known)"))
        }
    }
}

/// What `:set`, `:mode` and `:timer` changed: the engine's knobs and the shell's own.
struct ShellSettings: Equatable {
    /// How sentences are ranked.
    var ranking: Ranking
    /// The confidence below which no answer is given.
    var threshold: Double
    /// How many alternatives are kept besides the answer.
    var alternatives = 5
    /// How many sentences are retrieved per question.
    var retrieved: Int
    /// Bold and colour.
    var colour: Bool
    /// Long output through the pager (on a terminal only).
    var pager = true
    /// The answer format.
    var mode = AnswerMode.text
    /// Whether each answer is followed by the time of its stages.
    var timer = false

    /// The settings of a fresh shell on `engine`, with colour as the terminal allows.
    init(engine: Engine, colour: Bool) {
        ranking = engine.ranking
        threshold = engine.extractor.threshold
        retrieved = engine.retrieved
        self.colour = colour
    }

    /// Changes one setting.
    mutating func apply(_ setting: ShellSetting) {
        switch setting {
        case .ranking(let value): ranking = value
        case .threshold(let value): threshold = value
        case .alternatives(let value): alternatives = value
        case .retrieved(let value): retrieved = value
        case .colour(let value): colour = value
        case .pager(let value): pager = value
        }
    }

    /// `engine` with these settings' ranking, threshold and retrieval depth.
    func configure(_ engine: Engine) -> Engine {
        var configuration = Engine.Configuration()
        configuration.ranking = ranking
        configuration.threshold = threshold
        configuration.retrieved = retrieved
        var configured = engine
        configured.apply(configuration)
        return configured
    }

    /// The rows of `:show`: every setting with its value.
    var rows: [(String, String)] {
        func onOff(_ value: Bool) -> String { value ? "on" : "off" }
        return [
            ("ranking", ranking.rawValue), ("threshold", String(threshold)), ("alternatives", String(alternatives)),
            ("retrieved", String(retrieved)), ("colour", onOff(colour)), ("pager", onOff(pager)),
            ("mode", mode.rawValue), ("timer", onOff(timer)),
        ]
    }
}
