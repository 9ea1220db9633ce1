/// *How old is she?* over "Lena Doss, a 12-year-old girl from Varn, …": an age written as a number glued to
/// "year-old" (or "month-old", "week-old", "day-old") is a period, answered by the number alone ("12").
enum GluedAges {
    /// The units of an age glued to its number, as `NumberReading.unit` reads them.
    static let units: Set<String> = [
        "year-old", "years-old", "month-old", "months-old", "week-old", "weeks-old", "day-old", "days-old",
    ]

    /// Whether `unit` (a glued unit, lower-case) makes its number an age.
    static func isAge(_ unit: String?) -> Bool {
        unit.map { units.contains($0.lowercased()) } ?? false
    }

    /// Words right before a number that make it an age: "at age 39", "aged 10", "ages 8 to 10".
    static let ageWords: Set<String> = ["age", "aged", "ages"]

    /// Whether the number opening at word `index` of `view` is an age by the words before it: "age 39", "aged
    /// 10", "at the age of 39".
    static func followsAgeWord(_ view: SentenceView, number index: Int) -> Bool {
        guard index > 0 else { return false }
        if ageWords.contains(view.term(index - 1)) { return true }
        return index > 1 && view.term(index - 1) == "of" && view.term(index - 2) == "age"
    }
}
