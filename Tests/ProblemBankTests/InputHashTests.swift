import Foundation
import Testing
@testable import ProblemBank

private let top = "Problems/top-salaries-per-country"

/// Runs a module of `tools/spark-oracle` and returns its standard output.
func runOracleModule(_ module: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
    let process = Process()
    process.executableURL = python3
    process.currentDirectoryURL = SourceFixture.repository.appendingPathComponent("tools/spark-oracle")
    process.arguments = ["-m", module] + arguments
    let output = Pipe()
    process.standardOutput = output
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: data, as: UTF8.self))
}

@Test(.enabled(if: python3 != nil, "python3 is not installed"))
func swiftAndPythonInputHashesAgreeOnTrickyValues() throws {
    let fixture = try SourceFixture(copying: ["top-salaries-per-country"])
    defer { fixture.remove() }
    // Escapes, non-ASCII, doubles, booleans, nulls and confs in the hashed data.
    try fixture.replace("\(top)/tests.yaml", "tests:\n", with: """
        tests:
          - name: tricky-values
            description: Values whose canonical form is easy to get wrong.
            hidden: true
            tables:
              users:
                - [1, "Zoë \\"Q\\"\\t\\u0001 ☃ 😀", "São Tomé", -0, 2147483647]
                - [2, 'it''s', "", 0, -2147483648]
                - [3, null, "x\\\\y", ~, +7]
            conf:
              spark.sql.shuffle.partitions: 3
              spark.sql.ansi.enabled: true
              weight: 0.1
              tiny: 1.0e-7
              huge: 1e16

        """)
    let loaded = SourceLoader(sources: fixture.problems).load()
    let problem = try #require(loaded.problems.first)
    let reference = try Data(contentsOf: fixture.url("Solutions/top-salaries-per-country/solution.py"))
    var swiftHashes: [(key: String, value: JSONValue)] = []
    for test in problem.tests {
        swiftHashes.append((test.name, .string(InputHash.compute(kind: problem.source.kind, tables: problem.source.tables,
                                                                 data: test.data, solution: Array(reference)))))
    }
    #expect(problem.tests.contains { $0.name == "tricky-values" }, "\(loaded.errors)")

    let (status, output) = try runOracleModule("spark_oracle_problems.hash_cli", [fixture.url(top).path])
    #expect(status == 0)
    let pythonHashes = try JSONValue.parse(output)
    #expect(pythonHashes.canonicalText == JSONValue.object(swiftHashes).canonicalText)
}
