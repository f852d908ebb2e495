import Testing
@testable import SparkLite

// Expectations come from PySpark 4.3 (`spark.sql("SELECT ...")`, ANSI on, UTC).
struct MiscFunctionsTests {
    static let cases: [FunctionCase] = [
        FunctionCase("typeof", [.i(1)], "int", .string),
        FunctionCase("typeof", [.arr([1], .int)], "array<int>"),
        FunctionCase("typeof", [.null], "void"),
        FunctionCase("equal_null", [.null, .null], true, .boolean),
        FunctionCase("equal_null", [.i(1), .null], false),
        FunctionCase("zeroifnull", [.nullOf(.int)], 0, .int),
        FunctionCase("nullifzero", [.i(0)], .null, .int),
        FunctionCase("current_database", [], "default"),
        FunctionCase("string", [.i(1)], "1", .string),
        FunctionCase("int", [.s("2")], 2, .int),
        FunctionCase("double", [.s("1.5")], 1.5, .double),
        FunctionCase("date", [.s("2024-01-01")], .d("2024-01-01"), .date),
        FunctionCase("timestamp", [.s("2024-01-01")], .ts("2024-01-01 00:00:00"), .timestamp),
        FunctionCase("boolean", [.s("true")], true, .boolean),
        FunctionCase("bigint", [.i(1)], 1, .long),
        FunctionCase("decimal", [.s("1.5")], .dec("2"), .decimal(precision: 10, scale: 0)),
        FunctionCase("binary", [.s("a")], .binary([0x61]), .binary),
        FunctionCase("get_json_object", [.s(#"{"a": {"b": [1, 2]}}"#), .s("$.a.b[1]")], "2", .string),
        FunctionCase("get_json_object", [.s(#"{"a": "x"}"#), .s("$.a")], "x"),
        FunctionCase("get_json_object", [.s(#"{"a": 1.50}"#), .s("$.a")], "1.5"),
        FunctionCase("get_json_object", [.s(#"{"a": {"b": 1}}"#), .s("$.a")], #"{"b":1}"#),
        FunctionCase("get_json_object", [.s("bad"), .s("$.a")], .null),
        FunctionCase("to_json", [.literal(.struct([1, "x"]), .struct([StructField("a", .int), StructField("b", .string)]))], #"{"a":1,"b":"x"}"#),
        FunctionCase("to_json", [.arr([1, 2], .int)], "[1,2]"),
        FunctionCase("to_json", [.literal(.map([MapEntry("a", 1)]), .map(key: .string, value: .int, valueContainsNull: false))], #"{"a":1}"#),
        FunctionCase("to_json", [.literal(.struct([.null]), .struct([StructField("a", .null)]))], "{}"),
        FunctionCase("to_json", [.literal(.struct([.d("2024-01-01"), .ts("2024-01-01 10:00:00"), 1.5]),
                                          .struct([StructField("d", .date), StructField("t", .timestamp), StructField("x", .double)]))],
                     #"{"d":"2024-01-01","t":"2024-01-01T10:00:00.000Z","x":1.5}"#),
        FunctionCase("from_json", [.s(#"{"a": 1, "b": "x"}"#), .s("a INT, b STRING")], .struct([1, "x"]),
                     .struct([StructField("a", .int), StructField("b", .string)])),
        FunctionCase("from_json", [.s(#"{"a": "x"}"#), .s("a INT")], .struct([.null])),
        FunctionCase("from_json", [.s("bad"), .s("a INT")], .struct([.null])),
    ]

    @Test(arguments: cases)
    func matchesSpark(_ c: FunctionCase) throws { try c.check() }

    @Test func castFunctionsRaiseLikeCast() {
        FunctionErrorCase("int", [.s("x")], "CAST_INVALID_INPUT").check()
        FunctionErrorCase("int", [.date("2024-01-01")], "DATATYPE_MISMATCH.CAST_WITH_FUNC_SUGGESTION").check()
    }

    @Test func fromJsonShowsOnlyItsInput() throws {
        #expect(try FunctionTestSupport.build("from_json", [.s(#"{"a": 1}"#), .s("a INT")]).prettyName == #"from_json({"a": 1})"#)
    }
}
