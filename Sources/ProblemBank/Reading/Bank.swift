import Foundation
import GRDB

/// The problem bank: a read-only view of `bank.sqlite`.
///
/// ```swift
/// let bank = try Bank.openBuildingIfNeeded(home: DataHome.resolve(explicit: nil), sources: problemsURL).bank
/// let problem = try bank.problem(slug: "top-salaries-per-country")
/// let tests = try bank.tests(slug: problem.slug)
/// ```
public struct Bank: Sendable {
    let queue: DatabaseQueue
    public let url: URL

    /// Opens an existing bank read-only.
    public static func open(at url: URL) throws(BankError) -> Bank {
        guard FileManager.default.fileExists(atPath: url.path) else {
            throw .unreadableBank(path: url.path, reason: "no such file")
        }
        do {
            var configuration = Configuration()
            configuration.readonly = true
            let queue = try DatabaseQueue(path: url.path, configuration: configuration)
            let complete = try queue.read { db in try BankSchema.migrator.hasCompletedMigrations(db) }
            guard complete else { throw BankError.unreadableBank(path: url.path, reason: "built by another version") }
            return Bank(queue: queue, url: url)
        } catch let error as BankError {
            throw error
        } catch {
            throw .unreadableBank(path: url.path, reason: "\(error)")
        }
    }

    /// Opens `home`'s bank, first building it from `sources` when it is missing, from another
    /// version, or older than the sources. `rebuilt` says whether a build happened. When the build
    /// fails but a previous bank exists, that bank is returned with the failure in `buildError`
    /// (so a broken source never locks the user out); with no previous bank the failure is thrown.
    public static func openBuildingIfNeeded(home: DataHome, sources: URL) throws(BankError)
        -> (bank: Bank, rebuilt: Bool, buildError: BankError?)
    {
        guard BankBuilder.needsRebuild(bank: home.bankURL, sources: sources) else {
            return (try open(at: home.bankURL), false, nil)
        }
        do {
            try BankBuilder.build(sources: sources, into: home.bankURL)
        } catch {
            guard let previous = try? open(at: home.bankURL) else { throw error }
            return (previous, false, error)
        }
        return (try open(at: home.bankURL), true, nil)
    }

    func read<T>(_ body: (Database) throws -> T) throws(BankError) -> T {
        do {
            return try queue.read(body)
        } catch let error as BankError {
            throw error
        } catch {
            throw .storage("\(error)")
        }
    }

    // MARK: Problems

    /// Every problem, in source order, with its topics.
    public func problems() throws(BankError) -> [ProblemSummary] {
        try read { db in
            let topics = try topicsByProblem(db)
            return try ProblemRecord.order(ProblemRecord.Columns.position).fetchAll(db).map { record in
                summary(record, topics: topics[record.id ?? -1] ?? [])
            }
        }
    }

    /// One problem with its statement, tables, sample test, rules, hints, editorial and solutions.
    public func problem(slug: String) throws(BankError) -> Problem {
        try read { db in
            let record = try problemRecord(slug: slug, db)
            let id = record.id ?? -1
            let topics = try topicsByProblem(db, problemId: id)[id] ?? []
            let tables = try InputTableRecord.filter(InputTableRecord.Columns.problemId == id)
                .order(InputTableRecord.Columns.position).fetchAll(db)
                .map { InputTable(name: $0.name, schema: $0.schema, description: $0.description) }
            let sampleRecord = try TestCaseRecord.filter(TestCaseRecord.Columns.problemId == id)
                .order(TestCaseRecord.Columns.position).fetchOne(db)
            guard let sampleRecord else { throw BankError.storage("problem '\(slug)' has no sample test") }
            let sample = try testCase(sampleRecord, tables: tables, db)
            let comparison = try ComparisonSettingsRecord.fetchOne(db, key: id).map {
                ComparisonSettings(ordered: $0.ordered, floatTolerance: $0.floatTolerance,
                                   checkColumnNames: $0.checkColumnNames, checkTypes: $0.checkTypes)
            } ?? ComparisonSettings()
            var rules = PlanRules()
            for rule in try PlanRuleRecord.filter(PlanRuleRecord.Columns.problemId == id).fetchAll(db) {
                if let value = try? JSONValue.parse(rule.value) { rules.apply(rule: rule.rule, value: value) }
            }
            let hints = try HintRecord.filter(HintRecord.Columns.problemId == id).order(HintRecord.Columns.position)
                .fetchAll(db).map(\.text)
            let editorial = try EditorialRecord.fetchOne(db, key: id)?.markdown ?? ""
            let solutions = try SolutionRecord.filter(SolutionRecord.Columns.problemId == id)
                .order(SolutionRecord.Columns.position).fetchAll(db).compactMap { record -> SolutionEntry? in
                    guard let language = SolutionLanguage(rawValue: record.language),
                          let verdict = ExpectedVerdict(rawValue: record.verdict) else { return nil }
                    return SolutionEntry(path: record.path, language: language, verdict: verdict, isReference: record.isReference,
                                         violatedRule: record.violatedRule, note: record.note, source: record.source)
                }
            return Problem(slug: record.slug, title: record.title, difficulty: Difficulty(rawValue: record.difficulty) ?? .easy,
                           kind: ProblemKind(rawValue: record.kind) ?? .dataframe, topics: topics,
                           statement: record.statement, tables: tables, sample: sample, comparison: comparison,
                           planRules: rules, hints: hints, editorial: editorial, solutions: solutions)
        }
    }

