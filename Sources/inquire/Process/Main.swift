import ArgumentParser
import Foundation
import InquireKit

extension Inquire {
    /// The entry point: parses the command line and runs the command, with every failure ending in
    /// `ErrorReporting.exit(withError:)`. It also sets up the process for scripts: SIGPIPE ignored, so a reader
    /// that leaves early ends the run quietly (see `StandardOutput`); temporary files removed when interrupted (see
    /// `Interruption`); the data folder checked before a command that reads it (see `ReadsEngineData`), the models
    /// loading meanwhile for one that answers (see `AnswersQuestions`); whatever `print` left buffered flushed and
    /// checked last.
    static func main() {
        StandardOutput.ignoreBrokenPipe()
        Interruption.install()
        do {
            var command: any ParsableCommand
            do {
                command = try parseAsRoot()
            } catch {
                if exitCode(for: error) == .validationFailure,
                    let message = unknownCommand(in: Array(CommandLine.arguments.dropFirst()))
                {
                    ErrorReporting.report(message)
                    Foundation.exit(ExitCode.validationFailure.rawValue)
                }
                throw error
            }
            if command is any ReadsEngineData { try ResourceBundle.checkEngineResources() }
            if command is any AnswersQuestions { Engine.preloadResources() }
            try command.run()
        } catch {
            ErrorReporting.exit(withError: error)
        }
        if fflush(nil) != 0 {
            if errno == EPIPE { Foundation.exit(0) }
            ErrorReporting.report("cannot write to standard output: \(String(cString: strerror(errno)))")
            Foundation.exit(1)
        }
    }
}
