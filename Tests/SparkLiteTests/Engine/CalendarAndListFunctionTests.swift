import Testing
@testable import SparkLite

// Values as real Spark 4.3 returns them (`spark.sql(...)`, ANSI on, session time zone UTC), written as
// Spark's cast to STRING prints them.
struct CalendarAndListFunctionTests {
    struct Query: CustomTestStringConvertible, Sendable {
        let sql: String
        let values: [String?]
        var testDescription: String { sql }
        init(_ sql: String, _ values: [String?]) {
            self.sql = sql
            self.values = values
        }
    }

    static let queries: [Query] = [
        // Whole units between local date-times, truncated toward zero; a last partial day does not count.
        Query("SELECT timestampdiff(MONTH, TIMESTAMP'2024-03-31 10:00:00', TIMESTAMP'2024-02-29 09:00:00'), timestampdiff(YEAR, DATE'2024-02-29', DATE'2025-02-28'), timestampdiff(QUARTER, DATE'2024-01-31', DATE'2024-04-30'), timestampdiff(SECOND, TIMESTAMP'2024-01-01 00:00:01.9', TIMESTAMP'2024-01-01 00:00:00')",
              ["-1", "0", "0", "-1"]),
        // Months clamp to the month's end; a DATE becomes a TIMESTAMP.
        Query("SELECT timestampadd(MONTH, -1, TIMESTAMP'2024-03-31 12:00:00'), timestampadd(YEAR, 1, DATE'2024-02-29'), timestampadd(MICROSECOND, 5, TIMESTAMP'2024-01-01 00:00:00'), timestampadd(WEEK, -1, DATE'2024-01-03')",
              ["2024-02-29 12:00:00", "2025-02-28 00:00:00", "2024-01-01 00:00:00.000005", "2023-12-27 00:00:00"]),
        // A skipped wall-clock time moves later by the gap; a repeated one takes the earlier offset.
        Query("SELECT to_utc_timestamp(TIMESTAMP'2024-03-31 02:30:00', 'Europe/Berlin'), from_utc_timestamp(TIMESTAMP'2024-10-27 00:30:00', 'Europe/Berlin'), from_utc_timestamp(TIMESTAMP'2024-10-27 01:30:00', 'Europe/Berlin'), to_utc_timestamp(TIMESTAMP'2024-01-01 00:00:00', '-08'), to_utc_timestamp(TIMESTAMP'2024-10-27 02:30:00', 'Europe/Berlin')",
              ["2024-03-31 01:30:00", "2024-10-27 02:30:00", "2024-10-27 02:30:00", "2024-01-01 08:00:00", "2024-10-27 00:30:00"]),
        // Bits of the value widened to 64 bits.
        Query("SELECT bit_count(-1), bit_count(CAST(-1 AS TINYINT)), bit_count(true), bit_count(0L), bit_count(CAST(NULL AS INT))",
              ["64", "64", "1", "0", nil]),
        Query("SELECT sequence(TIMESTAMP'2024-01-31 00:00:00', TIMESTAMP'2024-01-30 00:00:00', INTERVAL -12 HOURS), sequence(DATE'2024-05-31', DATE'2024-01-31', INTERVAL -1 MONTH)",
              ["[2024-01-31 00:00:00, 2024-01-30 12:00:00, 2024-01-30 00:00:00]", "[2024-05-31, 2024-04-30, 2024-03-31, 2024-02-29, 2024-01-31]"]),
        // A key given twice reads its last value; objects stay JSON text.
        Query("SELECT json_tuple('{\"a\":1,\"b\":{\"c\":[1,2]},\"d\":null,\"e\":\"x\",\"a\":2}', 'a', 'b', 'd', 'e', 'zz')",
              ["2", "{\"c\":[1,2]}", nil, "x", nil]),
        Query("SELECT listagg(x, ',') WITHIN GROUP (ORDER BY y ASC NULLS LAST), listagg(x) WITHIN GROUP (ORDER BY y DESC NULLS FIRST) FROM VALUES ('a', NULL), ('b', 1), ('c', 2) AS t(x, y)",
              ["b,c,a", "acb"]),
        Query("SELECT percentile_disc(0.5) WITHIN GROUP (ORDER BY x), percentile_cont(0.5) WITHIN GROUP (ORDER BY x DESC), percentile_disc(0.75) WITHIN GROUP (ORDER BY x DESC) FROM VALUES (1), (2), (3), (4), (NULL) AS t(x)",
              ["2.0", "2.5", "2.0"]),
    ]

    @Test(arguments: queries)
    func matchesSpark(_ q: Query) throws {
        let df = try SparkSession().sql(q.sql)
        let rows = try df.execute().rows
        #expect(rows.count == 1)
        let types = df.schema.map(\.dataType)
        let shown = zip(rows.first ?? [], types).map { v, t in v.isNull ? nil : Cast.castToString(v, t) }
        #expect(shown == q.values)
    }
}
