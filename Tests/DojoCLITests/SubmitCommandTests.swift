import Foundation
import Testing

/// A solution listed in a problem.yaml with the verdict it must get.
struct ListedSolution: Sendable, CustomStringConvertible {
    var problem: String
    var file: String
    var verdict: String

    var description: String { file }
}

/// Reads `solutions:` of every `Problems/*/problem.yaml`: `- file:` lines and their `verdict:`.
func listedSolutions() -> [ListedSolution] {
    let problems = repositoryRoot.appendingPathComponent("Problems")
    let slugs = (try? FileManager.default.contentsOfDirectory(atPath: problems.path)) ?? []
    var result: [ListedSolution] = []
    for slug in slugs.sorted() {
        guard let text = try? String(contentsOf: problems.appendingPathComponent("\(slug)/problem.yaml"), encoding: .utf8) else { continue }
        var inSolutions = false
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("solutions:") { inSolutions = true; continue }
            if inSolutions, let first = line.first, first != " ", first != "-" { inSolutions = false }
            guard inSolutions else { continue }
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix("- file:") {
                let file = trimmed.dropFirst("- file:".count).trimmingCharacters(in: .whitespaces)
                result.append(ListedSolution(problem: slug, file: file, verdict: "accepted"))
            } else if trimmed.hasPrefix("verdict:"), !result.isEmpty {
                result[result.count - 1].verdict = trimmed.dropFirst("verdict:".count).trimmingCharacters(in: .whitespaces)
            }
        }
    }
    return result
}

@Test(arguments: listedSolutions())
func everyListedSolutionGetsItsDeclaredVerdict(_ solution: ListedSolution) throws {
    let home = try temporaryHome()
    let path = repositoryRoot.appendingPathComponent(solution.file).path
    // Debug builds on a busy machine are slow: only a solution meant to time out keeps the 10 s limit.
    let environment = solution.verdict == "time_limit_exceeded" ? [:] : ["DOJO_TIME_LIMIT": "120"]
    let result = try runDojo(["submit", solution.problem, path, "--format", "json", "--home", home.path], environment: environment)
    let object = try #require(try json(result.stdout) as? [String: Any], "\(result.stdout)\(result.stderr)")
    #expect(object["verdict"] as? String == solution.verdict, "\(result.stdout)")
    #expect(result.status == (solution.verdict == "accepted" ? 0 : 1))
}

@Test func listedSolutionsAreFound() {
    let solutions = listedSolutions()
    #expect(solutions.count >= 12)
    #expect(solutions.contains { $0.verdict == "wrong_answer" })
}

@Test func submitJSONHasTheContractShapeAndIsRecorded() throws {
    let home = try temporaryHome()
    let path = repositoryRoot.appendingPathComponent("Solutions/top-salaries-per-country/solution.py").path
    let result = try runDojo(["submit", "top-salaries-per-country", path, "--format", "json", "--home", home.path])
    #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
    let object = try #require(try json(result.stdout) as? [String: Any])
    #expect(object["problem"] as? String == "top-salaries-per-country")
    #expect(object["verdict"] as? String == "accepted")
    #expect(object["error"] is NSNull)
    let tests = try #require(object["tests"] as? [[String: Any]])
    #expect(tests.first?["hidden"] as? Bool == false)
    #expect(tests.contains { $0["hidden"] as? Bool == true })
    for test in tests {
        #expect(Set(test.keys).isSuperset(of: ["name", "hidden", "verdict", "rows", "seconds", "shuffles"]))
    }
    let rules = try #require(object["plan_rules"] as? [[String: Any]])
    #expect(rules.first?["rule"] as? String == "max_shuffles")
    #expect(rules.first?["limit"] as? Int == 1)
    #expect(rules.first?["actual"] as? Int == 1)
    #expect(rules.first?["ok"] as? Bool == true)
    let history = try runDojo(["history", "--format", "json", "--home", home.path])
    let entries = try #require(try json(history.stdout) as? [[String: Any]])
    #expect(entries.count == 1)
    #expect(entries.first?["verdict"] as? String == "accepted")
    let list = try runDojo(["list", "--status", "solved", "--format", "json", "--home", home.path])
    #expect((try json(list.stdout) as? [[String: Any]])?.first?["slug"] as? String == "top-salaries-per-country")
}

@Test func wrongAnswerOnAVisibleTestShowsAnHonestDiff() throws {
    let home = try temporaryHome()
    let path = repositoryRoot.appendingPathComponent("Solutions/second-highest-salary-per-country/wrong_filter_rank.py").path
    let result = try runDojo(["submit", "second-highest-salary-per-country", path, "--home", home.path])
    #expect(result.status == 1)
    #expect(result.stdout.contains("Wrong Answer"))
    #expect(result.stdout.contains("visible"))
    #expect(result.stdout.contains("missing from yours") || result.stdout.contains("→"), "\(result.stdout)")
}

