import InquireKit

/// A command that answers or classifies questions, and so reads the engine's lexicons and gazetteer: before it
/// runs, the entry point checks the data folder holds them (`ResourceBundle.checkEngineResources()`), so a
/// missing or incomplete installation stops it with one line naming what is missing and where it looked.
protocol ReadsEngineData {}

extension AskCommand: ReadsEngineData {}
extension RunCommand: ReadsEngineData {}
extension EvalCommand: ReadsEngineData {}
extension ClassifyCommand: ReadsEngineData {}

/// A command that answers questions at once, and so needs the analysis models and answer tables: once the data
/// folder is checked, the entry point starts loading them on background threads (`Engine.preloadResources()`), so
/// they load while the command reads its corpus, and the command waits for them (`ModelLoading.wait()`) before it
/// answers. The shell is not one: it starts the load once its prompt is up.
protocol AnswersQuestions: ReadsEngineData {}

extension AskCommand: AnswersQuestions {}
extension RunCommand: AnswersQuestions {}
extension EvalCommand: AnswersQuestions {}
