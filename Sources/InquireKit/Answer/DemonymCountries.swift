/// *Which country did Iran attack?* over "Iran's attack on Pakistani soil": a demonym before a noun for a country's
/// ground ("Pakistani soil", "Iranian territory", `PlaceLexicon.groundNouns`) names the demonym's country. When the
/// question asks for a country, that place phrase answers with the country's name ("Pakistan"), so that it also
/// agrees with the country named elsewhere.
enum DemonymCountries {
    /// The country named by the place span `span` of `view` when it is a demonym and a ground noun, and nil
    /// otherwise.
    static func country(of span: TypedSpan, in view: SentenceView, gazetteer: Gazetteer) -> String? {
        guard span.type == .location, span.tokens.count == 2,
            PlaceLexicon.groundNouns.contains(view.term(span.tokens.upperBound - 1))
        else { return nil }
        let demonym = span.tokens.lowerBound
        guard view.words[demonym].isCapitalized else { return nil }
        return gazetteer.country(forDemonym: view.term(demonym))
    }

    /// The answer text for `span` when the question asks for a country (`asksForCountry`) and `span` is a
    /// demonym's ground (`country(of:in:gazetteer:)`); nil otherwise.
    static func answer(
        for span: TypedSpan, in view: SentenceView, asksForCountry: Bool, gazetteer: Gazetteer
    ) -> String? {
        guard asksForCountry else { return nil }
        return country(of: span, in: view, gazetteer: gazetteer)
    }
}
