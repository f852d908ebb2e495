import Testing
@testable import SparkLite

/// Grouping a columnar input by one or two integer-backed keys (the word-keyed index) and by other keys
/// (the value-keyed table) must find the same groups, nulls included, as counting by hand.
@Test(arguments: [["a"], ["a", "d"], ["d", "s"]])
func groupingBatchesFindsEveryGroup(_ keys: [String]) throws {
    var generator = SystemRandomNumberGenerator()
    let rows: [[Value]] = (0..<3000).map { _ in
        let a = Int64.random(in: -3...40, using: &generator)
        let d = Int32.random(in: 19000...19010, using: &generator)
        return [a == 0 ? .null : .int(a), d == 19005 ? .null : .date(d), .string(["x", "y", ""][Int(a & 1)]), .int(Int64.random(in: 0...9, using: &generator))]
    }
    let names = ["a", "d", "s", "v"]
    let spark = SparkSession()
    let df = try spark.createDataFrame(rows, schema: "a INT, d DATE, s STRING, v BIGINT")
    let result = try df.groupBy(keys.map { functions.col($0) })
        .agg(functions.count(functions.lit(.int(1))), functions.sum(functions.col("v"))).execute()
    var expected: [[Value]: (Int64, Int64)] = [:]
    for row in rows {
        let key = keys.map { row[names.firstIndex(of: $0)!] }
        let (n, sum) = expected[key] ?? (0, 0)
        expected[key] = (n + 1, sum + row[3].int64Value!)
    }
    #expect(sortedRows(result.rows) == sortedRows(expected.map { $0.key + [.int($0.value.0), .int($0.value.1)] }))
}

/// Counts, sums and averages added from whole vectors (and their partial states merged from vectors) give the
/// row engine's answers exactly: integer, double (NaN, -0.0, order-sensitive sums) and decimal arguments,
/// FILTER clauses that are null, several arguments to count, grouped and global; extremes and the kinds
/// whose states are kept whole give the same answers too.
private let aggregations = [
    "SELECT k, count(*), count(v), count(v, d), sum(v), avg(v), sum(d), avg(d), sum(m), avg(m) FROM t GROUP BY k",
    "SELECT s, sum(v) FILTER (WHERE d > 0), count(*) FILTER (WHERE v > 2), avg(m) FILTER (WHERE s <> 'a') FROM t GROUP BY s",
    "SELECT count(*), sum(v), avg(d), sum(m), avg(m), count(DISTINCT v), max(d) FROM t",
    "SELECT k, s, sum(i), avg(i), min(m), max(v) FROM t GROUP BY k, s",
    // Groups left empty by a filter (null sums and averages), extremes of strings, and kinds kept whole.
    """
    SELECT v, sum(d) FILTER (WHERE v = 1), avg(d) FILTER (WHERE v = 2), avg(i) FILTER (WHERE v = 3), min(s), max(s),
           min(d), max(m), first(d), last(s), stddev(d), max_by(s, i), count_if(d > 0), collect_set(k) FROM t GROUP BY v
    """,
]

@Test(arguments: aggregations.indices)
func aggregatesOfBatchesMatchTheRowEngine(_ index: Int) throws {
    let spark = SparkSession(conf: SQLConf(["spark.sql.shuffle.partitions": "3"]))
    var generator = SystemRandomNumberGenerator()
    let doubles: [Value] = [.double(.nan), .double(-0.0), .double(0.1), .double(1e300), .double(-1e300), .double(0.7), .null]
    let rows: [[Value]] = (0..<3000).map { _ in
        let k = Int64.random(in: 0..<9, using: &generator), v = Int64.random(in: 0..<5, using: &generator)
        return [k == 0 ? .null : .int(k), v == 0 ? .null : .int(v), doubles.randomElement(using: &generator)!,
                .string(["a", "b", "é", ""][Int(v) % 4]), v == 1 ? .null : .decimal(Int128.random(in: -99_999...99_999, using: &generator), scale: 2),
                .int(Int64.random(in: -2_000_000_000...2_000_000_000, using: &generator))]
    }
    try spark.createDataFrame(rows, schema: "k INT, v BIGINT, d DOUBLE, s STRING, m DECIMAL(7,2), i INT").createOrReplaceTempView("t")
    try expectBatchesMatchRows(spark, aggregations[index])
}

