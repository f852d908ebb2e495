import Testing
@testable import SparkLite

/// Column-at-a-time evaluation must give exactly what the row engine gives, row for row, including the
/// error a row-by-row run raises first and no error where a row would skip the failing branch.
private let types: [DataType] = [.long, .long, .double, .double, .boolean, .string, .decimal(precision: 10, scale: 2), .int, .date]
private let rows: [[Value]] = [
    [.int(1), .int(0), .double(1.5), .double(0), .bool(true), .string("b"), .decimal(150, scale: 2), .int(7), .date(19000)],
    [.null, .int(3), .double(.nan), .double(2), .bool(false), .string("é"), .null, .int(2_147_483_000), .date(19001)],
    [.int(Int64.max), .int(2), .double(-0.0), .double(.nan), .null, .null, .decimal(-5, scale: 2), .null, .null],
    [.int(-4), .null, .null, .double(-1), .bool(true), .string("a"), .decimal(0, scale: 2), .int(-3), .date(18000)],
]

private func col(_ i: Int) -> Expression {
    .boundReference(ordinal: i, dataType: types[i], nullable: true)
}

private func lit(_ v: Value, _ t: DataType) -> Expression { .literal(v, t) }

private let cases: [(String, Expression)] = [
    ("long < long", .comparison(.lessThan, col(0), col(1))),
    ("long = literal", .comparison(.equal, col(0), lit(.int(1), .long))),
    ("null-safe equality", .comparison(.equalNullSafe, col(0), col(1))),
    ("double >= double with NaN and -0.0", .comparison(.greaterThanOrEqual, col(2), col(3))),
    ("double = 0.0", .comparison(.equal, col(2), lit(.double(0), .double))),
    ("string <= string, byte order", .comparison(.lessThanOrEqual, col(5), lit(.string("b"), .string))),
    ("decimal > literal", .comparison(.greaterThan, col(6), lit(.decimal(0, scale: 2), .decimal(precision: 10, scale: 2)))),
    ("date < date", .comparison(.lessThan, col(8), lit(.date(19001), .date))),
    ("three-valued AND", .and(col(4), .comparison(.greaterThan, col(0), lit(.int(0), .long)))),
    ("three-valued OR", .or(col(4), .isNull(col(5)))),
    ("NOT", .not(col(4))),
    ("IS NULL", .isNull(col(0))),
    ("IS NOT NULL", .isNotNull(col(6))),
    ("long + long overflows on one row", .arithmetic(.add, col(0), col(1), .ansi)),
    ("long * literal", .arithmetic(.multiply, col(1), lit(.int(3), .long), .ansi)),
    ("int + int overflows the int range", .arithmetic(.add, col(7), lit(.int(1000), .int), .ansi)),
    ("long - long in try mode", .arithmetic(.subtract, col(0), lit(.int(-1), .long), .try)),
    ("double / double by zero", .arithmetic(.divide, col(3), col(2), .ansi)),
    ("double * double", .arithmetic(.multiply, col(2), col(3), .ansi)),
    ("decimal + decimal", .arithmetic(.add, col(6), col(6), .ansi)),
    ("decimal * decimal", .arithmetic(.multiply, col(6), col(6), .ansi)),
    ("decimal - a decimal of another scale", .arithmetic(.subtract, col(6), lit(.decimal(12345, scale: 4), .decimal(precision: 6, scale: 4)), .ansi)),
    ("decimal + a literal that overflows", .arithmetic(.add, col(6), lit(.decimal(Decimal128.pow10(37), scale: 0), .decimal(precision: 38, scale: 0)), .ansi)),
    ("decimal * decimal rounded to a reduced scale", .arithmetic(.multiply, col(6), lit(.decimal(Decimal128.pow10(30) + 5, scale: 10), .decimal(precision: 38, scale: 10)), .ansi)),
    // The division fails on the row with a zero divisor, which AND skips row by row.
    ("AND guards a division by zero", .and(.not(.comparison(.equal, col(1), lit(.int(0), .long))),
                                            .comparison(.greaterThan, .arithmetic(.divide, lit(.double(10), .double), .cast(col(1), .double, .ansi), .ansi), lit(.double(1), .double)))),
    ("CASE WHEN with a failing skipped branch", .caseWhen(branches: [CaseBranch(.comparison(.equal, col(3), lit(.double(0), .double)), lit(.double(0), .double))],
                                                         elseValue: .arithmetic(.divide, col(2), col(3), .ansi))),
    ("IN list with null", .inList(col(0), [lit(.int(1), .long), lit(.null, .long)])),
    ("IN list of longs", .inList(col(0), [lit(.int(-4), .long), lit(.int(Int64.max), .long), lit(.int(9), .long)])),
    ("IN list of dates", .inList(col(8), [lit(.date(19000), .date), lit(.date(18000), .date)])),
    ("IN list of doubles: NaN equals NaN, -0.0 equals 0.0", .inList(col(2), [lit(.double(.nan), .double), lit(.double(0), .double)])),
    ("IN list of doubles with null", .inList(col(3), [lit(.double(2), .double), lit(.null, .double)])),
    ("CASE WHEN of strings, no ELSE, a null condition", .caseWhen(branches: [
        CaseBranch(.comparison(.lessThan, col(2), lit(.double(1), .double)), lit(.string("small"), .string)),
        CaseBranch(col(4), col(5))], elseValue: nil)),
    ("CASE WHEN of longs with ELSE", .caseWhen(branches: [CaseBranch(.isNull(col(1)), col(0))], elseValue: col(1))),
    ("cast string to int fails on one row", .cast(col(5), .int, .ansi)),
    ("cast double to long", .cast(col(3), .long, .legacy)),
]

