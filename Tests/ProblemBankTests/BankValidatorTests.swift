import Foundation
import Testing
@testable import ProblemBank

@Test func repositoryProblemsPassCheck() {
    let diagnostics = BankValidator.check(sources: SourceFixture.repository.appendingPathComponent("Problems"))
    let errors = diagnostics.filter { $0.severity == .error }
    #expect(errors.isEmpty, "\(errors.map(\.description).joined(separator: "\n"))")
}

/// One broken source: what to change, and the diagnostic it must produce.
struct BrokenSource: CustomStringConvertible, Sendable {
    var name: String
    /// File to edit (relative to the fixture root), text to replace, replacement.
    var file: String
    var old: String
    var new: String
    /// The file the diagnostic names, the text its position points at (in that file, after the edit), the message.
    var reportedFile: String
    var pointsAt: String
    var message: String

    var description: String { name }
}

private let top = "Problems/top-salaries-per-country"

let brokenSources: [BrokenSource] = [
    BrokenSource(name: "unknown table in a test", file: "\(top)/tests.yaml",
                 old: "      users:\n        - [1, \"Ana\"", new: "      userz:\n        - [1, \"Ana\"",
                 reportedFile: "\(top)/tests.yaml", pointsAt: "userz:",
                 message: "test 'more-than-three-salaries': unknown table 'userz'; did you mean 'users'?"),
    BrokenSource(name: "row with too few values", file: "\(top)/tests.yaml",
                 old: "[6, \"Hans\", \"Germany\", 45, 65000]", new: "[6, \"Hans\", \"Germany\", 45]",
                 reportedFile: "\(top)/tests.yaml", pointsAt: "[6, \"Hans\"",
                 message: "test 'more-than-three-salaries': row 6 of table 'users' has 4 values but the schema has 5 columns (user_id INT, name STRING, country STRING, age INT, salary INT)"),
    BrokenSource(name: "value of the wrong type", file: "\(top)/tests.yaml",
                 old: "[6, \"Hans\", \"Germany\", 45, 65000]", new: "[6, \"Hans\", \"Germany\", 45, \"lots\"]",
                 reportedFile: "\(top)/tests.yaml", pointsAt: "\"lots\"",
                 message: "test 'more-than-three-salaries': row 6 of table 'users', column 'salary' (int): \"lots\" is not an integer"),
    BrokenSource(name: "unquoted number in a string column", file: "\(top)/problem.yaml",
                 old: "[5, \"Li\", \"China\", 32, 90000]", new: "[5, 42, \"China\", 32, 90000]",
                 reportedFile: "\(top)/problem.yaml", pointsAt: "42, \"China\"",
                 message: "sample: row 5 of table 'users', column 'name' (string): 42 is not a string (quote it)"),
    BrokenSource(name: "stale expected output", file: "\(top)/tests.yaml",
                 old: "[1, \"Li\", \"China\", 32, 90000]", new: "[1, \"Li\", \"China\", 32, 91000]",
                 reportedFile: "\(top)/tests.yaml", pointsAt: "single-row\n",
                 message: "stale expected output Problems/top-salaries-per-country/expected/single-row.json: the tables, the test data or the reference solution changed; run `python3 tools/spark-oracle/problems.py --update top-salaries-per-country`"),
    BrokenSource(name: "unknown plan rule", file: "\(top)/problem.yaml",
                 old: "  max_shuffles: 1", new: "  max_shufles: 1",
                 reportedFile: "\(top)/problem.yaml", pointsAt: "max_shufles",
                 message: "unknown plan rule 'max_shufles'; did you mean 'max_shuffles'?"),
    BrokenSource(name: "unknown forbidden operation", file: "\(top)/problem.yaml",
                 old: "  max_shuffles: 1", new: "  max_shuffles: 1\n  forbid: [python_udf, cartesain]",
                 reportedFile: "\(top)/problem.yaml", pointsAt: "cartesain",
                 message: "unknown forbidden operation \"cartesain\"; did you mean 'cartesian'?"),
    BrokenSource(name: "unknown verdict", file: "\(top)/problem.yaml",
                 old: "verdict: wrong_answer", new: "verdict: wrong_anwser",
                 reportedFile: "\(top)/problem.yaml", pointsAt: "wrong_anwser",
                 message: "unknown verdict 'wrong_anwser'; did you mean 'wrong_answer'?"),
    BrokenSource(name: "bad difficulty", file: "\(top)/problem.yaml",
                 old: "difficulty: medium", new: "difficulty: tough",
                 reportedFile: "\(top)/problem.yaml", pointsAt: "tough",
                 message: "difficulty 'tough' must be one of: easy, medium, hard"),
    BrokenSource(name: "missing solution file", file: "\(top)/problem.yaml",
                 old: "Solutions/top-salaries-per-country/wrong_rank.py", new: "Solutions/top-salaries-per-country/wrong_rnak.py",
                 reportedFile: "\(top)/problem.yaml", pointsAt: "file: Solutions/top-salaries-per-country/wrong_rnak.py",
                 message: "solution file 'Solutions/top-salaries-per-country/wrong_rnak.py' does not exist"),
    BrokenSource(name: "generator for an unknown column", file: "\(top)/tests.yaml",
                 old: "            age: {int: {min: 18, max: 65}}", new: "            agee: {int: {min: 18, max: 65}}",
                 reportedFile: "\(top)/tests.yaml", pointsAt: "agee",
                 message: "table 'users' has no column 'agee'; did you mean 'age'?"),
    BrokenSource(name: "generator of the wrong type", file: "\(top)/tests.yaml",
                 old: "name: {pattern: \"user-{row}\"}", new: "name: {int: {min: 1, max: 3}}",
                 reportedFile: "\(top)/tests.yaml", pointsAt: "{min: 1, max: 3}",
                 message: "generator 'int' makes integer values but column 'name' is string"),
    BrokenSource(name: "hidden test without description", file: "\(top)/tests.yaml",
                 old: "    description: A table with one row.\n", new: "",
                 reportedFile: "\(top)/tests.yaml", pointsAt: "name: single-row",
                 message: "hidden test 'single-row' needs a 'description' (it is all a user sees when it fails)"),
    BrokenSource(name: "bad DDL schema", file: "\(top)/problem.yaml",
                 old: "salary INT\"", new: "salary INTEGR\"",
                 reportedFile: "\(top)/problem.yaml", pointsAt: "\"user_id INT",
                 message: "schema of table 'users': "),
    BrokenSource(name: "YAML syntax error", file: "\(top)/problem.yaml",
                 old: "title: Top 3 salaries per country", new: "title: [Top 3 salaries per country",
                 reportedFile: "\(top)/problem.yaml", pointsAt: "",
                 message: "YAML syntax error"),
]

