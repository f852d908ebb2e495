import ArgumentParser
import Foundation
import Judge
import ProblemBank
import PySparkBridge

/// `dojo submit PROBLEM FILE [--engine embedded|spark] [--format table|json]`.
struct SubmitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "submit",
        abstract: "Judge a solution on all tests (visible and hidden), check the plan rules, and record it.",
        discussion: """
            The result of every test is compared with real Spark's expected output under the problem's \
            comparison rules, then the plan rules are checked on the executed plan. Verdicts: Accepted, \
            Wrong Answer, Plan Rule Violated, Compile Error, Runtime Error, Time Limit Exceeded, \
            Memory Limit Exceeded, Unsupported. Exit code 0 when accepted, 1 otherwise, 2 for usage errors. \
            With --engine spark the same file runs on real Apache Spark (needs `pip install pyspark` and Java 17) \
            and real Spark's shuffle count is shown next to the embedded engine's.
            """)

    enum Engine: String, ExpressibleByArgument, CaseIterable {
        case embedded, spark
    }

    @Argument(help: "The problem's slug (see `dojo list`).")
    var problem: String

    @Argument(help: "The solution file (.py or .sql).")
    var file: String

    @Option(help: "embedded (SparkLite, fast) or spark (real Apache Spark through tools/spark-oracle).")
    var engine: Engine = .embedded

    @Option(help: "With --engine spark: the Spark master URL (default local[2]).")
    var master: String?

    @Option(help: "With --engine spark: a Spark Connect server, e.g. sc://host:15002.")
    var remote: String?

    @OptionGroup var output: OutputFormatOption
    @OptionGroup var dataHome: DataHomeOption

    func validate() throws {
        if engine == .embedded, master != nil || remote != nil {
            throw ValidationError("--master and --remote need --engine spark.")
        }
        if master != nil, remote != nil { throw ValidationError("Use either --master or --remote, not both.") }
    }

    func run() throws {
        let file = try SolutionFile.read(self.file)
        let session = JudgeSession(problemSlug: problem, file: file, home: dataHome.home, format: output.format, mode: .submit)
        if engine == .spark, let missing = SparkOracle.missingRequirement() {
            Console.error("Cannot run on real Spark: \(missing)")
            throw ExitCode.failure
        }
        let (problem, tests) = try session.load()
        let embedded = try session.judge(Judge(executor: EmbeddedExecutor()), problem: problem, tests: tests)
        guard engine == .spark else {
            SubmissionRecorder.record(embedded, problem: problem, file: file, home: dataHome.home)
            try session.finish(embedded, problem: problem)
            return
        }
        let oracle = SparkOracle(master: master, remote: remote)
        let outcome: SparkOracle.Outcome
        let started = Date()
        switch oracle.run(file: file, tests: tests, problems: try BankAccess.problemsDirectory()) {
        case .failure(let failure):
            Console.error("Cannot run on real Spark: \(failure.message)")
            throw ExitCode.failure
        case .success(let recorded):
            outcome = recorded
        }
        var spark = try session.judge(Judge(executor: RecordedExecutor(results: outcome.results), engine: "spark"),
                                      problem: problem, tests: tests)
        // Real Spark ran every test in one session: the total is the whole batch's, JVM start included,
        // and each test's time is the oracle's measurement.
        spark.seconds = Date().timeIntervalSince(started)
        for index in spark.tests.indices {
            spark.tests[index].seconds = outcome.seconds[spark.tests[index].name] ?? 0
        }
        let embeddedShuffles = Dictionary(embedded.tests.compactMap { test in test.shuffles.map { (test.name, $0) } }) { a, _ in a }
        if output.format == .table {
            let style = Console.style
            print(style.dim("SparkLite's verdict: \(embedded.verdict.title)") + "\n")
        }
        SubmissionRecorder.record(spark, problem: problem, file: file, home: dataHome.home)
        if output.format == .json {
            var json = spark.json
            if case .object(var pairs) = json {
                let shuffles: [JSONValue] = embedded.tests.map { test in
                    let count: JSONValue = test.shuffles.map { .int(Int64($0)) } ?? .null
                    return .object([("name", .string(test.name)), ("shuffles", count)])
                }
                let summary: JSONValue = .object([("verdict", .string(embedded.verdict.rawValue)), ("shuffles", .array(shuffles))])
                pairs.append(("embedded", summary))
                json = .object(pairs)
            }
            JSONOutput.print(json)
            if spark.verdict != .accepted { throw ExitCode.failure }
            return
        }
        try session.finish(spark, problem: problem, embeddedShuffles: embeddedShuffles)
    }
}