/// A sum that overflows fails on batches with the row engine's error.
@Test func overflowingSumOfBatchesFailsAsRowByRow() throws {
    let spark = SparkSession()
    try spark.createDataFrame([[.int(1), .int(.max)], [.int(1), .int(1)], [.int(2), .int(3)]], schema: "k INT, v BIGINT").createOrReplaceTempView("t")
    let query = "SELECT k, sum(v) FROM t GROUP BY k"
    #expect(try spark.sql(query).queryExecution.physicalPlan().supportsColumnar)
    let onBatches = #expect(throws: SparkError.self) { try spark.sql(query).collect() }
    let onRows = #expect(throws: SparkError.self) {
        try rowsOnly(try spark.sql(query).queryExecution.physicalPlan()).execute(ExecutionContext(conf: spark.conf))
    }
    #expect(onBatches?.errorClass == "ARITHMETIC_OVERFLOW")
    #expect(onBatches?.message == onRows?.message)
}

/// Operators reading a file scan one morsel at a time (aggregates, through a filter and a projection; a
/// broadcast join's streamed side; exchanges; top-N) give the answers, partition by partition and in order,
/// of reading each partition whole, double sums included: each partition's morsels come in order.
private let morselQueries = [
    "SELECT k, count(*), sum(v), avg(d), sum(d * 3), max(d) FROM t WHERE v IS NULL OR v % 7 <> 0 GROUP BY k",
    "SELECT /*+ BROADCAST(u) */ u.name, count(*), sum(t.d) FROM t JOIN u ON t.k = u.k GROUP BY u.name",
    "SELECT k, v, d FROM t ORDER BY d DESC, k LIMIT 25",
    "SELECT k, v, row_number() OVER (PARTITION BY k ORDER BY d DESC) AS rn FROM t",
    // The partial group limit keeps each morsel's best rows first, ties included.
    "SELECT * FROM (SELECT *, dense_rank() OVER (PARTITION BY k ORDER BY d DESC) AS r FROM t) WHERE r <= 2",
    "SELECT * FROM (SELECT *, row_number() OVER (PARTITION BY k ORDER BY cast(d / 10 AS INT)) AS r FROM t) WHERE r = 3",
    "SELECT * FROM (SELECT *, rank() OVER (PARTITION BY k % 3 ORDER BY v DESC) AS r FROM t) WHERE r < 4",
]

@Test(arguments: morselQueries.indices)
func operatorsOverFileMorselsMatchWholePartitions(_ index: Int) throws {
    var text = "k,v,d\n"
    for i in 0..<4000 { text += "\(i % 13),\(i % 5 == 0 ? "" : String(i)),\(Double(i % 1000) * 0.1 + 1e-3)\n" }
    let dir = try ScratchDirectory(["t.csv": text])
    let spark = SparkSession(conf: SQLConf(["spark.sql.shuffle.partitions": "4"]))
    try spark.read.option("header", "true").schema("k INT, v BIGINT, d DOUBLE").csv(dir.file("t.csv")).createOrReplaceTempView("t")
    try spark.createDataFrame((0..<13).map { [.int(Int64($0)), .string("n\($0 % 4)")] }, schema: "k INT, name STRING").createOrReplaceTempView("u")
    let query = morselQueries[index]
    let plan = try spark.sql(query).queryExecution.physicalPlan()
    let pieces = try plan.executeColumnar(ExecutionContext(conf: spark.conf, morselBytes: 300)).map { $0.rows() }
    let whole = try spark.sql(query).queryExecution.physicalPlan().executeColumnar(ExecutionContext(conf: spark.conf, morselBytes: .max)).map { $0.rows() }
    #expect(!pieces.flatMap { $0 }.isEmpty)
    #expect(pieces == whole, "\(query)")
}

/// Exchanges hash integral, date and timestamp key columns from their words; the hashes (and so the
/// partitions rows land in) are those of hashing the values, nulls included, for one key and for two.
@Test(arguments: [DataType.byte, .short, .int, .long, .date, .timestamp])
func exchangeHashesOfWordsAreThoseOfValues(_ type: DataType) {
    let words: [Int64?] = [0, 1, -1, 127, -128, nil, 42, 19_000, nil, 100]
    func value(_ w: Int64?) -> Value {
        guard let w else { return .null }
        switch type {
        case .date: return .date(Int32(w))
        case .timestamp: return .timestamp(w * 1_000_003)
        default: return .int(w)
        }
    }
    let values = words.map(value)
    let strings: [Value] = words.map { $0.map { .string(String($0)) } ?? .null }
    let batch = RecordBatch(rows: zip(values, strings).map { [$0, $1] }, types: [type, .string])
    #expect(ShuffleExchangeExec.hashes([batch.columns[0]], types: [type], count: batch.count)
            == values.map { Murmur3.hash([$0], types: [type]) })
    #expect(ShuffleExchangeExec.hashes(batch.columns, types: [type, .string], count: batch.count)
            == zip(values, strings).map { Murmur3.hash([$0, $1], types: [type, .string]) })
}