@Test(arguments: brokenSources)
func brokenSourceFailsCheckWithPreciseMessage(_ broken: BrokenSource) throws {
    let fixture = try SourceFixture(copying: ["top-salaries-per-country"])
    defer { fixture.remove() }
    #expect(BankValidator.check(sources: fixture.problems).filter { $0.severity == .error }.isEmpty)
    #expect(try fixture.replace(broken.file, broken.old, with: broken.new))

    let diagnostics = BankValidator.check(sources: fixture.problems).filter { $0.severity == .error }
    let rendered = diagnostics.map(\.description)
    if broken.pointsAt.isEmpty {
        #expect(diagnostics.contains { $0.path == broken.reportedFile && $0.message.hasPrefix(broken.message) }, "\(rendered)")
        return
    }
    let position = try #require(try fixture.position(of: broken.pointsAt, in: broken.reportedFile))
    let prefix = "\(broken.reportedFile):\(position.line):\(position.column): \(broken.message)"
    #expect(rendered.contains { $0.hasPrefix(prefix) }, "expected \(prefix)\ngot:\n\(rendered.joined(separator: "\n"))")
}

@Test func missingExpectedOutputIsReportedAtTheTest() throws {
    let fixture = try SourceFixture(copying: ["top-salaries-per-country"])
    defer { fixture.remove() }
    try FileManager.default.removeItem(at: fixture.url("\(top)/expected/single-row.json"))
    let position = try #require(try fixture.position(of: "single-row\n", in: "\(top)/tests.yaml"))
    let expected = "\(top)/tests.yaml:\(position.line):\(position.column): missing expected output \(top)/expected/single-row.json for test 'single-row'; run `python3 tools/spark-oracle/problems.py --update top-salaries-per-country`"
    #expect(BankValidator.check(sources: fixture.problems).map(\.description).contains(expected))
}

@Test func duplicateSlugsAreReported() throws {
    let fixture = try SourceFixture(copying: ["top-salaries-per-country"])
    defer { fixture.remove() }
    try FileManager.default.copyItem(at: fixture.url(top), to: fixture.url("Problems/zz-copy"))
    let messages = BankValidator.check(sources: fixture.problems).map(\.description)
    #expect(messages.contains("Problems/zz-copy/problem.yaml:1:7: duplicate slug 'top-salaries-per-country' (also in Problems/top-salaries-per-country/problem.yaml)"))
}

@Test func slugMustMatchFolder() throws {
    let fixture = try SourceFixture(copying: ["top-salaries-per-country"])
    defer { fixture.remove() }
    try fixture.replace("\(top)/problem.yaml", "slug: top-salaries-per-country", with: "slug: top-salaries")
    let messages = BankValidator.check(sources: fixture.problems).map(\.description)
    #expect(messages.contains("\(top)/problem.yaml:1:7: slug 'top-salaries' does not match its folder 'top-salaries-per-country'"))
}

