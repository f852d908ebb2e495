import Testing
@testable import SparkLite

// Expectations come from PySpark 4.3 (`spark.sql("SELECT ...")`, ANSI on, session time zone UTC).
struct DateTimeFunctionsTests {
    static let cases: [FunctionCase] = [
        FunctionCase("to_timestamp", [.s("2024-01-15T08:00:00+02:00"), .s("yyyy-MM-dd'T'HH:mm:ssXXX")], .timestamp(Cast.parseTimestamp("2024-01-15 06:00:00") ?? 0)),
        FunctionCase("to_timestamp", [.s("2024-01-15 08:00:00 -0130"), .s("yyyy-MM-dd HH:mm:ss Z")], .timestamp(Cast.parseTimestamp("2024-01-15 09:30:00") ?? 0)),
        FunctionCase("to_timestamp", [.s("2024-01-15 08:00 Z"), .s("yyyy-MM-dd HH:mm X")], .timestamp(Cast.parseTimestamp("2024-01-15 08:00:00") ?? 0)),
        FunctionCase("date_format", [.ts("2024-01-15 08:00:00"), .s("x xx xxx O OOOO ZZZZ ZZZZZ zzzz GGGG")],
                     "+00 +0000 +00:00 GMT GMT GMT Z Coordinated Universal Time Anno Domini"),
        FunctionCase("date_add", [.date("2024-01-31"), .i(1)], .d("2024-02-01"), .date),
        FunctionCase("date_sub", [.date("2024-03-01"), .i(1)], .d("2024-02-29")),
        FunctionCase("date_add", [.s("2024-02-28"), .i(1)], .d("2024-02-29")),
        FunctionCase("date_add", [.date("2024-01-31"), .s("1")], .d("2024-02-01")),
        FunctionCase("date_add", [.ts("2024-01-31 10:00:00"), .i(1)], .d("2024-02-01")),
        FunctionCase("datediff", [.date("2024-03-01"), .date("2024-02-01")], 29, .int),
        FunctionCase("datediff", [.s("2024-01-01"), .ts("2024-02-01 10:00:00")], -31),
        FunctionCase("add_months", [.date("2024-01-31"), .i(1)], .d("2024-02-29"), .date),
        FunctionCase("add_months", [.date("2024-02-29"), .i(12)], .d("2025-02-28")),
        FunctionCase("add_months", [.date("2024-04-30"), .i(1)], .d("2024-05-30")),
        FunctionCase("add_months", [.s("2024-01-31"), .i(-1)], .d("2023-12-31")),
        FunctionCase("months_between", [.date("2024-03-31"), .date("2024-02-29")], 1.0, .double),
        FunctionCase("months_between", [.ts("2024-03-15 12:00:00"), .date("2024-01-01")], 2.46774194),
        FunctionCase("months_between", [.s("2024-01-01"), .s("2024-03-15"), .b(false)], -2.4516129032258065),
        FunctionCase("months_between", [.date("2024-01-31"), .date("2024-02-29")], -1.0),
        FunctionCase("months_between", [.date("2024-02-15"), .date("2024-01-31")], 0.48387097),
        FunctionCase("months_between", [.date("2024-03-31"), .date("2024-02-28")], 1.09677419),
        FunctionCase("months_between", [.ts("2024-01-01 10:00:00"), .ts("2024-01-01 00:00:00")], 0.0),
        FunctionCase("months_between", [.date("2024-03-30"), .date("2024-02-29")], 1.03225806),
        FunctionCase("last_day", [.date("2024-02-10")], .d("2024-02-29")),
        FunctionCase("last_day", [.s("2023-02-10")], .d("2023-02-28")),
        FunctionCase("next_day", [.date("2024-01-01"), .s("Mon")], .d("2024-01-08")),
        FunctionCase("next_day", [.date("2024-01-01"), .s("TU")], .d("2024-01-02")),
        FunctionCase("next_day", [.date("2024-01-01"), .s("friday")], .d("2024-01-05")),
        FunctionCase("year", [.date("2024-05-06")], 2024, .int),
        FunctionCase("quarter", [.date("2024-05-06")], 2),
        FunctionCase("month", [.s("2024-05-06")], 5),
        FunctionCase("dayofmonth", [.date("2024-05-06")], 6),
        FunctionCase("day", [.date("2024-05-06")], 6),
        FunctionCase("dayofweek", [.date("2024-05-05")], 1),
        FunctionCase("weekday", [.date("2024-05-05")], 6),
        FunctionCase("dayofyear", [.date("2024-12-31")], 366),
        FunctionCase("weekofyear", [.date("2024-01-01")], 1),
        FunctionCase("weekofyear", [.date("2021-01-01")], 53),
        FunctionCase("weekofyear", [.date("2024-12-30")], 1),
        FunctionCase("weekofyear", [.date("2023-01-01")], 52),
        FunctionCase("hour", [.ts("2024-01-01 13:14:15")], 13, .int),
        FunctionCase("minute", [.ts("2024-01-01 13:14:15")], 14),
        FunctionCase("second", [.ts("2024-01-01 13:14:15.9")], 15),
        FunctionCase("hour", [.s("2024-01-01 13:14:15")], 13),
        FunctionCase("hour", [.date("2024-01-01")], 0),
        FunctionCase("date_format", [.ts("2024-01-05 13:04:05.123"), .s("yyyy-MM-dd HH:mm:ss.SSS")], "2024-01-05 13:04:05.123", .string),
        FunctionCase("date_format", [.date("2024-01-05"), .s("E EEE EEEE MMM MMMM a hh h d D yy M")], "Fri Fri Friday Jan January AM 12 12 5 5 24 1"),
        FunctionCase("date_format", [.s("2024-01-05 01:02:03"), .s("dd/MM/yyyy")], "05/01/2024"),
        FunctionCase("date_format", [.ts("2024-01-05 13:04:05"), .s("EEEE, MMMM d, yyyy h:mm a")], "Friday, January 5, 2024 1:04 PM"),
        FunctionCase("date_format", [.ts("2024-01-05 13:04:05"), .s("yyyy-MM-dd'T'HH:mm:ss")], "2024-01-05T13:04:05"),
        FunctionCase("date_format", [.date("2024-01-05"), .s("Q QQ QQQ LLL dd-MMM-yy k K S SS")], "1 01 Q1 Jan 05-Jan-24 24 0 0 00"),
        FunctionCase("date_format", [.ts("2024-01-05 00:04:05"), .s("hh a H k")], "12 AM 0 24"),
        FunctionCase("date_format", [.date("2024-01-05"), .s("yyyy-MM-dd'x'")], "2024-01-05x"),
        FunctionCase("date_format", [.date("2024-01-05"), .s("y yyy yyyyy")], "2024 2024 02024"),
        FunctionCase("to_date", [.s("2024-01-05")], .d("2024-01-05"), .date),
        FunctionCase("to_date", [.s("05/01/2024"), .s("dd/MM/yyyy")], .d("2024-01-05")),
        FunctionCase("to_date", [.ts("2024-01-05 10:00:00")], .d("2024-01-05")),
        FunctionCase("to_date", [.s("2024-1-5")], .d("2024-01-05")),
        FunctionCase("to_date", [.s("20240105"), .s("yyyyMMdd")], .d("2024-01-05")),
        FunctionCase("to_date", [.s("Jan 5 2024"), .s("MMM d yyyy")], .d("2024-01-05")),
        FunctionCase("to_date", [.s("5-Jan-24"), .s("d-MMM-yy")], .d("2024-01-05")),
        FunctionCase("to_date", [.s("2024/1/5"), .s("yyyy/M/d")], .d("2024-01-05")),
        FunctionCase("to_date", [.s("1/5/2024"), .s("M/d/yyyy")], .d("2024-01-05")),
        FunctionCase("to_date", [.s("01-05-2024"), .s("MM-dd-yyyy")], .d("2024-01-05")),
        FunctionCase("to_date", [.s("JANUARY 5, 2024"), .s("MMMM d, yyyy")], .d("2024-01-05")),
        FunctionCase("to_timestamp", [.s("2024-01-05T10:11:12"), .s("yyyy-MM-dd'T'HH:mm:ss")], .ts("2024-01-05 10:11:12")),
        FunctionCase("to_timestamp", [.s("2024-01-05 1:02:03 PM"), .s("yyyy-MM-dd h:mm:ss a")], .ts("2024-01-05 13:02:03")),
        FunctionCase("to_timestamp", [.s("20240105103000"), .s("yyyyMMddHHmmss")], .ts("2024-01-05 10:30:00")),
        FunctionCase("months_between", [.ts("2024-03-31 10:00:00"), .ts("2024-02-29 23:00:00")], 1.0),
        FunctionCase("months_between", [.date("2023-12-31"), .date("2024-02-29")], -2.0),
        FunctionCase("weekofyear", [.s("2024-12-31")], 1),
        FunctionCase("dayofweek", [.ts("2024-05-05 23:00:00")], 1),
        FunctionCase("date_add", [.date("2024-02-28"), .i(-60)], .d("2023-12-30")),
        FunctionCase("datediff", [.ts("2024-03-01 23:59:59"), .ts("2024-03-01 00:00:00")], 0),
        FunctionCase("last_day", [.ts("2024-02-10 10:00:00")], .d("2024-02-29")),
        FunctionCase("next_day", [.s("2024-01-07"), .s("sunday")], .d("2024-01-14")),
        FunctionCase("add_months", [.ts("2024-01-31 10:00:00"), .i(1)], .d("2024-02-29")),
        FunctionCase("trunc", [.ts("2024-05-06 07:08:09"), .s("MM")], .d("2024-05-01")),
        FunctionCase("try_to_date", [.s("x")], .null),
        FunctionCase("try_to_date", [.s("2024-13-01"), .s("yyyy-MM-dd")], .null),
        FunctionCase("to_timestamp", [.s("2024-01-05 10:11:12")], .ts("2024-01-05 10:11:12"), .timestamp),
        FunctionCase("to_timestamp", [.s("05/01/2024 10:11"), .s("dd/MM/yyyy HH:mm")], .ts("2024-01-05 10:11:00")),
        FunctionCase("to_timestamp", [.date("2024-01-05")], .ts("2024-01-05 00:00:00")),
        FunctionCase("to_timestamp", [.s("2024-01-05 10:11:12.5"), .s("yyyy-MM-dd HH:mm:ss.S")], .ts("2024-01-05 10:11:12.5")),
        FunctionCase("to_timestamp", [.s("2024-01-05 10:11:12.123456"), .s("yyyy-MM-dd HH:mm:ss.SSSSSS")], .ts("2024-01-05 10:11:12.123456")),
        FunctionCase("unix_timestamp", [.s("2024-01-01 00:00:00")], 1_704_067_200, .long),
        FunctionCase("unix_timestamp", [.date("2024-01-01")], 1_704_067_200),
        FunctionCase("unix_timestamp", [.s("01/01/2024"), .s("dd/MM/yyyy")], 1_704_067_200),
        FunctionCase("unix_timestamp", [.ts("2024-01-01 00:00:01")], 1_704_067_201),
        FunctionCase("to_unix_timestamp", [.s("2024-01-01"), .s("yyyy-MM-dd")], 1_704_067_200),
        FunctionCase("from_unixtime", [.i(0)], "1970-01-01 00:00:00", .string),
        FunctionCase("from_unixtime", [.i(1_704_067_200), .s("yyyy-MM-dd")], "2024-01-01"),
        FunctionCase("date_trunc", [.s("month"), .ts("2024-05-06 07:08:09")], .ts("2024-05-01 00:00:00"), .timestamp),
        FunctionCase("date_trunc", [.s("YEAR"), .s("2024-05-06 07:08:09")], .ts("2024-01-01 00:00:00")),
        FunctionCase("date_trunc", [.s("week"), .ts("2024-05-08 07:08:09")], .ts("2024-05-06 00:00:00")),
        FunctionCase("date_trunc", [.s("hour"), .ts("2024-05-06 07:08:09")], .ts("2024-05-06 07:00:00")),
        FunctionCase("date_trunc", [.s("quarter"), .ts("2024-05-06 07:08:09")], .ts("2024-04-01 00:00:00")),
        FunctionCase("date_trunc", [.s("MM"), .ts("2024-05-06 07:08:09")], .ts("2024-05-01 00:00:00")),
        FunctionCase("date_trunc", [.s("minute"), .ts("2024-05-06 07:08:09.5")], .ts("2024-05-06 07:08:00")),
        FunctionCase("date_trunc", [.s("day"), .date("2024-05-06")], .ts("2024-05-06 00:00:00")),
        FunctionCase("date_trunc", [.s("xx"), .ts("2024-05-06 07:08:09")], .null),
        FunctionCase("trunc", [.date("2024-05-06"), .s("MM")], .d("2024-05-01"), .date),
        FunctionCase("trunc", [.date("2024-05-06"), .s("year")], .d("2024-01-01")),
        FunctionCase("trunc", [.date("2024-05-06"), .s("week")], .d("2024-05-06")),
        FunctionCase("trunc", [.date("2024-05-06"), .s("quarter")], .d("2024-04-01")),
        FunctionCase("trunc", [.date("2024-05-06"), .s("dd")], .null),
        FunctionCase("make_date", [.i(2024), .i(2), .i(29)], .d("2024-02-29"), .date),
        FunctionCase("make_timestamp", [.i(2024), .i(1), .i(2), .i(3), .i(4), .dec("5.5")], .ts("2024-01-02 03:04:05.5"), .timestamp),
        FunctionCase("timestamp_seconds", [.i(1_704_067_200)], .ts("2024-01-01 00:00:00"), .timestamp),
        FunctionCase("unix_date", [.date("1970-01-02")], 1, .int),
        FunctionCase("date_from_unix_date", [.i(1)], .d("1970-01-02"), .date),
        FunctionCase("dayname", [.date("2024-05-05")], "Sun"),
        FunctionCase("monthname", [.date("2024-05-05")], "May"),
        FunctionCase("date_part", [.s("month"), .date("2024-05-06")], 5, .int),
        FunctionCase("extract", [.s("YEAR"), .date("2024-05-06")], 2024),
        FunctionCase("extract", [.s("DOW"), .date("2024-05-05")], 1),
        FunctionCase("current_timezone", [], "UTC"),
    ]

