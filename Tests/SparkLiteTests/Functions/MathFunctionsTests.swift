import Testing
@testable import SparkLite

// Expectations come from PySpark 4.3 (`spark.sql("SELECT ...")`, ANSI on).
struct MathFunctionsTests {
    static func dec(_ p: Int, _ s: Int) -> DataType { .decimal(precision: p, scale: s) }

    static let cases: [FunctionCase] = [
        FunctionCase("abs", [.i(-1)], 1, .int),
        FunctionCase("abs", [.dec("-1.5")], .dec("1.5"), dec(2, 1)),
        FunctionCase("abs", [.l(-2)], 2, .long),
        FunctionCase("abs", [.s("-1")], 1.0, .double),
        FunctionCase("round", [.dec("2.5")], .dec("3"), dec(2, 0)),
        FunctionCase("round", [.dec("-2.5")], .dec("-3"), dec(2, 0)),
        FunctionCase("round", [.dec("1.2345"), .i(2)], .dec("1.23"), dec(4, 2)),
        FunctionCase("round", [.d(1.5)], 2.0, .double),
        FunctionCase("round", [.d(2.5)], 3.0, .double),
        FunctionCase("round", [.d(-2.5)], -3.0, .double),
        FunctionCase("round", [.d(1.005), .i(2)], 1.01, .double),
        FunctionCase("round", [.i(125), .i(-1)], 130, .int),
        FunctionCase("round", [.dec("1234.5678"), .i(-2)], .dec("1200"), dec(5, 0)),
        FunctionCase("round", [.literal(.decimal(15000, scale: 4), dec(10, 4)), .i(2)], .dec("1.50"), dec(9, 2)),
        FunctionCase("round", [.literal(.decimal(15000, scale: 4), dec(10, 4)), .i(-2)], .dec("0"), dec(7, 0)),
        FunctionCase("round", [.literal(.double(2.5), .float)], 3.0, .float),
        FunctionCase("bround", [.dec("2.5")], .dec("2"), dec(2, 0)),
        FunctionCase("bround", [.dec("3.5")], .dec("4"), dec(2, 0)),
        FunctionCase("bround", [.dec("-2.5")], .dec("-2"), dec(2, 0)),
        FunctionCase("bround", [.d(2.5)], 2.0, .double),
        FunctionCase("bround", [.dec("1.25"), .i(1)], .dec("1.2"), dec(3, 1)),
        FunctionCase("ceil", [.dec("1.2")], .dec("2"), dec(2, 0)),
        FunctionCase("ceil", [.dec("-1.2")], .dec("-1"), dec(2, 0)),
        FunctionCase("ceil", [.d(1.2)], 2, .long),
        FunctionCase("floor", [.d(-1.2)], -2, .long),
        FunctionCase("floor", [.literal(.decimal(125, scale: 2), dec(10, 2))], .dec("1"), dec(9, 0)),
        FunctionCase("ceiling", [.dec("2.1")], .dec("3"), dec(2, 0)),
        FunctionCase("ceil", [.i(5)], 5, .long),
        FunctionCase("ceil", [.dec("1.234"), .i(2)], .dec("1.24"), dec(4, 2)),
        FunctionCase("sqrt", [.i(4)], 2.0, .double),
        FunctionCase("sqrt", [.i(-1)], .double(.nan)),
        FunctionCase("sqrt", [.s("4")], 2.0),
        FunctionCase("pow", [.i(2), .i(10)], 1024.0, .double),
        FunctionCase("power", [.dec("2.0"), .dec("0.5")], 1.4142135623730951),
        FunctionCase("exp", [.i(0)], 1.0),
        FunctionCase("ln", [.i(1)], 0.0),
        FunctionCase("log", [.i(10), .i(100)], 2.0),
        FunctionCase("log", [.i(100)], 4.605170185988092),
        FunctionCase("log10", [.i(1000)], 3.0),
        FunctionCase("log2", [.i(8)], 3.0),
        FunctionCase("log", [.i(0)], .null),
        FunctionCase("log", [.i(-1)], .null),
        FunctionCase("ln", [.i(0)], .null),
        FunctionCase("signum", [.i(-5)], -1.0, .double),
        FunctionCase("sign", [.i(0)], 0.0),
        FunctionCase("signum", [.dec("2.5")], 1.0),
        FunctionCase("mod", [.i(7), .i(3)], 1, .int),
        FunctionCase("mod", [.i(-7), .i(3)], -1),
        FunctionCase("pmod", [.i(-7), .i(3)], 2),
        FunctionCase("pmod", [.i(7), .i(-3)], 1),
        FunctionCase("mod", [.dec("7.5"), .i(2)], .dec("1.5"), dec(2, 1)),
        FunctionCase("pi", [], 3.141592653589793),
        FunctionCase("e", [], 2.718281828459045),
        FunctionCase("cbrt", [.i(27)], 3.0),
        FunctionCase("hypot", [.i(3), .i(4)], 5.0),
        FunctionCase("degrees", [.d(Double.pi)], 180.0),
        FunctionCase("radians", [.i(180)], 3.141592653589793),
        FunctionCase("cos", [.i(0)], 1.0),
        FunctionCase("asin", [.i(1)], 1.5707963267948966),
        FunctionCase("atan", [.i(1)], 0.7853981633974483),
        FunctionCase("atan2", [.i(1), .i(1)], 0.7853981633974483),
        FunctionCase("asin", [.i(2)], .double(.nan)),
        FunctionCase("negative", [.i(5)], -5, .int),
        FunctionCase("positive", [.i(-5)], -5, .int),
        FunctionCase("negative", [.dec("1.5")], .dec("-1.5"), dec(2, 1)),
        FunctionCase("try_add", [.i(2_147_483_647), .i(1)], .null, .int),
        FunctionCase("try_subtract", [.i(1), .i(2)], -1, .int),
        FunctionCase("try_multiply", [.i(2_147_483_647), .i(2)], .null, .int),
        FunctionCase("try_divide", [.i(1), .i(0)], .null, .double),
        FunctionCase("try_divide", [.i(1), .i(2)], 0.5, .double),
        FunctionCase("try_add", [.dec("1.5"), .i(1)], .dec("2.5"), dec(3, 1)),
        FunctionCase("try_divide", [.dec("1.0"), .i(3)], .dec("0.333333"), dec(7, 6)),
        FunctionCase("try_add", [.date("2024-01-01"), .i(1)], .d("2024-01-02"), .date),
        FunctionCase("rand", [.i(42)], 0.619189370225301, .double),
        FunctionCase("rand", [.i(0)], 0.7604953758285915, .double),
        FunctionCase("randn", [.i(42)], 2.384479054241165, .double),
        FunctionCase("round", [.d(-0.5)], -1.0),
        FunctionCase("round", [.d(1.45), .i(1)], 1.5),
        FunctionCase("round", [.d(-1.45), .i(1)], -1.5),
        FunctionCase("round", [.d(2.675), .i(2)], 2.68),
        FunctionCase("round", [.d(1e20), .i(2)], 1e20),
        FunctionCase("round", [.d(123.456), .i(-1)], 120.0),
        FunctionCase("round", [.d(1.5e300), .i(-300)], 2e300),
        FunctionCase("round", [.d(0.1 + 0.2), .i(15)], 0.3),
        FunctionCase("round", [.literal(.double(Double(Float(1.25))), .float), .i(1)], .double(Double(Float(1.3))), .float),
        FunctionCase("round", [.literal(.int(5), .byte), .i(-1)], 10, .byte),
        FunctionCase("round", [.literal(.decimal(99, scale: 0), dec(2, 0)), .i(-2)], .dec("100"), dec(3, 0)),
        FunctionCase("round", [.dec("9.99"), .i(1)], .dec("10.0"), dec(3, 1)),
        FunctionCase("bround", [.d(0.125), .i(2)], 0.12),
        FunctionCase("bround", [.dec("-0.125"), .i(2)], .dec("-0.12"), dec(3, 2)),
        FunctionCase("ceil", [.d(-0.5)], 0),
        FunctionCase("ceil", [.d(.nan)], 0),
        FunctionCase("ceil", [.dec("9.9")], .dec("10"), dec(2, 0)),
        FunctionCase("floor", [.dec("-1.5"), .i(0)], .dec("-2"), dec(2, 0)),
        FunctionCase("factorial", [.i(5)], 120, .long),
        FunctionCase("hex", [.i(255)], "FF"),
        FunctionCase("bin", [.i(5)], "101"),
    ]

