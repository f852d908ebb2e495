import Foundation
import ProblemBank
import SparkLite
import Testing
@testable import Judge

struct DatasetCellCase: Sendable, CustomStringConvertible {
    var type: String
    var cell: String
    var expected: Value

    var description: String { "\(cell) as \(type)" }
}

@Test(arguments: [
    DatasetCellCase(type: "INT", cell: "42", expected: .int(42)),
    DatasetCellCase(type: "BIGINT", cell: "-9000000000", expected: .int(-9_000_000_000)),
    DatasetCellCase(type: "DOUBLE", cell: "1.5", expected: .double(1.5)),
    DatasetCellCase(type: "DOUBLE", cell: "2", expected: .double(2)),
    DatasetCellCase(type: "DOUBLE", cell: "\"-Infinity\"", expected: .double(-.infinity)),
    DatasetCellCase(type: "DECIMAL(10,2)", cell: "\"12.5\"", expected: .decimal(1250, scale: 2)),
    DatasetCellCase(type: "DECIMAL(10,2)", cell: "7", expected: .decimal(700, scale: 2)),
    DatasetCellCase(type: "DECIMAL(10,2)", cell: "0.125", expected: .decimal(13, scale: 2)),
    DatasetCellCase(type: "STRING", cell: "\"Amit\"", expected: .string("Amit")),
    DatasetCellCase(type: "BOOLEAN", cell: "true", expected: .bool(true)),
    DatasetCellCase(type: "DATE", cell: "\"2024-02-29\"", expected: .date(DateTimeUtils.days(year: 2024, month: 2, day: 29))),
    DatasetCellCase(type: "TIMESTAMP", cell: "\"1970-01-01 00:00:01.5\"", expected: .timestamp(1_500_000)),
    DatasetCellCase(type: "INT", cell: "null", expected: .null),
    DatasetCellCase(type: "ARRAY<INT>", cell: "[1, null, 3]", expected: .array([.int(1), .null, .int(3)])),
    DatasetCellCase(type: "MAP<STRING,INT>", cell: "{\"a\": 1}", expected: .map([MapEntry(.string("a"), .int(1))])),
    DatasetCellCase(type: "MAP<INT,STRING>", cell: "{\"7\": \"x\"}", expected: .map([MapEntry(.int(7), .string("x"))])),
    DatasetCellCase(type: "STRUCT<a: INT, b: STRING>", cell: "[1, \"x\"]", expected: .struct([.int(1), .string("x")])),
    DatasetCellCase(type: "STRUCT<a: INT, b: STRING>", cell: "{\"b\": \"y\"}", expected: .struct([.null, .string("y")])),
])
func datasetCellsBecomeEngineValues(_ testCase: DatasetCellCase) throws {
    let text = #"{"tables": {"t": {"schema": "c \#(testCase.type)", "rows": [[\#(testCase.cell)]]}}}"#
    let dataset = try Dataset.parse(text, path: "d.json")
    #expect(dataset.tables.first?.rows == [[testCase.expected]])
}

struct DatasetErrorCase: Sendable, CustomStringConvertible {
    var text: String
    var line: Int?
    var fragment: String

    var description: String { fragment }
}

@Test(arguments: [
    DatasetErrorCase(text: "{\n \"tables\": {\n  \"t\": {\"schema\": \"a INT\", \"rows\": [\n   [1],\n   [\"x\"]\n  ]}}}",
                     line: 5, fragment: "table 't', row 2, column 'a' (int): \"x\" is not an integer"),
    DatasetErrorCase(text: "{\"tables\": {\"t\": {\"schema\": \"a INT, b INT\",\n \"rows\": [[1, 2],\n [3]]}}}",
                     line: 3, fragment: "1 values for 2 columns (a, b)"),
    DatasetErrorCase(text: "{\"tables\": {\"t\": {\"schema\": \"d DATE\", \"rows\": [[\"05/01/2024\"]]}}}",
                     line: 1, fragment: "is not a date \"YYYY-MM-DD\""),
    DatasetErrorCase(text: "{\"tables\": {\"t\": {\"schema\": \"a INT\", \"rows\": [[3000000000]]}}}",
                     line: 1, fragment: "3000000000 is out of range for int"),
    DatasetErrorCase(text: "{\"tables\": {\"t\": {\"rows\": []}}}", line: 1, fragment: "needs a \"schema\" string"),
    DatasetErrorCase(text: "{\"tables\":\n {\"t\": {\"schema\": \"a INT\", \"rows\": [[1],]}}}", line: 2, fragment: "not valid JSON"),
    DatasetErrorCase(text: "{\"tables\": {\"t\": {\"schema\": \"a WHAT\", \"rows\": []}}}", line: 1, fragment: "schema of table 't'"),
    DatasetErrorCase(text: "[]", line: 1, fragment: "a dataset is a JSON object"),
])
func badDatasetsNameTheFileAndLine(_ testCase: DatasetErrorCase) {
    #expect {
        _ = try Dataset.parse(testCase.text, path: "data.json")
    } throws: { error in
        guard let error = error as? DatasetError else { return false }
        let prefix = testCase.line.map { "data.json:\($0): " } ?? "data.json: "
        return error.description.hasPrefix(prefix) && error.message.contains(testCase.fragment)
    }
}

@Test func datasetConfAndTableOrderAreKept() throws {
    let text = #"{"tables": {"b": {"schema": "x INT", "rows": []}, "a": {"schema": "y STRING", "rows": [["q"]]}}, "conf": {"spark.sql.autoBroadcastJoinThreshold": "-1", "spark.sql.shuffle.partitions": 4}}"#
    let dataset = try Dataset.parse(text, path: "d.json")
    #expect(dataset.tables.map(\.name) == ["b", "a"])
    #expect(dataset.tables[1].schema == [StructField("y", .string)])
    #expect(dataset.conf == ["spark.sql.autoBroadcastJoinThreshold": "-1", "spark.sql.shuffle.partitions": "4"])
}

@Test func bankTestDataBecomesADataset() throws {
    let data = TestData(tables: [TableData(name: "users", schema: "id INT, joined DATE", rows: [[.int(1), .string("2024-01-05")]])],
                        conf: ["k": "v"])
    let dataset = try Dataset(test: data)
    #expect(dataset.tables[0].rows == [[.int(1), .date(DateTimeUtils.days(year: 2024, month: 1, day: 5))]])
    #expect(dataset.conf == ["k": "v"])
}
