import ArgumentParser
import Foundation
import Judge
import ProblemBank

/// `dojo explain FILE (--problem P | --data D.json) [--mode simple|extended|formatted|dag]`.
struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Show the physical plan of a solution in Spark's explain format, or its stage DAG.",
        discussion: """
            simple: df.explain(). formatted: the operator tree with ids and one section per operator.
            dag: the stages, cut at each Exchange, with their operators, task counts and the shuffles between them.
            extended: the physical plan with the plan summary (the logical plans are not shown).
            """)

    enum Mode: String, ExpressibleByArgument, CaseIterable {
        case simple, extended, formatted, dag
    }

    @Argument(help: "The solution file (.py or .sql).")
    var file: String

    @OptionGroup var input: InputDataOptions
    @OptionGroup var dataHome: DataHomeOption

    @Option(help: "simple, extended, formatted or dag.")
    var mode: Mode = .simple

    func run() throws {
        let solution = try SolutionFile.read(file)
        let dataset = try RunInputs.dataset(input, home: dataHome.home)
        let outcome = EmbeddedExecutor(allowFileReads: true).execute(source: solution.source, fileName: solution.fileName, dataset: dataset)
        let run: ExecutedSolution
        switch outcome {
        case .failure(let error):
            FileHandle.standardError.write(Data((ErrorRenderer.render(error, file: solution, style: Console.style) + "\n").utf8))
            throw ExitCode.failure
        case .success(let result):
            run = result
        }
        let style = Console.style
        if run.isRDD {
            print(RDDLineageRenderer.render(run, mode: mode, style: style))
            return
        }
        switch mode {
        case .simple:
            print("== Physical Plan ==")
            print(run.physicalPlan)
        case .extended:
            print("== Physical Plan ==")
            print(run.physicalPlan)
            print("")
            print("== Summary ==")
            print("shuffles: \(run.shuffles), broadcasts: \(run.broadcasts), stages: \(run.stages)")
            Console.note(style.dim("The parsed, analyzed and optimized logical plans are not available from the solution runner."))
        case .formatted:
            print(FormattedPlanRenderer.render(physical: run.physicalPlan))
        case .dag:
            print(StageDAGRenderer.render(physical: run.physicalPlan, style: style))
        }
    }
}