@Test(arguments: cases.indices)
func vectorizedEvaluationMatchesRows(_ index: Int) throws {
    let (name, e) = cases[index]
    let batch = RecordBatch(rows: rows, types: types)
    let expected: Result<[Value], SparkError> = Result { try rows.map { try e.eval($0) } }.mapError { $0 as? SparkError ?? SparkError.internalError("\($0)") }
    let actual: Result<[Value], SparkError> = Result {
        let v = try VectorizedEvaluator.evaluate(e, batch)
        return (0..<v.count).map(v.value(at:))
    }.mapError { $0 as? SparkError ?? SparkError.internalError("\($0)") }
    switch (expected, actual) {
    case (.success(let a), .success(let b)): #expect(a == b, "\(name)")
    case (.failure(let a), .failure(let b)): #expect(a.errorClass == b.errorClass && a.message == b.message, "\(name)")
    default: Issue.record("\(name): rows gave \(expected), columns gave \(actual)")
    }
}

@Test func batchesRoundTripRowsOfEveryShape() {
    let odd: [[Value]] = [
        [.int(1), .double(2), .array([.int(1)]), .string("x")],
        // A value of another representation than the column type promises is kept as it is.
        [.double(1.5), .int(2), .null, .null],
        [.null, .null, .struct([.null]), .string("")],
    ]
    let batch = RecordBatch(rows: odd, types: [.long, .double, .array(element: .long, containsNull: true), .string])
    #expect(batch.rows() == odd)
    #expect(batch.gather([2, 0]).rows() == [odd[2], odd[0]])
    #expect(RecordBatch(rows: [[], []], types: []).count == 2)
}

@Test func selectKeepsOnlyTrueRows() throws {
    let batch = RecordBatch(rows: rows, types: types)
    let predicate = Expression.or(col(4), .isNull(col(0)))
    let expected = rows.indices.filter { (try? predicate.evalPredicate(rows[$0])) == true }
    #expect(try VectorizedEvaluator.select(predicate, batch) == expected)
}

/// IN lists of literals over integer, date and double columns and CASE WHEN run as typed loops (the cases
/// above check their answers against the row engine).
@Test func inListsAndCaseWhenHaveTypedLoops() throws {
    let batch = RecordBatch(rows: rows, types: types)
    for (name, e) in cases where name.hasPrefix("IN list of") || name.hasPrefix("CASE WHEN of") {
        let inputs = try e.children.map { try VectorizedEvaluator.evaluate($0, batch) }
        #expect(try ColumnKernels.evaluate(e, inputs, count: batch.count) != nil, "\(name)")
    }
}

/// Date and time fields computed on storage words give the row engine's values, before 1970 and at the
/// ends of days and years included.
@Test func dateAndTimeFieldsOfVectorsMatchRows() throws {
    let spark = SparkSession()
    let days: [Int32] = [-719_162, -1, 0, 59, 365, 10_956, 19_723, 20_088]
    let micros: [Int64] = [-1, 0, 86_399_999_999, 1_700_000_000_123_456, -86_400_000_001]
    let rows: [[Value]] = (0..<40).map { i in
        [i % 9 == 8 ? .null : .date(days[i % days.count]), i % 6 == 5 ? .null : .timestamp(micros[i % micros.count])]
    }
    try spark.createDataFrame(rows, schema: "d DATE, ts TIMESTAMP").createOrReplaceTempView("t")
    try expectBatchesMatchRows(spark, """
        SELECT year(d), quarter(d), month(d), day(d), dayofweek(d), weekday(d), dayofyear(d), weekofyear(d),
               hour(ts), minute(ts), second(ts), year(ts) FROM t
        """)
}