    @Test(arguments: cases)
    func matchesSpark(_ c: FunctionCase) throws { try c.check() }

    static let errors: [FunctionErrorCase] = [
        FunctionErrorCase("next_day", [.date("2024-01-01"), .s("xx")], "ILLEGAL_DAY_OF_WEEK", "Illegal input for day of week: xx."),
        FunctionErrorCase("to_date", [.s("x")], "CAST_INVALID_INPUT"),
        FunctionErrorCase("to_timestamp", [.s("x")], "CAST_INVALID_INPUT"),
        FunctionErrorCase("to_date", [.s("2024-13-01"), .s("yyyy-MM-dd")], "CANNOT_PARSE_TIMESTAMP",
                          "Text '2024-13-01' could not be parsed: Invalid value for MonthOfYear (valid values 1 - 12): 13. Use `try_to_date` to tolerate invalid input string and return NULL instead."),
        FunctionErrorCase("to_date", [.s("2024-01-05 10:00:00"), .s("yyyy-MM-dd")], "CANNOT_PARSE_TIMESTAMP",
                          "Text '2024-01-05 10:00:00' could not be parsed, unparsed text found at index 10. Use `try_to_date` to tolerate invalid input string and return NULL instead."),
        FunctionErrorCase("to_date", [.s("2024-01-05"), .s("yyyy-MM-dd HH")], "CANNOT_PARSE_TIMESTAMP",
                          "Text '2024-01-05' could not be parsed at index 10. Use `try_to_date` to tolerate invalid input string and return NULL instead."),
        FunctionErrorCase("to_date", [.s("2024-01-05"), .s("yyyy/MM/dd")], "CANNOT_PARSE_TIMESTAMP",
                          "Text '2024-01-05' could not be parsed at index 4. Use `try_to_date` to tolerate invalid input string and return NULL instead."),
        FunctionErrorCase("unix_timestamp", [.s("x")], "CANNOT_PARSE_TIMESTAMP",
                          "Text 'x' could not be parsed at index 0. Use `try_to_timestamp` to tolerate invalid input string and return NULL instead."),
        FunctionErrorCase("make_date", [.i(2023), .i(2), .i(29)], "DATETIME_FIELD_OUT_OF_BOUNDS.WITHOUT_SUGGESTION",
                          "Invalid date 'February 29' as '2023' is not a leap year. "),
        FunctionErrorCase("date_format", [.date("2024-01-05"), .s("Y")], "INCONSISTENT_BEHAVIOR_CROSS_VERSION.DATETIME_PATTERN_RECOGNITION"),
        FunctionErrorCase("date_format", [.date("2024-01-05"), .s("u")], "INCONSISTENT_BEHAVIOR_CROSS_VERSION.DATETIME_PATTERN_RECOGNITION"),
        FunctionErrorCase("date_format", [.date("2024-01-05"), .s("w")], "INCONSISTENT_BEHAVIOR_CROSS_VERSION.DATETIME_PATTERN_RECOGNITION"),
        FunctionErrorCase("date_format", [.date("2024-01-05"), .s("e")], "INCONSISTENT_BEHAVIOR_CROSS_VERSION.DATETIME_WEEK_BASED_PATTERN"),
        FunctionErrorCase("date_format", [.date("2024-01-05"), .s("c")], "INCONSISTENT_BEHAVIOR_CROSS_VERSION.DATETIME_WEEK_BASED_PATTERN"),
        FunctionErrorCase("date_format", [.date("2024-01-05"), .s("MMMMM")], "INCONSISTENT_BEHAVIOR_CROSS_VERSION.DATETIME_PATTERN_RECOGNITION"),
        FunctionErrorCase("date_add", [.date("2024-01-31"), .dec("1.5")], "DATATYPE_MISMATCH.UNEXPECTED_INPUT_TYPE",
                          "Cannot resolve \"date_add(DATE '2024-01-31', 1.5)\" due to data type mismatch: The second parameter requires the (\"INT\" or \"SMALLINT\" or \"TINYINT\") type, however \"1.5\" has the type \"DECIMAL(2,1)\"."),
        FunctionErrorCase("date_add", [.date("2024-01-31"), .l(1)], "DATATYPE_MISMATCH.UNEXPECTED_INPUT_TYPE",
                          "Cannot resolve \"date_add(DATE '2024-01-31', 1)\" due to data type mismatch: The second parameter requires the (\"INT\" or \"SMALLINT\" or \"TINYINT\") type, however \"1\" has the type \"BIGINT\"."),
    ]

