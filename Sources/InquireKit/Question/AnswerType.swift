/// The coarse answer classes of the UIUC/TREC question-classification taxonomy (Li & Roth 2002).
public enum CoarseType: String, CaseIterable, Sendable, Codable {
    /// An abbreviation or its expansion.
    case abbreviation = "ABBR"
    /// A definition, description, manner or reason.
    case description = "DESC"
    /// A thing: animal, colour, creative work, disease, food, product, term …
    case entity = "ENTY"
    /// A person, a group of people, a title or a description of a person.
    case human = "HUM"
    /// A place: city, country, state, mountain or another location.
    case location = "LOC"
    /// A number: count, date, distance, money, period, percentage …
    case numeric = "NUM"

    /// A short lowercase name for people ("number", "person" …).
    public var displayName: String {
        switch self {
        case .abbreviation: "abbreviation"
        case .description: "description"
        case .entity: "entity"
        case .human: "human"
        case .location: "location"
        case .numeric: "number"
        }
    }
}

/// The 50 fine answer classes of the UIUC/TREC taxonomy; the raw value is the label as written in the
/// training and test files (`HUM:ind`, `LOC:city`, `NUM:count` …), so labels parse with `AnswerType(rawValue:)`.
public enum AnswerType: String, CaseIterable, Sendable, Codable {
    /// An abbreviation of a longer name ("What is the abbreviation for …").
    case abbreviation = "ABBR:abb"
    /// The expansion of an abbreviation ("What does NASA stand for?").
    case expansion = "ABBR:exp"

    /// A definition of a term ("What is a caldera?").
    case definition = "DESC:def"
    /// A description or explanation of something ("What is the origin of …", "What happened to …").
    case description = "DESC:desc"
    /// A manner of action ("How do you make …").
    case manner = "DESC:manner"
    /// A reason ("Why …").
    case reason = "DESC:reason"

    /// An animal.
    case animal = "ENTY:animal"
    /// An organ or part of the body.
    case bodyPart = "ENTY:body"
    /// A colour.
    case color = "ENTY:color"
    /// An invention, book or other creative work (film, song, painting …).
    case creativeWork = "ENTY:cremat"
    /// A currency.
    case currency = "ENTY:currency"
    /// A disease or medicine.
    case diseaseOrMedicine = "ENTY:dismed"
    /// An event (war, battle, holiday …).
    case event = "ENTY:event"
    /// A food or drink.
    case food = "ENTY:food"
    /// A musical instrument.
    case instrument = "ENTY:instru"
    /// A language.
    case language = "ENTY:lang"
    /// A letter of an alphabet.
    case letter = "ENTY:letter"
    /// Another entity, none of the named ones.
    case otherEntity = "ENTY:other"
    /// A plant.
    case plant = "ENTY:plant"
    /// A product (brand, make, model …).
    case product = "ENTY:product"
    /// A religion.
    case religion = "ENTY:religion"
    /// A sport or game.
    case sport = "ENTY:sport"
    /// An element or substance.
    case substance = "ENTY:substance"
    /// A symbol or sign.
    case symbol = "ENTY:symbol"
    /// A technique or method.
    case technique = "ENTY:techmeth"
    /// An equivalent term ("What do you call …", "What is another name for …").
    case equivalentTerm = "ENTY:termeq"
    /// A vehicle.
    case vehicle = "ENTY:veh"
    /// A word with a special property ("What word …").
    case word = "ENTY:word"

    /// A description of a person ("Who was Ada Lovelace?").
    case humanDescription = "HUM:desc"
    /// A group or organisation of people (company, team, band …).
    case group = "HUM:gr"
    /// An individual person.
    case individual = "HUM:ind"
    /// A title or occupation of a person.
    case title = "HUM:title"

    /// A city.
    case city = "LOC:city"
    /// A country.
    case country = "LOC:country"
    /// A mountain.
    case mountain = "LOC:mount"
    /// Another location (river, building, region, address …).
    case otherLocation = "LOC:other"
    /// A state or province.
    case state = "LOC:state"

    /// A code (postal code, telephone number …).
    case code = "NUM:code"
    /// A count of things.
    case count = "NUM:count"
    /// A date, year or time of day.
    case date = "NUM:date"
    /// A distance, length, height or depth.
    case distance = "NUM:dist"
    /// A price or amount of money.
    case money = "NUM:money"
    /// An ordinal position (rank).
    case ordinal = "NUM:ord"
    /// Another number (population, rate, score …).
    case otherNumber = "NUM:other"
    /// A period of time, a duration or an age.
    case period = "NUM:period"
    /// A percentage.
    case percentage = "NUM:perc"
    /// A speed.
    case speed = "NUM:speed"
    /// A temperature.
    case temperature = "NUM:temp"
    /// A size, area or volume.
    case size = "NUM:volsize"
    /// A weight.
    case weight = "NUM:weight"

    /// The coarse class: the part of the label before the colon.
    public var coarse: CoarseType {
        switch self {
        case .abbreviation, .expansion: .abbreviation
        case .definition, .description, .manner, .reason: .description
        case .humanDescription, .group, .individual, .title: .human
        case .city, .country, .mountain, .otherLocation, .state: .location
        case .code, .count, .date, .distance, .money, .ordinal, .otherNumber, .period, .percentage, .speed,
            .temperature, .size, .weight:
            .numeric
        default: .entity
        }
    }

    /// A short lowercase name for people, as shown by the command line ("person", "group", "city", "date" …).
    public var displayName: String {
        switch self {
        case .abbreviation: "abbreviation"
        case .expansion: "expansion"
        case .definition: "definition"
        case .description: "description"
        case .manner: "manner"
        case .reason: "reason"
        case .animal: "animal"
        case .bodyPart: "body part"
        case .color: "color"
        case .creativeWork: "creative work"
        case .currency: "currency"
        case .diseaseOrMedicine: "disease or medicine"
        case .event: "event"
        case .food: "food"
        case .instrument: "instrument"
        case .language: "language"
        case .letter: "letter"
        case .otherEntity: "entity"
        case .plant: "plant"
        case .product: "product"
        case .religion: "religion"
        case .sport: "sport"
        case .substance: "substance"
        case .symbol: "symbol"
        case .technique: "technique"
        case .equivalentTerm: "term"
        case .vehicle: "vehicle"
        case .word: "word"
        case .humanDescription: "person description"
        case .group: "group"
        case .individual: "person"
        case .title: "title"
        case .city: "city"
        case .country: "country"
        case .mountain: "mountain"
        case .otherLocation: "location"
        case .state: "state"
        case .code: "code"
        case .count: "count"
        case .date: "date"
        case .distance: "distance"
        case .money: "money"
        case .ordinal: "ordinal"
        case .otherNumber: "number"
        case .period: "period"
        case .percentage: "percentage"
        case .speed: "speed"
        case .temperature: "temperature"
        case .size: "size"
        case .weight: "weight"
        }
    }
}
