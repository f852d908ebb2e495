import Foundation
import Testing
@testable import ProblemBank

private let top = "Problems/top-salaries-per-country"
private let dataFileTest = """
      - name: from-file
        description: Rows kept in a JSON file.
        hidden: true
        data_file: data/extra.json

    """

@Test func dataFileRowsAreLoaded() throws {
    let fixture = try SourceFixture(copying: ["top-salaries-per-country"])
    defer { fixture.remove() }
    try fixture.write("\(top)/data/extra.json", """
        {"tables": {"users": {"schema": "user_id INT, name STRING, country STRING, age INT, salary INT",
                              "rows": [[1, "Zoe", "Chile", 30, 1000], [2, null, "Chile", null, 2000]]}},
         "conf": {"spark.sql.shuffle.partitions": "4"}}
        """)
    try fixture.replace("\(top)/tests.yaml", "tests:\n", with: "tests:\n" + dataFileTest)
    let loaded = SourceLoader(sources: fixture.problems).load()
    let problem = try #require(loaded.problems.first)
    let test = try #require(problem.tests.first { $0.name == "from-file" })
    let data = test.data.materialise(declared: problem.source.tables)
    #expect(data.tables[0].rows == [[.int(1), .string("Zoe"), .string("Chile"), .int(30), .int(1000)],
                                    [.int(2), .null, .string("Chile"), .null, .int(2000)]])
    #expect(data.conf == ["spark.sql.shuffle.partitions": "4"])
    // Only the missing expected output is wrong.
    #expect(loaded.errors.map(\.message).allSatisfy { $0.hasPrefix("missing expected output") })
    #expect(loaded.errors.count == 1)
}

@Test func badRowInADataFileNamesTheFile() throws {
    let fixture = try SourceFixture(copying: ["top-salaries-per-country"])
    defer { fixture.remove() }
    try fixture.write("\(top)/data/extra.json", """
        {"tables": {"users": {"rows": [[1, "Zoe"]]}}}
        """)
    try fixture.replace("\(top)/tests.yaml", "tests:\n", with: "tests:\n" + dataFileTest)
    let position = try #require(try fixture.position(of: "data/extra.json", in: "\(top)/tests.yaml"))
    let expected = "\(top)/tests.yaml:\(position.line):\(position.column): test 'from-file' (data/extra.json): row 1 of table 'users' has 2 values but the schema has 5 columns (user_id INT, name STRING, country STRING, age INT, salary INT)"
    let rendered = BankValidator.check(sources: fixture.problems).map(\.description)
    #expect(rendered.contains(expected), "\(rendered)")
}

@Test func missingDataFileIsReported() throws {
    let fixture = try SourceFixture(copying: ["top-salaries-per-country"])
    defer { fixture.remove() }
    try fixture.replace("\(top)/tests.yaml", "tests:\n", with: "tests:\n" + dataFileTest)
    let position = try #require(try fixture.position(of: "data/extra.json", in: "\(top)/tests.yaml"))
    let expected = "\(top)/tests.yaml:\(position.line):\(position.column): test 'from-file': data file 'data/extra.json' does not exist"
    #expect(BankValidator.check(sources: fixture.problems).map(\.description).contains(expected))
}

@Test func diagnosticsAreSortedByPosition() throws {
    let fixture = try SourceFixture(copying: ["top-salaries-per-country"])
    defer { fixture.remove() }
    try fixture.replace("\(top)/problem.yaml", "difficulty: medium", with: "difficulty: tough")
    try fixture.replace("\(top)/problem.yaml", "title: Top 3 salaries per country", with: "title: Top 3\ntitel: x")
    let diagnostics = BankValidator.check(sources: fixture.problems)
    let keys = diagnostics.map { [$0.line, $0.column] }
    #expect(keys == keys.sorted { $0.lexicographicallyPrecedes($1) })
    #expect(diagnostics.count == 2)
}
