import Foundation
import Testing

@Test func bankStatsJSONHasTheContractShape() throws {
    let home = try temporaryHome()
    let result = try runDojo(["bank", "stats", "--format", "json", "--home", home.path])
    #expect(result.status == 0, "\(result.stderr)")
    let object = try #require(try json(result.stdout) as? [String: Any])
    #expect(Set(object.keys) == ["problems", "questions", "tests"])
    let problems = try #require(object["problems"] as? [String: Any])
    #expect(Set(problems.keys) == ["total", "by_difficulty", "by_topic"])
    #expect((problems["total"] as? Int ?? 0) >= 3)
    let questions = try #require(object["questions"] as? [String: Any])
    #expect(Set(questions.keys) == ["total", "by_topic", "by_type"])
    let tests = try #require(object["tests"] as? [String: Any])
    #expect(Set(tests.keys) == ["visible", "hidden"])
}

@Test func bankBuildAndCheck() throws {
    let home = try temporaryHome(bank: false)
    let build = try runDojo(["bank", "build", "--home", home.path])
    #expect(build.status == 0, "\(build.stderr)")
    #expect(build.stdout.contains("problems"))
    #expect(FileManager.default.fileExists(atPath: home.appendingPathComponent("bank.sqlite").path))
    let check = try runDojo(["bank", "check"])
    #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
}

@Test func listShowsProblemsWithStatus() throws {
    let home = try temporaryHome()
    let result = try runDojo(["list", "--format", "json", "--home", home.path])
    #expect(result.status == 0, "\(result.stderr)")
    let problems = try #require(try json(result.stdout) as? [[String: Any]])
    let slugs = problems.compactMap { $0["slug"] as? String }
    #expect(slugs.contains("second-highest-salary-per-country"))
    #expect(problems.allSatisfy { $0["status"] as? String == "new" })
    let table = try runDojo(["list", "--difficulty", "medium", "--home", home.path])
    #expect(table.status == 0)
    #expect(table.stdout.contains("second-highest-salary-per-country"))
    let none = try runDojo(["list", "--status", "solved", "--format", "json", "--home", home.path])
    #expect((try json(none.stdout) as? [Any])?.isEmpty == true)
}

@Test func showPrintsStatementDataAndRules() throws {
    let home = try temporaryHome()
    let result = try runDojo(["show", "top-salaries-per-country", "--home", home.path])
    #expect(result.status == 0, "\(result.stderr)")
    for part in ["Tables", "users:", "Sample data", "Expected output", "Comparison", "Plan rules", "max_shuffles: 1", "+----"] {
        #expect(result.stdout.contains(part), "missing \(part)")
    }
    let unknown = try runDojo(["show", "top-salaries", "--home", home.path])
    #expect(unknown.status == 1)
    #expect(unknown.stderr.contains("top-salaries-per-country"))
}

@Test func editorialOpensAfterAnAttempt() throws {
    let home = try temporaryHome()
    let before = try runDojo(["show", "second-highest-salary-per-country", "--editorial", "--home", home.path])
    #expect(before.status == 1)
    #expect(before.stderr.contains("after an attempt"))
    let wrong = repositoryRoot.appendingPathComponent("Solutions/second-highest-salary-per-country/wrong_rank.py").path
    _ = try runDojo(["submit", "second-highest-salary-per-country", wrong, "--home", home.path])
    let after = try runDojo(["show", "second-highest-salary-per-country", "--editorial", "--home", home.path])
    #expect(after.status == 0, "\(after.stderr)")
    #expect(after.stdout.contains("editorial"))
}

@Test func hintsAreRevealedOneAtATime() throws {
    let home = try temporaryHome()
    let first = try runDojo(["hint", "second-highest-salary-per-country", "--home", home.path])
    #expect(first.status == 0, "\(first.stderr)")
    #expect(first.stdout.contains("Hint 1/"))
    let second = try runDojo(["hint", "second-highest-salary-per-country", "--home", home.path])
    #expect(second.stdout.contains("Hint 2/"))
}

@Test func startWritesAStarterFile() throws {
    let home = try temporaryHome()
    let work = try temporaryHome(bank: false)
    let result = try runDojo(["start", "top-salaries-per-country", "--home", home.path], currentDirectory: work)
    #expect(result.status == 0, "\(result.stderr)")
    let text = try String(contentsOf: work.appendingPathComponent("top-salaries-per-country.py"), encoding: .utf8)
    #expect(text.contains("from pyspark.sql import DataFrame"))
    #expect(text.contains("def solve(users: DataFrame) -> DataFrame:"))
    let again = try runDojo(["start", "top-salaries-per-country", "--home", home.path], currentDirectory: work)
    #expect(again.status == 1)
    #expect(again.stderr.contains("--force"))
    let sql = try runDojo(["start", "top-salaries-per-country", "--sql", "--home", home.path], currentDirectory: work)
    #expect(sql.status == 0)
    let sqlText = try String(contentsOf: work.appendingPathComponent("top-salaries-per-country.sql"), encoding: .utf8)
    #expect(sqlText.contains("FROM users"))
    // The starter runs on the sample data.
    let run = try runDojo(["run", work.appendingPathComponent("top-salaries-per-country.py").path,
                           "--problem", "top-salaries-per-country", "--home", home.path])
    #expect(run.status == 0, "\(run.stderr)")
}
