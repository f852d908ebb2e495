import Testing
@testable import SparkLite

// Column names, types and values come from PySpark 4.3 (`spark.sql(...)`, ANSI on, session time zone UTC).
// Year-month interval values cannot be collected in PySpark, so they are checked through CAST(... AS STRING).
struct IntervalFidelityTests {
    typealias Query = SQLResultCase

    static let hour: Int64 = 3_600_000_000
    static let day: Int64 = 86_400_000_000

    static let queries: [Query] = [
        Query("SELECT INTERVAL 1 HOUR 30 MINUTES, INTERVAL '1 2:03:04' DAY TO SECOND, INTERVAL 3 DAYS, INTERVAL '26' HOUR",
              ["INTERVAL '01:30' HOUR TO MINUTE", "INTERVAL '1 02:03:04' DAY TO SECOND", "INTERVAL '3' DAY", "INTERVAL '26' HOUR"],
              ["interval hour to minute", "interval day to second", "interval day", "interval hour"],
              [.interval(hour * 3 / 2), .interval(day + 2 * hour + 3 * 60_000_000 + 4_000_000), .interval(3 * day), .interval(26 * hour)]),
        Query("SELECT INTERVAL '90:04' MINUTE TO SECOND, INTERVAL '5.5' SECOND, INTERVAL '-1' DAY, INTERVAL '1 02' DAY TO HOUR",
              ["INTERVAL '90:04' MINUTE TO SECOND", "INTERVAL '05.5' SECOND", "INTERVAL '-1' DAY", "INTERVAL '1 02' DAY TO HOUR"],
              ["interval minute to second", "interval second", "interval day", "interval day to hour"],
              [.interval(90 * 60_000_000 + 4_000_000), .interval(5_500_000), .interval(-day), .interval(day + 2 * hour)]),
        Query("SELECT DATE'2024-01-01' + INTERVAL '1' DAY, DATE'2024-01-01' + INTERVAL '1' HOUR, DATE'2024-01-01' - INTERVAL 3 DAYS",
              ["date_add(DATE '2024-01-01', extractansiintervaldays(INTERVAL '1' DAY))", "DATE '2024-01-01' + INTERVAL '01' HOUR",
               "date_add(DATE '2024-01-01', (- extractansiintervaldays(INTERVAL '3' DAY)))"],
              ["date", "timestamp", "date"],
              [.date(19724), .timestamp(19723 * day + hour), .date(19720)]),
        Query("SELECT TIMESTAMP'2024-01-01 00:00:00' - INTERVAL '1' DAY, INTERVAL '1' DAY + INTERVAL '2' HOUR, DATE'2024-01-01' - 1, 1 + DATE'2024-01-01'",
              ["TIMESTAMP '2024-01-01 00:00:00' - INTERVAL '1' DAY", "(INTERVAL '1' DAY + INTERVAL '02' HOUR)",
               "date_sub(DATE '2024-01-01', 1)", "date_add(DATE '2024-01-01', 1)"],
              ["timestamp", "interval day to hour", "date", "date"],
              [.timestamp(19722 * day), .interval(day + 2 * hour), .date(19722), .date(19724)]),
        Query("SELECT TIMESTAMP'2024-01-02 00:00:00' - TIMESTAMP'2024-01-01 10:00:00', DATE'2024-01-02' - DATE'2023-01-01', DATE'2024-01-01' - TIMESTAMP'2023-12-31 12:00:00'",
              ["(TIMESTAMP '2024-01-02 00:00:00' - TIMESTAMP '2024-01-01 10:00:00')", "(DATE '2024-01-02' - DATE '2023-01-01')",
               "(DATE '2024-01-01' - TIMESTAMP '2023-12-31 12:00:00')"],
              ["interval day to second", "interval day", "interval day to second"],
              [.interval(14 * hour), .interval(366 * day), .interval(12 * hour)]),
        Query("SELECT DATE'2024-01-31' + INTERVAL '1' MONTH + INTERVAL '1' DAY, TIMESTAMP'2024-01-31 10:00:00' + INTERVAL '1-1' YEAR TO MONTH, TIMESTAMP'2024-03-31 10:00:00' - INTERVAL '1' MONTH",
              ["date_add(DATE '2024-01-31' + INTERVAL '1' MONTH, extractansiintervaldays(INTERVAL '1' DAY))",
               "TIMESTAMP '2024-01-31 10:00:00' + INTERVAL '1-1' YEAR TO MONTH", "TIMESTAMP '2024-03-31 10:00:00' - INTERVAL '1' MONTH"],
              ["date", "timestamp", "timestamp"],
              [.date(19783), .timestamp(20147 * day + 10 * hour), .timestamp(19782 * day + 10 * hour)]),
        Query("SELECT INTERVAL '1' DAY * 2, 2 * INTERVAL '1' DAY, INTERVAL '3' DAY / 2, DATE'2024-03-31' - INTERVAL '1' HOUR",
              ["(INTERVAL '1' DAY * 2)", "(INTERVAL '1' DAY * 2)", "(INTERVAL '3' DAY / 2)", "DATE '2024-03-31' - INTERVAL '01' HOUR"],
              ["interval day to second", "interval day to second", "interval day to second", "timestamp"],
              [.interval(2 * day), .interval(2 * day), .interval(3 * day / 2), .timestamp(19813 * day - hour)]),
        Query("SELECT CAST(INTERVAL '1-2' YEAR TO MONTH AS STRING) a, CAST(INTERVAL '-14' MONTH AS STRING) b, CAST(INTERVAL '1' MONTH + INTERVAL '1' YEAR AS STRING) c, CAST(INTERVAL '1' YEAR * 1.5 AS STRING) d, CAST(INTERVAL '5' MONTH / 2 AS STRING) e, CAST(INTERVAL '2' YEAR AS STRING) f",
              ["a", "b", "c", "d", "e", "f"], Array(repeating: "string", count: 6),
              ["INTERVAL '1-2' YEAR TO MONTH", "INTERVAL '-14' MONTH", "INTERVAL '1-1' YEAR TO MONTH", "INTERVAL '1-6' YEAR TO MONTH",
               "INTERVAL '0-3' YEAR TO MONTH", "INTERVAL '2' YEAR"]),
        // Division rounds half away from zero; a narrower cast drops the later fields.
        Query("SELECT CAST(INTERVAL '1' SECOND / 3 AS STRING) a, CAST(INTERVAL '0.000005' SECOND / 2 AS STRING) b, CAST(INTERVAL '-0.000005' SECOND / 2 AS STRING) c, CAST(INTERVAL '1 02' DAY TO HOUR AS INTERVAL DAY) d, CAST(INTERVAL '1' HOUR AS STRING) e",
              ["a", "b", "c", "d", "e"], ["string", "string", "string", "interval day", "string"],
              ["INTERVAL '0 00:00:00.333333' DAY TO SECOND", "INTERVAL '0 00:00:00.000003' DAY TO SECOND",
               "INTERVAL '-0 00:00:00.000003' DAY TO SECOND", .interval(day), "INTERVAL '01' HOUR"]),
    ]

