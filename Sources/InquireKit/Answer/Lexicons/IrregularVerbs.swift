/// English irregular verbs: the past and participle forms of the common ones, so that a question's "take place"
/// matches a sentence's "took place" (the Snowball stemmer leaves such forms apart: "took" is not "take").
enum IrregularVerbs {
    /// Base form, then its irregular past and participle forms.
    static let table: [(base: String, forms: [String])] = [
        ("arise", ["arose", "arisen"]), ("be", ["was", "were", "been"]), ("bear", ["bore", "born", "borne"]),
        ("beat", ["beaten"]), ("become", ["became"]), ("begin", ["began", "begun"]), ("bend", ["bent"]),
        ("bind", ["bound"]), ("bite", ["bit", "bitten"]), ("blow", ["blew", "blown"]), ("break", ["broke", "broken"]),
        ("bring", ["brought"]), ("build", ["built"]), ("burn", ["burnt"]), ("buy", ["bought"]),
        ("catch", ["caught"]), ("choose", ["chose", "chosen"]), ("come", ["came"]), ("deal", ["dealt"]),
        ("dig", ["dug"]), ("do", ["did", "done"]), ("draw", ["drew", "drawn"]), ("drink", ["drank", "drunk"]),
        ("drive", ["drove", "driven"]), ("eat", ["ate", "eaten"]), ("fall", ["fell", "fallen"]),
        ("feed", ["fed"]), ("feel", ["felt"]), ("fight", ["fought"]), ("find", ["found"]), ("flee", ["fled"]),
        ("fly", ["flew", "flown"]), ("forbid", ["forbade", "forbidden"]), ("forget", ["forgot", "forgotten"]),
        ("forgive", ["forgave", "forgiven"]), ("freeze", ["froze", "frozen"]), ("get", ["got", "gotten"]),
        ("give", ["gave", "given"]), ("go", ["went", "gone"]), ("grow", ["grew", "grown"]), ("hang", ["hung"]),
        ("have", ["had"]), ("hear", ["heard"]), ("hide", ["hid", "hidden"]), ("hold", ["held"]),
        ("keep", ["kept"]), ("know", ["knew", "known"]), ("lay", ["laid"]), ("lead", ["led"]),
        ("leave", ["left"]), ("lend", ["lent"]), ("lie", ["lain"]), ("light", ["lit"]),
        ("lose", ["lost"]), ("make", ["made"]), ("mean", ["meant"]), ("meet", ["met"]), ("pay", ["paid"]),
        ("ride", ["rode", "ridden"]), ("ring", ["rang", "rung"]), ("rise", ["rose", "risen"]),
        ("run", ["ran"]), ("say", ["said"]), ("see", ["saw", "seen"]), ("seek", ["sought"]),
        ("sell", ["sold"]), ("send", ["sent"]), ("shake", ["shook", "shaken"]), ("shine", ["shone"]),
        ("shoot", ["shot"]), ("show", ["shown"]), ("shrink", ["shrank", "shrunk"]), ("sing", ["sang", "sung"]),
        ("sink", ["sank", "sunk"]), ("sit", ["sat"]), ("sleep", ["slept"]), ("speak", ["spoke", "spoken"]),
        ("spend", ["spent"]), ("stand", ["stood"]), ("steal", ["stole", "stolen"]), ("stick", ["stuck"]),
        ("strike", ["struck", "stricken"]), ("swear", ["swore", "sworn"]), ("swim", ["swam", "swum"]),
        ("take", ["took", "taken"]), ("teach", ["taught"]), ("tear", ["tore", "torn"]), ("tell", ["told"]),
        ("think", ["thought"]), ("throw", ["threw", "thrown"]), ("understand", ["understood"]),
        ("wake", ["woke", "woken"]), ("wear", ["wore", "worn"]), ("weep", ["wept"]), ("win", ["won"]),
        ("withdraw", ["withdrew", "withdrawn"]), ("write", ["wrote", "written"]),
    ]

    /// The stem of an irregular form → the stem of its base ("took" → "take").
    static let baseOfForm: [String: String] = {
        var map: [String: String] = [:]
        for (base, forms) in table {
            let stem = SnowballStemmer.stem(base)
            for form in forms { map[SnowballStemmer.stem(form), default: stem] = stem }
        }
        return map
    }()

    /// The stem of the base form of the verb with stem `stem` (`stem` itself for a regular verb or another word).
    static func base(ofStem stem: String) -> String {
        baseOfForm[stem] ?? stem
    }

    /// The stems of every form of the verb with stem `stem`, its base included (just `stem` for a regular verb or
    /// another word).
    static func forms(ofStem stem: String) -> [String] {
        let base = base(ofStem: stem)
        return [base] + (formsByBase[base] ?? [])
    }

    /// Base stem → the stems of its irregular forms.
    static let formsByBase: [String: [String]] = {
        var map: [String: [String]] = [:]
        for (base, forms) in table { map[SnowballStemmer.stem(base), default: []] += forms.map(SnowballStemmer.stem) }
        return map
    }()

    /// Whether two stems are forms of the same word ("took" and "take", "won" and "win").
    static func matches(_ a: String, _ b: String) -> Bool {
        a == b || base(ofStem: a) == base(ofStem: b)
    }
}
