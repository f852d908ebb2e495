import Foundation
import GRDB

/// Builds `bank.sqlite` from the `Problems/` sources.
public enum BankBuilder {
    /// What a successful build wrote.
    public struct Report: Sendable {
        public var problems: Int
        public var questions: Int
        public var tests: Int
        /// Warnings found in the sources (errors make the build fail).
        public var warnings: [Diagnostic]
    }

    /// Validates the sources and writes a new bank at `bank`. The new bank is written to a temporary
    /// file in the same directory and renamed over the old one, so a failed build keeps the last
    /// good bank and readers never see a half-written file.
    ///
    /// - Throws: `BankError.invalidSources` with every error found, or `BankError.storage`.
    @discardableResult
    public static func build(sources: URL, into bank: URL) throws(BankError) -> Report {
        let loaded = SourceLoader(sources: sources).load()
        guard loaded.errors.isEmpty else { throw .invalidSources(loaded.diagnostics) }
        let directory = bank.deletingLastPathComponent()
        let temporary = directory.appendingPathComponent(".\(bank.lastPathComponent).\(UUID().uuidString).tmp")
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            let queue = try DatabaseQueue(path: temporary.path)
            try BankSchema.migrator.migrate(queue)
            try queue.write { db in
                try write(loaded, sources: sources, to: db)
            }
            try queue.close()
            guard rename(temporary.path, bank.path) == 0 else {
                throw BankError.storage("cannot move the new bank to \(bank.path): \(String(cString: strerror(errno)))")
            }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            if let error = error as? BankError { throw error }
            throw .storage("\(error)")
        }
        return Report(problems: loaded.problems.count, questions: loaded.questions.count,
                      tests: loaded.problems.reduce(0) { $0 + $1.tests.count },
                      warnings: loaded.diagnostics.filter { $0.severity == .warning })
    }

    /// Whether `bank` is missing, from an older schema, or built from different sources.
    /// Cheap when nothing changed: it compares file sizes and modification times first, and hashes
    /// the contents only when those differ (then remembers the new fingerprint).
    public static func needsRebuild(bank: URL, sources: URL) -> Bool {
        guard FileManager.default.fileExists(atPath: bank.path) else { return true }
        do {
            let queue = try DatabaseQueue(path: bank.path)
            let (complete, fingerprint, hash) = try queue.read { db in
                let complete = try BankSchema.migrator.hasCompletedMigrations(db)
                guard complete else { return (false, nil as String?, nil as String?) }
                let fingerprint = try BankInfoRecord.fetchOne(db, key: BankInfoRecord.sourceFingerprintKey)?.value
                let hash = try BankInfoRecord.fetchOne(db, key: BankInfoRecord.sourceHashKey)?.value
                return (true, fingerprint, hash)
            }
            guard complete else { return true }
            let currentFingerprint = SourceFingerprint.statFingerprint(sources: sources)
            if fingerprint == currentFingerprint { return false }
            guard hash == SourceFingerprint.contentHash(sources: sources) else { return true }
            try? queue.write { db in
                try BankInfoRecord(key: BankInfoRecord.sourceFingerprintKey, value: currentFingerprint).save(db)
            }
            return false
        } catch {
            return true
        }
    }

    private static func write(_ loaded: LoadedSources, sources: URL, to db: Database) throws {
        var topicIds: [String: Int64] = [:]
        func topicId(_ name: String) throws -> Int64 {
            if let id = topicIds[name] { return id }
            var record = TopicRecord(id: nil, name: name)
            try record.insert(db)
            let id = record.id ?? db.lastInsertedRowID
            topicIds[name] = id
            return id
        }
        for (position, problem) in loaded.problems.enumerated() {
            let source = problem.source
            var record = ProblemRecord(id: nil, slug: source.slug, title: source.title, difficulty: source.difficulty.rawValue,
                                       kind: source.kind.rawValue, statement: source.statement, position: position)
            try record.insert(db)
            let problemId = record.id ?? db.lastInsertedRowID
            for (index, topic) in source.topics.enumerated() {
                try ProblemTopicRecord(problemId: problemId, topicId: try topicId(topic), position: index).insert(db)
            }
            for (index, table) in source.tables.enumerated() {
                try InputTableRecord(problemId: problemId, name: table.name, schema: table.schema,
                                     description: table.description, position: index).insert(db)
            }
            let comparison = source.comparison
            try ComparisonSettingsRecord(problemId: problemId, ordered: comparison.ordered, floatTolerance: comparison.floatTolerance,
                                         checkColumnNames: comparison.checkColumnNames, checkTypes: comparison.checkTypes).insert(db)
            for entry in source.planRules.entries {
                try PlanRuleRecord(problemId: problemId, rule: entry.rule, value: entry.value.jsonText).insert(db)
            }
            for (index, hint) in source.hints.enumerated() {
                try HintRecord(problemId: problemId, position: index, text: hint).insert(db)
            }
            try EditorialRecord(problemId: problemId, markdown: source.editorial).insert(db)
            for (index, solution) in problem.solutions.enumerated() {
                try SolutionRecord(problemId: problemId, path: solution.path, language: solution.language.rawValue,
                                   verdict: solution.verdict.rawValue, isReference: solution.isReference,
                                   violatedRule: solution.violatedRule, note: solution.note, source: solution.source,
                                   position: index).insert(db)
            }
            for (index, test) in problem.tests.enumerated() {
                var testRecord = TestCaseRecord(id: nil, problemId: problemId, name: test.name, description: test.description,
                                                hidden: test.hidden, position: index, data: test.data.storedJSON.jsonText,
                                                inputRows: test.data.tables.reduce(0) { $0 + $1.rows.rowCount })
                try testRecord.insert(db)
                if let expected = problem.expected[test.name] {
                    let json = expected.storedJSON
                    try ExpectedOutputRecord(testCaseId: testRecord.id ?? db.lastInsertedRowID,
                                             columns: json["columns"]?.jsonText ?? "[]", rows: json["rows"]?.jsonText ?? "[]",
                                             shuffles: expected.shuffles, inputHash: expected.inputHash,
                                             sparkVersion: expected.sparkVersion).insert(db)
                }
            }
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        for (position, question) in loaded.questions.enumerated() {
            let body = String(decoding: try encoder.encode(question), as: UTF8.self)
            try QuestionRecord(id: question.id, topicId: try topicId(question.topic), type: question.type.rawValue,
                               difficulty: question.difficulty.rawValue, body: body, position: position).insert(db)
        }
        try BankInfoRecord(key: BankInfoRecord.sourceHashKey, value: loaded.contentHash).insert(db)
        try BankInfoRecord(key: BankInfoRecord.sourceFingerprintKey, value: SourceFingerprint.statFingerprint(sources: sources)).insert(db)
        try BankInfoRecord(key: BankInfoRecord.sourcesPathKey, value: sources.standardizedFileURL.path).insert(db)
    }
}
