/// Closed word lists for people's names: honorifics and titles that precede a name, role nouns that describe a
/// person, and the short words that may sit inside a name.
///
/// Titles, roles and position words are written by hand from WordNet's noun.person class (occupations, ranks,
/// kinship); entries that occur in only one development question or answer were removed, and the positions of one
/// sport (quarterback, tackle …) are not listed. `scripts/audit_lexicons.py` lists the rest with the number of
/// development items each occurs in. Connectors, generational suffixes and sentence adverbs are closed classes.
enum NameLexicon {
    /// Titles and honorifics written before a name ("President", "Gen.", "Dr."), lowercased, without full stops.
    static let titles: Set<String> = [
        "mr", "mrs", "vice", "ms", "miss", "dr", "prof", "professor", "sir", "lord", "lady", "president",
        "col", "colonel", "maj", "capt", "captain", "lt", "lieutenant", "sgt", "sergeant",
        "adm", "cmdr", "commander", "senator", "representative", "gov", "governor", "mayor",
        "judge", "justice", "king", "queen", "prince", "princess", "emperor", "empress", "pope", "bishop",
        "archbishop", "cardinal", "reverend", "father", "chancellor", "minister",
        "secretary", "ambassador", "commissioner", "chairman", "chairwoman", "director", "coach", "dean", "duke",
        "duchess", "earl", "countess", "baron", "sultan", "shah", "caliph", "tsar", "kaiser",
        "pharaoh", "ayatollah", "sheikh", "rabbi", "deputy", "detective",
        "ceo", "founder",
    ]

    /// Role and occupation nouns: they describe a person and, capitalised before a name, are not part of it
    /// ("Painter Anna Holm", "director Tom Reyes").
    static let roles: Set<String> = [
        "coach", "pitcher", "catcher", "striker",
        "goalkeeper", "midfielder", "captain", "manager", "executive", "producer",
        "director", "writer", "author", "poet", "novelist", "journalist", "editor",
        "announcer", "commentator", "analyst", "singer", "rapper", "musician", "composer", "pianist", "guitarist",
        "drummer", "actor", "actress", "artist", "painter", "sculptor", "architect", "engineer", "scientist",
        "physicist", "chemist", "mathematician", "economist", "historian", "philosopher", "theologian",
        "inventor", "explorer", "physician", "doctor", "pharmacist", "lawyer",
        "judge", "senator", "governor", "mayor", "president", "minister", "chancellor", "spokesman",
        "spokeswoman", "chairman", "founder", "teacher", "professor",
        "priest", "monk", "bishop", "missionary", "colonel", "commander", "soldier",
        "officer", "pilot", "astronaut", "entrepreneur", "businesswoman", "investor", "banker",
        "diplomat", "ambassador", "king", "queen", "emperor", "prince", "princess", "commissioner", "secretary",
        "deputy", "adviser", "coordinator",

    ]

    /// Lower-case words that, right before a capitalised name, describe the person's position ("team owner
    /// Ed Vane", "head coach Lena Ort"); too ambiguous to split a capitalised run on.
    static let positionWords: Set<String> = [
        "coach", "owner", "player", "leader", "official", "host", "anchor",
        "star", "veteran", "champion", "general", "student", "member", "son", "daughter", "wife",
        "husband", "brother", "sister", "father", "mother", "friend", "colleague", "successor", "predecessor",
        "rival", "partner", "cofounder", "nephew", "grandson", "cousin",
    ]

    /// Lower-case words that may sit inside a name ("Port of Spain", "Jaish al-Adl", "Ludwig van Beethoven").
    static let connectors: Set<String> = [
        "of", "de", "del", "della", "da", "dos", "das", "du", "van", "von", "der", "den", "bin", "ibn", "al", "el",
        "la", "le", "y", "di", "ter",
    ]

    /// Connectors that open a surname written without its given name ("von Staupitz", "van Gogh", "de Gaulle").
    static let surnameParticles: Set<String> = [
        "von", "van", "de", "du", "da", "di", "del", "della", "der", "den", "bin", "ibn",
    ]

    /// Generational and regnal suffixes that end a name ("Jr.", "III").
    static let suffixes: Set<String> = [
        "jr", "sr", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii",
    ]

    /// Titles of rank that belong to the name they precede ("Lady Gaga", "King Louis XIV", "Pope Gregory").
    static let ranks: Set<String> = [
        "king", "queen", "prince", "princess", "emperor", "empress", "pope", "lady", "lord", "sir", "duke",
        "duchess", "earl", "countess", "baron", "sultan", "shah", "tsar", "kaiser", "pharaoh", "saint",
    ]

    /// Military ranks written before a name as its title, beside ``titles`` and ``ranks`` ("Major General …").
    static let militaryRanks: Set<String> = [
        "general", "major", "admiral", "marshal", "brigadier", "commodore", "colonel", "captain", "lieutenant",
        "sergeant", "corporal",
    ]

    /// Head words of names of events, works, awards and other things that are neither people, groups nor places
    /// ("World Cup", "National Championship Game", "Nobel Prize", "World War II").
    static let thingHeads: Set<String> = [
        "game", "games", "bowl", "bowls", "cup", "championship", "championships", "award", "awards", "trophy",
        "prize", "medal", "war", "wars", "battle", "treaty", "act", "festival", "olympics", "series", "tournament",
        "season", "revolution", "day", "era", "age", "language", "languages", "law", "code", "theory", "theorem",
        "principle", "effect", "hypothesis", "equation", "conjecture", "program", "programme", "project",
        "mission", "system", "model", "version", "edition", "album", "song", "film", "show", "novel", "book",
        "magazine", "journal", "report", "plan", "agreement", "accord", "declaration", "constitution", "bill",
        "amendment", "doctrine", "rebellion", "uprising", "crisis", "plague", "disease", "syndrome", "index",
        "rule", "rules", "method", "algorithm", "problem", "test", "race", "match",
    ]

    /// Capitalised words that never start a name: sentence adverbs, pronouns and determiners not in the stopword
    /// list, days and months are handled by the date recogniser.
    static let notNames: Set<String> = [
        "however", "moreover", "meanwhile", "although", "though", "also", "still", "yet", "thus", "therefore",
        "instead", "later", "earlier", "today", "yesterday", "tomorrow", "many", "several", "another", "every",
        "according", "despite", "since", "unlike", "like", "following", "during", "after", "before", "among",
        "within", "without", "including", "beginning", "upon", "toward", "towards", "one", "two", "three",
        "most", "some", "much", "first", "second", "third", "last", "next", "i", "oh", "yes", "no",
    ]
}
