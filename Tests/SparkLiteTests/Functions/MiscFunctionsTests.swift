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
        // A map or array with a value that does not fit is null as a whole; a struct keeps its other fields.
        FunctionCase("from_json", [.s(#"{"a": 1, "b": 2}"#), .s("MAP<STRING, INT>")], .map([MapEntry("a", 1), MapEntry("b", 2)])),
        FunctionCase("from_json", [.s(#"{"a": "x"}"#), .s("MAP<STRING, INT>")], .null),
        FunctionCase("from_json", [.s(#"[1, "two"]"#), .s("ARRAY<INT>")], .null),
        FunctionCase("from_json", [.s(#"{"a": [1, "two"], "b": 2}"#), .s("a ARRAY<INT>, b INT")], .struct([.null, 2])),
        FunctionCase("json_array_length", [.s("[1, 2, [3, 4]]")], 3, .int),
        FunctionCase("json_array_length", [.s("[]")], 0),
        FunctionCase("json_array_length", [.s(#"{"a": 1}"#)], .null),
        FunctionCase("json_array_length", [.s("not json")], .null),
        FunctionCase("json_object_keys", [.s(#"{"b": 1, "a": {"c": 2}}"#)], .array(["b", "a"]), .array(element: .string, containsNull: false)),
        FunctionCase("json_object_keys", [.s("{}")], .array([])),
        FunctionCase("json_object_keys", [.s("[1]")], .null),
        FunctionCase("schema_of_json", [.s(#"{"id": 1, "price": 9.5, "tags": ["x"], "owner": {"name": "ann", "active": true}, "note": null}"#)],
                     "STRUCT<id: BIGINT, note: STRING, owner: STRUCT<active: BOOLEAN, name: STRING>, price: DOUBLE, tags: ARRAY<STRING>>", .string),
        FunctionCase("schema_of_json", [.s("[1, 2.5]")], "ARRAY<DOUBLE>"),
    ]

    /// `get_json_object` paths with wildcards, as Spark writes their matches.
    static let jsonPathDocument = #"{"a": [{"b": "x"}, {"c": 1}], "c": ["s"], "d": [{"b": 1}, {"b": "y"}, {"b": [1,2]}], "e": [[1,2],[3]]}"#
    static let jsonPathCases: [FunctionCase] = [
        ("$.a[*].b", #""x""#), ("$.a[*]", #"[{"b":"x"},{"c":1}]"#), ("$.c[*]", #""s""#), ("$.d[*].b", #"[1,"y",[1,2]]"#),
        ("$.e[*][*]", "[1,2,3]"), ("$.e[*][0]", "[1,3]"), ("$.e[1][*]", "[3]"), ("$.a[0].b", "x"), ("$.z[*]", nil), ("$.a[", nil),
    ].map { path, expected in
        FunctionCase("get_json_object", [.s(jsonPathDocument), .s(path)], expected.map { .string($0) } ?? .null, .string)
    } + [
        FunctionCase("get_json_object", [.s("[null, 1]"), .s("$[0]")], "null"),
        FunctionCase("get_json_object", [.s(#"{"a": [null]}"#), .s("$.a[*]")], "null"),
        FunctionCase("get_json_object", [.s(#"{"a": null}"#), .s("$.a")], .null),
        FunctionCase("get_json_object", [.s(#"{"a": [[1],[2,3]]}"#), .s("$.a[*][1]")], "3"),
        FunctionCase("get_json_object", [.s(#"{"a": "x"}"#), .s("$.a[0]")], .null),
        FunctionCase("get_json_object", [.s(#"{"a b": 1}"#), .s("$['a b']")], "1"),
        FunctionCase("get_json_object", [.s(#"{"a": 1.0e2}"#), .s("$.a")], "100.0"),
    ]

    @Test(arguments: jsonPathCases)
    func jsonPathMatchesSpark(_ c: FunctionCase) throws { try c.check() }

    @Test func fromJsonFailFastRaisesOnMalformedInput() {
        let options = Expression.literal(.map([MapEntry("mode", "FAILFAST")]), .map(key: .string, value: .string, valueContainsNull: false))
        FunctionErrorCase("from_json", [.s("{bad"), .s("a INT"), options], "MALFORMED_RECORD_IN_PARSING.WITHOUT_SUGGESTION").check()
        FunctionErrorCase("schema_of_json", [.s("{bad")], "MALFORMED_RECORD_IN_PARSING.WITHOUT_SUGGESTION").check()
    }

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
