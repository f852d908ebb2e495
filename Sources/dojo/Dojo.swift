import ArgumentParser
import Foundation

@main
struct Dojo: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dojo",
        abstract: "Practise Apache Spark: a problem bank, a judge on an embedded Spark engine, a quiz, progress.",
        version: "0.1.0",
        subcommands: [
            ListCommand.self, ShowCommand.self, StartCommand.self, RunCommand.self, ExplainCommand.self,
            CheckCommand.self, SubmitCommand.self, HintCommand.self,
            QuizCommand.self, ProgressCommand.self, HistoryCommand.self, TodayCommand.self, ResetCommand.self,
            BankCommand.self,
        ]
    )

    /// Usage errors exit with 2, as DESIGN.md's contracts say; everything else as the command decides.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let usage as UsageError {
            FileHandle.standardError.write(Data("error: \(usage.description)\n".utf8))
            Foundation.exit(2)
        } catch {
            if exitCode(for: error) == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}