    @Test(arguments: errors)
    func failsLikeSpark(_ c: FunctionErrorCase) { c.check() }

    @Test func extremeDatesNeverTrap() throws {
        // Dates near the ends of the DATE range saturate instead of crashing the process.
        let far = Expression.literal(.date(Int32.max - 1), .date)
        let nearStart = Expression.literal(.date(Int32.min + 1), .date)
        for name in ["last_day", "weekofyear", "year", "dayofyear", "unix_date"] {
            _ = try FunctionTestSupport.run(name, [far])
            _ = try FunctionTestSupport.run(name, [nearStart])
        }
        _ = try FunctionTestSupport.run("add_months", [far, .i(2_147_483_647)])
        _ = try FunctionTestSupport.run("next_day", [far, .s("MON")])
        _ = try FunctionTestSupport.run("trunc", [nearStart, .s("week")])
        _ = try FunctionTestSupport.run("hour", [far])
        _ = try FunctionTestSupport.run("date_add", [far, .i(2_147_483_647)])
        #expect(throws: SparkError.self) { try FunctionTestSupport.run("make_date", [.i(2_000_000_000), .i(1), .i(1)]) }
        #expect(throws: SparkError.self) { try FunctionTestSupport.run("to_date", [.s("999999999-01-01"), .s("yyyy-MM-dd")]) }
    }

