/// A question's *do* read as the main verb when it is the auxiliary of do-support: "To which country did her
/// parents take her?" parsed with *did* the root and *take* hung off it (an adverbial clause, an object). The
/// repaired tree makes the bare verb after the subject the predicate, *did* its auxiliary, and hangs the other
/// dependents of *did* on the verb: the noun phrase between the two is its subject, a fronted subject of *did*
/// its object.
enum DoSupport {
    /// Relations the subject between *do* and the verb may have been given.
    static let subjectRelations: Set<Substring> = ["nsubj", "obj", "iobj", "dep"]

    /// `question` with each misparsed do-support repaired (`verb(under:in:)`); `question` itself when there is
    /// none.
    static func repaired(_ question: SentenceAnalysis) -> SentenceAnalysis {
        guard
            let auxiliary = (0..<question.count).first(where: { verb(under: $0, in: question) != nil }),
            let verb = verb(under: auxiliary, in: question)
        else { return question }
        var tags = question.tags
        var heads = question.heads
        var relations = question.relations
        tags[auxiliary] = .aux
        heads[verb] = question.heads[auxiliary]
        relations[verb] = question.relations[auxiliary]
        heads[auxiliary] = verb
        relations[auxiliary] = "aux"
        var ownSubject = question.children[verb].contains { question.baseRelation($0) == "nsubj" }
        let ownObject = question.children[verb].contains { question.baseRelation($0) == "obj" }
        for child in question.children[auxiliary] where child != verb {
            heads[child] = verb
            let relation = question.baseRelation(child)
            if child > auxiliary, child < verb, !ownSubject, subjectRelations.contains(relation) {
                relations[child] = "nsubj"
                ownSubject = true
            } else if child < auxiliary, relation == "nsubj", !ownObject {
                relations[child] = "obj"
            }
        }
        return SentenceAnalysis(
            text: question.text, words: question.words, tags: tags, lemmas: question.lemmas, heads: heads,
            relations: relations, entities: question.entities)
    }

    /// The verb whose auxiliary the word `index` of `question` is though the parse made it a main verb: `index`
    /// is a form of *do* tagged as a verb, and one of its dependents after it is a verb in its bare form with a
    /// noun phrase (a noun or a pronoun, no verb) right between the two ("did [her parents] take"); nil otherwise.
    static func verb(under index: Int, in question: SentenceAnalysis) -> Int? {
        guard question.lemmas[index].lowercased() == "do", question.tags[index] == .verb else { return nil }
        return question.children[index].first { verb in
            guard verb > index + 1, question.tags[verb] == .verb,
                question.form(verb).lowercased() == question.lemmas[verb].lowercased()
            else { return false }
            let between = (index + 1)..<verb
            return between.contains { [.noun, .propn, .pron].contains(question.tags[$0]) }
                && !between.contains { [.verb, .aux, .punct, .sconj].contains(question.tags[$0]) }
        }
    }
}
