import GRDB

/// Coverage counts, in the shape of `dojo bank stats --format json` (DESIGN.md):
/// `{"problems":{"total","by_difficulty","by_topic"},"questions":{"total","by_topic","by_type"},
/// "tests":{"visible","hidden"}}`. Every difficulty and question type is present, with 0 when unused.
public struct BankStats: Sendable, Hashable, Codable {
    public struct Problems: Sendable, Hashable, Codable {
        public var total: Int
        public var byDifficulty: [String: Int]
        public var byTopic: [String: Int]

        enum CodingKeys: String, CodingKey {
            case total
            case byDifficulty = "by_difficulty"
            case byTopic = "by_topic"
        }
    }

    public struct Questions: Sendable, Hashable, Codable {
        public var total: Int
        public var byTopic: [String: Int]
        public var byType: [String: Int]

        enum CodingKeys: String, CodingKey {
            case total
            case byTopic = "by_topic"
            case byType = "by_type"
        }
    }

    public struct Tests: Sendable, Hashable, Codable {
        public var visible: Int
        public var hidden: Int
    }

    public var problems: Problems
    public var questions: Questions
    public var tests: Tests

    /// The stats as a JSON value with sorted keys, ready to print.
    public var jsonValue: JSONValue {
        func counts(_ dictionary: [String: Int]) -> JSONValue {
            .object(dictionary.sorted { $0.key < $1.key }.map { ($0.key, .int(Int64($0.value))) })
        }
        return .object([
            ("problems", .object([("total", .int(Int64(problems.total))), ("by_difficulty", counts(problems.byDifficulty)),
                                  ("by_topic", counts(problems.byTopic))])),
            ("questions", .object([("total", .int(Int64(questions.total))), ("by_topic", counts(questions.byTopic)),
                                   ("by_type", counts(questions.byType))])),
            ("tests", .object([("visible", .int(Int64(tests.visible))), ("hidden", .int(Int64(tests.hidden)))])),
        ])
    }
}

extension Bank {
    /// Counts of problems by difficulty and topic, questions by topic and type, and tests.
    public func stats() throws(BankError) -> BankStats {
        try read { db in
            var byDifficulty = Dictionary(uniqueKeysWithValues: Difficulty.allCases.map { ($0.rawValue, 0) })
            for row in try Row.fetchAll(db, sql: "SELECT difficulty, COUNT(*) FROM problem GROUP BY difficulty") {
                byDifficulty[row[0]] = row[1]
            }
            var problemTopics: [String: Int] = [:]
            for row in try Row.fetchAll(db, sql: """
                SELECT topic.name, COUNT(*) FROM problem_topic JOIN topic ON topic.id = problem_topic.topicId GROUP BY topic.name
                """) {
                problemTopics[row[0]] = row[1]
            }
            var byType = Dictionary(uniqueKeysWithValues: QuestionType.allCases.map { ($0.rawValue, 0) })
            for row in try Row.fetchAll(db, sql: "SELECT type, COUNT(*) FROM question GROUP BY type") {
                byType[row[0]] = row[1]
            }
            var questionTopics: [String: Int] = [:]
            for row in try Row.fetchAll(db, sql: """
                SELECT topic.name, COUNT(*) FROM question JOIN topic ON topic.id = question.topicId GROUP BY topic.name
                """) {
                questionTopics[row[0]] = row[1]
            }
            let hidden = try TestCaseRecord.filter(TestCaseRecord.Columns.hidden == true).fetchCount(db)
            let visible = try TestCaseRecord.filter(TestCaseRecord.Columns.hidden == false).fetchCount(db)
            return BankStats(
                problems: .init(total: try ProblemRecord.fetchCount(db), byDifficulty: byDifficulty, byTopic: problemTopics),
                questions: .init(total: try QuestionRecord.fetchCount(db), byTopic: questionTopics, byType: byType),
                tests: .init(visible: visible, hidden: hidden))
        }
    }
}