    /// A problem's tests without their data (the sample first).
    public func testSummaries(slug: String) throws(BankError) -> [TestSummary] {
        try read { db in
            let id = try problemRecord(slug: slug, db).id ?? -1
            return try TestCaseRecord.filter(TestCaseRecord.Columns.problemId == id).order(TestCaseRecord.Columns.position)
                .fetchAll(db).map { TestSummary(name: $0.name, description: $0.description, hidden: $0.hidden, inputRows: $0.inputRows) }
        }
    }

    /// A problem's tests with their inputs materialised (generator specs expanded) and expected
    /// outputs, the sample first. With `includeHidden: false`, only visible tests (`dojo check`).
    public func tests(slug: String, includeHidden: Bool = true) throws(BankError) -> [TestCase] {
        try read { db in
            let id = try problemRecord(slug: slug, db).id ?? -1
            let tables = try InputTableRecord.filter(InputTableRecord.Columns.problemId == id)
                .order(InputTableRecord.Columns.position).fetchAll(db)
                .map { InputTable(name: $0.name, schema: $0.schema, description: $0.description) }
            var request = TestCaseRecord.filter(TestCaseRecord.Columns.problemId == id)
            if !includeHidden { request = request.filter(TestCaseRecord.Columns.hidden == false) }
            return try request.order(TestCaseRecord.Columns.position).fetchAll(db).map { try testCase($0, tables: tables, db) }
        }
    }

    // MARK: Questions

    /// Conceptual questions, optionally of one topic, in source order.
    public func questions(topic: String? = nil) throws(BankError) -> [Question] {
        try read { db in
            var request = QuestionRecord.order(QuestionRecord.Columns.position)
            if let topic {
                guard let topicId = try TopicRecord.filter(TopicRecord.Columns.name == topic).fetchOne(db)?.id else { return [] }
                request = request.filter(QuestionRecord.Columns.topicId == topicId)
            }
            return try request.fetchAll(db).map(decodeQuestion)
        }
    }

    public func question(id: String) throws(BankError) -> Question {
        try read { db in
            guard let record = try QuestionRecord.fetchOne(db, key: id) else { throw BankError.unknownQuestion(id: id) }
            return try decodeQuestion(record)
        }
    }

    // MARK: Helpers

    private func decodeQuestion(_ record: QuestionRecord) throws -> Question {
        try JSONDecoder().decode(Question.self, from: Data(record.body.utf8))
    }

    private func problemRecord(slug: String, _ db: Database) throws -> ProblemRecord {
        if let record = try ProblemRecord.filter(ProblemRecord.Columns.slug == slug).fetchOne(db) { return record }
        let slugs = try String.fetchAll(db, sql: "SELECT slug FROM problem")
        let suggestions = slugs
            .map { ($0, SourceFileReader.editDistance(slug, $0)) }
            .filter { $0.1 <= max(3, slug.count / 3) || $0.0.contains(slug) }
            .sorted { ($0.1, $0.0) < ($1.1, $1.0) }
            .prefix(3).map(\.0)
        throw BankError.unknownProblem(slug: slug, suggestions: Array(suggestions))
    }

    private func topicsByProblem(_ db: Database, problemId: Int64? = nil) throws -> [Int64: [String]] {
        var sql = """
            SELECT problem_topic.problemId, topic.name FROM problem_topic
            JOIN topic ON topic.id = problem_topic.topicId
            """
        var arguments: StatementArguments = []
        if let problemId {
            sql += " WHERE problem_topic.problemId = ?"
            arguments = [problemId]
        }
        sql += " ORDER BY problem_topic.problemId, problem_topic.position"
        var result: [Int64: [String]] = [:]
        for row in try Row.fetchAll(db, sql: sql, arguments: arguments) {
            result[row[0], default: []].append(row[1])
        }
        return result
    }

    private func summary(_ record: ProblemRecord, topics: [String]) -> ProblemSummary {
        ProblemSummary(slug: record.slug, title: record.title, difficulty: Difficulty(rawValue: record.difficulty) ?? .easy,
                       kind: ProblemKind(rawValue: record.kind) ?? .dataframe, topics: topics)
    }

    private func testCase(_ record: TestCaseRecord, tables: [InputTable], _ db: Database) throws -> TestCase {
        let data = try TestCaseData.materialise(stored: record.data, tables: tables)
        var expected: ExpectedOutput?
        if let id = record.id, let output = try ExpectedOutputRecord.fetchOne(db, key: id) {
            let columns = try JSONValue.parse(output.columns).arrayValue ?? []
            let rows = try JSONValue.parse(output.rows).arrayValue ?? []
            expected = ExpectedOutput(
                columns: columns.map { OutputColumn(name: $0["name"]?.stringValue ?? "", type: $0["type"]?.stringValue ?? "") },
                rows: rows.map { $0.arrayValue ?? [] }, shuffles: output.shuffles, inputHash: output.inputHash,
                sparkVersion: output.sparkVersion)
        }
        return TestCase(name: record.name, description: record.description, hidden: record.hidden, data: data, expected: expected)
    }
}
