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
}
