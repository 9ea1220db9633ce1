/// Turns an English plural noun into its singular form by rule, with a short table of irregular plurals.
///
/// A regular plural can have more than one plausible singular (`movies` → `movy`/`movie`, `horses` →
/// `hors`/`horse`), so `candidates(_:)` lists them in order of likelihood and the caller keeps the first one
/// its lexicon knows; `singular(_:)` is the best guess without a lexicon.
enum Singularizer {
    /// The most likely singular of a lowercased word (the word itself when it does not look plural).
    static func singular(_ word: String) -> String {
        candidates(word).first ?? word
    }

    /// The possible singular forms of a lowercased word, most likely first; the word itself comes last
    /// (or first when it does not look plural).
    static func candidates(_ word: String) -> [String] {
        if let irregular = irregulars[word] { return [irregular, word] }
        if invariant.contains(word) { return [word] }
        let utf8 = Array(word.utf8)
        let count = utf8.count
        if word.hasSuffix("men"), count > 4, !["omen", "amen", "abdomen", "specimen", "regimen"].contains(word) {
            return [String(word.dropLast(3)) + "man", word]  // firemen, newsmen
        }
        guard count > 2, utf8[count - 1] == UInt8(ascii: "s") else { return [word] }
        let penultimate = utf8[count - 2]
        if penultimate == UInt8(ascii: "s") || penultimate == UInt8(ascii: "u") || penultimate == UInt8(ascii: "'") {
            return [word]  // glass, virus, bus: not plural (or not one we can undo)
        }
        if penultimate == UInt8(ascii: "i"), !word.hasSuffix("ies") { return [word] }  // analysis, tennis
        let stem1 = String(word.dropLast())
        if word.hasSuffix("ies"), count > 4 {
            let stem3 = String(word.dropLast(3))
            return [stem3 + "y", stem1, word]
        }
        if word.hasSuffix("ves"), count > 4 {
            let stem3 = String(word.dropLast(3))
            return [stem1, stem3 + "f", stem3 + "fe", word]
        }
        if word.hasSuffix("es"), count > 3 {
            let stem2 = String(word.dropLast(2))
            let sibilant = ["ss", "x", "ch", "sh"].contains { stem2.hasSuffix($0) }
            if sibilant {
                return [stem2, stem1, word]
            }
            return [stem1, stem2, word]
        }
        return [stem1, word]
    }

    /// Plurals that no suffix rule undoes.
    private static let irregulars: [String: String] = [
        "children": "child", "people": "person", "men": "man", "women": "woman", "feet": "foot",
        "teeth": "tooth", "mice": "mouse", "geese": "goose", "oxen": "ox", "lice": "louse", "dice": "die",
        "criteria": "criterion", "phenomena": "phenomenon", "cacti": "cactus", "fungi": "fungus",
        "alumni": "alumnus", "indices": "index", "matrices": "matrix", "appendices": "appendix",
        "larvae": "larva", "antennae": "antenna", "vertebrae": "vertebra", "bacteria": "bacterium",
        "media": "medium", "memoranda": "memorandum", "stimuli": "stimulus", "nuclei": "nucleus",
        "radii": "radius", "octopi": "octopus", "wives": "wife", "knives": "knife", "lives": "life",
        "leaves": "leaf", "wolves": "wolf", "halves": "half", "calves": "calf", "thieves": "thief",
        "shelves": "shelf", "loaves": "loaf", "elves": "elf", "hooves": "hoof", "scarves": "scarf",
        "dwarves": "dwarf", "selves": "self", "sheaves": "sheaf", "wharves": "wharf", "potatoes": "potato",
        "tomatoes": "tomato", "heroes": "hero", "echoes": "echo", "vetoes": "veto", "torpedoes": "torpedo",
        "volcanoes": "volcano", "mosquitoes": "mosquito", "dominoes": "domino", "buses": "bus",
        "gases": "gas", "quizzes": "quiz", "lenses": "lens", "crises": "crisis", "theses": "thesis",
        "analyses": "analysis", "diagnoses": "diagnosis", "oases": "oasis", "axes": "axis",
        "species": "species", "series": "series", "aircraft": "aircraft", "moose": "moose",
    ]

    /// Words ending in `s` that are not plurals (or are the same in both numbers).
    private static let invariant: Set<String> = [
        "news", "means", "series", "species", "physics", "mathematics", "economics", "politics", "athletics",
        "gymnastics", "aerobics", "ethics", "linguistics", "statistics", "measles", "mumps", "diabetes",
        "herpes", "rabies", "billiards", "darts", "checkers", "chess", "headquarters", "whereabouts", "lens",
        "canvas", "atlas", "iris", "pancreas", "bias", "gas", "alias", "has", "was", "is", "this", "us",
        "his", "its", "yes", "thus", "always", "perhaps", "afterwards", "towards", "besides", "sometimes",
        "mars", "venus", "texas", "kansas", "paris", "athens", "wales", "christmas", "olympics", "odds",
        "clothes", "pants", "jeans", "trousers", "scissors", "glasses", "shorts", "tongs", "pliers",
        "arms", "thanks", "congress", "princess", "goddess", "actress", "waitress", "mistress", "hostess",
        "fortress", "canvass", "chassis", "corps", "ourselves", "yourselves", "themselves",
    ]
}
