import InquireKit

/// The analysis models from the command line's side: commands that answer start loading them at once (see
/// `AnswersQuestions`) and wait here, once their corpus is read, for the load to end — so a missing or damaged
/// model is one line on standard error and exit status 1, not a stop in the middle of an answer.
enum ModelLoading {
    /// Waits until the shipped models are loaded.
    ///
    /// - Throws: `CommandFailure` with the loader's one-line reason.
    static func wait() throws {
        do {
            _ = try Annotator.bundled()
        } catch {
            throw CommandFailure("\(error)")
        }
    }
}