    @Test(arguments: queries)
    func matchesSpark(_ q: Query) throws {
        try q.check()
    }

    /// The expected-file encoding of the oracle writes a leading HOUR, MINUTE or SECOND field unpadded.
    @Test(arguments: [
        (Int64(3_600_000_000), DataType.dayTimeInterval(start: .hour, end: .hour), "INTERVAL '1' HOUR", "INTERVAL '01' HOUR"),
        (5_500_000, .dayTimeInterval(start: .second, end: .second), "INTERVAL '5.5' SECOND", "INTERVAL '05.5' SECOND"),
        (30 * 86_400_000_000, .dayTimeInterval(start: .day, end: .day), "INTERVAL '30' DAY", "INTERVAL '30' DAY"),
        (14, .yearToMonthInterval, "INTERVAL '1-2' YEAR TO MONTH", "INTERVAL '1-2' YEAR TO MONTH"),
        (-14, .yearMonthInterval(start: .month, end: .month), "INTERVAL '-14' MONTH", "INTERVAL '-14' MONTH"),
        (24, .yearMonthInterval(start: .year, end: .year), "INTERVAL '2' YEAR", "INTERVAL '2' YEAR"),
    ])
    func intervalText(value: Int64, type: DataType, unpadded: String, spark: String) {
        #expect(ValueFormatter.intervalString(value, type) == spark)
        #expect(ValueFormatter.intervalString(value, type, padLeadingField: false) == unpadded)
    }
}