    @Test(arguments: cases)
    func matchesSpark(_ c: FunctionCase) throws { try c.check() }

    static let errors: [FunctionErrorCase] = [
        FunctionErrorCase("abs", [.i(-2_147_483_648)], "ARITHMETIC_OVERFLOW",
                          "overflow. If necessary set \"spark.sql.ansi.enabled\" to \"false\" to bypass this error."),
        FunctionErrorCase("abs", [.literal(.int(-128), .byte)], "ARITHMETIC_OVERFLOW"),
        FunctionErrorCase("negative", [.i(-2_147_483_648)], "ARITHMETIC_OVERFLOW"),
        FunctionErrorCase("round", [.literal(.int(127), .byte), .i(-1)], "ARITHMETIC_OVERFLOW",
                          "Overflow. If necessary set \"spark.sql.ansi.enabled\" to \"false\" to bypass this error."),
        FunctionErrorCase("round", [.i(2_147_483_647), .i(-1)], "ARITHMETIC_OVERFLOW"),
        FunctionErrorCase("ceil", [.d(1e20)], "ARITHMETIC_OVERFLOW",
                          "overflow. If necessary set \"spark.sql.ansi.enabled\" to \"false\" to bypass this error."),
        FunctionErrorCase("floor", [.d(-.infinity)], "ARITHMETIC_OVERFLOW"),
        FunctionErrorCase("mod", [.i(1), .i(0)], "REMAINDER_BY_ZERO",
                          "Remainder by zero. Use `try_mod` to tolerate divisor being 0 and return NULL instead. If necessary set \"spark.sql.ansi.enabled\" to \"false\" to bypass this error."),
        FunctionErrorCase("pmod", [.i(1), .i(0)], "REMAINDER_BY_ZERO"),
        FunctionErrorCase("round", [.b(true)], "DATATYPE_MISMATCH.UNEXPECTED_INPUT_TYPE",
                          "Cannot resolve \"round(true)\" due to data type mismatch: The first parameter requires the \"NUMERIC\" type, however \"true\" has the type \"BOOLEAN\"."),
        FunctionErrorCase("round", [.i(1), .i(2), .i(3)], "WRONG_NUM_ARGS.WITHOUT_SUGGESTION",
                          "The `round` requires [1, 2] parameters but the actual number is 3. Please, refer to 'https://spark.apache.org/docs/latest/sql-ref-functions.html' for a fix."),
    ]

    @Test(arguments: errors)
    func failsLikeSpark(_ c: FunctionErrorCase) { c.check() }

    @Test func columnNamesMatchSpark() throws {
        #expect(try FunctionTestSupport.build("round", [.dec("2.5")]).prettyName == "round(2.5, 0)")
        #expect(try FunctionTestSupport.build("ceil", [.d(1.2)]).prettyName == "CEIL(1.2)")
        #expect(try FunctionTestSupport.build("sqrt", [.i(4)]).prettyName == "SQRT(4)")
        #expect(try FunctionTestSupport.build("log", [.i(100)]).prettyName == "LOG(E(), 100)")
        #expect(try FunctionTestSupport.build("pow", [.i(2), .i(10)]).prettyName == "pow(2, 10)")
        #expect(try FunctionTestSupport.build("mod", [.i(7), .i(3)]).prettyName == "mod(7, 3)")
    }
}
