import Foundation
import Testing
@testable import ProblemBank

private func temporaryHome() -> DataHome {
    DataHome(directory: FileManager.default.temporaryDirectory.appendingPathComponent("bank-home-\(UUID().uuidString)"))
}

@Test func buildsAndLoadsAProblemWithItsTests() throws {
    let fixture = try SourceFixture(copying: ["top-salaries-per-country", "detect-duplicate-transactions"],
                                    questions: ["caching.yaml", "shuffles.yaml"])
    defer { fixture.remove() }
    let home = temporaryHome()
    defer { try? FileManager.default.removeItem(at: home.directory) }

    let report = try BankBuilder.build(sources: fixture.problems, into: home.bankURL)
    #expect(report.problems == 2)
    #expect(report.questions == 4)
    #expect(report.tests == 15)

    let bank = try Bank.open(at: home.bankURL)
    let summaries = try bank.problems()
    #expect(summaries.map(\.slug) == ["detect-duplicate-transactions", "top-salaries-per-country"])
    #expect(summaries[1].topics == ["window-functions", "ranking", "top-n"])
    #expect(summaries[1].difficulty == .medium)

    let problem = try bank.problem(slug: "top-salaries-per-country")
    #expect(problem.title == "Top 3 salaries per country")
    #expect(problem.tables == [InputTable(name: "users", schema: "user_id INT, name STRING, country STRING, age INT, salary INT",
                                          description: "One row per employee record; may contain duplicate records.")])
    #expect(problem.planRules == PlanRules(maxShuffles: 1))
    #expect(problem.comparison == ComparisonSettings(ordered: false, floatTolerance: 1e-6, checkColumnNames: true, checkTypes: false))
    #expect(problem.hints.count == 4)
    #expect(problem.editorial.contains("dense_rank"))
    #expect(problem.reference?.path == "Solutions/top-salaries-per-country/solution.py")
    #expect(problem.reference?.source.contains("def solve(users") == true)
    #expect(problem.solutions.map(\.verdict) == [.accepted, .accepted, .wrongAnswer, .wrongAnswer])
    #expect(problem.solutions.map(\.language) == [.python, .sql, .python, .python])
    #expect(problem.sample.name == "sample")
    #expect(problem.sample.hidden == false)
    #expect(problem.sample.data.tables[0].rows.count == 7)
    #expect(problem.sample.data.tables[0].rows[0] == [.int(1), .string("Amit"), .string("India"), .int(28), .int(50000)])
    #expect(problem.sample.expected?.columns.map(\.name) == ["country", "name", "salary", "salary_rank"])
    #expect(problem.sample.expected?.rows.count == 7)
    #expect(problem.sample.expected?.shuffles == 1)

    let tests = try bank.tests(slug: "top-salaries-per-country")
    #expect(tests.map(\.name) == ["sample", "more-than-three-salaries", "ties-at-the-top", "null-salaries-and-countries",
                                  "duplicate-records", "single-row", "empty-table", "large-skewed-countries"])
    #expect(tests.filter(\.hidden).count == 6)
    #expect(tests.allSatisfy { $0.expected != nil })
    let large = try #require(tests.last)
    #expect(large.data.tables[0].rows.count == 200_000)
    #expect(large.data.tables[0].rows[0][0] == .int(1))
    #expect(large.data.tables[0].rows[41][1] == .string("user-42"))
    let nulls = tests[3].data.tables[0].rows
    #expect(nulls[1][4] == .null)
    #expect(try bank.tests(slug: "top-salaries-per-country", includeHidden: false).map(\.name) == ["sample", "more-than-three-salaries"])

    let summariesOfTests = try bank.testSummaries(slug: "top-salaries-per-country")
    #expect(summariesOfTests.last?.inputRows == 200_000)

    let dates = try bank.tests(slug: "detect-duplicate-transactions")[0].data.tables[0].rows[0]
    #expect(dates == [.int(1), .int(1000), .string("2025-01-01")])

    let questions = try bank.questions(topic: "caching")
    #expect(questions.map(\.id) == ["dataframe-cache-storage-level", "cache-is-lazy"])
    #expect(questions[0].choices.filter(\.correct).count == 1)
    #expect(questions[1].answer == false)
    let plan = try bank.question(id: "groupby-then-join-on-same-key")
    #expect(plan.type == .predictPlan)
    #expect(plan.predict == .shuffles)
    #expect(plan.computedAnswer == "2")
    #expect(plan.dataset?.tables.map(\.name) == ["users", "transactions"])
    #expect(plan.dataset?.tables[1].rows[2] == [.int(3), .int(7000), .string("2025-01-04")])
}

