import ArgumentParser

@main
struct Dojo: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dojo",
        abstract: "Practise Apache Spark: a problem bank, a judge on an embedded Spark engine, a quiz, progress.",
        version: "0.1.0",
        subcommands: [QuizCommand.self, ProgressCommand.self, HistoryCommand.self, TodayCommand.self, ResetCommand.self]
    )
}
