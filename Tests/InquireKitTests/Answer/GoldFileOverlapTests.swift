import Foundation
import Testing

@testable import InquireKit

/// Gold questions are written in their own words: one that repeats a run of the article tests string matching, not
/// answering (`scripts/check_gold_overlap.py` is the same check from the command line).
@Suite("Gold questions do not copy the article")
struct GoldFileOverlapTests {
    /// Lowercase runs of ASCII letters and digits, curly apostrophes folded ("Pakistan’s" → "pakistan", "s").
    static func words(_ text: String) -> [String] {
        text.lowercased().split { !($0.isASCII && ($0.isLetter || $0.isNumber)) }.map(String.init)
    }

    /// Every run of `length` consecutive words, joined by spaces.
    static func runs(_ words: [String], length: Int = 5) -> Set<String> {
        guard words.count >= length else { return [] }
        return Set((0...(words.count - length)).map { words[$0..<$0 + length].joined(separator: " ") })
    }

    @Test("the word runs are read as the script reads them")
    func runsOfWords() {
        #expect(
            Self.words("Pakistan’s air-force, 900-kilometer!") == ["pakistan", "s", "air", "force", "900", "kilometer"])
        #expect(Self.runs(["a", "b", "c", "d", "e", "f"]) == ["a b c d e", "b c d e f"])
        #expect(Self.runs(["a", "b"]).isEmpty)
    }

    @Test("no gold question shares five consecutive words with the article")
    func noCopiedRun() throws {
        let article = try String(contentsOfFile: FixturePaths.defaultArticle, encoding: .utf8)
        let articleRuns = Self.runs(Self.words(article))
        try Self.expectNoCopiedRun(gold: "Corpus/gold.tsv", articleRuns: articleRuns)
        // The check does fire on a copied run.
        #expect(
            !Self.runs(Self.words("Who conducted retaliatory airstrikes on militant positions in Iran?"))
                .isDisjoint(with: articleRuns))
    }

    @Test("no news gold question shares five consecutive words with any article of Corpus/news")
    func noCopiedRunInNewsGold() throws {
        let articleRuns = try Self.folderRuns("Corpus/news")
        try Self.expectNoCopiedRun(gold: "Corpus/news-gold.tsv", articleRuns: articleRuns)
        // The check does fire on a copied run of a news article.
        #expect(
            !Self.runs(Self.words("Who announced where four space shuttle orbiters will go?"))
                .isDisjoint(with: articleRuns))
    }

    @Test("no question of the second news set shares five consecutive words with any article of Corpus/news-more")
    func noCopiedRunInMoreNewsGold() throws {
        let articleRuns = try Self.folderRuns("Corpus/news-more")
        try Self.expectNoCopiedRun(gold: "Corpus/news-more-gold.tsv", articleRuns: articleRuns, atLeast: 40)
        // The check does fire on a copied run of one of these articles.
        #expect(
            !Self.runs(Self.words("Which hotel near the Masjid Al-Haram collapsed?")).isDisjoint(with: articleRuns))
    }

    @Test("no question of the score-only news set shares five consecutive words with any article of Corpus/news-check")
    func noCopiedRunInNewsCheckGold() throws {
        let articleRuns = try Self.folderRuns("Corpus/news-check", articles: 5)
        try Self.expectNoCopiedRun(gold: "Corpus/news-check-gold.tsv", articleRuns: articleRuns)
        // The check does fire on a copied run of one of these articles.
        #expect(
            !Self.runs(Self.words("Who wrote the book Blown for Good?")).isDisjoint(with: articleRuns))
    }

    @Test("no question of the fourth news set shares five consecutive words with any article of Corpus/news-dev")
    func noCopiedRunInDevNewsGold() throws {
        let articleRuns = try Self.folderRuns("Corpus/news-dev", articles: 5)
        try Self.expectNoCopiedRun(gold: "Corpus/news-dev-gold.tsv", articleRuns: articleRuns)
        // The check does fire on a copied run of one of these articles.
        #expect(
            !Self.runs(Self.words("Who was elected with 84,121 votes?")).isDisjoint(with: articleRuns))
    }

    @Test("no question of the fifth news set shares five consecutive words with any article of Corpus/news-dev2")
    func noCopiedRunInSecondDevNewsGold() throws {
        let articleRuns = try Self.folderRuns("Corpus/news-dev2", articles: 5)
        try Self.expectNoCopiedRun(gold: "Corpus/news-dev2-gold.tsv", articleRuns: articleRuns)
        // The check does fire on a copied run of one of these articles.
        #expect(
            !Self.runs(Self.words("Who is the voice of Batman in the series?")).isDisjoint(with: articleRuns))
    }

    @Test("no question of the score-only biographies shares five consecutive words with an article of Corpus/bio-check")
    func noCopiedRunInBioCheckGold() throws {
        let articleRuns = try Self.folderRuns("Corpus/bio-check", articles: 5)
        try Self.expectNoCopiedRun(gold: "Corpus/bio-check-gold.tsv", articleRuns: articleRuns)
        // The check does fire on a copied run of one of these articles.
        #expect(
            !Self.runs(Self.words("Who initiated him into the Cambridge Whig Club?")).isDisjoint(with: articleRuns))
    }

    /// The five-word runs of the `.txt` articles of the folder at `path` (relative to the repository), expected to
    /// be `articles` files.
    static func folderRuns(_ path: String, articles count: Int = 4) throws -> Set<String> {
        let folder = FixturePaths.root.appendingPathComponent(path)
        let articles = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix(".txt") }
        #expect(articles.count == count)
        var articleRuns = Set<String>()
        for name in articles {
            let text = try String(contentsOfFile: folder.appendingPathComponent(name).path, encoding: .utf8)
            articleRuns.formUnion(Self.runs(Self.words(text)))
        }
        return articleRuns
    }

    /// Expects the gold file at `gold` (relative to the repository) to hold at least `atLeast` questions, none of
    /// which shares a five-word run with `articleRuns`.
    static func expectNoCopiedRun(gold path: String, articleRuns: Set<String>, atLeast: Int = 60) throws {
        let gold = try GoldFile.load(path: FixturePaths.root.appendingPathComponent(path).path)
        #expect(gold.questions.count >= atLeast)
        for question in gold.questions {
            let copied = Self.runs(Self.words(question.question)).intersection(articleRuns)
            #expect(copied.isEmpty, "\(question.question) copies “\(copied.sorted().first ?? "")”")
        }
    }
}
