import ProblemBank
import PySparkBridge
import SparkLite
import Testing
@testable import Judge

struct EncodingCase: Sendable, CustomStringConvertible {
    var value: Value
    var type: DataType
    var json: String

    var description: String { json }
}

@Test(arguments: [
    EncodingCase(value: .int(7), type: .int, json: "7"),
    EncodingCase(value: .int(7), type: .long, json: "7"),
    EncodingCase(value: .double(2.5), type: .double, json: "2.5"),
    EncodingCase(value: .double(3), type: .double, json: "3.0"),
    EncodingCase(value: .double(.nan), type: .double, json: "\"NaN\""),
    EncodingCase(value: .double(.infinity), type: .double, json: "\"Infinity\""),
    EncodingCase(value: .double(-.infinity), type: .double, json: "\"-Infinity\""),
    EncodingCase(value: .decimal(1250, scale: 2), type: .decimal(precision: 10, scale: 2), json: "\"12.50\""),
    EncodingCase(value: .decimal(-5, scale: 3), type: .decimal(precision: 10, scale: 3), json: "\"-0.005\""),
    EncodingCase(value: .string("a\"b"), type: .string, json: "\"a\\\"b\""),
    EncodingCase(value: .bool(false), type: .boolean, json: "false"),
    EncodingCase(value: .null, type: .int, json: "null"),
    EncodingCase(value: .date(0), type: .date, json: "\"1970-01-01\""),
    EncodingCase(value: .timestamp(86_400_000_000), type: .timestamp, json: "\"1970-01-02 00:00:00\""),
    EncodingCase(value: .timestamp(1_250_000), type: .timestamp, json: "\"1970-01-01 00:00:01.250000\""),
    EncodingCase(value: .binary([1, 2, 255]), type: .binary, json: "\"AQL/\""),
    EncodingCase(value: .array([.string("x"), .null]), type: .array(element: .string, containsNull: true), json: "[\"x\",null]"),
    EncodingCase(value: .map([MapEntry(.int(1), .double(0.5))]), type: .map(key: .int, value: .double, valueContainsNull: true),
                 json: "{\"1\":0.5}"),
    EncodingCase(value: .struct([.int(1), .decimal(5, scale: 1)]),
                 type: .struct([StructField("a", .int), StructField("b", .decimal(precision: 3, scale: 1))]), json: "[1,\"0.5\"]"),
])
func cellsEncodeAsTheContractSays(_ testCase: EncodingCase) {
    #expect(ResultEncoding.encode(testCase.value, as: testCase.type).jsonText == testCase.json)
}

@Test(arguments: [
    (DataType.int, "int"), (.long, "bigint"), (.double, "double"), (.string, "string"), (.date, "date"),
    (.decimal(precision: 10, scale: 2), "decimal(10,2)"), (.array(element: .string, containsNull: true), "array<string>"),
    (.map(key: .string, value: .long, valueContainsNull: true), "map<string,bigint>"),
    (.struct([StructField("a", .int)]), "struct<a:int>"),
])
func columnTypesAreSparkSimpleStrings(_ type: DataType, _ name: String) {
    #expect(ResultEncoding.columns([StructField("c", type)]).jsonText == "[{\"name\":\"c\",\"type\":\"\(name)\"}]")
}

@Test func runResultHasTheContractShape() {
    let run = ExecutedSolution(
        columns: [StructField("country", .string), StructField("n", .long)], rows: [[.string("India"), .int(2)]],
        shuffles: 1, broadcasts: 0, physicalPlan: "HashAggregate\n+- Exchange",
        metrics: RunMetrics(shuffleRecordsWritten: 3, shufflePartitionSizes: [[1, 2]], scansPerTable: ["users": 1]))
    #expect(ResultEncoding.runResult(run).jsonText == #"{"columns":[{"name":"country","type":"string"},{"name":"n","type":"bigint"}],"rows":[["India",2]],"plan":{"shuffles":1,"broadcasts":0,"stages":2,"physical":"HashAggregate\n+- Exchange"},"metrics":{"shuffle_records_written":3,"shuffle_partition_sizes":[[1,2]],"scans_per_table":{"users":1}}}"#)
}

@Test func errorsHaveTheContractShape() {
    let error = SolutionError(kind: .runtime, errorClass: "DIVIDE_BY_ZERO", message: "Division by zero.", line: 7, column: 12)
    #expect(ResultEncoding.error(error).jsonText
        == #"{"error":{"class":"DIVIDE_BY_ZERO","message":"Division by zero.","line":7,"column":12}}"#)
    let unplaced = SolutionError(kind: .unsupported, errorClass: "UNSUPPORTED", message: "x")
    #expect(ResultEncoding.error(unplaced).jsonText == #"{"error":{"class":"UNSUPPORTED","message":"x","line":null,"column":null}}"#)
}
