import ArgumentParser
import Foundation
import Judge
import ProblemBank

/// `dojo bank build | check | stats`.
struct BankCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bank",
        abstract: "Build, validate and count the problem bank made from Problems/.",
        subcommands: [Build.self, Check.self, Stats.self])

    /// `dojo bank build`.
    struct Build: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "build", abstract: "Build bank.sqlite from Problems/ (it also happens automatically when the sources change).")

        @OptionGroup var dataHome: DataHomeOption

        func run() throws {
            let home = DataHome.resolve(explicit: dataHome.home)
            let sources = try BankAccess.problemsDirectory()
            do {
                try home.ensureExists()
                Console.progress("Building the problem bank from \(sources.path)…")
                let report = try BankBuilder.build(sources: sources, into: home.bankURL)
                Console.clearProgress()
                for warning in report.warnings { Console.note("\(warning)") }
                print("Built \(home.bankURL.path): \(report.problems) problems, \(report.questions) questions, \(report.tests) tests.")
                try BankCommand.crossCheckPlanAnswers(Bank.open(at: home.bankURL))
            } catch {
                Console.clearProgress()
                Console.error("\(error)")
                throw ExitCode.failure
            }
        }
    }

    /// Runs every `predict_plan` snippet on SparkLite and compares its answer with the one real Spark gave.
    private static func crossCheckPlanAnswers(_ bank: Bank) throws {
        let questions = try bank.questions().filter { $0.type == .predictPlan }
        Console.progress("Answering \(questions.count) predict_plan questions on SparkLite…")
        let disagreements = PlanQuestionAnswerer.disagreements(questions)
        Console.clearProgress()
        print("predict_plan answers: SparkLite agrees with real Spark on \(questions.count - disagreements.count) of \(questions.count).")
        for disagreement in disagreements { Console.note("\(disagreement)") }
    }

    /// `dojo bank check`.
    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "check", abstract: "Validate Problems/ and print every problem as file:line:column: message.")

        func run() throws {
            let sources = try BankAccess.problemsDirectory()
            let diagnostics = BankValidator.check(sources: sources)
            for diagnostic in diagnostics { print(diagnostic.description) }
            let errors = diagnostics.filter { $0.severity == .error }.count
            if errors > 0 {
                Console.note("\(errors) error\(errors == 1 ? "" : "s") in \(sources.path).")
                throw ExitCode.failure
            }
            Console.note("\(sources.path) is valid" + (diagnostics.isEmpty ? "." : " (\(diagnostics.count) warnings)."))
        }
    }

    /// `dojo bank stats [--format json]`.
    struct Stats: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "stats", abstract: "Coverage counts: problems by difficulty and topic, questions by topic and type, tests.")

        @OptionGroup var output: OutputFormatOption
        @OptionGroup var dataHome: DataHomeOption

        func run() throws {
            let bank = try BankAccess.open(home: dataHome.home)
            let stats: BankStats
            do {
                stats = try bank.stats()
            } catch {
                Console.error("\(error)")
                throw ExitCode.failure
            }
            if output.format == .json {
                JSONOutput.print(stats.jsonValue)
                return
            }
            let style = Console.style
            func counts(_ dictionary: [String: Int]) -> String {
                dictionary.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
            }
            print(style.bold("Problems: \(stats.problems.total)"))
            print("  by difficulty: " + ["easy", "medium", "hard"].map { "\($0) \(stats.problems.byDifficulty[$0] ?? 0)" }.joined(separator: ", "))
            print("  by topic: " + counts(stats.problems.byTopic))
            print(style.bold("Questions: \(stats.questions.total)"))
            print("  by topic: " + counts(stats.questions.byTopic))
            print("  by type: " + counts(stats.questions.byType))
            print(style.bold("Tests: \(stats.tests.visible) visible, \(stats.tests.hidden) hidden"))
        }
    }
}