/// The word-keyed index numbers keys as a dictionary would, through many growths of its table: equal
/// words with different null masks are different keys, and a key found again keeps its number.
@Test func longKeyIndexNumbersKeysLikeADictionary() {
    var generator = SystemRandomNumberGenerator()
    var index = LongKeyIndex(width: 2)
    var expected: [[Int64]: Int] = [:]
    for _ in 0..<60_000 {
        let a = Int64.random(in: -3000...3000, using: &generator), b = Int64.random(in: 0...8, using: &generator)
        let mask = UInt8(b == 0 ? 2 : 0)
        let key = [a, b, Int64(mask)]
        let (g, inserted) = index.findOrInsert(a, b, nullMask: mask)
        #expect(inserted == (expected[key] == nil))
        if inserted { expected[key] = g }
        #expect(expected[key] == g)
    }
    #expect(index.count == expected.count)
}

/// Strings of up to 7 bytes pack into one word each, which unpacks to the same string; different bytes
/// make different words (Spark compares strings by their bytes), and a longer string does not pack.
@Test func shortStringsPackIntoWordsByTheirBytes() {
    let strings = ["", "a", "US", "\u{0}", "\u{0}\u{0}", "abcdefg", "é", "e\u{301}", "日本", "🙂x"]
    let words = strings.map(ShortStringWord.pack)
    #expect(words.allSatisfy { $0 != nil })
    #expect(Set(words.compactMap { $0 }).count == strings.count)
    #expect(words.map { ShortStringWord.unpack($0!) }.map { Array($0.utf8) } == strings.map { Array($0.utf8) })
    #expect(ShortStringWord.pack("abcdefgh") == nil && ShortStringWord.pack("日本語") == nil)
    #expect(ShortStringWord.pack(["ab", "abcdefgh"]) == nil)
}

/// A string key that packs into words in the first batches and stops fitting in a later one (a longer
/// string): the groups move to the value table with their numbers, so the answer, in order, is the one
/// of reading each partition whole and of the row engine.
@Test func stringKeysThatStopFittingWordsKeepTheirGroups() throws {
    var text = "k,v\n"
    for i in 0..<600 { text += "\(i < 400 ? "c\(i % 7)" : i % 2 == 0 ? "long key \(i % 3)" : "c\(i % 9)"),\(i % 5 == 0 ? "" : String(i))\n" }
    let dir = try ScratchDirectory(["s.csv": text])
    let spark = SparkSession(conf: SQLConf(["spark.sql.shuffle.partitions": "3"]))
    try spark.read.option("header", "true").schema("k STRING, v BIGINT").csv(dir.file("s.csv")).createOrReplaceTempView("s")
    let query = "SELECT k, count(*), sum(v), max(v) FROM s GROUP BY k"
    let plan = try spark.sql(query).queryExecution.physicalPlan()
    let pieces = try plan.executeColumnar(ExecutionContext(conf: spark.conf, morselBytes: 300)).map { $0.rows() }
    let whole = try spark.sql(query).queryExecution.physicalPlan().executeColumnar(ExecutionContext(conf: spark.conf, morselBytes: .max)).map { $0.rows() }
    #expect(pieces.flatMap { $0 }.count == 12)
    #expect(pieces == whole)
    try expectBatchesMatchRows(spark, query)
}

/// Numbering a whole batch of keys at once (hashed first, slots prefetched ahead) gives every row the group
/// that numbering it alone gives, nulls included, through the table's growths.
@Test func longKeyIndexNumbersABatchAsRowByRow() {
    let rows = (0..<5000).map { i -> [Value] in
        let a: Value = i % 11 == 0 ? .null : .int(Int64(i * 7919 % 2003))
        return [a, .date(Int32(i % 3))]
    }
    let batch = RecordBatch(rows: rows, types: [.long, .date])
    let words = WordKeys(batch.columns)!
    var single = LongKeyIndex(width: 2), batched = LongKeyIndex(width: 2)
    var expected: [(Int, Bool)] = []
    for r in 0..<batch.count {
        let (a, b, mask) = words.key(r)
        #expect((rows[r][0] == .null) == (mask == 1) && (mask == 0 || a == 0))
        expected.append(single.findOrInsert(a, b, nullMask: mask))
    }
    var got: [(Int, Bool)] = []
    batched.findOrInsertAll(words, count: batch.count) { _, g, inserted in got.append((g, inserted)) }
    #expect(got.map(\.0) == expected.map(\.0) && got.map(\.1) == expected.map(\.1))
    #expect(batched.count == single.count && batched.count > 1024)
}
