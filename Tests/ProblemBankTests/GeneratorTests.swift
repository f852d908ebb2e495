import Foundation
import Testing
@testable import ProblemBank
import SparkLite

let python3: URL? = ["/usr/bin/python3", "/usr/local/bin/python3"]
    .map(URL.init(fileURLWithPath:))
    .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    ?? ProcessInfo.processInfo.environment["PATH"]?.split(separator: ":")
        .map { URL(fileURLWithPath: String($0)).appendingPathComponent("python3") }
        .first { FileManager.default.isExecutableFile(atPath: $0.path) }

/// A generator spec (as YAML) and the table's schema.
struct GeneratorCase: Sendable, CustomStringConvertible {
    var name: String
    var schema: String
    var yaml: String
    var description: String { name }
}

let generatorCases: [GeneratorCase] = [
    GeneratorCase(name: "every generator", schema: "id BIGINT, n INT, x DOUBLE, c STRING, p STRING, d DATE, t TIMESTAMP, k STRING", yaml: """
        seed: 42
        rows: 500
        columns:
          id: {sequence: {start: 10, step: 3}}
          n: {int: {min: -5, max: 5}, null_fraction: 0.2}
          x: {double: {min: -1.5, max: 2.25, decimals: 3}}
          c: {choice: {values: ["a", "b", "c"], weights: [8, 1, 1]}, null_fraction: 0.05}
          p: {pattern: "u-{row}-{int:1:99}-{letters:4}{digits:2}"}
          d: {date: {start: "2024-02-27", end: "2024-03-02"}}
          t: {timestamp: {start: "1969-12-31 23:00:00", end: "1970-01-01 01:00:00"}}
          k: {constant: "same"}
        """),
    GeneratorCase(name: "skewed keys", schema: "key INT, value BIGINT", yaml: """
        seed: -7
        rows: 2000
        columns:
          key: {choice: {values: [1, 2, 3, 4], weights: [97, 1, 1, 1]}}
          value: {int: {min: -9223372036854775808, max: 9223372036854775807}}
        """),
    GeneratorCase(name: "choice shorthand and big seed", schema: "s STRING, q DOUBLE", yaml: """
        seed: 9223372036854775807
        rows: 300
        columns:
          s: {choice: ["x", "y"], null_fraction: 0.5}
          q: {double: {min: 0, max: 1000000, decimals: 0}}
        """),
]

private func spec(_ generatorCase: GeneratorCase) throws -> (GeneratorSpec, JSONValue, [String]) {
    let fields = try parseDDLSchema(generatorCase.schema)
    let node = try SourceNode.parse(yaml: generatorCase.yaml)
    var reader = SourceFileReader(path: "spec")
    let parsed = GeneratorSpec.parse(node, table: "t", schema: fields, reader: &reader)
    #expect(reader.diagnostics.isEmpty, "\(reader.diagnostics)")
    return (try #require(parsed), node.jsonValue, fields.map(\.name))
}

@Test(.enabled(if: python3 != nil, "python3 is not installed"), arguments: generatorCases)
func swiftAndPythonGeneratorsAgree(_ generatorCase: GeneratorCase) throws {
    let (spec, written, columns) = try spec(generatorCase)
    let swiftRows = spec.generateRows(columnOrder: columns)

    let process = Process()
    process.executableURL = python3
    process.currentDirectoryURL = SourceFixture.repository.appendingPathComponent("tools/spark-oracle")
    process.arguments = ["-m", "spark_oracle_problems.generator_cli", written.jsonText] + columns
    let output = Pipe()
    process.standardOutput = output
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    #expect(process.terminationStatus == 0)
    let pythonRows = try JSONValue.parse(Array(data)).arrayValue?.map { $0.arrayValue ?? [] } ?? []

    #expect(pythonRows.count == swiftRows.count)
    for (index, (python, swift)) in zip(pythonRows, swiftRows).enumerated() where python != swift {
        Issue.record("row \(index + 1): Python \(JSONValue.array(python).jsonText), Swift \(JSONValue.array(swift).jsonText)")
        break
    }
}

@Test func generatorIsDeterministicAndRespectsRanges() throws {
    let (spec, _, columns) = try spec(generatorCases[0])
    let rows = spec.generateRows(columnOrder: columns)
    #expect(rows == spec.generateRows(columnOrder: columns))
    #expect(rows[0][0] == .int(10))
    #expect(rows[2][0] == .int(16))
    let ints = rows.compactMap { $0[1].intValue }
    #expect(ints.allSatisfy { (-5...5).contains($0) })
    let nulls = rows.filter { $0[1] == .null }.count
    #expect((50...150).contains(nulls))
    #expect(rows.allSatisfy { ["2024-02-27", "2024-02-28", "2024-02-29", "2024-03-01", "2024-03-02"].contains($0[5].stringValue ?? "") })
    #expect(rows.allSatisfy { $0[7] == .string("same") })
    #expect(rows.compactMap { $0[4].stringValue }.allSatisfy { $0.hasPrefix("u-") })
    let timestamps = rows.compactMap { $0[6].stringValue }
    #expect(timestamps.allSatisfy { $0.hasPrefix("1969-12-31 23:") || $0.hasPrefix("1970-01-01 00:") || $0 == "1970-01-01 01:00:00" })
}

@Test func splitMix64MatchesReferenceValues() {
    // Reference outputs of SplitMix64 seeded with 0 (Vigna's splitmix64.c).
    var random = SplitMix64(state: 0)
    #expect(random.next() == 0xE220_A839_7B1D_CDAF)
    #expect(random.next() == 0x6E78_9E6A_A1B9_65F4)
    #expect(random.next() == 0x06C4_5D18_8009_454F)
}

@Test(arguments: [("2025-01-01", Int64(20089)), ("1970-01-01", 0), ("1969-12-31", -1), ("2000-02-29", 11016), ("2024-13-01", nil), ("2023-02-29", nil)])
func civilDates(_ text: String, _ days: Int64?) {
    #expect(CivilDate.days(from: text) == days)
    if let days { #expect(CivilDate.dateText(days: days) == text) }
}
