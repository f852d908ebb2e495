import ProblemBank
import PySparkBridge
import SparkLite
import Testing
@testable import Judge

/// Answers each test from a table keyed by the first input row's first value, so a test can script
/// what the "solution" returns on each test.
private struct ScriptedExecutor: SolutionExecutor {
    var outcomes: [Int64: Result<ExecutedSolution, SolutionError>]

    func execute(source: String, fileName: String, dataset: Dataset) -> Result<ExecutedSolution, SolutionError> {
        guard case .int(let key)? = dataset.tables.first?.rows.first?.first, let outcome = outcomes[key] else {
            return .failure(SolutionError(kind: .runtime, errorClass: "KeyError", message: "no scripted outcome"))
        }
        return outcome
    }
}

private func test(_ key: Int64, hidden: Bool, expected: [[JSONValue]], shuffles: Int = 1) -> TestCase {
    TestCase(name: "t\(key)", description: "about \(key)", hidden: hidden,
             data: TestData(tables: [TableData(name: "t", schema: "k INT", rows: [[.int(key)]])]),
             expected: ExpectedOutput(columns: [OutputColumn(name: "k", type: "int")], rows: expected, shuffles: shuffles,
                                      inputHash: "", sparkVersion: "4.3.0"))
}

private func problem(rules: PlanRules = PlanRules()) -> Problem {
    let sample = test(1, hidden: false, expected: [[.int(1)]])
    return Problem(slug: "p", title: "P", difficulty: .easy, kind: .dataframe, topics: [], statement: "",
                   tables: [InputTable(name: "t", schema: "k INT", description: nil)], sample: sample,
                   comparison: ComparisonSettings(), planRules: rules, hints: [], editorial: "", solutions: [])
}

private func rows(_ keys: Int64..., shuffles: Int = 1) -> Result<ExecutedSolution, SolutionError> {
    .success(ExecutedSolution(columns: [StructField("k", .int)], rows: keys.map { [.int($0)] }, shuffles: shuffles,
                              physicalPlan: String(repeating: "Exchange hashpartitioning(k#0, 200)\n", count: shuffles)))
}

private let tests = [
    test(2, hidden: true, expected: [[.int(2)]]),
    test(1, hidden: false, expected: [[.int(1)]]),
    test(3, hidden: true, expected: [[.int(3)]]),
]

struct JudgeCase: Sendable, CustomStringConvertible {
    var name: String
    var outcomes: [Int64: Result<ExecutedSolution, SolutionError>]
    var rules = PlanRules()
    var mode = JudgeReport.Mode.submit
    var verdict: Verdict
    var testVerdicts: [Verdict]

    var description: String { name }
}

@Test(arguments: [
    JudgeCase(name: "all right", outcomes: [1: rows(1), 2: rows(2), 3: rows(3)], verdict: .accepted,
              testVerdicts: [.accepted, .accepted, .accepted]),
    JudgeCase(name: "hidden wrong", outcomes: [1: rows(1), 2: rows(2), 3: rows(4)], verdict: .wrongAnswer,
              testVerdicts: [.accepted, .accepted, .wrongAnswer]),
    JudgeCase(name: "check runs visible tests only", outcomes: [1: rows(1), 2: rows(9), 3: rows(9)], mode: .check,
              verdict: .accepted, testVerdicts: [.accepted]),
    JudgeCase(name: "plan rule", outcomes: [1: rows(1, shuffles: 2), 2: rows(2, shuffles: 2), 3: rows(3, shuffles: 2)],
              rules: PlanRules(maxShuffles: 1), verdict: .planRuleViolated,
              testVerdicts: [.planRuleViolated, .planRuleViolated, .planRuleViolated]),
    JudgeCase(name: "wrong answer outranks a plan rule", outcomes: [1: rows(1, shuffles: 2), 2: rows(2), 3: rows(5)],
              rules: PlanRules(maxShuffles: 1), verdict: .wrongAnswer, testVerdicts: [.planRuleViolated, .accepted, .wrongAnswer]),
    JudgeCase(name: "compile error stops", outcomes: [1: .failure(SolutionError(kind: .compile, errorClass: "SyntaxError", message: "invalid syntax", line: 3))],
              verdict: .compileError, testVerdicts: [.compileError]),
    JudgeCase(name: "runtime error on a hidden test", outcomes: [1: rows(1), 2: .failure(SolutionError(kind: .runtime, errorClass: "DIVIDE_BY_ZERO", message: "x")), 3: rows(3)],
              verdict: .runtimeError, testVerdicts: [.accepted, .runtimeError, .accepted]),
    JudgeCase(name: "time limit", outcomes: [1: rows(1), 2: .failure(SolutionError(kind: .timeLimit, errorClass: "TIME_LIMIT", message: "x")), 3: rows(3)],
              verdict: .timeLimitExceeded, testVerdicts: [.accepted, .timeLimitExceeded, .accepted]),
    JudgeCase(name: "memory limit", outcomes: [1: .failure(SolutionError(kind: .memoryLimit, errorClass: "MEMORY_LIMIT", message: "x")), 2: rows(2), 3: rows(3)],
              verdict: .memoryLimitExceeded, testVerdicts: [.memoryLimitExceeded, .accepted, .accepted]),
    JudgeCase(name: "unsupported", outcomes: [1: .failure(SolutionError(kind: .unsupported, errorClass: "UNSUPPORTED", message: "mapInPandas")), 2: rows(2), 3: rows(3)],
              verdict: .unsupported, testVerdicts: [.unsupported, .accepted, .accepted]),
    JudgeCase(name: "sandbox refusal is a runtime error", outcomes: [1: .failure(SolutionError(kind: .sandbox, errorClass: "SANDBOX", message: "spark.read")), 2: rows(2), 3: rows(3)],
              verdict: .runtimeError, testVerdicts: [.runtimeError, .accepted, .accepted]),
])
func judgeGivesTheVerdictOfTheFirstFailingTest(_ testCase: JudgeCase) throws {
    let judge = Judge(executor: ScriptedExecutor(outcomes: testCase.outcomes))
    let report = try judge.judge(problem: problem(rules: testCase.rules), tests: tests, source: "", fileName: "s.py", mode: testCase.mode)
    #expect(report.verdict == testCase.verdict)
    #expect(report.tests.map(\.verdict) == testCase.testVerdicts)
    // Visible tests run first.
    #expect(report.tests.first?.name == "t1")
}