@Test func brokenFilesGetCompileAndRuntimeVerdictsWithLines() throws {
    let home = try temporaryHome()
    let work = try temporaryHome(bank: false)
    let syntax = work.appendingPathComponent("broken.py")
    try Data("def solve(users):\n    return users.select(\n".utf8).write(to: syntax)
    let compile = try runDojo(["submit", "top-salaries-per-country", syntax.path, "--format", "json", "--home", home.path])
    let compileObject = try #require(try json(compile.stdout) as? [String: Any])
    #expect(compileObject["verdict"] as? String == "compile_error")
    #expect((compileObject["error"] as? [String: Any])?["line"] as? Int != nil)
    let runtime = work.appendingPathComponent("runtime.py")
    try Data("def solve(users):\n    x = 1\n    return users.select(\"no_such_column\")\n".utf8).write(to: runtime)
    let runtimeResult = try runDojo(["submit", "top-salaries-per-country", runtime.path, "--home", home.path])
    #expect(runtimeResult.status == 1)
    #expect(runtimeResult.stdout.contains("Runtime Error"), "\(runtimeResult.stdout)")
    #expect(runtimeResult.stdout.contains("UNRESOLVED_COLUMN"))
    #expect(runtimeResult.stdout.contains(":3"))
}

@Test func checkRunsOnlyVisibleTestsAndIsNotRecorded() throws {
    let home = try temporaryHome()
    let path = repositoryRoot.appendingPathComponent("Solutions/top-salaries-per-country/solution.sql").path
    let result = try runDojo(["check", "top-salaries-per-country", path, "--format", "json", "--home", home.path])
    #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
    let object = try #require(try json(result.stdout) as? [String: Any])
    let tests = try #require(object["tests"] as? [[String: Any]])
    #expect(!tests.isEmpty)
    #expect(tests.allSatisfy { $0["hidden"] as? Bool == false })
    let history = try runDojo(["history", "--format", "json", "--home", home.path])
    #expect((try json(history.stdout) as? [Any])?.isEmpty == true)
}

@Test func fileReadsAreRefusedInSubmit() throws {
    let home = try temporaryHome()
    let work = try temporaryHome(bank: false)
    let reader = work.appendingPathComponent("reader.py")
    try Data("def solve(spark, users):\n    return spark.read.csv(\"/etc/passwd\")\n".utf8).write(to: reader)
    let result = try runDojo(["submit", "top-salaries-per-country", reader.path, "--format", "json", "--home", home.path])
    #expect(result.status == 1)
    let object = try #require(try json(result.stdout) as? [String: Any])
    #expect(object["verdict"] as? String != "accepted")
    #expect(!result.stdout.contains("root:"))
}

@Test func rightRowsWithAnExtraShuffleViolateThePlanRule() throws {
    let home = try temporaryHome()
    let work = try temporaryHome(bank: false)
    let file = work.appendingPathComponent("extra_shuffle.py")
    try Data("""
        from pyspark.sql import functions as F
        from pyspark.sql.window import Window

        def solve(users):
            by_salary = Window.partitionBy("country").orderBy(F.col("salary").desc())
            return (
                users.repartition(7)
                .where(F.col("country").isNotNull() & F.col("salary").isNotNull())
                .select("country", "name", "salary", F.dense_rank().over(by_salary).alias("salary_rank"))
                .where(F.col("salary_rank") <= 3)
            )
        """.utf8).write(to: file)
    let result = try runDojo(["submit", "top-salaries-per-country", file.path, "--format", "json", "--home", home.path])
    #expect(result.status == 1)
    let object = try #require(try json(result.stdout) as? [String: Any], "\(result.stdout)\(result.stderr)")
    #expect(object["verdict"] as? String == "plan_rule_violated", "\(result.stdout)")
    let rule = try #require((object["plan_rules"] as? [[String: Any]])?.first)
    #expect(rule["actual"] as? Int == 2)
    #expect(rule["ok"] as? Bool == false)
    let table = try runDojo(["submit", "top-salaries-per-country", file.path, "--home", home.path])
    #expect(table.stdout.contains("shuffles: 2, allowed 1"))
    #expect(table.stdout.contains("Exchange RoundRobinPartitioning(7)"))
}

@Test func missingPySparkFeaturesAreUnsupported() throws {
    let home = try temporaryHome()
    let work = try temporaryHome(bank: false)
    let file = work.appendingPathComponent("pandas.py")
    try Data("def solve(users):\n    return users.mapInPandas(lambda it: it, users.schema)\n".utf8).write(to: file)
    let result = try runDojo(["submit", "top-salaries-per-country", file.path, "--home", home.path])
    #expect(result.status == 1)
    #expect(result.stdout.contains("Unsupported"), "\(result.stdout)")
    #expect(result.stdout.contains("DataFrame.mapInPandas"))
    #expect(result.stdout.contains("--engine spark"))
}

@Test func realSparkSaysWhatToInstallWhenPythonIsMissing() throws {
    let home = try temporaryHome()
    let path = repositoryRoot.appendingPathComponent("Solutions/top-salaries-per-country/solution.py").path
    let result = try runDojo(["submit", "top-salaries-per-country", path, "--engine", "spark", "--home", home.path],
                             environment: ["PATH": "/nonexistent"])
    #expect(result.status == 1)
    #expect(result.stderr.contains("Python 3 is not installed"), "\(result.stderr)")
}

@Test func missingFilesAreUsageErrors() throws {
    let home = try temporaryHome()
    let result = try runDojo(["submit", "top-salaries-per-country", "/nonexistent/solution.py", "--home", home.path])
    #expect(result.status == 2)
    #expect(result.stderr.contains("no such file"))
}
