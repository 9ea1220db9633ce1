/// What the project's gazetteers say about each word of a sentence, as feature values for the entity tagger:
/// first name, surname, demonym, and whether the word lies in (or starts) the longest place name found there.
struct EntityGazetteerMarks {
    /// One value per word: a small bit set (1 first name, 2 surname, 4 demonym, 8 place start, 16 place inside,
    /// 32 capitalised place start; with place kinds, 64 country, 128 region, 256 city for every word of the place;
    /// with lower-case names, 512 a word of a lower-case country, region or city of 100,000 people or more, 1024 a
    /// lower-case word more often a first name than not rare as one).
    let marks: [UInt64]

    /// The marks of a sentence's words; `placeKinds` adds the kinds of place the longest place name may be,
    /// `lowercase` the places and first names written in lower case (web text: "kerala", "shanna").
    init(_ words: [String], gazetteer: Gazetteer, placeKinds: Bool = false, lowercase: Bool = false) {
        var marks = [UInt64](repeating: 0, count: words.count)
        let slices = words.map { Substring($0) }
        var index = 0
        while index < words.count {
            let word = words[index]
            let capitalised = word.first?.isUppercase ?? false
            if capitalised {
                if gazetteer.isFirstName(word) { marks[index] |= 1 }
                if gazetteer.isSurname(word) { marks[index] |= 2 }
                if gazetteer.country(forDemonym: word) != nil { marks[index] |= 4 }
            }
            if capitalised, let place = gazetteer.longestPlace(in: slices, from: index) {
                marks[index] |= 8 | 32
                for inside in (index + 1)..<(index + place.length) { marks[inside] |= 16 }
                if placeKinds {
                    var kinds: UInt64 = 0
                    for entry in place.entries {
                        switch entry.kind {
                        case .country: kinds |= 64
                        case .region: kinds |= 128
                        case .city: kinds |= 256
                        }
                    }
                    for inside in index..<(index + place.length) { marks[inside] |= kinds }
                }
                index += place.length
                continue
            }
            if lowercase, !capitalised, word.first?.isLetter ?? false {
                if gazetteer.nameFrequency(word).first >= 0.001 { marks[index] |= 1024 }
                if let place = gazetteer.longestPlace(in: slices, from: index),
                    place.entries.contains(where: { $0.kind != .city || $0.population >= 100_000 })
                {
                    for inside in index..<(index + place.length) { marks[inside] |= 512 }
                    index += place.length
                    continue
                }
            }
            index += 1
        }
        self.marks = marks
    }
}
