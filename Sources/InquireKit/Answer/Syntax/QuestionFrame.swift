/// What a question asks, read off its dependency tree: the word standing for the answer (the wh-word, or the noun
/// of a "which"/"what"/"how many" phrase), the predicate it depends on, the role it plays there, and the
/// question's other arguments of that predicate with their roles. A sentence answers the question where it states
/// the same predicate with the same arguments in the same roles, and the candidate fills the asked role.
package struct QuestionFrame: Sendable {
    /// One argument of the question's predicate other than the asked one.
    package struct Argument: Sendable, Equatable {
        /// The role it plays for the predicate.
        package var role: SemanticRole
        /// The lemma of its head word, lowercased.
        package var head: String
        /// The lowercased lemmas of its content words (nouns, proper nouns, adjectives, numbers, verbs).
        package var lemmas: Set<String>
        /// The lowercased lemmas of its name words and numbers ("super", "bowl", "ii" of "Super Bowl II"): what
        /// tells the instance it names from another of its kind (`ArgumentInstances`).
        package var names: Set<String> = []
    }

    /// The question's analysis.
    package let analysis: SentenceAnalysis
    /// The wh-word, if any.
    package let wh: Int?
    /// The word standing for the answer.
    package let asked: Int?
    /// The predicate the asked word depends on.
    package let predicate: Int?
    /// The lowercased lemma of the predicate (for naming questions, "call").
    package var predicateLemma: String?
    /// The role the answer plays for the predicate.
    package var role: SemanticRole?
    /// The predicate's other arguments.
    package var arguments: [Argument]
    /// For "how many X": the lemma of X, the noun whose count is asked.
    package let countedNoun: String?
    /// Whether the predicate is the verb a causative verb governs in the question ("What caused the pilgrims to
    /// trip?": *trip*, asked for its agent): the subject of that causative verb over the predicate in a sentence
    /// ("a storm caused a crane to fall") fills the asked role too (`QuestionFrame.causerFit`).
    package var causative = false

    /// Wh-words, lowercased.
    static let whWords: Set<String> = ["who", "whom", "whose", "what", "which", "where", "when", "how"]
    /// Parts of speech of content words.
    static let contentTags: Set<UniversalTag> = [.noun, .propn, .adj, .num, .verb]
    /// Relations of the predicate's dependents that are not arguments.
    static let nonArguments: Set<Substring> = [
        "aux", "cop", "punct", "mark", "det", "cc", "case", "discourse", "dep", "parataxis", "advcl", "ccomp",
    ]

    /// Reads the frame of an analysed question (its do-support repaired first: `DoSupport`).
    package init(_ parsed: SentenceAnalysis) {
        let question = DoSupport.repaired(parsed)
        analysis = question
        let wh = (0..<question.count).first { Self.whWords.contains(question.lemmas[$0].lowercased()) }
        self.wh = wh
        var asked = wh
        var countedNoun: String?
        if let whIndex = wh {
            let lemma = question.lemmas[whIndex].lowercased()
            if lemma == "how", whIndex + 1 < question.count,
                ["many", "much"].contains(question.lemmas[whIndex + 1].lowercased())
            {
                // "How many children were killed": the counted noun stands for the answer.
                let many = whIndex + 1
                if question.heads[many] >= 0, question.isNoun(question.heads[many]) {
                    asked = question.heads[many]
                    countedNoun = question.lemmas[question.heads[many]].lowercased()
                } else if let noun = Self.nounAfterModifiers(many + 1, in: question) {
                    // "How many earlier incidents …" with the modifier taken for the adverb of "many".
                    asked = noun
                    countedNoun = question.lemmas[noun].lowercased()
                }
            } else if ["which", "what", "whose"].contains(lemma), question.heads[whIndex] >= 0,
                ["det", "nmod:poss"].contains(question.relations[whIndex]) || question.baseRelation(whIndex) == "det",
                question.isNoun(question.heads[whIndex]), lemma != "whose"
            {
                // "In which province …", "What programme is …": the noun of the wh-phrase.
                asked = question.heads[whIndex]
            }
        }
        self.asked = asked
        self.countedNoun = countedNoun
        var predicate = asked.flatMap { question.heads[$0] >= 0 ? question.heads[$0] : nil }
        var role: SemanticRole?
        if let askedIndex = asked, let predicateIndex = predicate {
            role = question.semanticRole(of: askedIndex, for: predicateIndex)
        }
        // "Which nation's air force …" with the possessor hung off "air": it possesses the compound's head.
        if let askedIndex = asked, question.relations[askedIndex] == "nmod:poss", let modifier = predicate,
            question.baseRelation(modifier) == "compound", question.heads[modifier] > modifier
        {
            predicate = question.heads[modifier]
            role = .possessor
        }
        if role == .agent, let askedIndex = asked, let predicateIndex = predicate,
            Self.frontedObject(askedIndex, of: predicateIndex, in: question)
        {
            role = .patient
        }
        if let askedIndex = asked, let predicateIndex = predicate,
            let raised = Self.raisedPredicate(of: askedIndex, under: predicateIndex, in: question)
        {
            // "Who was thought to have killed X?": the asked word is the subject of "kill", not of "think".
            predicate = raised
            role = question.isPassive(raised) ? .patient : .agent
        } else if let askedIndex = asked, let predicateIndex = predicate,
            let verb = Self.verbUnderAuxiliary(predicateIndex, asked: askedIndex, in: question)
        {
            // "Who has Pakistan long distrusted?" parsed with "has" as the main verb and "distrusted" its object:
            // the participle is the predicate, with a subject of its own, so the wh-word is what it is done to.
            predicate = verb
            role = .patient
        }
        var fallenSubject: Argument?
        if let whIndex = wh, asked == wh, let verb = Self.verbUnderRootWh(whIndex, in: question) {
            // "Where was the disease spreading …?", "Where was X held?" parsed with the wh-word as the root and
            // the verb hung off its subject: the verb is the predicate, asked for its place or time, and the
            // subject is what undergoes it (a participle after "be") or does it.
            predicate = verb
            role = question.lemmas[whIndex].lowercased() == "where" ? .place(nil) : .time
            if let subject = question.children[whIndex].first(where: { question.baseRelation($0) == "nsubj" }) {
                let passive = Self.isPassive(verb, be: question.children[whIndex], in: question)
                fallenSubject = Self.argument(
                    subject, role: passive ? .patient : .agent, in: question, besides: [whIndex, verb])
            }
        } else if let askedIndex = asked,
            predicate == nil
                || question.children[askedIndex].contains(where: {
                    question.baseRelation($0) == "cop"
                })
        {
            // "Who is the president of France?" parsed with the wh-word as the copular predicate: the answer is
            // the same thing as its subject.
            if let subject = question.children[askedIndex].first(where: { question.baseRelation($0) == "nsubj" }) {
                predicate = subject
                role = .identity
            }
        }
        if role == .place(nil), let predicateIndex = predicate,
            let stranded = question.children[predicateIndex].first(where: { child in
                question.tags[child] == .adp && child > predicateIndex && question.children[child].isEmpty
                    && SentenceAnalysis.locativePrepositions.contains(question.lemmas[child].lowercased())
            })
        {
            // "Where did they flee to?", "Where did it come from?": the stranded preposition names the place asked.
            role = .place(question.lemmas[stranded].lowercased())
        }
        // "What caused the pilgrims to trip?": what tripped them; "What did she have to remove?": what she removed.
        var causee: Int?
        var causative = false
        if let whIndex = wh, asked == wh, question.lemmas[whIndex].lowercased() == "what",
            let predicateIndex = predicate
        {
            if role == .agent, let caused = Self.causedVerb(whIndex, of: predicateIndex, in: question) {
                predicate = caused.verb
                causee = caused.causee
                causative = true
            } else if role == .patient,
                let verb = Self.infinitiveWithoutObject(whIndex, of: predicateIndex, in: question)
            {
                predicate = verb
            }
        }
        var strandedArguments: [Argument]?
        if let whIndex = wh, asked == wh, let stranded = Self.strandedFrame(whIndex, in: question) {
            // "Who is X owned by?", "Who did X sell Y to?": the wh-word is the object of the stranded preposition.
            predicate = stranded.verb
            role = stranded.role
            strandedArguments = stranded.arguments
        }
        var predicateLemma = predicate.map { question.lemmas[$0].lowercased() }
        var arguments: [Argument] = []
        if let strandedArguments {
            arguments = strandedArguments
        } else if let predicateIndex = predicate {
            for child in question.children[predicateIndex] where child != asked && child != wh {
                guard !Self.nonArguments.contains(question.baseRelation(child)),
                    let argumentRole = question.semanticRole(of: child, for: predicateIndex)
                else { continue }
                let phrase = question.phrase(headedBy: child)
                let lemmas = Set(
                    phrase.filter { Self.contentTags.contains(question.tags[$0]) && $0 != asked }.map {
                        question.lemmas[$0].lowercased()
                    })
                guard !lemmas.isEmpty else { continue }
                arguments.append(
                    Argument(
                        role: argumentRole, head: question.lemmas[child].lowercased(), lemmas: lemmas,
                        names: ArgumentInstances.names(in: phrase.filter { $0 != asked }, of: question)))
            }
            if let fallenSubject, !fallenSubject.lemmas.isEmpty { arguments.append(fallenSubject) }
            if let causee, let predicateIndex = predicate {
                let argument = Self.argument(
                    causee, role: .patient, in: question, besides: [asked, wh, predicateIndex].compactMap { $0 })
                if !argument.lemmas.isEmpty { arguments.append(argument) }
            }
            // "What is the name of the festival?": the festival is what is called the answer.
            if predicateLemma == "name", role == .identity,
                let named = arguments.firstIndex(where: { $0.role == .patient })
            {
                predicateLemma = "call"
                role = .name
                arguments[named].role = .patient
            }
        }
        if let predicateIndex = predicate, Self.passiveByForm(predicateIndex, in: question) {
            // "Where was Super Bowl 50 held?" with *was* read as the subject's copula: the subject undergoes it.
            arguments = arguments.map { argument in
                var argument = argument
                if argument.role == .agent { argument.role = .patient }
                return argument
            }
        }
        // "Where did the game take place?": *take place* states that it happened.
        if predicateLemma == "take",
            let place = arguments.firstIndex(where: { $0.role == .patient && $0.lemmas == ["place"] })
        {
            arguments.remove(at: place)
            predicateLemma = "happen"
        }
        if role != .name, let named = Self.namedThing(asked: asked, wh: wh, predicate: predicate, in: question) {
            // "What is the drill called?", "What name does the drill go by?": the drill is what is called the answer.
            predicateLemma = "call"
            role = .name
            arguments = [Self.argument(named, role: .patient, in: question, besides: [asked, wh].compactMap { $0 })]
        }
        self.predicate = predicate
        self.causative = causative
        self.predicateLemma = predicateLemma
        self.role = role
        self.arguments = arguments
    }

    /// Whether the verb `predicate` of `question` is passive by its form though the parse did not mark it so: a
    /// past participle with a form of *be* before it and no *do* or *have* ("Where was X held?" with *was* hung
    /// off the subject as its copula).
    static func passiveByForm(_ predicate: Int, in question: SentenceAnalysis) -> Bool {
        guard question.tags[predicate] == .verb, !question.isPassive(predicate) else { return false }
        let auxiliaries = (0..<predicate).filter { question.tags[$0] == .aux }
        return isPassive(predicate, be: auxiliaries, in: question)
            && !auxiliaries.contains { ["do", "have"].contains(question.lemmas[$0].lowercased()) }
    }

    /// Whether `verb` of `question` is passive by its form: a past participle (not its base form, not in *-ing*)
    /// with a form of *be* among the words `be` (its auxiliaries, the words before it, or the wh-word's dependents
    /// the parse hung them on).
    static func isPassive(_ verb: Int, be words: some Sequence<Int>, in question: SentenceAnalysis) -> Bool {
        question.hasPastParticipleForm(verb) && words.contains { question.lemmas[$0].lowercased() == "be" }
    }

    /// The noun at `start`, or right after the adjectives and adverbs there ("earlier incidents"), and through a
    /// compound to its head ("plant species"); nil when none is there.
    static func nounAfterModifiers(_ start: Int, in question: SentenceAnalysis) -> Int? {
        var index = start
        while index < question.count, index < start + 2, [.adj, .adv].contains(question.tags[index]) { index += 1 }
        guard index < question.count, question.isNoun(index) else { return nil }
        if question.baseRelation(index) == "compound", question.heads[index] == index + 1,
            question.isNoun(index + 1)
        {
            return index + 1
        }
        return index
    }

    /// For a *who* (or *what*) question ending in a preposition with nothing after it ("Who is X owned by?", "Who
    /// did X sell Y to?", "Who was X named for?", "What was X aimed at?"), the verb the preposition completes (the last verb before it, other than
    /// *be*, *do*, *have* and a relative clause's), the role the wh-word plays as the preposition's object there
    /// (a passive verb's "by": agent; otherwise that oblique; a locative preposition only for *what*, as a place)
    /// and the other
    /// arguments of the verb (its subject undergoes a passive verb, does an active one; its object undergoes it).
    /// Nil for other questions.
    static func strandedFrame(_ wh: Int, in question: SentenceAnalysis)
        -> (verb: Int, role: SemanticRole, arguments: [Argument])?
    {
        let asksThing = question.lemmas[wh].lowercased() == "what"
        guard ["who", "whom"].contains(question.lemmas[wh].lowercased()) || asksThing else { return nil }
        var last = question.count - 1
        while last > wh, question.tags[last] == .punct { last -= 1 }
        guard last > wh + 1, question.tags[last] == .adp, question.children[last].isEmpty else { return nil }
        let preposition = question.lemmas[last].lowercased()
        // A stranded "to" or "from" leaves the other places of the sentence in play: read only the others. A
        // *what* asks for the thing the preposition governs ("What was the artillery aimed at?").
        let locative = SentenceAnalysis.locativePrepositions.contains(preposition)
        guard !locative || asksThing else { return nil }
        guard
            let verb = (wh + 1..<last).last(where: { index in
                question.tags[index] == .verb && !["be", "do", "have"].contains(question.lemmas[index].lowercased())
                    && question.relations[index] != "acl:relcl"
            })
        else { return nil }
        let form = question.form(verb).lowercased()
        let passive = Self.isPassive(verb, be: wh + 1..<verb, in: question)
        let role: SemanticRole =
            preposition == "by" && passive ? .agent : locative ? .place(preposition) : .oblique(preposition)
        var arguments: [Argument] = []
        let besides = [wh, verb, last]
        for child in question.children[verb] where !besides.contains(child) {
            let base = question.baseRelation(child)
            let argumentRole: SemanticRole
            if base == "nsubj" {
                argumentRole = passive ? .patient : .agent
            } else if base == "obj" {
                argumentRole = .patient
            } else {
                continue
            }
            let argument = Self.argument(child, role: argumentRole, in: question, besides: besides)
            if !argument.lemmas.isEmpty { arguments.append(argument) }
        }
        let head = question.heads[verb]
        if question.baseRelation(verb) == "acl", head >= 0, question.isNoun(head), head != wh {
            // "Who was yersinia pestis named for?" with the participle hung off the noun it is said of.
            let argument = Self.argument(
                head, role: passive || form.hasSuffix("ed") ? .patient : .agent,
                in: question, besides: besides)
            if !argument.lemmas.isEmpty { arguments.append(argument) }
        }
        return (verb, role, arguments)
    }

    /// For a *where* or *when* question the parse rooted at its wh-word, the question's main verb: of the verbs
    /// (other than *be*, *do*, *have*) below the wh-word, the one nearest it in the tree, the last of equals; nil
    /// when the wh-word is not the root or no such verb is below it.
    static func verbUnderRootWh(_ wh: Int, in question: SentenceAnalysis) -> Int? {
        guard question.heads[wh] < 0, ["where", "when"].contains(question.lemmas[wh].lowercased()) else {
            return nil
        }
        var best: (verb: Int, depth: Int)?
        for index in 0..<question.count where question.tags[index] == .verb {
            guard !["be", "do", "have"].contains(question.lemmas[index].lowercased()),
                question.dominates(wh, index)
            else { continue }
            var depth = 0
            var current = index
            while current != wh, current >= 0 {
                current = question.heads[current]
                depth += 1
            }
            if depth <= best?.depth ?? .max { best = (index, depth) }
        }
        return best?.verb
    }

    /// Verbs whose subject belongs to the verb of their infinitive: verbs of saying and thinking in the passive
    /// ("X was thought to have killed Y", "X is said to have founded Y") and verbs of seeming ("X seems to lead Y").
    static let raisingVerbs: Set<String> = [
        "think", "believe", "say", "report", "allege", "suppose", "know", "consider", "expect", "rumor", "rumour",
        "claim", "presume", "understand", "seem", "appear", "tend", "happen",
    ]

    /// The verb of the infinitive under a raising verb `predicate` whose subject is `asked` ("Who was thought to
    /// have killed X?": *killed*); nil when `predicate` is no such verb (passive for a verb of saying or thinking),
    /// or its infinitive is no verb other than *be* ("Who is thought to be the heir?" keeps its frame).
    static func raisedPredicate(of asked: Int, under predicate: Int, in question: SentenceAnalysis) -> Int? {
        let lemma = question.lemmas[predicate].lowercased()
        guard question.tags[predicate] == .verb, raisingVerbs.contains(lemma), question.heads[asked] == predicate
        else { return nil }
        let seeming: Set<String> = ["seem", "appear", "tend", "happen"]
        let subject = question.relations[asked] == (seeming.contains(lemma) ? "nsubj" : "nsubj:pass")
        guard subject,
            let verb = question.children[predicate].first(where: {
                question.baseRelation($0) == "xcomp" && question.tags[$0] == .verb
                    && question.lemmas[$0].lowercased() != "be"
            })
        else { return nil }
        return verb
    }

    /// Auxiliaries of the perfect and the progressive a parse may read as a question's main verb. (Not *do*: a
    /// misparse of "Who did X beat?" is read well enough by the fallbacks, and measured better left to them.)
    static let auxiliaryVerbs: Set<String> = ["have", "be"]

    /// For a question whose parse made an auxiliary its main verb (`predicate`, with the asked word its subject
    /// before it) and hung the real verb off it with a subject of its own ("Who has Pakistan long distrusted?":
    /// *has* → *distrusted* → *Pakistan*), that verb; nil otherwise.
    static func verbUnderAuxiliary(_ predicate: Int, asked: Int, in question: SentenceAnalysis) -> Int? {
        guard auxiliaryVerbs.contains(question.lemmas[predicate].lowercased()), question.tags[predicate] == .verb,
            asked < predicate, question.baseRelation(asked) == "nsubj"
        else { return nil }
        return question.children[predicate].first { verb in
            verb > predicate && question.tags[verb] == .verb
                && ["obj", "ccomp", "xcomp"].contains(question.baseRelation(verb))
                && question.children[verb].contains { subject in
                    subject > predicate && subject < verb && question.baseRelation(subject) == "nsubj"
                }
        }
    }

    /// Whether the asked word, read as the active subject of `predicate`, is a fronted object: the clause has
    /// another subject after it, behind an auxiliary ("Which group did the army target?": *the army* is the
    /// subject, the wh-phrase what it targeted; the parse often marks both as subjects).
    static func frontedObject(_ asked: Int, of predicate: Int, in question: SentenceAnalysis) -> Bool {
        guard question.relations[asked] == "nsubj" else { return false }
        return question.children[predicate].contains { other in
            other > asked && other < predicate && question.relations[other] == "nsubj"
                && (asked + 1..<other).contains { question.tags[$0] == .aux }
        }
    }

    /// For a naming question the frame does not read as one, the head of the thing whose name is asked: "What is
    /// X called/named?" (the wh-word the copular subject of X, under which a naming participle stands, or the
    /// complement of a naming verb whose subject is X), "What name does X go by?" (the wh-phrase's noun *name*:
    /// X is the clause's other subject or object, or the noun it hangs from). Nil for other questions.
    static func namedThing(asked: Int?, wh: Int?, predicate: Int?, in question: SentenceAnalysis) -> Int? {
        guard let asked, let wh, let predicate, question.lemmas[wh].lowercased() == "what" else { return nil }
        let naming = SentenceAnalysis.namingVerbs
        let nominal: Set<Substring> = ["nsubj", "obj"]
        if asked == wh {
            // The naming participle modifies X, or closes a clause inside X's phrase ("the port that China is
            // developing called"), with no name of its own.
            if question.isNoun(predicate),
                (0..<question.count).contains(where: {
                    question.tags[$0] == .verb && naming.contains(question.lemmas[$0].lowercased())
                        && question.dominates(predicate, $0)
                        && !question.children[$0].contains { child in
                            ["obj", "xcomp"].contains(question.baseRelation(child))
                        }
                })
            {
                return predicate
            }
            if question.tags[predicate] == .verb, naming.contains(question.lemmas[predicate].lowercased()) {
                return question.children[predicate].first { $0 != asked && nominal.contains(question.baseRelation($0)) }
            }
            return nil
        }
        guard question.lemmas[asked].lowercased() == "name", question.heads[wh] == asked else { return nil }
        if question.isNoun(predicate) { return predicate }
        return question.children[predicate].first { $0 != asked && nominal.contains(question.baseRelation($0)) }
    }

    /// The argument headed by `head` of `question` in `role`, its lemmas those of its phrase's content words other
    /// than `besides`.
    static func argument(_ head: Int, role: SemanticRole, in question: SentenceAnalysis, besides: [Int]) -> Argument {
        let phrase = question.phrase(headedBy: head)
        let lemmas = Set(
            phrase.filter { contentTags.contains(question.tags[$0]) && !besides.contains($0) }.map {
                question.lemmas[$0].lowercased()
            })
        return Argument(
            role: role, head: question.lemmas[head].lowercased(), lemmas: lemmas,
            names: ArgumentInstances.names(in: phrase.filter { !besides.contains($0) }, of: question))
    }
}
