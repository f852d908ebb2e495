import ArgumentParser
import Judge

/// `dojo check PROBLEM FILE`: the visible tests only, fast, not recorded.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Run a solution on the visible tests only (fast, not recorded).",
        discussion: "Same report as `dojo submit`, without the hidden tests. Exit code 0 when the visible tests pass.")

    @Argument(help: "The problem's slug (see `dojo list`).")
    var problem: String

    @Argument(help: "The solution file (.py or .sql).")
    var file: String

    @OptionGroup var output: OutputFormatOption
    @OptionGroup var dataHome: DataHomeOption

    func run() throws {
        let file = try SolutionFile.read(self.file)
        let session = JudgeSession(problemSlug: problem, file: file, home: dataHome.home, format: output.format, mode: .check)
        let (problem, tests) = try session.load()
        let report = try session.judge(Judge(executor: EmbeddedExecutor()), problem: problem, tests: tests)
        try session.finish(report, problem: problem)
    }
}