@Test func unknownProblemSuggestsCloseSlugs() throws {
    let fixture = try SourceFixture(copying: ["top-salaries-per-country"])
    defer { fixture.remove() }
    let home = temporaryHome()
    defer { try? FileManager.default.removeItem(at: home.directory) }
    try BankBuilder.build(sources: fixture.problems, into: home.bankURL)
    let bank = try Bank.open(at: home.bankURL)
    #expect {
        _ = try bank.problem(slug: "top-salary-per-country")
    } throws: { error in
        (error as? BankError)?.description == "no problem 'top-salary-per-country'; did you mean 'top-salaries-per-country'?"
    }
}

@Test func failedBuildKeepsTheLastGoodBank() throws {
    let fixture = try SourceFixture(copying: ["top-salaries-per-country"])
    defer { fixture.remove() }
    let home = temporaryHome()
    defer { try? FileManager.default.removeItem(at: home.directory) }
    try BankBuilder.build(sources: fixture.problems, into: home.bankURL)
    let before = try Data(contentsOf: home.bankURL)

    try fixture.replace("Problems/top-salaries-per-country/problem.yaml", "difficulty: medium", with: "difficulty: tough")
    #expect {
        try BankBuilder.build(sources: fixture.problems, into: home.bankURL)
    } throws: { error in
        guard case .invalidSources(let diagnostics)? = error as? BankError else { return false }
        return diagnostics.contains { $0.message == "difficulty 'tough' must be one of: easy, medium, hard" }
    }
    #expect(try Data(contentsOf: home.bankURL) == before)
    #expect(try Bank.open(at: home.bankURL).problems().map(\.slug) == ["top-salaries-per-country"])
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: home.directory.path)
    #expect(leftovers == ["bank.sqlite"])
}

@Test func rebuildsOnlyWhenSourcesChange() throws {
    let fixture = try SourceFixture(copying: ["top-salaries-per-country"])
    defer { fixture.remove() }
    let home = temporaryHome()
    defer { try? FileManager.default.removeItem(at: home.directory) }

    #expect(BankBuilder.needsRebuild(bank: home.bankURL, sources: fixture.problems))
    let first = try Bank.openBuildingIfNeeded(home: home, sources: fixture.problems)
    #expect(first.rebuilt)
    #expect(try Bank.openBuildingIfNeeded(home: home, sources: fixture.problems).rebuilt == false)

    // Same bytes, new modification time: the content hash decides, no rebuild.
    let statement = fixture.url("Problems/top-salaries-per-country/problem.yaml")
    try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSince1970: 1_000_000)], ofItemAtPath: statement.path)
    #expect(BankBuilder.needsRebuild(bank: home.bankURL, sources: fixture.problems) == false)

    try fixture.replace("Problems/top-salaries-per-country/problem.yaml", "title: Top 3 salaries per country", with: "title: Top three salaries")
    let second = try Bank.openBuildingIfNeeded(home: home, sources: fixture.problems)
    #expect(second.rebuilt)
    #expect(try second.bank.problem(slug: "top-salaries-per-country").title == "Top three salaries")

    // A broken source keeps the last good bank in use and reports why.
    try fixture.replace("Problems/top-salaries-per-country/problem.yaml", "difficulty: medium", with: "difficulty: tough")
    let broken = try Bank.openBuildingIfNeeded(home: home, sources: fixture.problems)
    #expect(broken.rebuilt == false)
    #expect(try broken.bank.problem(slug: "top-salaries-per-country").title == "Top three salaries")
    guard case .invalidSources(let diagnostics)? = broken.buildError else {
        Issue.record("expected invalidSources, got \(String(describing: broken.buildError))")
        return
    }
    #expect(diagnostics.contains { $0.message.hasPrefix("difficulty 'tough'") })
    try fixture.replace("Problems/top-salaries-per-country/problem.yaml", "difficulty: tough", with: "difficulty: medium")

    // A solution edit also counts (Solutions/ is part of the sources).
    try fixture.replace("Solutions/top-salaries-per-country/solution.sql", "SELECT", with: "select")
    #expect(BankBuilder.needsRebuild(bank: home.bankURL, sources: fixture.problems))
}

