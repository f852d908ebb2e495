import PyLite
import SparkLite
import Testing
@testable import PySparkBridge

// Expectations come from PySpark 4.3 (local[2], session time zone UTC).
private let eventsTable = InputTableData(
    name: "t",
    schema: [StructField("ts", .timestamp), StructField("v", .int)],
    rows: [
        [.timestamp(DateTimeUtils.parseTimestamp("2024-05-01 09:07:00") ?? 0), .int(1)],
        [.timestamp(DateTimeUtils.parseTimestamp("2024-05-01 09:12:00") ?? 0), .int(2)],
        [.null, .int(3)],
    ])

private func runWindow(_ body: String) throws(SolutionError) -> SolutionRun {
    try SolutionRunner(limits: Limits(wallClockSeconds: 20)).run(
        source: "from pyspark.sql import functions as F\n\ndef solve(t):\n    return \(body)\n", fileName: "solution.py", tables: [eventsTable])
}

private func window(_ start: String, _ end: String) -> Value {
    .struct([.timestamp(DateTimeUtils.parseTimestamp(start) ?? 0), .timestamp(DateTimeUtils.parseTimestamp(end) ?? 0)])
}

@Test func slidingWindowsHoldEveryRowInEachWindowThatCoversIt() throws {
    let run = try runWindow("t.groupBy(F.window('ts', '10 minutes', '5 minutes')).agg(F.sum('v')).orderBy('window')")
    #expect(run.columns.map(\.name) == ["window", "sum(v)"])
    #expect(run.rows == [
        [window("2024-05-01 09:00:00", "2024-05-01 09:10:00"), .int(1)],
        [window("2024-05-01 09:05:00", "2024-05-01 09:15:00"), .int(3)],
        [window("2024-05-01 09:10:00", "2024-05-01 09:20:00"), .int(2)],
    ])
}

@Test func windowDropsNullTimesAndItsFieldsAreColumns() throws {
    let run = try runWindow("t.select('v', F.window('ts', '10 minutes').alias('w'), F.window('ts', '10 minutes').start.alias('s'))")
    #expect(run.columns.map(\.name) == ["v", "w", "s"])
    #expect(run.rows == [
        [.int(1), window("2024-05-01 09:00:00", "2024-05-01 09:10:00"), .timestamp(DateTimeUtils.parseTimestamp("2024-05-01 09:00:00") ?? 0)],
        [.int(2), window("2024-05-01 09:10:00", "2024-05-01 09:20:00"), .timestamp(DateTimeUtils.parseTimestamp("2024-05-01 09:10:00") ?? 0)],
    ])
}

@Test func windowStartTimeShiftsTheBuckets() throws {
    let run = try runWindow("t.select(F.window('ts', '10 minutes', startTime='3 minutes'), 'v')")
    #expect(run.rows == [
        [window("2024-05-01 09:03:00", "2024-05-01 09:13:00"), .int(1)],
        [window("2024-05-01 09:03:00", "2024-05-01 09:13:00"), .int(2)],
    ])
}

@Test(arguments: [
    ("t.select(F.window('ts', 'abc'))", "CANNOT_PARSE_INTERVAL"),
    ("t.select(F.window('ts', '0 minutes'))", "DATATYPE_MISMATCH.VALUE_OUT_OF_RANGE"),
    ("t.select(F.window('ts', '5 minutes', '10 minutes'))", "DATATYPE_MISMATCH.PARAMETER_CONSTRAINT_VIOLATION"),
    ("t.select(F.window('ts', '1 month'))", "_LEGACY_ERROR_TEMP_3231"),
    ("t.select(F.window('ts', '5 minutes'), F.window('ts', '10 minutes'))", "_LEGACY_ERROR_TEMP_1039"),
])
func windowArgumentErrors(body: String, errorClass: String) {
    do {
        _ = try runWindow(body)
        Issue.record("expected \(errorClass)")
    } catch {
        #expect(error.errorClass == errorClass)
    }
}