@Test func tooFewHiddenTestsAreReported() throws {
    let fixture = try SourceFixture(copying: ["top-salaries-per-country"])
    defer { fixture.remove() }
    try fixture.replace("\(top)/tests.yaml", "hidden: true", with: "hidden: false")
    try fixture.replace("\(top)/tests.yaml", "hidden: true", with: "hidden: false")
    try fixture.replace("\(top)/tests.yaml", "hidden: true", with: "hidden: false")
    let messages = BankValidator.check(sources: fixture.problems).map(\.message)
    #expect(messages.contains("a problem needs at least 6 tests (the sample counts) of which 4 hidden; found 8 tests, 3 hidden"))
}

/// Question files: each broken file and the message it must produce at the given text.
let brokenQuestions: [(yaml: String, pointsAt: String, message: String)] = [
    ("""
     topic: caching
     questions:
       - id: no-correct-choice
         type: single_choice
         difficulty: easy
         prompt: Pick one.
         choices:
           - text: A
           - text: B
         explanation: Because.
     """, "- text: A", "question 'no-correct-choice' has no correct answer (mark one with 'correct: true')"),
    ("""
     topic: caching
     questions:
       - id: two-correct
         type: single_choice
         difficulty: easy
         prompt: Pick one.
         choices:
           - {text: A, correct: true}
           - {text: B, correct: true}
         explanation: Because.
     """, "- {text: A", "question 'two-correct' is single_choice but has 2 correct choices"),
    ("""
     topic: caching
     questions:
       - id: no-answer
         type: true_false
         difficulty: easy
         prompt: True?
         explanation: Because.
     """, "id: no-answer", "question 'no-answer' has no correct answer (add 'answer: true' or 'answer: false')"),
    ("""
     topic: caching
     questions:
       - id: typed-plan-answer
         type: predict_plan
         difficulty: easy
         prompt: How many shuffles?
         code: "def solve(t): return t"
         dataset: {tables: {t: {schema: "a INT", rows: [[1]]}}}
         predict: shuffles
         answer: 1
         explanation: Because.
     """, "answer: 1", "unknown key for a predict_plan question 'answer'"),
    ("""
     topic: caching
     questions:
       - id: bad-type
         type: essay
         difficulty: easy
         prompt: Write.
         explanation: Because.
     """, "essay", "unknown question type 'essay'"),
    ("""
     topic: joins
     questions: []
     """, "joins", "topic 'joins' does not match the file name 'caching.yaml'"),
]

@Test(arguments: brokenQuestions.indices)
func brokenQuestionFailsCheck(_ index: Int) throws {
    let (yaml, pointsAt, message) = brokenQuestions[index]
    let fixture = try SourceFixture(copying: [])
    defer { fixture.remove() }
    try fixture.write("Problems/questions/caching.yaml", yaml)
    let position = try #require(try fixture.position(of: pointsAt, in: "Problems/questions/caching.yaml"))
    let prefix = "Problems/questions/caching.yaml:\(position.line):\(position.column): \(message)"
    let rendered = BankValidator.check(sources: fixture.problems).map(\.description)
    #expect(rendered.contains { $0.hasPrefix(prefix) }, "expected \(prefix)\ngot:\n\(rendered.joined(separator: "\n"))")
}

@Test func duplicateQuestionIdsAreReported() throws {
    let fixture = try SourceFixture(copying: [], questions: ["caching.yaml"])
    defer { fixture.remove() }
    try fixture.write("Problems/questions/shuffles.yaml", """
        topic: shuffles
        questions:
          - id: cache-is-lazy
            type: true_false
            difficulty: easy
            prompt: Again?
            answer: true
            explanation: Because.
        """)
    let messages = BankValidator.check(sources: fixture.problems).map(\.description)
    #expect(messages.contains("Problems/questions/shuffles.yaml:3:9: duplicate question id 'cache-is-lazy' (also in Problems/questions/caching.yaml)"))
}

@Test func predictPlanAnswersMustBeComputedAndFresh() throws {
    let fixture = try SourceFixture(copying: [], questions: ["shuffles.yaml"])
    defer { fixture.remove() }
    let file = "Problems/questions/shuffles.yaml"
    #expect(BankValidator.check(sources: fixture.problems).filter { $0.severity == .error }.isEmpty)
    let position = try #require(try fixture.position(of: "groupby-then-join-on-same-key", in: file))
    let update = "run `python3 tools/spark-oracle/problems.py --questions --update`"

    try fixture.replace(file, "users.join(totals, \"user_id\")", with: "users.join(totals, \"user_id\", \"left\")")
    #expect(BankValidator.check(sources: fixture.problems).map(\.description).contains(
        "\(file):\(position.line):\(position.column): stale computed answer Problems/questions/expected/groupby-then-join-on-same-key.json: the snippet, the dataset or the prediction changed; \(update)"))

    try FileManager.default.removeItem(at: fixture.url("Problems/questions/expected/groupby-then-join-on-same-key.json"))
    #expect(BankValidator.check(sources: fixture.problems).map(\.description).contains(
        "\(file):\(position.line):\(position.column): missing computed answer Problems/questions/expected/groupby-then-join-on-same-key.json for question 'groupby-then-join-on-same-key'; \(update)"))
}
