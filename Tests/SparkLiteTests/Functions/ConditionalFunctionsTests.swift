import Testing
@testable import SparkLite

// Expectations come from PySpark 4.3 (`spark.sql("SELECT ...")`, ANSI on).
struct ConditionalFunctionsTests {
    static let cases: [FunctionCase] = [
        FunctionCase("coalesce", [.null, .i(1)], 1, .int),
        FunctionCase("coalesce", [.i(1), .null], 1, .int),
        FunctionCase("coalesce", [.i(1), .s("2")], 1, .long),
        FunctionCase("coalesce", [.nullOf(.int), .l(2), .dec("1.5")], .dec("2.0"), .decimal(precision: 21, scale: 1)),
        FunctionCase("coalesce", [.nullOf(.date), .s("2024-01-02")], .d("2024-01-02"), .date),
        FunctionCase("nvl", [.null, .i(2)], 2, .int),
        FunctionCase("ifnull", [.null, .s("x")], "x", .string),
        FunctionCase("nvl2", [.null, .i(1), .i(2)], 2, .int),
        FunctionCase("nvl2", [.i(1), .s("a"), .s("b")], "a", .string),
        FunctionCase("nullif", [.i(1), .i(1)], .null, .int),
        FunctionCase("nullif", [.i(1), .i(2)], 1, .int),
        FunctionCase("nullif", [.s("1"), .i(1)], .null, .string),
        FunctionCase("if", [.b(true), .i(1), .i(2)], 1, .int),
        FunctionCase("if", [.null, .i(1), .i(2)], 2, .int),
        FunctionCase("if", [.b(true), .i(1), .s("a")], 1, .long),
        FunctionCase("greatest", [.i(1), .i(2), .nullOf(.int)], 2, .int),
        FunctionCase("least", [.i(1), .nullOf(.int), .i(0)], 0, .int),
        FunctionCase("greatest", [.null, .null], .null, .null),
        FunctionCase("greatest", [.s("a"), .s("b")], "b", .string),
        FunctionCase("least", [.s("b"), .nullOf(.string), .s("a")], "a", .string),
        FunctionCase("greatest", [.i(1), .dec("2.5")], .dec("2.5"), .decimal(precision: 11, scale: 1)),
        FunctionCase("greatest", [.d(.nan), .d(1.0)], .double(.nan), .double),
        FunctionCase("isnan", [.d(.nan)], true, .boolean),
        FunctionCase("isnan", [.null], false, .boolean),
        FunctionCase("isnan", [.i(1)], false, .boolean),
        FunctionCase("nanvl", [.d(.nan), .i(0)], 0.0, .double),
        FunctionCase("nanvl", [.dec("1.5"), .i(0)], 1.5, .double),
        FunctionCase("nanvl", [.null, .i(1)], .null, .double),
        FunctionCase("isnull", [.null], true, .boolean),
        FunctionCase("isnotnull", [.i(1)], true, .boolean),
    ]

    @Test(arguments: cases)
    func matchesSpark(_ c: FunctionCase) throws { try c.check() }

    static let errors: [FunctionErrorCase] = [
        FunctionErrorCase("coalesce", [], "WRONG_NUM_ARGS.WITHOUT_SUGGESTION",
                          "The `coalesce` requires > 0 parameters but the actual number is 0. Please, refer to 'https://spark.apache.org/docs/latest/sql-ref-functions.html' for a fix."),
        FunctionErrorCase("nvl", [.i(1)], "WRONG_NUM_ARGS.WITHOUT_SUGGESTION",
                          "The `nvl` requires 2 parameters but the actual number is 1. Please, refer to 'https://spark.apache.org/docs/latest/sql-ref-functions.html' for a fix."),
        FunctionErrorCase("greatest", [.i(1)], "WRONG_NUM_ARGS.WITHOUT_SUGGESTION",
                          "The `greatest` requires > 1 parameters but the actual number is 1. Please, refer to 'https://spark.apache.org/docs/latest/sql-ref-functions.html' for a fix."),
        FunctionErrorCase("coalesce", [.i(1), .b(true)], "DATATYPE_MISMATCH.DATA_DIFF_TYPES",
                          "Cannot resolve \"coalesce(1, true)\" due to data type mismatch: Input to `coalesce` should all be the same type, but it's (\"INT\" or \"BOOLEAN\")."),
        FunctionErrorCase("greatest", [.i(1), .date("2024-01-01")], "DATATYPE_MISMATCH.DATA_DIFF_TYPES",
                          "Cannot resolve \"greatest(1, DATE '2024-01-01')\" due to data type mismatch: Input to `greatest` should all be the same type, but it's [\"INT\", \"DATE\"]."),
        FunctionErrorCase("if", [.i(1), .i(1), .i(2)], "DATATYPE_MISMATCH.UNEXPECTED_INPUT_TYPE",
                          "Cannot resolve \"(IF(1, 1, 2))\" due to data type mismatch: The first parameter requires the \"BOOLEAN\" type, however \"1\" has the type \"INT\"."),
        FunctionErrorCase("if", [.b(true), .i(1), .date("2024-01-01")], "DATATYPE_MISMATCH.DATA_DIFF_TYPES",
                          "Cannot resolve \"(IF(true, 1, DATE '2024-01-01'))\" due to data type mismatch: Input to `if` should all be the same type, but it's [\"INT\", \"DATE\"]."),
        FunctionErrorCase("greatest", [.i(1), .s("2")], "DATATYPE_MISMATCH.DATA_DIFF_TYPES",
                          "Cannot resolve \"greatest(1, 2)\" due to data type mismatch: Input to `greatest` should all be the same type, but it's [\"INT\", \"STRING\"]."),
        FunctionErrorCase("greatest", [.date("2024-01-01"), .s("2024-02-01")], "DATATYPE_MISMATCH.DATA_DIFF_TYPES"),
        FunctionErrorCase("nullif", [.i(1), .s("a")], "CAST_INVALID_INPUT"),
        FunctionErrorCase("isnan", [.s("a")], "CAST_INVALID_INPUT"),
    ]

    @Test(arguments: errors)
    func failsLikeSpark(_ c: FunctionErrorCase) { c.check() }

    @Test func columnNamesMatchSpark() throws {
        #expect(try FunctionTestSupport.build("coalesce", [.null, .i(1)]).prettyName == "coalesce(NULL, 1)")
        #expect(try FunctionTestSupport.build("nvl", [.null, .i(2)]).prettyName == "nvl(NULL, 2)")
        #expect(try FunctionTestSupport.build("nullif", [.i(1), .i(1)]).prettyName == "nullif(1, 1)")
        #expect(try FunctionTestSupport.build("greatest", [.i(1), .i(3)]).prettyName == "greatest(1, 3)")
    }
}
