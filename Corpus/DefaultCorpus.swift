/// The article `inquire` answers from when no corpus is named.
///
/// This target puts the article in the build (`inquire_DefaultCorpus.resources`); an installation keeps it in
/// `share/inquire/corpus/`. Either copy is found through InquireKit's `ResourceBundle.defaultCorpus(named:)`.
public enum DefaultCorpus {
    /// The file name of the default article.
    public static let fileName = "pakistan-iran-airstrikes.txt"
}
