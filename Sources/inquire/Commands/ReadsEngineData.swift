/// A command that answers or classifies questions, and so reads the engine's lexicons and gazetteer: before it
/// runs, the entry point checks the data folder holds them (`ResourceBundle.checkEngineResources()`), so a
/// missing or incomplete installation stops it with one line naming what is missing and where it looked.
protocol ReadsEngineData {}

extension AskCommand: ReadsEngineData {}
extension RunCommand: ReadsEngineData {}
extension EvalCommand: ReadsEngineData {}
extension ClassifyCommand: ReadsEngineData {}