@Test func firstUseWithBrokenSourcesThrows() throws {
    let fixture = try SourceFixture(copying: ["top-salaries-per-country"])
    defer { fixture.remove() }
    let home = temporaryHome()
    defer { try? FileManager.default.removeItem(at: home.directory) }
    try fixture.replace("Problems/top-salaries-per-country/problem.yaml", "difficulty: medium", with: "difficulty: tough")
    #expect(throws: BankError.self) { _ = try Bank.openBuildingIfNeeded(home: home, sources: fixture.problems) }
    #expect(FileManager.default.fileExists(atPath: home.bankURL.path) == false)
}

@Test func statsHaveTheContractShape() throws {
    let fixture = try SourceFixture(copying: ["top-salaries-per-country", "detect-duplicate-transactions"],
                                    questions: ["caching.yaml", "shuffles.yaml"])
    defer { fixture.remove() }
    let home = temporaryHome()
    defer { try? FileManager.default.removeItem(at: home.directory) }
    try BankBuilder.build(sources: fixture.problems, into: home.bankURL)
    let stats = try Bank.open(at: home.bankURL).stats()

    let json = try JSONValue.parse(stats.jsonValue.jsonText)
    #expect(json.objectValue?.map(\.key).sorted() == ["problems", "questions", "tests"])
    #expect(json["problems"]?.objectValue?.map(\.key).sorted() == ["by_difficulty", "by_topic", "total"])
    #expect(json["questions"]?.objectValue?.map(\.key).sorted() == ["by_topic", "by_type", "total"])
    #expect(json["tests"]?.objectValue?.map(\.key).sorted() == ["hidden", "visible"])
    #expect(json["problems"]?["total"] == .int(2))
    #expect(json["problems"]?["by_difficulty"] == .object([("easy", .int(1)), ("hard", .int(0)), ("medium", .int(1))]))
    #expect(json["problems"]?["by_topic"]?["window-functions"] == .int(1))
    #expect(json["problems"]?["by_topic"]?["deduplication"] == .int(1))
    #expect(json["questions"]?["total"] == .int(4))
    #expect(json["questions"]?["by_topic"] == .object([("caching", .int(2)), ("shuffles", .int(2))]))
    #expect(json["questions"]?["by_type"]?["predict_plan"] == .int(1))
    #expect(json["questions"]?["by_type"]?["ordering"] == .int(0))
    #expect(json["questions"]?["by_type"]?.objectValue?.count == QuestionType.allCases.count)
    #expect(json["tests"] == .object([("visible", .int(4)), ("hidden", .int(11))]))

    // The Codable form encodes to the same keys.
    let encoder = JSONEncoder()
    encoder.outputFormatting = .sortedKeys
    let encoded = try JSONValue.parse(String(decoding: try encoder.encode(stats), as: UTF8.self))
    #expect(encoded.canonicalText == json.canonicalText)
}

@Test func openingSomethingElseIsAnActionableError() throws {
    let home = temporaryHome()
    try home.ensureExists()
    defer { try? FileManager.default.removeItem(at: home.directory) }
    #expect {
        _ = try Bank.open(at: home.bankURL)
    } throws: { error in
        (error as? BankError)?.description.hasSuffix("run `dojo bank build` to rebuild it") == true
    }
}
