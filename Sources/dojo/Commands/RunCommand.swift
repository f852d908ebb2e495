import ArgumentParser
import Foundation
import Judge
import ProblemBank

/// `dojo run FILE (--problem P | --data D.json) [--format table|json]`.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run a solution file on a problem's sample data or a dataset file and print the result.",
        discussion: """
            A .py file's solve(...) gets its parameters by name: `spark` the session, `sc` the SparkContext, \
            any other name the table with that name. A .sql file is one query over the tables. \
            The table format prints the result as df.show() would; --format json prints \
            {"columns":…,"rows":…,"plan":{"shuffles","broadcasts","stages","physical"},"metrics":…}. \
            What the program prints goes to stderr. Exit codes: 0 ok, 1 error in the code, 2 usage error.
            """)

    @Argument(help: "The solution file (.py or .sql).")
    var file: String

    @OptionGroup var input: InputDataOptions
    @OptionGroup var output: OutputFormatOption
    @OptionGroup var dataHome: DataHomeOption

    @Option(help: "Show at most this many rows in the table format.")
    var rows: Int = 20

    func validate() throws {
        guard rows > 0 else { throw ValidationError("--rows must be at least 1.") }
    }

    func run() throws {
        let solution = try SolutionFile.read(file)
        let dataset = try RunInputs.dataset(input, home: dataHome.home)
        let outcome = EmbeddedExecutor(allowFileReads: true).execute(source: solution.source, fileName: solution.fileName, dataset: dataset)
        switch outcome {
        case .failure(let error):
            if !error.printed.isEmpty { FileHandle.standardError.write(Data(error.printed.utf8)) }
            if output.format == .json {
                JSONOutput.print(ResultEncoding.error(error))
            } else {
                FileHandle.standardError.write(Data((ErrorRenderer.render(error, file: solution, style: Console.style) + "\n").utf8))
            }
            throw ExitCode.failure
        case .success(let run):
            if !run.printed.isEmpty { FileHandle.standardError.write(Data(run.printed.utf8)) }
            if output.format == .json {
                JSONOutput.print(ResultEncoding.runResult(run))
            } else {
                print(ShowTable.render(columns: run.columns, rows: run.rows, limit: rows))
                Console.note(Console.style.dim("\(run.rows.count) row\(run.rows.count == 1 ? "" : "s") · \(run.shuffles) shuffle\(run.shuffles == 1 ? "" : "s") · "
                    + "\(run.stages) stage\(run.stages == 1 ? "" : "s") · \(run.broadcasts) broadcast\(run.broadcasts == 1 ? "" : "s")"))
            }
        }
    }
}