@Test func submitReportHasTheContractShape() throws {
    let judge = Judge(executor: ScriptedExecutor(outcomes: [1: rows(1), 2: rows(2, shuffles: 2), 3: rows(3)]))
    let report = try judge.judge(problem: problem(rules: PlanRules(maxShuffles: 1)), tests: tests, source: "", fileName: "s.py", mode: .submit)
    guard case .object(let pairs) = report.json else {
        Issue.record("not an object")
        return
    }
    #expect(Array(pairs.map(\.key).prefix(5)) == ["problem", "verdict", "tests", "plan_rules", "error"])
    #expect(report.json["verdict"] == .string("plan_rule_violated"))
    let firstTest = report.json["tests"]?.arrayValue?.first
    #expect(firstTest?["name"] == .string("t1"))
    #expect(firstTest?["hidden"] == .bool(false))
    #expect(firstTest?["rows"] == .int(1))
    #expect(firstTest?["shuffles"] == .int(1))
    let rule = report.json["plan_rules"]?.arrayValue?.first
    #expect(rule?["rule"] == .string("max_shuffles"))
    #expect(rule?["actual"] == .int(2))
    #expect(rule?["ok"] == .bool(false))
    #expect(rule?["test"] == .string("t2"))
    #expect(report.json["error"] == .null)
}

@Test func testsWithoutExpectedOutputCannotBeJudged() {
    var untested = test(1, hidden: false, expected: [])
    untested.expected = nil
    let judge = Judge(executor: ScriptedExecutor(outcomes: [:]))
    #expect(throws: JudgeError.self) {
        try judge.judge(problem: problem(), tests: [untested], source: "", fileName: "s.py", mode: .submit)
    }
}

@Test(arguments: [
    ("AttributeError", "'DataFrame' object has no attribute 'mapInPandas'", "DataFrame.mapInPandas"),
    ("ATTRIBUTE_NOT_SUPPORTED", "Attribute `mapInPandas` is not supported.", "DataFrame.mapInPandas"),
    ("ATTRIBUTE_NOT_SUPPORTED", "Attribute `wage` is not supported.", nil),
    ("AttributeError", "module 'pyspark.sql.functions' has no attribute 'percentile'", "pyspark.sql.functions.percentile"),
    ("ImportError", "cannot import name 'broadcast' from 'pyspark.sql.functions'", "pyspark.sql.functions.broadcast"),
    ("AttributeError", "'DataFrame' object has no attribute 'selct'", nil),
    ("AttributeError", "'int' object has no attribute 'mapInPandas'", nil),
    ("NameError", "name 'mapInPandas' is not defined", nil),
] as [(String, String, String?)])
func missingPySparkFeaturesAreUnsupported(_ errorClass: String, _ message: String, _ feature: String?) {
    let error = SolutionError(kind: .runtime, errorClass: errorClass, message: message, line: 4)
    #expect(UnsupportedFeature.feature(of: error) == feature)
    let classified = UnsupportedFeature.classify(error)
    #expect(Judge.verdict(for: classified) == (feature == nil ? .runtimeError : .unsupported))
    if let feature {
        #expect(classified.message.contains(feature))
        #expect(classified.message.contains("--engine spark"))
        #expect(classified.line == 4)
    }
}

/// Judging keeps a 5-million-row budget per operator; `dojo run` over the user's own files allows 50 million;
/// `DOJO_MAX_ROWS` sets either, and a run past it ends as MEMORY_LIMIT.
@Test func rowBudgetDependsOnWhetherFilesAreRead() {
    #expect(EmbeddedExecutor(environment: [:]).maxRows == 5_000_000)
    #expect(EmbeddedExecutor(allowFileReads: true, environment: [:]).maxRows == 50_000_000)
    #expect(EmbeddedExecutor(allowFileReads: true, environment: ["DOJO_MAX_ROWS": "1000"]).maxRows == 1000)
    #expect(EmbeddedExecutor(environment: ["DOJO_MAX_ROWS": "zero"]).maxRows == 5_000_000)
    let executor = EmbeddedExecutor(environment: ["DOJO_MAX_ROWS": "10"])
    let source = "def solve(spark):\n    return spark.range(100).repartition(3)\n"
    let outcome = executor.execute(source: source, fileName: "s.py", dataset: Dataset(tables: [], conf: [:]))
    guard case .failure(let error) = outcome else {
        Issue.record("a 100-row shuffle ran within a 10-row budget")
        return
    }
    #expect(error.errorClass == "MEMORY_LIMIT")
}