    @Test func ansiOffReturnsNullForMalformedInput() throws {
        // spark.sql.ansi.enabled=false: implicit casts of malformed strings give NULL.
        #expect(try FunctionTestSupport.eval(FunctionTestSupport.build("date_add", [.s("x"), .i(1)], ansi: false)) == .null)
        #expect(try FunctionTestSupport.eval(FunctionTestSupport.build("to_date", [.s("x")], ansi: false)) == .null)
        #expect(throws: SparkError.self) { try FunctionTestSupport.run("date_add", [.s("x"), .i(1)]) }
    }

    @Test func columnNamesMatchSpark() throws {
        #expect(try FunctionTestSupport.build("date_add", [.s("2024-01-31"), .i(1)]).prettyName == "date_add(2024-01-31, 1)")
        #expect(try FunctionTestSupport.build("months_between", [.date("2024-03-31"), .date("2024-02-29")]).prettyName
                == "months_between(DATE '2024-03-31', DATE '2024-02-29', true)")
        #expect(try FunctionTestSupport.build("unix_timestamp", [.s("2024-01-01 00:00:00")]).prettyName
                == "unix_timestamp(2024-01-01 00:00:00, yyyy-MM-dd HH:mm:ss)")
        #expect(try FunctionTestSupport.build("from_unixtime", [.i(0)]).prettyName == "from_unixtime(0, yyyy-MM-dd HH:mm:ss)")
    }
}
