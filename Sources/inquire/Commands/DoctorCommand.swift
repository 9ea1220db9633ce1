import ArgumentParser
import Foundation
import InquireKit

/// `inquire doctor`: where this `inquire` finds its data and keeps its files, for a user whose installation
/// misbehaves (and for a bug report).
struct DoctorCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "doctor",
        abstract: "Show where inquire finds its data and keeps its files, and whether the data is complete.",
        discussion: """
            Prints the version, the binary, the data folder and the places searched for it, the history and rc \
            files, whether standard output gets colour, and the trained models found. Exits with status 1, after \
            the report, when the data is missing or incomplete.
            """
    )

    mutating func run() throws {
        let environment = ProcessInfo.processInfo.environment
        let executable = DataLocator.runningExecutable()
        let report = DoctorReport.gather(
            executable: executable, environment: environment, isTerminal: isatty(STDOUT_FILENO) == 1)
        StandardOutput.write(report.text)
        if let problem = report.problem { throw problem }
    }
}
