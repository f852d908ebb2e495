import Testing
@testable import SparkLite

// Expected values and messages come from PySpark 4.3 (`spark.sql("SELECT CAST(...)")`, ANSI on, UTC).
struct CastTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let value: Value
        let from: DataType
        let to: DataType
        let expected: Value
        var testDescription: String { "cast(\(value) as \(to.simpleString))" }
        init(_ value: Value, _ from: DataType, _ to: DataType, _ expected: Value) {
            self.value = value
            self.from = from
            self.to = to
            self.expected = expected
        }
    }

    static let ts20240101 = Int64(1_704_067_200) * 1_000_000

    static let ansiCases: [Case] = [
        Case(" 12 ", .string, .int, 12),
        Case("+5", .string, .int, 5),
        Case("\t12\n", .string, .int, 12),
        Case("-0", .string, .int, 0),
        Case(" -5 ", .string, .byte, -5),
        Case(.double(12.7), .double, .int, 12),
        Case(.double(-12.7), .double, .int, -12),
        Case(.double(1.5), .float, .int, 1),
        Case(.double(9.223372036854775807e18), .double, .long, .int(Int64.max)),
        Case(.decimal(127, scale: 1), .decimal(precision: 3, scale: 1), .int, 12),
        Case(.bool(true), .boolean, .int, 1),
        Case(.timestamp(-500_000), .timestamp, .long, -1),
        Case(.timestamp(ts20240101 + 1_000_000), .timestamp, .long, 1_704_067_201),
        Case(.timestamp(ts20240101 + 1_500_000), .timestamp, .double, .double(1_704_067_201.5)),
        Case(" 1.5 ", .string, .double, 1.5),
        Case("1e400", .string, .double, .double(.infinity)),
        Case("inf", .string, .double, .double(.infinity)),
        Case("-Infinity", .string, .double, .double(-.infinity)),
        Case("1d", .string, .double, 1.0),
        Case("1f", .string, .double, 1.0),
        Case(".5", .string, .double, 0.5),
        Case("5.", .string, .double, 5.0),
        Case(.double(0.1), .double, .float, .double(Double(Float(0.1)))),
        Case(.double(123.456), .double, .decimal(precision: 4, scale: 1), .decimal(1235, scale: 1)),
        Case(.decimal(-123_455, scale: 3), .decimal(precision: 6, scale: 3), .decimal(precision: 5, scale: 2), .decimal(-12346, scale: 2)),
        Case(.decimal(123_456, scale: 3), .decimal(precision: 6, scale: 3), .decimal(precision: 4, scale: 1), .decimal(1235, scale: 1)),
        Case(" 1.5 ", .string, .decimal(precision: 3, scale: 1), .decimal(15, scale: 1)),
        Case("1e2", .string, .decimal(precision: 5, scale: 0), .decimal(100, scale: 0)),
        Case(.double(Double(Float(0.1))), .float, .decimal(precision: 10, scale: 9), .decimal(100_000_001, scale: 9)),
        Case(.double(1e30), .double, .decimal(precision: 38, scale: 0), .decimal(1_000_000_000_000_000_000_000_000_000_000, scale: 0)),
        Case(.double(.infinity), .double, .decimal(precision: 5, scale: 0), .null),
        Case(.bool(false), .boolean, .decimal(precision: 3, scale: 1), .decimal(0, scale: 1)),
        Case("2024-2-3", .string, .date, .date(DateTimeUtils.days(year: 2024, month: 2, day: 3))),
        Case("2024-02", .string, .date, .date(DateTimeUtils.days(year: 2024, month: 2, day: 1))),
        Case("2024", .string, .date, .date(DateTimeUtils.days(year: 2024, month: 1, day: 1))),
        Case("2024-02-03T12:00:00", .string, .date, .date(DateTimeUtils.days(year: 2024, month: 2, day: 3))),
        Case("2024-02-03 1:2:3", .string, .timestamp, .timestamp(Int64(DateTimeUtils.days(year: 2024, month: 2, day: 3)) * 86_400_000_000 + 3_723_000_000)),
        Case("2024-02-03T01:02:03.123456789", .string, .timestamp, .timestamp(Int64(DateTimeUtils.days(year: 2024, month: 2, day: 3)) * 86_400_000_000 + 3_723_123_456)),
        Case("2024-02-03 01:02:03+01:00", .string, .timestamp, .timestamp(Int64(DateTimeUtils.days(year: 2024, month: 2, day: 3)) * 86_400_000_000 + 123_000_000)),
        Case("2024-02-03 01:02:03Z", .string, .timestamp, .timestamp(Int64(DateTimeUtils.days(year: 2024, month: 2, day: 3)) * 86_400_000_000 + 3_723_000_000)),
        Case("2024-01-05T10:11:12.123Z", .string, .timestamp, .ts("2024-01-05 10:11:12.123")),
        Case("2024-01-05 10:11:12 UTC", .string, .timestamp, .ts("2024-01-05 10:11:12")),
        Case("2024-01-05 10:11:12+0530", .string, .timestamp, .ts("2024-01-05 04:41:12")),
        Case("2024-01-05 10:11:12 +05:30", .string, .timestamp, .ts("2024-01-05 04:41:12")),
        Case("2024-01-05 10:11:12 America/New_York", .string, .timestamp, .ts("2024-01-05 15:11:12")),
        Case("2024-01-05T10:11", .string, .timestamp, .ts("2024-01-05 10:11:00")),
        Case("2024-01-05 10", .string, .timestamp, .ts("2024-01-05 10:00:00")),
        Case("2024-01-05 10:11:12.", .string, .timestamp, .ts("2024-01-05 10:11:12")),
        Case("+2024-01-05", .string, .date, .d("2024-01-05")),
        Case("2024-01-05 garbage", .string, .date, .d("2024-01-05")),
        Case(" 1.0 ", .string, .decimal(precision: 3, scale: 1), .decimal(10, scale: 1)),
        Case("1.", .string, .decimal(precision: 3, scale: 1), .decimal(10, scale: 1)),
        Case("-.5e1", .string, .decimal(precision: 3, scale: 1), .decimal(-50, scale: 1)),
        Case(1e-7, .double, .string, "1.0E-7"),
        Case(.timestamp(ts20240101 + 86_399_000_000), .timestamp, .date, .date(DateTimeUtils.days(year: 2024, month: 1, day: 1))),
        Case(.date(DateTimeUtils.days(year: 2024, month: 1, day: 1)), .date, .timestamp, .timestamp(ts20240101)),
        Case(1_704_067_200, .int, .timestamp, .timestamp(ts20240101)),
        Case(1.5, .double, .timestamp, .timestamp(1_500_000)),
        Case(.decimal(15, scale: 1), .decimal(precision: 3, scale: 1), .timestamp, .timestamp(1_500_000)),
        Case("yes", .string, .boolean, true),
        Case("t", .string, .boolean, true),
        Case("N", .string, .boolean, false),
        Case(" true ", .string, .boolean, true),
        Case("0", .string, .boolean, false),
        Case(2, .int, .boolean, true),
        Case(.decimal(0, scale: 1), .decimal(precision: 2, scale: 1), .boolean, false),
        Case(1.0, .double, .string, "1.0"),
        Case(1e7, .double, .string, "1.0E7"),
        Case(1e-4, .double, .string, "1.0E-4"),
        Case(-0.0, .double, .string, "-0.0"),
        Case(123_456_789.0, .double, .string, "1.23456789E8"),
        Case(.double(Double(Float(1.1))), .float, .string, "1.1"),
        Case(.decimal(12340, scale: 2), .decimal(precision: 5, scale: 2), .string, "123.40"),
        Case(.date(DateTimeUtils.days(year: 2024, month: 1, day: 1)), .date, .string, "2024-01-01"),
        Case(.timestamp(ts20240101 + 3_723_500_000), .timestamp, .string, "2024-01-01 01:02:03.5"),
        Case(.timestamp(ts20240101 + 1), .timestamp, .string, "2024-01-01 00:00:00.000001"),
        Case(.array([1, 2]), .array(element: .int, containsNull: false), .string, "[1, 2]"),
        Case(.array([.null, "a"]), .array(element: .string, containsNull: true), .string, "[null, a]"),
        Case(.map([MapEntry("a", 1), MapEntry("b", .null)]), .map(key: .string, value: .int, valueContainsNull: true), .string, "{a -> 1, b -> null}"),
        Case(.struct([1, "x"]), .struct([StructField("a", .int), StructField("b", .string)]), .string, "{1, x}"),
        Case(.struct([.null]), .struct([StructField("a", .null)]), .string, "{null}"),
        Case("ab", .string, .binary, .binary([0x61, 0x62])),
        Case(.binary([0x61, 0x62]), .binary, .string, "ab"),
        Case(.array(["1", "2"]), .array(element: .string, containsNull: false), .array(element: .int, containsNull: true), .array([1, 2])),
        Case(.map([MapEntry("1", "2")]), .map(key: .string, value: .string, valueContainsNull: false), .map(key: .int, value: .int, valueContainsNull: true), .map([MapEntry(1, 2)])),
        Case(.null, .string, .int, .null),
    ]

    @Test(arguments: ansiCases)
    func ansiCast(_ c: Case) throws {
        let result = try Cast.evaluate(c.value, from: c.from, to: c.to, mode: .ansi)
        #expect(result == c.expected)
        if case .double(let e) = c.expected, e.isNaN == false, case .double(let r) = result {
            #expect(r.sign == e.sign)
        }
    }

    struct ErrorCase: CustomTestStringConvertible, Sendable {
        let value: Value
        let from: DataType
        let to: DataType
        let errorClass: String
        let message: String
        var testDescription: String { "cast(\(value) as \(to.simpleString)) fails" }
        init(_ value: Value, _ from: DataType, _ to: DataType, _ errorClass: String, _ message: String) {
            self.value = value
            self.from = from
            self.to = to
            self.errorClass = errorClass
            self.message = message
        }
    }

    static let malformedTail = "because it is malformed. Correct the value as per the syntax, or change its target type. Use `try_cast` to tolerate malformed input and return NULL instead."
    static let overflowTail = "due to an overflow. Use `try_cast` to tolerate overflow and return NULL instead."
    static let rangeTail = "If necessary set \"spark.sql.ansi.enabled\" to \"false\" to bypass this error, and return NULL instead."

    static let errorCases: [ErrorCase] = [
        ErrorCase("abc", .string, .int, "CAST_INVALID_INPUT", "The value 'abc' of the type \"STRING\" cannot be cast to \"INT\" \(malformedTail)"),
        ErrorCase("12.7", .string, .int, "CAST_INVALID_INPUT", "The value '12.7' of the type \"STRING\" cannot be cast to \"INT\" \(malformedTail)"),
        ErrorCase("12.", .string, .int, "CAST_INVALID_INPUT", "The value '12.' of the type \"STRING\" cannot be cast to \"INT\" \(malformedTail)"),
        ErrorCase("1e3", .string, .int, "CAST_INVALID_INPUT", "The value '1e3' of the type \"STRING\" cannot be cast to \"INT\" \(malformedTail)"),
        ErrorCase("2147483648", .string, .int, "CAST_INVALID_INPUT", "The value '2147483648' of the type \"STRING\" cannot be cast to \"INT\" \(malformedTail)"),
        ErrorCase("128", .string, .byte, "CAST_INVALID_INPUT", "The value '128' of the type \"STRING\" cannot be cast to \"TINYINT\" \(malformedTail)"),
        ErrorCase("9223372036854775808", .string, .long, "CAST_INVALID_INPUT", "The value '9223372036854775808' of the type \"STRING\" cannot be cast to \"BIGINT\" \(malformedTail)"),
        ErrorCase("", .string, .int, "CAST_INVALID_INPUT", "The value '' of the type \"STRING\" cannot be cast to \"INT\" \(malformedTail)"),
        ErrorCase("-", .string, .int, "CAST_INVALID_INPUT", "The value '-' of the type \"STRING\" cannot be cast to \"INT\" \(malformedTail)"),
        ErrorCase("1,000", .string, .int, "CAST_INVALID_INPUT", "The value '1,000' of the type \"STRING\" cannot be cast to \"INT\" \(malformedTail)"),
        ErrorCase("x", .string, .double, "CAST_INVALID_INPUT", "The value 'x' of the type \"STRING\" cannot be cast to \"DOUBLE\" \(malformedTail)"),
        ErrorCase("0x10", .string, .double, "CAST_INVALID_INPUT", "The value '0x10' of the type \"STRING\" cannot be cast to \"DOUBLE\" \(malformedTail)"),
        ErrorCase("", .string, .double, "CAST_INVALID_INPUT", "The value '' of the type \"STRING\" cannot be cast to \"DOUBLE\" \(malformedTail)"),
        ErrorCase("x", .string, .decimal(precision: 5, scale: 0), "CAST_INVALID_INPUT", "The value 'x' of the type \"STRING\" cannot be cast to \"DECIMAL(5,0)\" \(malformedTail)"),
        ErrorCase("Infinity", .string, .decimal(precision: 5, scale: 0), "CAST_INVALID_INPUT", "The value 'Infinity' of the type \"STRING\" cannot be cast to \"DECIMAL(5,0)\" \(malformedTail)"),
        ErrorCase("2024-02-30", .string, .date, "CAST_INVALID_INPUT", "The value '2024-02-30' of the type \"STRING\" cannot be cast to \"DATE\" \(malformedTail)"),
        ErrorCase("2024-02-03 25:00", .string, .timestamp, "CAST_INVALID_INPUT", "The value '2024-02-03 25:00' of the type \"STRING\" cannot be cast to \"TIMESTAMP\" \(malformedTail)"),
        ErrorCase("2024-01-", .string, .date, "CAST_INVALID_INPUT", "The value '2024-01-' of the type \"STRING\" cannot be cast to \"DATE\" \(malformedTail)"),
        ErrorCase("maybe", .string, .boolean, "CAST_INVALID_INPUT", "The value 'maybe' of the type \"STRING\" cannot be cast to \"BOOLEAN\" \(malformedTail)"),
        ErrorCase(.double(.nan), .double, .timestamp, "CAST_INVALID_INPUT", "The value NaN of the type \"DOUBLE\" cannot be cast to \"TIMESTAMP\" \(malformedTail)"),
        ErrorCase(2_147_483_648, .long, .int, "CAST_OVERFLOW", "The value 2147483648L of the type \"BIGINT\" cannot be cast to \"INT\" \(overflowTail)"),
        ErrorCase(-2_147_483_649, .long, .int, "CAST_OVERFLOW", "The value -2147483649L of the type \"BIGINT\" cannot be cast to \"INT\" \(overflowTail)"),
        ErrorCase(300, .int, .byte, "CAST_OVERFLOW", "The value 300 of the type \"INT\" cannot be cast to \"TINYINT\" \(overflowTail)"),
        ErrorCase(300, .short, .byte, "CAST_OVERFLOW", "The value 300S of the type \"SMALLINT\" cannot be cast to \"TINYINT\" \(overflowTail)"),
        ErrorCase(1e10, .double, .int, "CAST_OVERFLOW", "The value 1.0E10D of the type \"DOUBLE\" cannot be cast to \"INT\" \(overflowTail)"),
        ErrorCase(1e10, .float, .int, "CAST_OVERFLOW", "The value 1.0E10 of the type \"FLOAT\" cannot be cast to \"INT\" \(overflowTail)"),
        ErrorCase(.double(.nan), .double, .long, "CAST_OVERFLOW", "The value NaN of the type \"DOUBLE\" cannot be cast to \"BIGINT\" \(overflowTail)"),
        ErrorCase(.decimal(100_000_000_000_000_000_000, scale: 0), .decimal(precision: 21, scale: 0), .long, "CAST_OVERFLOW", "The value 100000000000000000000BD of the type \"DECIMAL(21,0)\" cannot be cast to \"BIGINT\" \(overflowTail)"),
        ErrorCase(.timestamp(Int64(DateTimeUtils.days(year: 9999, month: 1, day: 1)) * 86_400_000_000), .timestamp, .int, "CAST_OVERFLOW", "The value TIMESTAMP '9999-01-01 00:00:00' of the type \"TIMESTAMP\" cannot be cast to \"INT\" \(overflowTail)"),
        ErrorCase(1e300, .double, .timestamp, "CAST_OVERFLOW", "The value 1.0E306D of the type \"DOUBLE\" cannot be cast to \"BIGINT\" \(overflowTail)"),
        ErrorCase(.decimal(123_456, scale: 1), .decimal(precision: 6, scale: 1), .decimal(precision: 3, scale: 0), "NUMERIC_VALUE_OUT_OF_RANGE.WITH_SUGGESTION", " 12345.6 cannot be represented as Decimal(3, 0). \(rangeTail)"),
        ErrorCase("12345.6", .string, .decimal(precision: 3, scale: 0), "NUMERIC_VALUE_OUT_OF_RANGE.WITH_SUGGESTION", " 12345.6 cannot be represented as Decimal(3, 0). \(rangeTail)"),
        ErrorCase(123_456_789, .int, .decimal(precision: 5, scale: 0), "NUMERIC_VALUE_OUT_OF_RANGE.WITH_SUGGESTION", " 123456789 cannot be represented as Decimal(5, 0). \(rangeTail)"),
        ErrorCase(.decimal(99_999_999, scale: 3), .decimal(precision: 8, scale: 3), .decimal(precision: 5, scale: 2), "NUMERIC_VALUE_OUT_OF_RANGE.WITH_SUGGESTION", " 99999.999 cannot be represented as Decimal(5, 2). \(rangeTail)"),
        ErrorCase(1e38, .double, .decimal(precision: 38, scale: 0), "NUMERIC_VALUE_OUT_OF_RANGE.WITH_SUGGESTION", " 100000000000000000000000000000000000000 cannot be represented as Decimal(38, 0). \(rangeTail)"),
        ErrorCase(1e39, .double, .decimal(precision: 38, scale: 0), "NUMERIC_VALUE_OUT_OF_RANGE.WITH_SUGGESTION", " 1000000000000000000000000000000000000000 cannot be represented as Decimal(38, 0). \(rangeTail)"),
        ErrorCase(.array(["1", "x"]), .array(element: .string, containsNull: false), .array(element: .int, containsNull: true), "CAST_INVALID_INPUT", "The value 'x' of the type \"STRING\" cannot be cast to \"INT\" \(malformedTail)"),
    ]

    @Test(arguments: errorCases)
    func ansiErrors(_ c: ErrorCase) {
        #expect(throws: SparkError(c.errorClass, c.message)) {
            try Cast.evaluate(c.value, from: c.from, to: c.to, mode: .ansi)
        }
    }

    @Test(arguments: errorCases)
    func tryCastReturnsNull(_ c: ErrorCase) throws {
        #expect(try Cast.evaluate(c.value, from: c.from, to: c.to, mode: .try) == .null)
    }

    @Test func legacyModeReturnsNullOrWraps() throws {
        #expect(try Cast.evaluate("abc", from: .string, to: .int, mode: .legacy) == .null)
        #expect(try Cast.evaluate("12.7", from: .string, to: .int, mode: .legacy) == 12)
        #expect(try Cast.evaluate(300, from: .int, to: .byte, mode: .legacy) == 44)
        #expect(try Cast.evaluate(2_147_483_648, from: .long, to: .int, mode: .legacy) == .int(-2_147_483_648))
        #expect(try Cast.evaluate(1e10, from: .double, to: .int, mode: .legacy) == .int(2_147_483_647))
        #expect(try Cast.evaluate(.double(.nan), from: .double, to: .int, mode: .legacy) == 0)
        #expect(try Cast.evaluate(123_456_789, from: .int, to: .decimal(precision: 5, scale: 0), mode: .legacy) == .null)
    }

    struct CanCastCase: Sendable {
        let from: DataType
        let to: DataType
        let ansi: Bool
        let legacy: Bool
    }

    static let canCastCases: [CanCastCase] = [
        CanCastCase(from: .string, to: .int, ansi: true, legacy: true),
        CanCastCase(from: .date, to: .int, ansi: false, legacy: false),
        CanCastCase(from: .boolean, to: .timestamp, ansi: false, legacy: true),
        CanCastCase(from: .timestamp, to: .boolean, ansi: false, legacy: true),
        CanCastCase(from: .int, to: .binary, ansi: false, legacy: true),
        CanCastCase(from: .array(element: .int, containsNull: false), to: .int, ansi: false, legacy: false),
        CanCastCase(from: .array(element: .int, containsNull: false), to: .string, ansi: true, legacy: true),
        CanCastCase(from: .binary, to: .int, ansi: false, legacy: false),
        CanCastCase(from: .int, to: .timestamp, ansi: true, legacy: true),
        CanCastCase(from: .timestamp, to: .long, ansi: true, legacy: true),
    ]

    @Test(arguments: canCastCases)
    func canCast(_ c: CanCastCase) {
        #expect(Cast.canCast(from: c.from, to: c.to, mode: .ansi) == c.ansi)
        #expect(Cast.canCast(from: c.from, to: c.to, mode: .legacy) == c.legacy)
    }

    @Test func mismatchMessagesMatchSpark() {
        let date = Expression.literal(.date(DateTimeUtils.days(year: 2024, month: 1, day: 1)), .date)
        #expect(Cast.mismatchError(date, to: .int, mode: .ansi) == SparkError(
            "DATATYPE_MISMATCH.CAST_WITH_FUNC_SUGGESTION",
            "Cannot resolve \"CAST(DATE '2024-01-01' AS INT)\" due to data type mismatch: cannot cast \"DATE\" to \"INT\".\nTo convert values from \"DATE\" to \"INT\", you can use the functions `UNIX_DATE` instead."))
        #expect(Cast.mismatchError(.literal(true, .boolean), to: .timestamp, mode: .ansi) == SparkError(
            "DATATYPE_MISMATCH.CAST_WITH_CONF_SUGGESTION",
            "Cannot resolve \"CAST(true AS TIMESTAMP)\" due to data type mismatch: cannot cast \"BOOLEAN\" to \"TIMESTAMP\" with ANSI mode on.\nIf you have to cast \"BOOLEAN\" to \"TIMESTAMP\", you can set \"spark.sql.ansi.enabled\" as 'false'."))
    }
}
